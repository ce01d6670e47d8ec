#include "scannedreply.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

namespace api {

namespace {

// The scanner's reading of the page, or else the full reader's (with its
// error, if any) of the same bytes.
ReplyContent scanOrDecode(const PageScanner& scanner, int status, const QByteArray& bytes,
                          const QString& requestId)
{
    if (std::optional<ScannedPage> page = scanner(bytes)) {
        ReplyContent content;
        content.body = QJsonDocument(page->paging);
        content.scanned = std::move(page->items);
        return content;
    }
    return decodeSuccessBody(status, bytes, requestId);
}

} // namespace

void readScannedReplyThen(QNetworkReply* reply, QObject* context, PageScanner scanner,
                          std::function<void(ReplyContent)> done)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Errors, cut-off transfers and refused sizes read as they always do.
    if (!scanner || status < 200 || status >= 300 || reply->error() != QNetworkReply::NoError) {
        readReplyThen(reply, context, std::move(done));
        return;
    }
    const QByteArray bytes = reply->readAll();
    const QString requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    if (bytes.size() <= OffThreadDecodeBytes) {
        done(scanOrDecode(scanner, status, bytes, requestId));
        return;
    }
    QtConcurrent::run([scanner = std::move(scanner), status, bytes, requestId] {
        return scanOrDecode(scanner, status, bytes, requestId);
    }).then(context, [done = std::move(done)](ReplyContent content) { done(std::move(content)); });
}

} // namespace api
