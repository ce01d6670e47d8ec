// A cluster page read while it arrives (core/bytefeed.h, the ByteFeed
// overload of scanClusterPage, api/scannedreply.h) reads exactly what the
// same page given whole reads: on the simulator's pages and on mutated ones,
// however the bytes are cut into pieces and however late they come. Through
// DoClient, over a real socket: a transfer that breaks off halfway is an
// error and hands on no clusters; a redirected page is scanned where it
// leads; an error answer is read as before.
#include "api/doclient.h"
#include "clustersprintedbefore.h"
#include "core/bytefeed.h"
#include "core/clusterpagescan.h"
#include "servedaccount.h"
#include "sim/seedgenerator.h"
#include "sim/simulator.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <thread>

using core::SummaryDetail;

namespace {

const QString Token = QStringLiteral("dop_v1_arriving_scan_token");

// `bytes` handed to a scan on this thread from another one, in pieces of the
// sizes `pieceSize` gives, with a pause now and then so that the scan
// catches up and waits; `cutAt` (when set) ends the transfer there.
std::optional<core::dojson::ClusterPage> scanArriving(const QByteArray& bytes, SummaryDetail detail,
                                                      const std::function<qsizetype()>& pieceSize,
                                                      qsizetype cutAt = -1)
{
    core::ByteFeed feed(bytes.size() + 16);
    const qsizetype end = cutAt >= 0 ? cutAt : bytes.size();
    std::thread writer([&] {
        int pieces = 0;
        for (qsizetype at = 0; at < end;) {
            const qsizetype count = std::min(pieceSize(), end - at);
            std::memcpy(feed.space(), bytes.constData() + at, size_t(count));
            feed.commit(count);
            at += count;
            if (++pieces % 64 == 0)
                std::this_thread::yield();
        }
        feed.finish();
    });
    std::optional<core::dojson::ClusterPage> page = core::dojson::scanClusterPage(feed, detail);
    writer.join();
    return page;
}

bool sameReading(const std::optional<core::dojson::ClusterPage>& a,
                 const std::optional<core::dojson::ClusterPage>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->clusters == b->clusters && a->nextLink == b->nextLink && a->total == b->total);
}

// The account of each test, listed as poolctl clusters -o json lists it.
struct Served : ServedAccount
{
    explicit Served(const sim::SeedSize& size) : ServedAccount(size, Token) {}
    std::pair<QList<core::ClusterSummary>, api::ApiError> list(QObject* context)
    {
        Listing listing = ServedAccount::list(SummaryDetail::Pools, context);
        return {listing.clusters, listing.result};
    }
};

} // namespace

class TestArrivingScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFeedGivesWhatWasCommittedAndWaitsForMore()
    {
        core::ByteFeed feed(64);
        std::memcpy(feed.space(), "abc", 3);
        feed.commit(3);
        QCOMPARE(feed.room(), 61);
        QCOMPARE(feed.waitFor(2), 3); // enough already: no wait
        qsizetype seen = 0;
        std::thread reader([&] { seen = feed.waitFor(5); });
        std::memcpy(feed.space(), "de", 2);
        feed.commit(2);
        reader.join();
        QCOMPARE(seen, 5);
        QCOMPARE(QByteArray(feed.data(), feed.size()), QByteArray("abcde"));
        std::thread late([&] { seen = feed.waitFor(100); });
        feed.finish(); // no more: the reader gets what there is
        late.join();
        QCOMPARE(seen, 5);
    }

    void aGeneratedPageReadsTheSameInAnyPieces()
    {
        Served served({20, 10, 20});
        const QByteArray page = fetchClusterPage(served.simulator.baseUrl(), Token, 1, 200);
        QVERIFY(page.size() > 500'000);
        QRandomGenerator random(7);
        for (const SummaryDetail detail : {SummaryDetail::Counts, SummaryDetail::Pools}) {
            const auto whole = core::dojson::scanClusterPage(page, detail);
            QVERIFY(whole && whole->clusters.size() == 20);
            QVERIFY(sameReading(scanArriving(page, detail, [] { return qsizetype(1); }), whole));
            QVERIFY(sameReading(scanArriving(page, detail, [] { return qsizetype(4093); }), whole));
            QVERIFY(sameReading(
                scanArriving(page, detail, [&] { return qsizetype(1 + random.bounded(70'000)); }),
                whole));
        }
    }

    // Every cut of a page is refused, as the whole reader refuses a page cut
    // short: the scan never takes the bytes so far for the page.
    void aPageCutShortIsNeverRead()
    {
        Served served({3, 2, 2});
        const QByteArray page = fetchClusterPage(served.simulator.baseUrl(), Token, 1, 200);
        QVERIFY(core::dojson::scanClusterPage(page, SummaryDetail::Pools));
        for (qsizetype cut = 0; cut < page.size(); cut += 1 + cut / 16)
            QVERIFY2(!scanArriving(
                         page, SummaryDetail::Pools, [] { return qsizetype(13); }, cut),
                     qPrintable(QStringLiteral("a page cut at byte %1 was read").arg(cut)));
    }

    void mutatedPagesReadTheSameArrivingAsWhole()
    {
        Served served({2, 2, 3});
        const QByteArray base = fetchClusterPage(served.simulator.baseUrl(), Token, 1, 200);
        static const char Significant[] = "{}[]\",:.-+eE0123456789 \\untfal\x80\xC3\xFF";
        QRandomGenerator random(41);
        int answered = 0;
        for (int i = 0; i < 2'000; ++i) {
            QByteArray bytes = base;
            const qsizetype at = random.bounded(int(bytes.size()));
            if (random.bounded(2) == 0)
                bytes[at] = Significant[random.bounded(int(sizeof Significant - 1))];
            else
                bytes.insert(at, bytes.mid(at, 1 + random.bounded(40)));
            const auto whole = core::dojson::scanClusterPage(bytes, SummaryDetail::Pools);
            const auto arriving = scanArriving(bytes, SummaryDetail::Pools,
                                               [&] { return qsizetype(1 + random.bounded(300)); });
            if (!sameReading(whole, arriving))
                QFAIL(qPrintable(QStringLiteral("mutation %1 read differently arriving").arg(i)));
            answered += whole.has_value();
        }
        QVERIFY(answered > 100);
    }

    // Over a real socket, through DoClient.
    void aListingReadAsItArrivesEqualsTheFullReading()
    {
        Served served({12, 4, 5});
        served.client.setPageSize(5);
        QList<core::Cluster> all;
        for (int number = 1; number <= 3; ++number) {
            const auto page =
                readFully(fetchClusterPage(served.simulator.baseUrl(), Token, number, 5));
            QVERIFY(page);
            all += page->clusters;
        }
        const auto [listed, error] = served.list(this);
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        QCOMPARE(listed, summaries(all, SummaryDetail::Pools));
    }

    void aTransferThatBreaksOffHalfwayIsAnErrorAndListsNothing()
    {
        Served served({10, 5, 20});
        sim::FaultRule cut = sim::FaultRule::on(QStringLiteral("GET"), sim::FaultKind::Truncate,
                                                QStringLiteral("/v2/kubernetes/clusters"));
        cut.times = 0;
        served.simulator.addFault(cut);
        const auto [listed, error] = served.list(this);
        // As when the page was read once whole: the half that came is
        // refused as the full reader refuses it, with the status and id.
        QCOMPARE(error.id, QStringLiteral("malformed_response"));
        QCOMPARE(error.httpStatus, 200);
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY(listed.isEmpty());
    }

    void aRedirectedPageIsReadWhereItLeads()
    {
        Served served({4, 2, 2});
        sim::FaultRule moved = sim::FaultRule::on(QStringLiteral("GET"), sim::FaultKind::Redirect,
                                                  QStringLiteral("/v2/kubernetes/clusters"));
        moved.status = 307;
        moved.location = served.simulator.baseUrl().toString() +
                         QStringLiteral("/v2/kubernetes/clusters?page=1&per_page=200");
        served.simulator.addFault(moved);
        const auto full = readFully(fetchClusterPage(served.simulator.baseUrl(), Token, 1, 200));
        QVERIFY(full);
        const auto [listed, error] = served.list(this);
        QVERIFY2(!error.isError(), qPrintable(error.humanText()));
        QCOMPARE(listed, summaries(full->clusters, SummaryDetail::Pools));
    }

    // A proxy's error page larger than the pieces a scanned reply reads in
    // (ScannedReply bounds Qt's buffer) still arrives whole: the simulator
    // never sends one, so a bare server answers here, once per request.
    void aLargeErrorPageIsReadWholeNotStalled()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QByteArray page = "<html>" + QByteArray(1'500'000, 'x') + "</html>";
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, page] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\n"
                              "Content-Length: " +
                              QByteArray::number(page.size()) + "\r\n\r\n" + page);
            });
        });
        api::DoClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        client.setToken(Token);
        client.setTransferTimeout(5'000);
        api::RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        std::optional<api::ApiError> result;
        client.fetchClusterSummaries(
            SummaryDetail::Counts, this, [](const QList<core::ClusterSummary>&) {},
            [&](const api::ApiError& error) { result = error; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 4'000); // before the transfer timeout
        QCOMPARE(result->httpStatus, 502);
        QVERIFY2(!result->networkFailure, qPrintable(result->humanText()));
    }

    void anErrorAnswerIsReadAsAnyAnswer()
    {
        Served served({2, 1, 1});
        sim::FaultRule refused = sim::FaultRule::on(QStringLiteral("GET"), sim::FaultKind::Status,
                                                    QStringLiteral("/v2/kubernetes/clusters"));
        refused.status = 403;
        refused.times = 0;
        served.simulator.addFault(refused);
        const auto [listed, error] = served.list(this);
        QCOMPARE(error.httpStatus, 403);
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY(!error.message.isEmpty());
        QVERIFY(listed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArrivingScan)
#include "tst_arrivingscan.moc"
