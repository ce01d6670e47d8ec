#pragma once

#include <QString>
#include <QUrl>

namespace api {

inline constexpr auto DefaultApiUrl = "https://api.digitalocean.com";

// Where the API lives. Decided once from, in order: the --api-url option,
// DIGITALOCEAN_API_URL, the default.
QUrl resolveApiUrl(const QString& fromOption);

// Empty when the URL may carry a token; otherwise why not. Plain http is only
// allowed to loopback, so a token never crosses a network unencrypted.
QString checkApiUrl(const QUrl& url);

} // namespace api
