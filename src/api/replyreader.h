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

ReplyContent readReply(QNetworkReply* reply);

} // namespace api
