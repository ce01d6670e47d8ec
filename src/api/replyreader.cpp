#include "replyreader.h"

#include "core/dojsoncheck.h"
#include "core/jsonduplicates.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkReply>

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

ApiError malformed(int status, const QString& message, const QNetworkReply* reply)
{
    ApiError error;
    error.httpStatus = status;
    error.id = QStringLiteral("malformed_response");
    error.message = message;
    error.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    return error;
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

    QJsonParseError parseError;
    if (!bytes.isEmpty())
        content.body = QJsonDocument::fromJson(bytes, &parseError);

    if (status < 200 || status >= 300) {
        content.error = errorFromBody(status, content.body.object(), reply);
        return content;
    }
    if (!bytes.isEmpty() && content.body.isNull()) {
        content.error = malformed(
            status,
            QCoreApplication::translate("ApiError", "the answer is not valid JSON (%1 at byte %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset),
            reply);
    } else if (const QString key = core::json::firstDuplicateKey(bytes); !key.isEmpty()) {
        content.error = malformed(
            status, QCoreApplication::translate("ApiError", "the answer names %1 twice").arg(key),
            reply);
        content.body = {};
    } else if (const QString problem = core::dojson::responseTypeProblem(content.body.object());
               !problem.isEmpty()) {
        content.error =
            malformed(status,
                      QCoreApplication::translate("ApiError", "the answer is not what DigitalOcean "
                                                              "sends: %1")
                          .arg(problem),
                      reply);
        content.body = {};
    } else if (reply->error() != QNetworkReply::NoError) {
        // A 2xx whose transfer broke off: the body cannot be trusted.
        content.error.networkFailure = true;
        content.error.httpStatus = status;
        content.error.message = reply->errorString();
    }
    return content;
}

} // namespace api
