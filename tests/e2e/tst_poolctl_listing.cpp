// `poolctl clusters` as a script runs it, against the simulator over a real
// socket: on a generated account of 100 clusters x 10 pools x 20 nodes (one
// 4 MB page) and on 450 clusters in three pages with links at DigitalOcean's
// host, each format prints byte for byte what the full reader and the old
// printing make of the same pages, fetched by the test as curl would
// (tests/unit/clustersprintedbefore.h). A page that arrives malformed once is
// asked again and then lists as usual.
#include "clustersprintedbefore.h"
#include "poolctlrun.h"
#include "sim/seedgenerator.h"
#include "sim/simulator.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString Token = QStringLiteral("dop_v1_e2e_listing_secret_24680");

} // namespace

class PoolctlListingTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_simulator;
    QTemporaryDir m_dir;
    int m_requests = 0;

    void startSimulator(const sim::SeedSize& size)
    {
        m_simulator = std::make_unique<sim::Simulator>();
        m_simulator->clock().setManual();
        QVERIFY(m_simulator->loadSeed(sim::generateSeed(size)));
        m_simulator->setToken(Token);
        m_requests = 0;
        connect(m_simulator.get(), &sim::Simulator::requestHandled, this, [this] { ++m_requests; });
    }

    PoolctlRun poolctl(const QStringList& arguments)
    {
        return runPoolctl(arguments, {.apiUrl = m_simulator->baseUrl(),
                                      .token = Token,
                                      .environment = {{QStringLiteral("XDG_CACHE_HOME"),
                                                       m_dir.filePath(QStringLiteral("cache"))}}});
    }

    // Every page as curl would fetch it, read the full way.
    QList<core::Cluster> fullyRead(int perPage, int pages)
    {
        QList<core::Cluster> all;
        for (int page = 1; page <= pages; ++page) {
            const std::optional<FullRead> read =
                readFully(fetchClusterPage(m_simulator->baseUrl(), Token, page, perPage));
            if (!read)
                return {};
            all += read->clusters;
        }
        return all;
    }

private Q_SLOTS:
    void aLargeAccountPrintsAsTheFullReaderWould()
    {
        startSimulator({100, 10, 20});
        QVERIFY(m_simulator->listen(0) != 0);
        const QList<core::Cluster> clusters = fullyRead(200, 1);
        QCOMPARE(clusters.size(), 100);
        for (const QString& format :
             {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("yaml")}) {
            m_requests = 0;
            const PoolctlRun run =
                poolctl({QStringLiteral("-o"), format, QStringLiteral("clusters")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
            QCOMPARE(run.out.toUtf8(), printedBefore(clusters, format));
            QCOMPARE(m_requests, 1); // the one page: no account, sizes or options
        }
    }

    void pagesAtDigitalOceansHostPrintAsOneDocument()
    {
        startSimulator({450, 2, 3});
        m_simulator->setLinkStyle(sim::LinkStyle::Foreign); // https://api.digitalocean.com/...
        QVERIFY(m_simulator->listen(0) != 0);
        const QList<core::Cluster> clusters = fullyRead(200, 3);
        QCOMPARE(clusters.size(), 450);
        for (const QString& format : {QStringLiteral("json"), QStringLiteral("yaml")}) {
            m_requests = 0;
            const PoolctlRun run =
                poolctl({QStringLiteral("-o"), format, QStringLiteral("clusters")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(run.out.toUtf8(), printedBefore(clusters, format));
            QCOMPARE(m_requests, 3); // each asked of --api-url
        }
        // The table: the same cells in the same order (the first page sets the
        // column widths).
        const PoolctlRun table = poolctl({QStringLiteral("clusters")});
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
        const QStringList before =
            QString::fromUtf8(printedBefore(clusters, QStringLiteral("table")))
                .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 451);
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(lines.at(i).split(u' ', Qt::SkipEmptyParts),
                     before.at(i).split(u' ', Qt::SkipEmptyParts));
    }

    void aPageMalformedOnceIsAskedAgain()
    {
        startSimulator({20, 3, 4});
        QVERIFY(m_simulator->listen(0) != 0);
        const QList<core::Cluster> clusters = fullyRead(200, 1);
        QCOMPARE(clusters.size(), 20);
        m_simulator->addFault(sim::FaultRule::on(QStringLiteral("GET"), sim::FaultKind::Malformed,
                                                 QStringLiteral("/v2/kubernetes/clusters")));
        m_requests = 0;
        const PoolctlRun run =
            poolctl({QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("clusters")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.toUtf8(), printedBefore(clusters, QStringLiteral("json")));
        QCOMPARE(m_requests, 2);
    }

    void aListingThatBreaksOffPrintsWhatItHadAndTheError()
    {
        startSimulator({201, 1, 1});
        sim::FaultRule loop = sim::FaultRule::on(QStringLiteral("GET"), sim::FaultKind::LinkLoop,
                                                 QStringLiteral("/v2/kubernetes/clusters"));
        loop.nextPage = 1; // page 2 says page 1 comes next
        loop.nth = 2;
        m_simulator->addFault(loop);
        QVERIFY(m_simulator->listen(0) != 0);
        const PoolctlRun run = poolctl({QStringLiteral("clusters")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"page 2 links back to page 1"), qPrintable(run.err));
        QCOMPARE(run.out.count(u'\n'), 201); // the header and the first page's 200
    }
};

QTEST_GUILESS_MAIN(PoolctlListingTest)
#include "tst_poolctl_listing.moc"
