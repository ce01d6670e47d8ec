#include "core/manifestrewrite.h"

#include <QTest>

using namespace core;
using namespace core::manifest;

namespace {

const QString ClusterId = QStringLiteral("8d9a1c3e-0000-4000-8000-000000000001");

PoolManifest pool(const QString& name, int count)
{
    PoolManifest m;
    m.metadataName = name;
    m.spec.name = name;
    m.spec.cluster.value = ClusterId;
    m.spec.size = QStringLiteral("s-2vcpu-4gb");
    m.spec.count = count;
    return m;
}

WriteOptions named()
{
    WriteOptions options;
    options.clusterNames = {{ClusterId, QStringLiteral("prod")}};
    return options;
}

// The file as a person keeps it in git: a header, comments in documents.
QByteArray threePools()
{
    return QStringLiteral("# pools of prod, reviewed in PR 42\n"
                          "apiVersion: digital-ocean.project-planton.org/v1\n"
                          "kind: DigitalOceanKubernetesNodePool\n"
                          "metadata:\n  name: web\n"
                          "spec:\n  nodePoolName: web\n"
                          "  cluster:\n    value: %1\n"
                          "  size: s-2vcpu-4gb\n"
                          "  nodeCount: 3 # peak traffic\n"
                          "---\n"
                          "# batch jobs run at night\n"
                          "apiVersion: digital-ocean.project-planton.org/v1\n"
                          "kind: DigitalOceanKubernetesNodePool\n"
                          "metadata:\n  name: batch\n"
                          "spec:\n  nodePoolName: batch\n"
                          "  cluster:\n    value: %1\n"
                          "  size: s-2vcpu-4gb\n"
                          "  nodeCount: 1 # one is enough\n"
                          "--- # the last one\n"
                          "apiVersion: digital-ocean.project-planton.org/v1\n"
                          "kind: DigitalOceanKubernetesNodePool\n"
                          "metadata:\n  name: cache\n"
                          "spec:\n  nodePoolName: cache\n"
                          "  cluster:\n    value: %1\n"
                          "  size: s-2vcpu-4gb\n"
                          "  nodeCount: 2\n")
        .arg(ClusterId)
        .toUtf8();
}

} // namespace

class ManifestRewriteTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesOnlyThatDocument()
    {
        const QByteArray yaml = threePools();
        QString error;
        const std::optional<QByteArray> out =
            replaceDocument(yaml, pool(QStringLiteral("batch"), 1),
                            pool(QStringLiteral("batch"), 4), named(), &error);
        QVERIFY2(out, qPrintable(error));
        // The first and last documents, their comments included, are untouched.
        const qsizetype firstEnd = yaml.indexOf("---\n") + 4;
        QCOMPARE(out->left(firstEnd), yaml.left(firstEnd));
        const QByteArray last = yaml.mid(yaml.indexOf("--- # the last one"));
        QVERIFY(out->endsWith(last));
        // The rewritten one keeps its leading comment and has the new count
        // and the cluster's name; its inner comment is gone.
        QVERIFY(out->contains("---\n# batch jobs run at night\napiVersion:"));
        QVERIFY(out->contains("nodeCount: 4\n"));
        QVERIFY(!out->contains("one is enough"));
        QVERIFY(out->contains(QStringLiteral("value: %1  # prod\n").arg(ClusterId).toUtf8()));
        const ReadResult read = core::manifest::read(*out);
        QVERIFY(read.ok());
        QCOMPARE(read.manifests.size(), 3);
        QCOMPARE(read.manifests.at(1).spec.count, 4);
    }

    void replacesTheFirstDocumentKeepingTheHeader()
    {
        QString error;
        const std::optional<QByteArray> out =
            replaceDocument(threePools(), pool(QStringLiteral("web"), 3),
                            pool(QStringLiteral("web"), 5), named(), &error);
        QVERIFY2(out, qPrintable(error));
        QVERIFY(out->startsWith("# pools of prod, reviewed in PR 42\napiVersion:"));
        QVERIFY(!out->contains("peak traffic"));
        QVERIFY(out->contains("one is enough"));
        QCOMPARE(core::manifest::read(*out).manifests.first().spec.count, 5);
    }

    void anInvalidNeighbourIsKeptAsItWas()
    {
        const QByteArray broken = "apiVersion: digital-ocean.project-planton.org/v1\n"
                                  "kind: Mistake\n";
        const QByteArray yaml = write(pool(QStringLiteral("web"), 3), named()) + "---\n" + broken;
        QString error;
        const std::optional<QByteArray> out = replaceDocument(
            yaml, pool(QStringLiteral("web"), 3), pool(QStringLiteral("web"), 2), named(), &error);
        QVERIFY2(out, qPrintable(error));
        QVERIFY(out->endsWith("---\n" + broken));
        QCOMPARE(core::manifest::read(*out).manifests.first().spec.count, 2);
    }

    void windowsLineEndsStay()
    {
        QByteArray yaml = threePools();
        yaml.replace("\n", "\r\n");
        QString error;
        const std::optional<QByteArray> out =
            replaceDocument(yaml, pool(QStringLiteral("cache"), 2),
                            pool(QStringLiteral("cache"), 3), named(), &error);
        QVERIFY2(out, qPrintable(error));
        QCOMPARE(out->count("\n"), out->count("\r\n"));
        QCOMPARE(core::manifest::read(*out).manifests.last().spec.count, 3);
    }

    void refusesWhenTheFileNoLongerHoldsTheManifest()
    {
        QString error;
        // The check saw batch with 2 nodes; someone has since edited the file.
        QVERIFY(!replaceDocument(threePools(), pool(QStringLiteral("batch"), 2),
                                 pool(QStringLiteral("batch"), 4), named(), &error));
        QVERIFY2(error.contains(QStringLiteral("check again")), qPrintable(error));
    }

    void refusesAPoolDescribedTwice()
    {
        const QByteArray doc = write(pool(QStringLiteral("web"), 3), named());
        QString error;
        QVERIFY(!replaceDocument(doc + "---\n" + doc, pool(QStringLiteral("web"), 3),
                                 pool(QStringLiteral("web"), 4), named(), &error));
        QVERIFY2(error.contains(QStringLiteral("twice")), qPrintable(error));
    }

    void aRewriteFromLiveKeepsPlantonMetadata()
    {
        const QByteArray metadata = "metadata:\n  name: batch\n  org: acme\n  env: production\n"
                                    "  labels:\n    team: data\n"
                                    "  annotations:\n    planton.org/note: nightly\n"
                                    "  tags:\n    - batch\n"
                                    "  relationships:\n"
                                    "    - kind: DigitalOceanKubernetesCluster\n"
                                    "      name: prod\n      type: runs_on\n";
        const QByteArray planton =
            "apiVersion: digital-ocean.project-planton.org/v1\n"
            "kind: DigitalOceanKubernetesNodePool\n" +
            metadata + "spec:\n  nodePoolName: batch\n" +
            QStringLiteral("  cluster:\n    value: %1\n").arg(ClusterId).toUtf8() +
            "  size: s-2vcpu-4gb\n  nodeCount: 1\n";
        const QByteArray yaml = write(pool(QStringLiteral("web"), 3), named()) + "---\n" + planton;
        const PoolManifest current = read(yaml).manifests.at(1);
        QCOMPARE(current.metadata.org, QStringLiteral("acme"));
        // What the drift view hands over: the live pool, which has no metadata.
        NodePool live;
        live.id = QStringLiteral("batch-id");
        live.spec = current.spec;
        live.spec.count = 4;
        PoolManifest fromLive = fromPool(live);
        fromLive.status = {};
        QVERIFY(fromLive.metadata.isEmpty());
        QString error;
        const std::optional<QByteArray> out =
            replaceDocument(yaml, current, fromLive, named(), &error);
        QVERIFY2(out, qPrintable(error));
        QVERIFY2(out->contains("---\napiVersion: digital-ocean.project-planton.org/v1\n"
                               "kind: DigitalOceanKubernetesNodePool\n" +
                               metadata + "spec:\n"),
                 out->constData());
        const PoolManifest after = read(*out).manifests.at(1);
        QCOMPARE(after.metadata, current.metadata);
        QCOMPARE(after.spec.count, 4);
    }

    void refusesWhatItCannotSplitSafely()
    {
        // A document that starts on its marker line is not cut apart.
        const QByteArray yaml = write(pool(QStringLiteral("web"), 3), named()) +
                                "--- {apiVersion: digital-ocean.project-planton.org/v1, kind: "
                                "DigitalOceanKubernetesNodePool, metadata: {name: batch}, spec: "
                                "{nodePoolName: batch, cluster: {value: " +
                                ClusterId.toUtf8() + "}, size: s-2vcpu-4gb, nodeCount: 1}}\n";
        QCOMPARE(core::manifest::read(yaml).manifests.size(), 2);
        QString error;
        const std::optional<QByteArray> web = replaceDocument(
            yaml, pool(QStringLiteral("web"), 3), pool(QStringLiteral("web"), 4), named(), &error);
        QVERIFY2(web, qPrintable(error));
        QVERIFY(web->endsWith(yaml.mid(yaml.indexOf("--- {"))));
        QCOMPARE(core::manifest::read(*web).manifests.first().spec.count, 4);
        // The one on the marker line would keep its old text beside the new:
        // the read-back sees that, and the file is left alone.
        QVERIFY(!replaceDocument(yaml, pool(QStringLiteral("batch"), 1),
                                 pool(QStringLiteral("batch"), 4), named(), &error));
        QVERIFY2(error.contains(QStringLiteral("left as it was")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(ManifestRewriteTest)
#include "tst_manifestrewrite.moc"
