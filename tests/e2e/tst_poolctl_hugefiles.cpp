// poolctl on files far too large to be manifests, doctl configs or tokens:
// sparse multi-GB files and /dev/zero. Each is refused at once, with a
// message naming the file, its size and the limit, and never read (bounded
// time; a read of 4 GiB would take seconds and the memory would show).
#include "poolctlrun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 FourGiB = qint64(4) * 1024 * 1024 * 1024;

} // namespace

class TestPoolctlHugeFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_huge = m_home.filePath(QStringLiteral("huge.yaml"));
        QFile file(m_huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(FourGiB)); // sparse: no disk used
    }

    void refusedAtOnce_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString huge = m_home.filePath(QStringLiteral("huge.yaml"));
        const QString tooLarge = QStringLiteral("it is 4 GiB, more than the %1 allowed");
        QTest::newRow("validate") << QStringList{QStringLiteral("validate"), huge}
                                  << tooLarge.arg(QLatin1String("16 MiB"));
        QTest::newRow("lint") << QStringList{QStringLiteral("lint"), huge}
                              << tooLarge.arg(QLatin1String("16 MiB"));
        QTest::newRow("fmt") << QStringList{QStringLiteral("fmt"), huge}
                             << tooLarge.arg(QLatin1String("16 MiB"));
        QTest::newRow("plan") << QStringList{QStringLiteral("plan"), huge}
                              << tooLarge.arg(QLatin1String("16 MiB"));
        QTest::newRow("import-doctl")
            << QStringList{QStringLiteral("--store-in-file"), QStringLiteral("context"),
                           QStringLiteral("import-doctl"), huge}
            << tooLarge.arg(QLatin1String("1 MiB"));
        QTest::newRow("token file")
            << QStringList{QStringLiteral("--token-file"), huge, QStringLiteral("clusters")}
            << tooLarge.arg(QLatin1String("64 KiB"));
        QTest::newRow("token from /dev/zero")
            << QStringList{QStringLiteral("--token-file"), QStringLiteral("/dev/zero"),
                           QStringLiteral("clusters")}
            << QStringLiteral("it is larger than the 64 KiB allowed");
    }

    void refusedAtOnce()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        // The URL is never reached: the file is refused before anything is sent.
        const PoolctlRun run = runPoolctl(
            arguments,
            {.token = QStringLiteral("dop_v1_x"),
             .environment = {
                 {QStringLiteral("HOME"), m_home.path()},
                 {QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("c"))},
                 {QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("k"))},
                 {QStringLiteral("DIGITALOCEAN_API_URL"), QStringLiteral("http://127.0.0.1:9")}}});
        QVERIFY(!QTest::currentTestFailed()); // it ended in time, and did not crash
        // validate and lint report findings on stdout, the others on stderr.
        const QString err = run.out + run.err;
        QVERIFY2(run.milliseconds < 3000, qPrintable(QString::number(run.milliseconds)));
        QVERIFY2(run.exitCode != 0, qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        if (!arguments.contains(QStringLiteral("/dev/zero")))
            QVERIFY2(err.contains(m_huge), qPrintable(err));
    }

private:
    QTemporaryDir m_home;
    QString m_huge;
};

QTEST_GUILESS_MAIN(TestPoolctlHugeFiles)
#include "tst_poolctl_hugefiles.moc"
