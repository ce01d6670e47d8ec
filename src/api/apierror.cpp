#include "apierror.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

} // namespace

namespace api {

bool ApiError::neverSent() const
{
    static const QStringList ids{QStringLiteral("insecure_url"),
                                 QStringLiteral("tls_error"),
                                 QStringLiteral("unsupported_scheme"),
                                 QStringLiteral("redirected_write"),
                                 QStringLiteral("redirect_to_other_origin"),
                                 QStringLiteral("too_many_redirects"),
                                 QStringLiteral("redirect_without_location")};
    return ids.contains(id);
}

bool ApiError::isRetryable() const
{
    if (neverSent())
        return false;
    // An answer that broke off or is not JSON is a transfer problem too.
    if (networkFailure || id == u"malformed_response")
        return true;
    return httpStatus == 429 || (httpStatus >= 500 && httpStatus != 501);
}

QString ApiError::humanText() const
{
    QString advice;
    if (id == u"tls_error")
        advice = Tr::tr("The connection is not trusted, so nothing was sent: check the API URL; "
                        "Pool Studio never ignores a certificate error.");
    else if (id == u"paging_broken")
        advice = Tr::tr("The server's paging links are broken: check the API URL and any proxy in "
                        "front of it.");
    else if (httpStatus >= 300 && httpStatus < 400)
        advice = {}; // the message already says what to do
    else if (networkFailure)
        advice = Tr::tr("Check the network connection and the API URL.");
    else if (httpStatus == 401)
        advice = Tr::tr("The access token was refused: sign in again with a valid token.");
    else if (httpStatus == 403)
        advice = Tr::tr("The token is not allowed to do this: use a token with write scope.");
    else if (httpStatus == 404)
        advice = Tr::tr("It no longer exists: refresh to see the current state.");
    else if (httpStatus == 422)
        advice = Tr::tr("DigitalOcean rejected the values: correct them and try again.");
    else if (httpStatus == 429)
        advice = Tr::tr("Too many requests: wait a moment, Pool Studio will slow down.");
    else if (httpStatus >= 500)
        advice = Tr::tr("DigitalOcean had a problem: try again in a minute.");

    // No status and no network failure: refused before sending (an insecure URL).
    QString text = networkFailure ? Tr::tr("Network error: %1").arg(message)
                   : httpStatus == 0 || (httpStatus >= 300 && httpStatus < 400)
                       ? message
                       : Tr::tr("HTTP %1 %2: %3").arg(httpStatus).arg(id, message);
    if (!requestId.isEmpty())
        text += Tr::tr(" (request id %1)").arg(requestId);
    if (!advice.isEmpty())
        text += (text.endsWith(u'.') ? QStringLiteral(" ") : QStringLiteral(". ")) + advice;
    return text;
}

} // namespace api
