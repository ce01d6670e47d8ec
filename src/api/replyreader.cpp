#include "replyreader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkReply>

namespace api {

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
        content.error.httpStatus = status;
        content.error.id = QStringLiteral("malformed_response");
        content.error.message =
            QCoreApplication::translate("ApiError", "the answer is not valid JSON (%1 at byte %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset);
        content.error.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    } else if (reply->error() != QNetworkReply::NoError) {
        // A 2xx whose transfer broke off: the body cannot be trusted.
        content.error.networkFailure = true;
        content.error.httpStatus = status;
        content.error.message = reply->errorString();
    }
    return content;
}

} // namespace api
