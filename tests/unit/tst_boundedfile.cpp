// core::readBoundedFile: the size is looked at before a byte is read, so a
// sparse 5 GiB file is refused at once (time and memory bounded), and the
// read itself stops one byte past the limit for files that do not say their
// size (/dev/zero). Also core::json::firstDuplicateKey, the scan DoClient
// runs on every answer.
#include "core/boundedfile.h"
#include "core/jsonduplicates.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

namespace {

long peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

class TestBoundedFile : public QObject
{
    Q_OBJECT

private slots:
    void aSparseHugeFileIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(5) * 1024 * 1024 * 1024)); // sparse: no disk used
        file.close();

        const long memoryBefore = peakMemoryMiB();
        QElapsedTimer timer;
        timer.start();
        const core::BoundedRead read = core::readBoundedFile(path, 16 * 1024 * 1024);
        QVERIFY(timer.elapsed() < 500);
        QVERIFY(peakMemoryMiB() - memoryBefore < 8);
        QVERIFY(!read.ok());
        QVERIFY(read.tooLarge);
        QVERIFY(read.bytes.isEmpty());
        QCOMPARE(read.error,
                 QStringLiteral("it is 5 GiB, more than the 16 MiB allowed; it was not read"));
    }

    void aFileAtTheLimitIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exact"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const core::BoundedRead read = core::readBoundedFile(path, 4096);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.bytes.size(), 4096);
        const core::BoundedRead over = core::readBoundedFile(path, 4095);
        QVERIFY(over.tooLarge);
        QVERIFY(over.error.contains(QLatin1String("4 KiB")));
    }

    void aDeviceWithoutASizeIsReadOnlyToTheLimit()
    {
        QElapsedTimer timer;
        timer.start();
        const core::BoundedRead read = core::readBoundedFile(QStringLiteral("/dev/zero"), 65536);
        QVERIFY(timer.elapsed() < 500);
        QVERIFY(read.tooLarge);
        QVERIFY2(read.error.contains(QLatin1String("larger than the 64 KiB allowed")),
                 qPrintable(read.error));
    }

    void aMissingFileSaysSo()
    {
        const core::BoundedRead read =
            core::readBoundedFile(QStringLiteral("/nonexistent/pools.yaml"), 1024);
        QVERIFY(!read.ok());
        QVERIFY(!read.tooLarge);
        QVERIFY2(read.error.contains(QLatin1String("No such file")), qPrintable(read.error));
    }

    void duplicateKeys_data()
    {
        // Plain literals: moc mis-reads raw strings holding escaped quotes.
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("none") << QByteArray("{\"a\": 1, \"b\": {\"a\": 2}, "
                                            "\"c\": [{\"a\": 1}, {\"a\": 2}]}")
                              << QString();
        QTest::newRow("top level") << QByteArray("{\"a\": 1, \"a\": 2}") << QStringLiteral("a");
        QTest::newRow("in a list")
            << QByteArray("{\"pools\": [{\"n\": 1}, \"x\", 3, [1, 2], {\"n\": 1, \"n\": 2}]}")
            << QStringLiteral("pools[4].n");
        QTest::newRow("an escaped twin")
            << QByteArray("{\"x\": {\"name\": \"a\", \"na\\u006de\": \"b\"}}")
            << QStringLiteral("x.name");
        QTest::newRow("strings that look like keys")
            << QByteArray("{\"a\": \"\\\"a\\\": 1, \\\"a\\\"\", \"b\": [\"a\", \"a\"]}")
            << QString();
        QTest::newRow("deep")
            << QByteArray(
                   "{\"a\": {\"b\": {\"c\": [[{\"d\": 1}], [{\"d\": 1, \"e\": 0, \"d\": 1}]]}}}")
            << QStringLiteral("a.b.c[1][0].d");
    }

    void duplicateKeys()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QCOMPARE(core::json::firstDuplicateKey(json), path);
    }

    void duplicateScanIsLinear()
    {
        QByteArray json = "{\"list\": [";
        for (int i = 0; i < 200000; ++i)
            json += "{\"id\": \"" + QByteArray::number(i) + "\", \"count\": 3},";
        json += "{\"id\": 1, \"id\": 2}]}";
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(core::json::firstDuplicateKey(json), QStringLiteral("list[200000].id"));
        QVERIFY(timer.elapsed() < 3000);
    }
};

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "tst_boundedfile.moc"
