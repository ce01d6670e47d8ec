#include "replyreader.h"

#include "core/dojsoncheck.h"
#include "core/jsonduplicates.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace api {

namespace {

// Set on a reply that limitReplySize() aborted: the size it announced or reached.
constexpr char TooLargeProperty[] = "poolstudio_tooLarge";
constexpr char LimitProperty[] = "poolstudio_sizeLimit";

void refuseIfTooLarge(QNetworkReply* reply, qint64 size, qint64 maxBytes)
{
    if (size <= maxBytes || reply->property(TooLargeProperty).isValid())
        return;
    reply->setProperty(TooLargeProperty, size);
    reply->setProperty(LimitProperty, maxBytes);
    reply->abort();
}

ApiError malformed(int status, const QString& message, const QString& requestId)
{
    ApiError error;
    error.httpStatus = status;
    error.id = QStringLiteral("malformed_response");
    error.message = message;
    error.requestId = requestId;
    return error;
}

// What a 2xx body says, from its bytes alone (no reply), so that it can run
// on a worker thread: `transferError` is the reply's error text when the
// transfer broke off, else empty.
ReplyContent decodeSuccess(int status, const QByteArray& bytes, const QString& requestId,
                           const QString& transferError)
{
    ReplyContent content;
    QJsonParseError parseError;
    if (!bytes.isEmpty())
        content.body = QJsonDocument::fromJson(bytes, &parseError);
    if (!bytes.isEmpty() && content.body.isNull()) {
        content.error = malformed(
            status,
            QCoreApplication::translate("ApiError", "the answer is not valid JSON (%1 at byte %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset),
            requestId);
    } else if (const QString key = core::json::firstDuplicateKey(bytes); !key.isEmpty()) {
        content.error = malformed(
            status, QCoreApplication::translate("ApiError", "the answer names %1 twice").arg(key),
            requestId);
        content.body = {};
    } else if (const QString problem = core::dojson::responseTypeProblem(content.body.object());
               !problem.isEmpty()) {
        content.error =
            malformed(status,
                      QCoreApplication::translate("ApiError", "the answer is not what DigitalOcean "
                                                              "sends: %1")
                          .arg(problem),
                      requestId);
        content.body = {};
    } else if (!transferError.isEmpty()) {
        // A 2xx whose transfer broke off: the body cannot be trusted.
        content.error.networkFailure = true;
        content.error.httpStatus = status;
        content.error.message = transferError;
    }
    return content;
}

QString transferErrorOf(const QNetworkReply* reply)
{
    return reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
}

} // namespace

void limitReplySize(QNetworkReply* reply, qint64 maxBytes)
{
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            refuseIfTooLarge(reply, length.toLongLong(), maxBytes);
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, maxBytes](qint64 received, qint64) {
                         refuseIfTooLarge(reply, received, maxBytes);
                     });
}

static ApiError errorFromBody(int status, const QJsonObject& body, const QNetworkReply* reply)
{
    ApiError error;
    error.httpStatus = status;
    error.id = body.value(u"id").toString();
    error.message = body.value(u"message").toString();
    error.requestId = body.value(u"request_id").toString();
    if (error.requestId.isEmpty())
        error.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    if (error.message.isEmpty())
        error.message = QCoreApplication::translate("ApiError", "the server gave no explanation");
    return error;
}

ReplyContent readReply(QNetworkReply* reply)
{
    ReplyContent content;
    if (const QVariant size = reply->property(TooLargeProperty); size.isValid()) {
        content.error.httpStatus =
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        content.error.id = QStringLiteral("response_too_large");
        content.error.message =
            QCoreApplication::translate("ApiError",
                                        "the answer is larger than %1 MiB (%2 bytes or more); "
                                        "it was not read")
                .arg(reply->property(LimitProperty).toLongLong() / (1024 * 1024))
                .arg(size.toLongLong());
        content.error.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
        return content;
    }
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        content.error.networkFailure = true;
        content.error.message = reply->errorString();
        // Failures that happen before a byte of the request is sent, and
        // that a second try would only repeat.
        if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            content.error.id = QStringLiteral("tls_error");
        else if (reply->error() == QNetworkReply::ProtocolUnknownError)
            content.error.id = QStringLiteral("unsupported_scheme");
        return content;
    }
    const int status = statusAttribute.toInt();
    const QByteArray bytes = reply->readAll();
    if (status >= 200 && status < 300)
        return decodeSuccess(status, bytes, QString::fromLatin1(reply->rawHeader("x-request-id")),
                             transferErrorOf(reply));
    if (!bytes.isEmpty())
        content.body = QJsonDocument::fromJson(bytes);
    content.error = errorFromBody(status, content.body.object(), reply);
    return content;
}

ReplyContent decodeSuccessBody(int status, const QByteArray& bytes, const QString& requestId,
                               const QString& transferError)
{
    return decodeSuccess(status, bytes, requestId, transferError);
}

namespace {

// The bytes of a large answer, copied into memory this thread has used
// before: readAll() copies into a fresh buffer, and its page faults were
// most of that copy, 3 ms on the GUI thread for the 4 MB answer of a large
// account (issue 16, the 1 % refresh). One buffer per thread is kept, with
// room for the answer to grow, and reused once the worker that decoded it
// has let go of it; while a worker still holds it, a new one is made.
QByteArray readIntoKeptBuffer(QNetworkReply* reply)
{
    thread_local QByteArray kept;
    const qint64 size = reply->bytesAvailable();
    if (!kept.isDetached())
        kept = QByteArray(); // the worker keeps the old one
    if (kept.capacity() < size)
        kept.reserve(size + size / 4);
    kept.resize(size);
    const qint64 read = reply->read(kept.data(), size);
    kept.resize(std::max<qint64>(read, 0));
    return kept;
}

} // namespace

void decodeSuccessBodyThen(int status, const QByteArray& bytes, const QString& requestId,
                           const QString& transferError, QObject* context,
                           std::function<void(ReplyContent)> done)
{
    if (bytes.size() <= OffThreadDecodeBytes) {
        done(decodeSuccess(status, bytes, requestId, transferError));
        return;
    }
    QtConcurrent::run([status, bytes, requestId, transferError] {
        return decodeSuccess(status, bytes, requestId, transferError);
    }).then(context, [done = std::move(done)](ReplyContent content) { done(std::move(content)); });
}

bool refusedAsTooLarge(const QNetworkReply* reply)
{
    return reply->property(TooLargeProperty).isValid();
}

void readReplyThen(QNetworkReply* reply, QObject* context, std::function<void(ReplyContent)> done)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool large = reply->bytesAvailable() > OffThreadDecodeBytes;
    if (!large || status < 200 || status >= 300 || refusedAsTooLarge(reply)) {
        done(readReply(reply));
        return;
    }
    decodeSuccessBodyThen(status, readIntoKeptBuffer(reply),
                          QString::fromLatin1(reply->rawHeader("x-request-id")),
                          transferErrorOf(reply), context, std::move(done));
}

} // namespace api
