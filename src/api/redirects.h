#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QUrl>

namespace api {

// How many same-origin redirects one GET may follow, as browsers and
// go-retryablehttp allow a handful and no more.
inline constexpr int MaxRedirects = 5;

bool isRedirectStatus(int status);
// Scheme, host and port (a missing port counts as the scheme's default).
bool sameOrigin(const QUrl& a, const QUrl& b);

// What to do with a 30x answer. Qt would follow it with every header copied,
// the token included, to wherever it points, and turn a POST into a GET
// whose 200 looks like success; DoClient follows redirects itself, by these
// rules: only GETs, only to the same origin, at most MaxRedirects, and the
// plain-http rule checked again on the new address.
struct RedirectStep
{
    QUrl target;      // where to send the GET next, when followed
    ApiError refusal; // why not, when not followed

    bool follow() const { return !refusal.isError(); }
};

// `from` is the URL that was answered `status` with `location` (possibly
// relative); `followedSoFar` counts the redirects this request already took.
RedirectStep decideRedirect(const QByteArray& verb, const QUrl& from, int status,
                            const QByteArray& location, int followedSoFar);

} // namespace api
