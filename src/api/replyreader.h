#pragma once

#include "apierror.h"

#include <QJsonDocument>
#include <any>
#include <functional>

class QObject;

class QNetworkReply;

namespace api {

// What a finished reply said: the JSON body (when there is one) and the error,
// if any. Success is the whole 2xx range (201, 202 and 204 included).
struct ReplyContent
{
    QJsonDocument body;
    ApiError error;
    // The items of a page a PageScanner read (scannedreply.h); `body` then
    // holds only the page's paging fields.
    std::any scanned;
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

// What readReply() makes of a 2xx body, from its bytes alone, for a caller
// that read them itself (scannedreply.h); safe on a worker thread.
// `transferError` is the reply's error text if the transfer broke off.
ReplyContent decodeSuccessBody(int status, const QByteArray& bytes, const QString& requestId,
                               const QString& transferError = {});

// A 2xx answer larger than this is decoded and checked on a worker thread.
inline constexpr qint64 OffThreadDecodeBytes = 256 * 1024;

// decodeSuccessBody(), then `done` with what it said, on `context`'s thread:
// at once for a small body, after decoding on a worker thread for a large one.
void decodeSuccessBodyThen(int status, const QByteArray& bytes, const QString& requestId,
                           const QString& transferError, QObject* context,
                           std::function<void(ReplyContent)> done);

// Whether limitReplySize() aborted the reply; readReply() then says so
// without reading it.
bool refusedAsTooLarge(const QNetworkReply* reply);

// readReply(), then `done` with what it said: at once for a small answer or an
// error, after decoding on a worker thread for a large 2xx one (a page of 200
// clusters with their nodes is megabytes of JSON: decoding and checking it held
// the GUI thread for 100 ms and more). `done` runs on `context`'s thread, and
// not at all once `context` is gone; the reply must outlive the call (its
// body is read before this returns).
void readReplyThen(QNetworkReply* reply, QObject* context, std::function<void(ReplyContent)> done);

} // namespace api
