// The Kubernetes name rules and the size-slug and tag rules were regular
// expressions; they are written out by hand now (validation runs them for
// every pool of a file). The patterns they replaced are the reference here,
// on hand-picked and random words, `$` before a final newline included.
#include "core/k8snames.h"
#include "core/validation.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

namespace {

bool matches(const char* pattern, const QString& text)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}

// The checks as they were, with the patterns.
QString referenceLabel(const QString& text)
{
    if (text.isEmpty())
        return QStringLiteral("must not be empty");
    if (text.size() > 63)
        return QStringLiteral("must be at most 63 characters (has %1)").arg(text.size());
    if (!matches("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", text))
        return QStringLiteral(
            "must consist of lower-case letters, digits and '-', and start and end "
            "with a letter or digit");
    return {};
}

QString referenceSubdomain(const QString& text)
{
    if (text.isEmpty())
        return QStringLiteral("must not be empty");
    if (text.size() > 253)
        return QStringLiteral("must be at most 253 characters (has %1)").arg(text.size());
    for (const QString& part : text.split(u'.')) {
        if (part.isEmpty() || !matches("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", part))
            return QStringLiteral(
                "must be a DNS subdomain: lower-case letters, digits, '-' and '.', "
                "each part starting and ending with a letter or digit");
    }
    return {};
}

QString referenceQualifiedName(const QString& text)
{
    if (text.isEmpty())
        return QStringLiteral("must not be empty");
    const QStringList parts = text.split(u'/');
    if (parts.size() > 2)
        return QStringLiteral("may contain at most one '/' (prefix/name)");
    QString name = parts.last();
    if (parts.size() == 2) {
        if (parts.first().isEmpty())
            return QStringLiteral("has an empty prefix before '/'");
        const QString prefixError = referenceSubdomain(parts.first());
        if (!prefixError.isEmpty())
            return QStringLiteral("prefix ") + prefixError;
    }
    if (name.isEmpty())
        return QStringLiteral("has an empty name after '/'");
    if (name.size() > 63)
        return QStringLiteral("name part must be at most 63 characters (has %1)").arg(name.size());
    if (!matches("^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$", name))
        return QStringLiteral(
            "name part must consist of letters, digits, '-', '_' and '.', and start "
            "and end with a letter or digit");
    return {};
}

QString referenceLabelValue(const QString& text)
{
    if (text.isEmpty())
        return {};
    if (text.size() > 63)
        return QStringLiteral("must be at most 63 characters (has %1)").arg(text.size());
    if (!matches("^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$", text))
        return QStringLiteral(
            "must consist of letters, digits, '-', '_' and '.', and start and end "
            "with a letter or digit");
    return {};
}

bool hasIssueAt(const QList<core::ValidationIssue>& issues, const QString& path,
                const QString& notContaining = {})
{
    for (const core::ValidationIssue& issue : issues)
        if (issue.path == path &&
            (notContaining.isEmpty() || !issue.message.contains(notContaining)))
            return true;
    return false;
}

QStringList words()
{
    QStringList out;
    for (const char* w :
         {"",        "a",     "A",          "-",        "a-",       "-a",        "a-b",
          "a_b",     "a.b",   "a..b",       ".a",       "a.",       "ab/cd",     "/a",
          "a/",      "a/b/c", "Ex.com/x",   "ex.com/x", "ex.com/X", "e_x.com/x", "a\n",
          "a\n\n",   "\na",   "a\r",        "a\r\n",    "a/b\n",    "a\n/b",     "a\n.b",
          "team:ml", "k8s",   "k8s:worker", "s-2vcpu",  "S-2vcpu",  "2vcpu-",    "a b"})
        out << QString::fromUtf8(w);
    out << QString(63, u'a') << QString(64, u'a') << QString(63, u'a') + u'\n' << QString(255, u'a')
        << QString(256, u'a') << QString(255, u'a') + u'\n' << QStringLiteral("é")
        << QStringLiteral("aé") << QString(QChar(0xd800))
        << QStringLiteral("ex.com/") + QString(63, u'b');
    QRandomGenerator random(42);
    const QString alphabet = QStringLiteral("aZ09-_.:/\n\r é");
    for (int i = 0; i < 30000; ++i) {
        QString w;
        const int length = int(random.bounded(9));
        for (int j = 0; j < length; ++j)
            w += alphabet.at(random.bounded(int(alphabet.size())));
        out << w;
    }
    return out;
}

} // namespace

class TestNamePatterns : public QObject
{
    Q_OBJECT

private slots:
    void kubernetesNamesMatchThePatterns()
    {
        for (const QString& w : words()) {
            const QByteArray shown = w.toUtf8().toPercentEncoding();
            QCOMPARE(core::k8snames::checkDns1123Label(w), referenceLabel(w));
            QCOMPARE(core::k8snames::checkDns1123Subdomain(w), referenceSubdomain(w));
            QVERIFY2(core::k8snames::checkQualifiedName(w) == referenceQualifiedName(w),
                     shown.constData());
            QCOMPARE(core::k8snames::checkLabelValue(w), referenceLabelValue(w));
        }
    }

    void sizeSlugsAndTagsMatchThePatterns()
    {
        for (const QString& w : words()) {
            core::NodePoolSpec spec;
            spec.name = QStringLiteral("p");
            spec.size = w;
            spec.tags = {w};
            const QList<core::ValidationIssue> issues = core::validate(spec);
            const QByteArray shown = w.toUtf8().toPercentEncoding();
            QVERIFY2(hasIssueAt(issues, QStringLiteral("spec.size"), QStringLiteral("required")) ==
                         (!w.isEmpty() && !matches("^[a-z0-9][a-z0-9-]*$", w)),
                     shown.constData());
            QVERIFY2(
                hasIssueAt(issues, QStringLiteral("spec.tags[0]"), QStringLiteral("DOKS adds")) ==
                    !matches("^[a-zA-Z0-9_:-]{1,255}$", w),
                shown.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestNamePatterns)
#include "tst_namepatterns.moc"
