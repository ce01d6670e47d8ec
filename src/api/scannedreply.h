#pragma once

#include "replyreader.h"

#include <QByteArray>
#include <QJsonObject>
#include <any>
#include <functional>
#include <optional>

class QNetworkReply;
class QObject;

namespace api {

// What a PageScanner read of a page: its paging fields as JSON (`links`,
// `meta`, for pagelinks.h) and its items in whatever form the caller wants.
struct ScannedPage
{
    QJsonObject paging;
    std::any items;
};

// Reads the bytes of a 2xx answer itself instead of building a QJsonDocument
// (core/clusterpagescan.h). Gives nothing when it cannot vouch for the page,
// which is then read from the same bytes as any answer is
// (decodeSuccessBody), so that every error says what it always said. Runs on
// a worker thread for a large answer.
using PageScanner = std::function<std::optional<ScannedPage>(const QByteArray& body)>;

// readReplyThen() with `scanner` tried first on a 2xx answer that arrived
// whole. When it reads the page, `done` gets its paging fields as the body
// and its items in ReplyContent::scanned.
void readScannedReplyThen(QNetworkReply* reply, QObject* context, PageScanner scanner,
                          std::function<void(ReplyContent)> done);

} // namespace api
