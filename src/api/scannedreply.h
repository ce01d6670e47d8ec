#pragma once

#include "replyreader.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <any>
#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;

namespace core {
class ByteFeed;
}

namespace api {

// What a PageScanner read of a page: its paging fields as JSON (`links`,
// `meta`, for pagelinks.h) and its items in whatever form the caller wants.
struct ScannedPage
{
    QJsonObject paging;
    std::any items;
};

// Reads the bytes of a 2xx answer itself, while they arrive, instead of
// building a QJsonDocument once they all came (core/clusterpagescan.h). Runs
// on a worker thread and waits there for bytes still to come. Gives nothing
// when it cannot vouch for the page, which is then read from the same bytes
// as any answer is (decodeSuccessBody), so that every error says what it
// always said.
using PageScanner = std::function<std::optional<ScannedPage>(core::ByteFeed& body)>;

// One reply read by a PageScanner as it arrives. Made right after the
// request is sent, as the reply's child; once the reply finished,
// readThen() gives what it said.
//
// Only a 2xx answer is scanned. Any other (an error, a redirect), and one
// refused as too large, is left whole in the reply and read as any answer
// (readReplyThen), as is a 2xx whose transfer broke off (its bytes are not
// trusted, whatever the scan made of them).
class ScannedReply : public QObject
{
public:
    ScannedReply(QNetworkReply* reply, PageScanner scanner);
    // A scan still waiting for bytes meets their end instead.
    ~ScannedReply() override;

    // `done` runs on `context`'s thread, not at all once `context` is gone.
    void readThen(QObject* context, std::function<void(ReplyContent)> done);

private:
    void takeArrived();

    QNetworkReply* const m_reply;
    PageScanner m_scanner;
    std::shared_ptr<core::ByteFeed> m_feed; // from the first byte of a 2xx answer on
    QFuture<std::optional<ScannedPage>> m_scan;
};

} // namespace api
