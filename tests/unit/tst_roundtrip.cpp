// Property test: generated valid specs survive manifest YAML (write -> read)
// and DigitalOcean JSON (createPoolBody -> bytes -> nodePoolFromJson) intact.
#include "core/dojson.h"
#include "core/manifest.h"
#include "core/validation.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using namespace core;

namespace {

constexpr int SpecCount = 3000;

// Scalars a YAML reader would take for booleans, numbers or null unless they
// are quoted; all of them valid label and taint values and tag names.
const QStringList& trickyWords()
{
    static const QStringList words = {
        QStringLiteral("true"),  QStringLiteral("false"), QStringLiteral("True"),
        QStringLiteral("FALSE"), QStringLiteral("on"),    QStringLiteral("off"),
        QStringLiteral("yes"),   QStringLiteral("no"),    QStringLiteral("y"),
        QStringLiteral("n"),     QStringLiteral("Y"),     QStringLiteral("null"),
        QStringLiteral("Null"),  QStringLiteral("NULL"),  QStringLiteral("0x1"),
        QStringLiteral("0o17"),  QStringLiteral("0b101"), QStringLiteral("1.0"),
        QStringLiteral("1e3"),   QStringLiteral("012"),   QStringLiteral("0"),
        QStringLiteral("1"),     QStringLiteral("1_000"), QStringLiteral("inf"),
        QStringLiteral("nan"),   QStringLiteral("1.2.3"), QStringLiteral("2024-01-01"),
        QStringLiteral("12:30"), QStringLiteral("0.5")};
    return words;
}

class Generator
{
public:
    explicit Generator(quint32 seed) : m_random(seed) {}

    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T> const T& pick(const QList<T>& list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }

    QString word(const char* alphabet, int length)
    {
        const QByteArray chars(alphabet);
        QString out;
        for (int i = 0; i < length; ++i)
            out += QLatin1Char(chars.at(between(0, int(chars.size()) - 1)));
        return out;
    }

    // A DNS-1123 label: lower-case alphanumerics and '-', alphanumeric ends.
    QString dnsLabel(int maxLength = 20)
    {
        const int length = between(1, maxLength);
        QString out = word("abcdefghijklmnopqrstuvwxyz0123456789", 1);
        if (length > 2)
            out += word("abcdefghijklmnopqrstuvwxyz0123456789-", length - 2);
        if (length > 1)
            out += word("abcdefghijklmnopqrstuvwxyz0123456789", 1);
        return out;
    }

