// The clusters list is written straight to bytes (src/sim/clusterbytes.h) for
// speed (issue 16). These tests hold it to the old QJsonObject path byte for
// byte: on a generated seed across clock steps and writes, over the socket,
// and on hand-made rows with every string escape and odd timestamp.
#include "core/utctime.h"
#include "sim/clusterbytes.h"
#include "sim/seedgenerator.h"
#include "sim/simulator.h"
#include "simclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString Token = QStringLiteral("bytes-token");
const QString Key = QStringLiteral("kubernetes_clusters");

// The old path: a QJsonObject tree, then Qt's writer.
QByteArray reference(const QList<sim::ClusterRow>& clusters, const sim::json::Page& page,
                     const QUrl& url)
{
    QJsonArray all;
    for (const sim::ClusterRow& c : clusters)
        all.append(sim::json::cluster(c));
    return QJsonDocument(sim::json::pagedEnvelope(Key, all, page, url))
        .toJson(QJsonDocument::Compact);
}

QString firstDifference(const QByteArray& a, const QByteArray& b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    return QStringLiteral("at byte %1: fast \"%2\" vs old \"%3\"")
        .arg(i)
        .arg(QString::fromUtf8(a.mid(qMax<qsizetype>(0, i - 40), 80)),
             QString::fromUtf8(b.mid(qMax<qsizetype>(0, i - 40), 80)));
}

#define COMPARE_BYTES(fast, old)                                                                   \
    do {                                                                                           \
        const QByteArray f_ = (fast), o_ = (old);                                                  \
        QVERIFY2(f_ == o_, qPrintable(firstDifference(f_, o_)));                                   \
    } while (false)

// Every paging shape the router writes: one page, first/middle/last/beyond
// pages, a looping `next`; absolute and relative link URLs.
void compareAllPages(const QList<sim::ClusterRow>& clusters)
{
    const QUrl absolute(QStringLiteral("http://127.0.0.1:8080/v2/kubernetes/clusters?per_page=2"));
    const QUrl relative(QStringLiteral("/v2/kubernetes/clusters?tag=x&page=2&per_page=2"));
    struct Shape
    {
        int page, perPage, loopTo;
    };
    for (const Shape s : {Shape{1, 200, -1}, Shape{1, 2, -1}, Shape{2, 2, -1}, Shape{3, 2, -1},
                          Shape{9, 2, -1}, Shape{1, 20, -1}, Shape{2, 1, 0}, Shape{3, 1, 1}})
        for (const QUrl& url : {absolute, relative}) {
            const sim::json::Page page{s.page, s.perPage, s.loopTo};
            COMPARE_BYTES(sim::json::pagedClustersBytes(Key, clusters, page, url),
                          reference(clusters, page, url));
        }
}

QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto& [k, v] : fields)
        o.insert(k, v);
    return o;
}

} // namespace

class SimClusterBytesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedSeedMatchesTheOldPathAcrossClockStepsAndWrites()
    {
        sim::Simulator simulator;
        QString error;
        QVERIFY2(simulator.loadSeed(sim::generateSeed({4, 3, 5}), &error), qPrintable(error));
        simulator.setToken(Token);
        simulator.clock().setManual();
        QVERIFY(simulator.listen() != 0);
        SimClient client(simulator.baseUrl(), Token);

        const sim::ClusterRow first = simulator.clusters().at(0);
        const QString pools = QStringLiteral("/v2/kubernetes/clusters/%1/node_pools").arg(first.id);
        int steps = 0;
        auto step = [&](const char* what) {
            ++steps;
            const QList<sim::ClusterRow> clusters = simulator.clusters();
            compareAllPages(clusters);
            if (QTest::currentTestFailed())
                qWarning("after: %s", what);
            // And what the router answers over the socket is the same page.
            const SimReply r =
                client.get(QStringLiteral("/v2/kubernetes/clusters?per_page=3&page=1"));
            QCOMPARE(r.status, 200);
            QUrl url = simulator.baseUrl();
            url.setPath(QStringLiteral("/v2/kubernetes/clusters"));
            url.setQuery(QStringLiteral("per_page=3&page=1"));
            COMPARE_BYTES(r.body, reference(simulator.clusters(), {1, 3, -1}, url));
        };

        step("seed");
        simulator.clock().advance(1);
        step("1 s");

        const SimReply created = client.post(
            pools, object({{QStringLiteral("name"), QStringLiteral("bytes-new")},
                           {QStringLiteral("size"), first.pools.at(0).size},
                           {QStringLiteral("count"), 2},
                           {QStringLiteral("labels"),
                            object({{QStringLiteral("zeta"), QStringLiteral("z")},
                                    {QStringLiteral("alpha"), QStringLiteral("a")}})},
                           {QStringLiteral("tags"), QJsonArray{QStringLiteral("bytes")}}}));
        QCOMPARE(created.status, 201);
        const QString newPool =
            created.json().value(u"node_pool").toObject().value(u"id").toString();
        QVERIFY(!newPool.isEmpty());
        step("create pool");

        const sim::Timing t = simulator.timing();
        simulator.clock().advance(t.nameAfter);
        step("nodes named");
        simulator.clock().advance(t.provision - t.nameAfter);
        step("nodes running");

        QCOMPARE(client
                     .put(pools + u'/' + newPool,
                          object({{QStringLiteral("name"), QStringLiteral("bytes-new")},
                                  {QStringLiteral("count"), 4}}))
                     .status,
                 202);
        step("resize up");
        QCOMPARE(client
                     .put(pools + u'/' + newPool,
                          object({{QStringLiteral("name"), QStringLiteral("bytes-new")},
                                  {QStringLiteral("count"), 1}}))
                     .status,
                 202);
        step("resize down");

        const QString node = first.pools.at(0).nodes.at(0).id;
        QCOMPARE(client
                     .del(pools + u'/' + first.pools.at(0).id + QStringLiteral("/nodes/") + node +
                          QStringLiteral("?replace=1"))
                     .status,
                 202);
        step("node replace");
        simulator.clock().advance(t.drain);
        step("drained");

        QCOMPARE(client.del(pools + u'/' + first.pools.at(1).id).status, 204);
        step("delete pool");
        simulator.clock().advance(t.drain + t.remove + t.provision);
        step("all settled");
        QCOMPARE(steps, 11);
    }

    void handMadeRowsWithEveryEscapeAndOddValuesMatchTheOldPath()
    {
        sim::NodeRow n;
        n.id = QStringLiteral("n\"1\\");
        n.name = QStringLiteral("tab\there\nnl\r\b\f\x01\x1f/ok");
        n.dropletId = QString(); // not yet
        n.state = sim::NodeState::Draining;
        n.createdAt = core::utcDateTime(QDate(2024, 2, 29), QTime(23, 59, 58));
        n.updatedAt = core::offsetDateTime(QDate(2024, 3, 1), QTime(1, 2, 3), 3600 * 5);
        sim::NodeRow odd = n;
        odd.state = sim::NodeState::Deleting;
        odd.name =
            QStringLiteral("é ü 日本 😀") + QChar(0xd800) + QStringLiteral("x"); // lone surrogate
        odd.createdAt = QDateTime();                                            // invalid
        odd.updatedAt = core::utcDateTime(QDate(999, 1, 2), QTime(3, 4, 5));

        sim::PoolRow p;
        p.id = QStringLiteral("p1");
        p.name = QStringLiteral("pool \"quoted\"");
        p.size = QStringLiteral("s-1vcpu-2gb");
        p.count = -3;
        p.tags = {QStringLiteral("ä-tag"), QStringLiteral("plain"), QString()};
        p.labelsNull = false;
        p.labels = {{QStringLiteral("b"), QStringLiteral("2")},
                    {QStringLiteral("a\n"), QStringLiteral("1")},
                    {QStringLiteral("Ä"), QStringLiteral("ö")},
                    {QStringLiteral("aa"), QString()},
                    {QStringLiteral("B"), QStringLiteral("x")}};
        p.taints = {{QStringLiteral("k"), QStringLiteral("v\""), QStringLiteral("NoSchedule")},
                    {QString(), QString(), QStringLiteral("NoExecute")}};
        p.autoScale = true;
        p.minNodes = 0;
        p.maxNodes = 2147483647;
        p.nodes = {n, odd};
        sim::PoolRow empty;
        empty.id = QStringLiteral("p2");
        empty.labelsNull = false; // {} rather than null

        sim::ClusterRow c;
        c.id = QStringLiteral("c-1");
        c.name = QStringLiteral("clüster");
        c.tags = {QStringLiteral("t1"), QStringLiteral("t\\2")};
        c.ha = true;
        c.autoUpgrade = true;
        c.surgeUpgrade = false;
        c.state = QStringLiteral("degraded");
        c.scaleDownUtilizationThreshold = 0.65;
        c.expanders = {QStringLiteral("priority"), QStringLiteral("random")};
        c.createdAt = core::utcDateTime(QDate(2020, 1, 1), QTime(0, 0));
        c.updatedAt = core::utcDateTime(QDate(9999, 12, 31), QTime(23, 59, 59));
        c.pools = {p, empty};
        sim::ClusterRow bare;
        bare.id = QStringLiteral("c-2");
        bare.scaleDownUtilizationThreshold = 1.0; // an integral double
        // Fractions of a second (before and after 1970), leap days, offsets.
        sim::PoolRow times;
        times.id = QStringLiteral("p3");
        for (const QDateTime& when :
             {core::utcDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 500)),
              core::utcDateTime(QDate(1000, 1, 1), QTime(0, 0, 0, 1)),
              core::offsetDateTime(QDate(2000, 2, 29), QTime(12, 0, 0, 999), -9 * 3600),
              core::offsetDateTime(QDate(2100, 3, 1), QTime(0, 0), 14 * 3600),
              core::offsetDateTime(QDate(9999, 12, 31), QTime(23, 0), -2 * 3600),
              QDateTime(QDate(1970, 1, 1), QTime(0, 0)) /* local time */}) {
            sim::NodeRow timed = n;
            timed.createdAt = when;
            timed.updatedAt = when.addMSecs(-1);
            times.nodes.append(timed);
        }
        bare.pools = {times};
        sim::ClusterRow tiny = bare;
        tiny.id = QStringLiteral("c-3");
        tiny.scaleDownUtilizationThreshold = 1e-7;

        compareAllPages({c, bare, tiny});
        compareAllPages({});
        QByteArray one;
        sim::json::appendCluster(one, c);
        COMPARE_BYTES(one, QJsonDocument(sim::json::cluster(c)).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(SimClusterBytesTest)
#include "tst_simclusterbytes.moc"
