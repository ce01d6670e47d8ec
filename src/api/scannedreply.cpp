#include "scannedreply.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace api {

void readScannedReplyThen(QNetworkReply* reply, QObject* context, PageScanner scanner,
                          std::function<void(ReplyContent)> done)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Errors, cut-off transfers and refused sizes read as they always do.
    if (!scanner || status < 200 || status >= 300 || reply->error() != QNetworkReply::NoError) {
        readReplyThen(reply, context, std::move(done));
        return;
    }
    // peek(), not readAll(): a page the scanner declines is read again, whole,
    // by readReplyThen().
    const QByteArray bytes = reply->peek(reply->bytesAvailable());
    auto deliver = [reply = QPointer<QNetworkReply>(reply), context,
                    done = std::move(done)](std::optional<ScannedPage> page) mutable {
        if (!page) {
            if (reply)
                readReplyThen(reply, context, std::move(done));
            return;
        }
        ReplyContent content;
        content.body = QJsonDocument(page->paging);
        content.scanned = std::move(page->items);
        done(std::move(content));
    };
    if (bytes.size() <= OffThreadDecodeBytes) {
        deliver(scanner(bytes));
        return;
    }
    QtConcurrent::run([scanner = std::move(scanner), bytes] {
        return scanner(bytes);
    }).then(context, std::move(deliver));
}

} // namespace api