    // A label/taint value: sometimes one a YAML reader would misread.
    QString value()
    {
        switch (between(0, 3)) {
        case 0: {
            const QString word = pick(trickyWords());
            return word.contains(u':') ? QStringLiteral("1.5") : word; // no ':' in values
        }
        case 1:
            return QString();
        default: {
            const int length = between(1, 12);
            QString out = word("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 1);
            if (length > 2)
                out += word("abcdefghijklmnopqrstuvwxyz0123456789-_.", length - 2);
            if (length > 1)
                out += word("abcdefghijklmnopqrstuvwxyz0123456789", 1);
            return out;
        }
        }
    }

    // A qualified key: [prefix/]name, never under a reserved prefix.
    QString key()
    {
        QString name = chance(20) ? pick(trickyWords()) : dnsLabel(15);
        if (name == u"0.5" || name == u"1.2.3")
            name = QStringLiteral("k") + name.remove(u'.');
        if (name.contains(u':'))
            name = QStringLiteral("k");
        if (!chance(40))
            return name;
        return dnsLabel(8) + QStringLiteral(".example.com/") + name;
    }

    QString tag()
    {
        QString tag;
        switch (between(0, 3)) {
        case 0:
            tag = pick(trickyWords());
            break;
        case 1:
            tag = dnsLabel(8) + u':' + dnsLabel(8);
            break;
        default:
            tag = word("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_:-",
                       between(1, 16));
        }
        // Tag names allow only letters, digits, '_', ':' and '-'.
        tag.remove(u'.');
        if (tag.isEmpty() || dojson::isAutomaticTag(tag))
            tag = QStringLiteral("t") + QString::number(between(0, 999));
        return tag;
    }

    NodePoolSpec spec()
    {
        NodePoolSpec spec;
        spec.name = dnsLabel();
        if (chance(80))
            spec.cluster.value =
                QUuid::createUuidV5(QUuid(), spec.name).toString(QUuid::WithoutBraces);
        else {
            spec.cluster.fromKind = QStringLiteral("DigitalOceanKubernetesCluster");
            spec.cluster.fromName = dnsLabel();
            if (chance(50))
                spec.cluster.fromFieldPath = QStringLiteral("status.outputs.clusterId");
        }
        static const QStringList sizes = {QStringLiteral("s-1vcpu-2gb"),
                                          QStringLiteral("s-2vcpu-4gb"),
                                          QStringLiteral("c-4"),
                                          QStringLiteral("g-8vcpu-32gb"),
                                          QStringLiteral("gpu-h100x1-80gb"),
                                          QStringLiteral("m3-16vcpu-128gb")};
        spec.size = pick(sizes);
        spec.autoScale = chance(40);
        if (spec.autoScale) {
            spec.minNodes = between(0, 5);
            spec.maxNodes = std::max(1, spec.minNodes + between(0, 20));
            spec.count = between(spec.minNodes, spec.maxNodes);
        } else {
            spec.count = between(1, 50);
        }
        const int labels = between(0, 4);
        for (int i = 0; i < labels; ++i)
            spec.labels.insert(key(), value());
        static const QStringList effects = {QStringLiteral("NoSchedule"),
                                            QStringLiteral("PreferNoSchedule"),
                                            QStringLiteral("NoExecute")};
        const int taints = between(0, 3);
        for (int i = 0; i < taints; ++i) {
            const Taint taint{key(), value(), pick(effects)};
            const bool clash =
                std::any_of(spec.taints.begin(), spec.taints.end(), [&](const Taint& t) {
                    return t.key == taint.key && t.effect == taint.effect;
                });
            if (!clash)
                spec.taints << taint;
        }
        const int tags = between(0, 4);
        for (int i = 0; i < tags; ++i) {
            const QString t = tag();
            if (!spec.tags.contains(t, Qt::CaseInsensitive)) // DO tags ignore case
                spec.tags << t;
        }
        return spec;
    }

private:
    QRandomGenerator m_random;
};

QList<manifest::PoolManifest> generate(quint32 seed, int count)
{
    Generator generator(seed);
    QList<manifest::PoolManifest> out;
    for (int i = 0; i < count; ++i) {
        manifest::PoolManifest m;
        m.spec = generator.spec();
        m.metadataName = generator.chance(70) ? m.spec.name : generator.dnsLabel();
        out << m;
    }
    return out;
}

QString describe(const NodePoolSpec& spec)
{
    manifest::PoolManifest m;
    m.spec = spec;
    return QString::fromUtf8(manifest::write(m));
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void generatedSpecsAreValid()
    {
        for (const manifest::PoolManifest& m : generate(1, SpecCount)) {
            const QList<ValidationIssue> issues = validate(m.spec);
            if (!issues.isEmpty())
                QFAIL(qPrintable(
                    QStringLiteral("%1: %2\n%3")
                        .arg(issues.first().path, issues.first().message, describe(m.spec))));
        }
    }

    void yamlRoundTripIsTheIdentity()
    {
        QElapsedTimer timer;
        timer.start();
        for (const manifest::PoolManifest& m : generate(2, SpecCount)) {
            const QByteArray yaml = manifest::write(m);
            const manifest::ReadResult read = manifest::read(yaml);
            if (!read.ok())
                QFAIL(qPrintable(QStringLiteral("%1: %2\n%3")
                                     .arg(read.errors.first().path, read.errors.first().message,
                                          QString::fromUtf8(yaml))));
            QCOMPARE(read.manifests.size(), 1);
            if (!(read.manifests.first() == m))
                QFAIL(qPrintable(
                    QStringLiteral("changed by the round trip:\n%1\nread back as:\n%2")
                        .arg(QString::fromUtf8(yaml), describe(read.manifests.first().spec))));
            // Stable: writing what was read gives the same bytes.
            QCOMPARE(manifest::write(read.manifests.first()), yaml);
        }
        qInfo("%d specs through YAML in %lld ms", SpecCount, timer.elapsed());
    }

    void multiDocumentFilesRoundTrip()
    {
        const QList<manifest::PoolManifest> all = generate(3, 1000);
        for (qsizetype at = 0; at < all.size(); at += 250) {
            const QList<manifest::PoolManifest> batch = all.mid(at, 250);
            const manifest::ReadResult read = manifest::read(manifest::writeAll(batch));
            QVERIFY(read.ok());
            QCOMPARE(read.manifests, batch);
        }
    }

    void jsonRoundTripIsTheIdentity()
    {
        QElapsedTimer timer;
        timer.start();
        for (const manifest::PoolManifest& m : generate(4, SpecCount)) {
            const QByteArray bytes =
                QJsonDocument(dojson::createPoolBody(m.spec)).toJson(QJsonDocument::Compact);
            const NodePool pool = dojson::nodePoolFromJson(QJsonDocument::fromJson(bytes).object());
            NodePoolSpec expected = m.spec;
            expected.cluster = {}; // the cluster is in the URL, not the body
            if (!(pool.spec == expected))
                QFAIL(qPrintable(QStringLiteral("changed by the JSON round trip:\n%1\n%2")
                                     .arg(QString::fromUtf8(bytes), describe(pool.spec))));
            QVERIFY(pool.automaticTags.isEmpty());
        }
        qInfo("%d specs through JSON in %lld ms", SpecCount, timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
