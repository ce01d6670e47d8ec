#pragma once

#include "apierror.h"

#include <QJsonDocument>

class QNetworkReply;

namespace api {

// What a finished reply said: the JSON body (when there is one) and the error,
// if any. Success is the whole 2xx range (201, 202 and 204 included).
struct ReplyContent
{
    QJsonDocument body;
    ApiError error;
};

// The largest answer read. DigitalOcean's largest (200 clusters with their
// pools and nodes) is a few MiB; anything past this is not an answer to trust.
inline constexpr qint64 MaxReplyBytes = 64 * 1024 * 1024;

// Call on every reply as it is sent: a Content-Length above `maxBytes`, or a
// body that grows past it while arriving, aborts the reply at once, so that
// memory stays bounded; readReply() then says "response_too_large".
void limitReplySize(QNetworkReply* reply, qint64 maxBytes = MaxReplyBytes);

// Reads a finished reply. A 2xx body must be JSON with each key once per
// object and every field DoClient reads of its type (dojsoncheck.h);
// otherwise the whole answer is refused as malformed_response, with the
// field's path in the message, and nothing of it is used.
ReplyContent readReply(QNetworkReply* reply);

} // namespace api
