#include "redirects.h"

#include "endpoint.h"

#include <QCoreApplication>

namespace api {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Redirects)
};

int portOf(const QUrl& url)
{
    return url.port(url.scheme() == u"https" ? 443 : url.scheme() == u"http" ? 80 : -1);
}

ApiError refused(int status, const char* id, const QString& message)
{
    ApiError error;
    error.httpStatus = status;
    error.id = QString::fromLatin1(id);
    error.message = message;
    return error;
}

} // namespace

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && portOf(a) == portOf(b);
}

RedirectStep decideRedirect(const QByteArray& verb, const QUrl& from, int status,
                            const QByteArray& location, int followedSoFar)
{
    RedirectStep step;
    const QUrl target = from.resolved(QUrl::fromEncoded(location.trimmed()));
    const QString where = target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (location.trimmed().isEmpty() || !target.isValid()) {
        step.refusal = refused(status, "redirect_without_location",
                               Tr::tr("The server answered %1 %2 with a redirect (HTTP %3) that "
                                      "names no valid address.")
                                   .arg(QString::fromLatin1(verb), from.path())
                                   .arg(status));
        return step;
    }
    if (verb != "GET") {
        // Following would send the change somewhere else, or (301-303) turn it
        // into a GET whose 200 would look like the change was made.
        step.refusal = refused(
            status, "redirected_write",
            Tr::tr("The server answered %1 %2 with a redirect to %3; a change is never sent on to "
                   "another address, and nothing was changed. Point the API URL at the API itself "
                   "(the address that redirect names, if you trust it).")
                .arg(QString::fromLatin1(verb), from.path(), where));
        return step;
    }
    if (!sameOrigin(from, target)) {
        step.refusal = refused(
            status, "redirect_to_other_origin",
            Tr::tr(
                "The server redirected %1 to another server, %2; it was not followed, so the "
                "access token went nowhere else. If that server is the API, set the API URL to it.")
                .arg(from.path(), where));
        return step;
    }
    if (followedSoFar >= MaxRedirects) {
        step.refusal =
            refused(status, "too_many_redirects",
                    Tr::tr("%1 was redirected more than %2 times (last to %3); check the "
                           "API URL and any proxy in front of it.")
                        .arg(from.path())
                        .arg(MaxRedirects)
                        .arg(where));
        return step;
    }
    if (const QString problem = checkApiUrl(target); !problem.isEmpty()) {
        step.refusal = refused(status, "insecure_url", problem);
        return step;
    }
    step.target = target;
    return step;
}

} // namespace api
