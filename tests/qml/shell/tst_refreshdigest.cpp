// What a refresh's answer becomes before the GUI thread takes it
// (app::digestRefresh): what did not change is the previous list's own data,
// shared, so that nothing of it is freed or compared again, and the cost lines
// are the previous list object when no line changed.
#include "app/shell/refreshdigest.h"
#include "core/costattribution.h"
#include "core/dojson.h"
#include "sim/seedgenerator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// The clusters of a generated account, decoded as DoClient decodes them;
// every call decodes afresh, so nothing is shared between two calls.
QList<core::Cluster> decodedAccount()
{
    const QJsonObject seed =
        QJsonDocument::fromJson(sim::generateSeed(sim::SeedSize{6, 4, 5})).object();
    return core::dojson::clustersFromResponse(
        {{QStringLiteral("kubernetes_clusters"), seed.value(u"clusters")}});
}

QList<core::Size> sizesOf(const QList<core::Cluster>& clusters)
{
    QList<core::Size> sizes;
    for (const core::Cluster& cluster : clusters)
        for (const core::NodePool& pool : cluster.pools)
            if (std::none_of(sizes.begin(), sizes.end(),
                             [&](const core::Size& size) { return size.slug == pool.spec.size; })) {
                core::Size size;
                size.slug = pool.spec.size;
                size.priceMonthlyCents = 1200 * (sizes.size() + 1);
                sizes << size;
            }
    return sizes;
}

} // namespace

class RefreshDigestTest : public QObject
{
    Q_OBJECT

    QList<core::Cluster> m_before;
    QList<core::Size> m_sizes;
    app::RefreshDigest m_first;

private Q_SLOTS:
    void init()
    {
        m_before = decodedAccount();
        QVERIFY(m_before.size() == 6);
        QVERIFY(!m_before.first().pools.first().nodes.isEmpty());
        m_sizes = sizesOf(m_before);
        m_first = app::digestRefresh({}, m_before, m_sizes, {}, {});
        QVERIFY(m_first.clustersChanged);
        QVERIFY(m_first.costLinesChanged);
        QCOMPARE(m_first.costLines, core::costLines(m_before, m_sizes));
    }

    void anUnchangedAnswerIsThePreviousList()
    {
        const app::RefreshDigest digest = app::digestRefresh(
            m_first.clusters, decodedAccount(), m_sizes, m_first.costLines, m_first.costSizes);
        QVERIFY(!digest.clustersChanged);
        QCOMPARE(digest.clusters.constData(), m_first.clusters.constData());
        QVERIFY(!digest.costLinesChanged);
        QCOMPARE(digest.costLines.constData(), m_first.costLines.constData());
    }

    // One node replaced (1 % of a large account in miniature): the other
    // clusters, the other pools of its cluster and the other nodes of its
    // pool are the previous ones' data; the counts are unchanged, so the cost
    // lines are the previous object.
    void aChangedNodeSharesEverythingElse()
    {
        QList<core::Cluster> next = decodedAccount();
        core::Node& replaced = next[2].pools[1].nodes[3];
        replaced.id = QStringLiteral("a-new-node");
        replaced.state = QStringLiteral("provisioning");
        const app::RefreshDigest digest = app::digestRefresh(m_first.clusters, next, m_sizes,
                                                             m_first.costLines, m_first.costSizes);
        QVERIFY(digest.clustersChanged);
        QCOMPARE(digest.clusters, next);
        for (int c = 0; c < digest.clusters.size(); ++c) {
            const core::Cluster& now = digest.clusters.at(c);
            const core::Cluster& was = m_first.clusters.at(c);
            if (c != 2) {
                QCOMPARE(now.pools.constData(), was.pools.constData());
                continue;
            }
            for (int p = 0; p < now.pools.size(); ++p) {
                if (p != 1) {
                    QCOMPARE(now.pools.at(p).nodes.constData(), was.pools.at(p).nodes.constData());
                    continue;
                }
                const QList<core::Node>& nodes = now.pools.at(p).nodes;
                for (int n = 0; n < nodes.size(); ++n)
                    if (n != 3) // shared strings: the very same data
                        QCOMPARE(nodes.at(n).id.constData(),
                                 was.pools.at(p).nodes.at(n).id.constData());
                QCOMPARE(nodes.at(3).id, QStringLiteral("a-new-node"));
            }
        }
        QVERIFY(!digest.costLinesChanged);
        QCOMPARE(digest.costLines.constData(), m_first.costLines.constData());
    }

    void aChangedCountChangesTheCostLines()
    {
        QList<core::Cluster> next = decodedAccount();
        next[4].pools[0].spec.count += 2;
        const app::RefreshDigest digest = app::digestRefresh(m_first.clusters, next, m_sizes,
                                                             m_first.costLines, m_first.costSizes);
        QVERIFY(digest.clustersChanged);
        QVERIFY(digest.costLinesChanged);
        QCOMPARE(digest.costLines, core::costLines(next, m_sizes));
        QCOMPARE(digest.clusters.at(0).pools.constData(), m_first.clusters.at(0).pools.constData());
    }

    // Order, removals and additions come through as they are.
    void reorderedAndRemovedClustersAreTheAnswers()
    {
        QList<core::Cluster> next = decodedAccount();
        std::swap(next[0], next[5]);
        next.removeAt(3);
        const app::RefreshDigest digest = app::digestRefresh(m_first.clusters, next, m_sizes,
                                                             m_first.costLines, m_first.costSizes);
        QVERIFY(digest.clustersChanged);
        QCOMPARE(digest.clusters, next);
        QCOMPARE(digest.clusters.at(0).pools.constData(), m_first.clusters.at(5).pools.constData());
        QVERIFY(digest.costLinesChanged);
        QCOMPARE(digest.costLines, core::costLines(next, m_sizes));
    }

    // Before the sizes are known no lines are computed; new sizes recompute them.
    void theLinesFollowTheSizes()
    {
        const app::RefreshDigest unpriced =
            app::digestRefresh(m_first.clusters, decodedAccount(), {}, {}, {});
        QVERIFY(unpriced.costSizes.isEmpty());
        QVERIFY(unpriced.costLines.isEmpty());
        QList<core::Size> dearer = m_sizes;
        dearer[0].priceMonthlyCents *= 2;
        const app::RefreshDigest repriced = app::digestRefresh(
            m_first.clusters, decodedAccount(), dearer, m_first.costLines, m_first.costSizes);
        QVERIFY(!repriced.clustersChanged);
        QVERIFY(repriced.costLinesChanged);
        QCOMPARE(repriced.costLines, core::costLines(m_before, dearer));
    }
};

QTEST_GUILESS_MAIN(RefreshDigestTest)
#include "tst_refreshdigest.moc"
