// What the fuzzers found in the manifest readers, kept as regressions: each
// input from tests/data/fuzz/*/regression-* reads to an error (or manifests)
// quickly, never a hang, a crash or undefined behaviour.
//  - regression-endless-documents: yaml-cpp 0.7 hands out empty documents
//    forever after a NUL or stray bytes; the reader stops it.
//  - regression-alias-overflow: the alias expansion count overflowed a
//    signed 64-bit sum (UBSan); it now saturates.
#include "core/manifest.h"
#include "core/yamlcppreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

class TestParserBounds : public QObject
{
    Q_OBJECT

private slots:
    void regressions_data()
    {
        QTest::addColumn<QString>("path");
        const QDir data(QStringLiteral(POOLSTUDIO_TEST_DATA "/fuzz"));
        for (const QString& folder : {QStringLiteral("manifest"), QStringLiteral("yamlcpp")})
            for (const QString& name :
                 QDir(data.filePath(folder)).entryList({QStringLiteral("regression-*")}))
                QTest::newRow(qPrintable(folder + u'/' + name))
                    << data.filePath(folder + u'/' + name);
    }

    void regressions()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray yaml = file.readAll();
        QElapsedTimer timer;
        timer.start();
        core::yamltree::Document scratch;
        core::yamltree::SyntaxError error;
        int documents = 0;
        core::yamltree::readWithYamlCpp(
            yaml, scratch, [&](const core::yamltree::Document&) { ++documents; }, &error);
        QVERIFY(documents < 100);
        const core::manifest::ReadResult result = core::manifest::read(yaml);
        QVERIFY(!result.ok());
        QVERIFY(timer.elapsed() < 2000);
    }

    void endlessDocumentsSayWhy()
    {
        const core::manifest::ReadResult result =
            core::manifest::read(QByteArray(",# x\xff\xff\x00\xfa\xff"
                                            "e",
                                            10));
        QVERIFY(!result.ok());
        QVERIFY2(result.errors.first().message.contains(QLatin1String("stopped advancing")),
                 qPrintable(result.errors.first().message));
    }
};

QTEST_GUILESS_MAIN(TestParserBounds)
#include "tst_parserbounds.moc"
