// The window started on a data folder whose cost history is damaged (bytes
// SQLite does not read as a database), through the real QML offscreen: the
// file is moved aside to history.sqlite.corrupt-N (an earlier backup kept as
// it was), a new history is started, and the window says so in its error
// banner, naming both files.
#include "app/costs/historystore.h"
#include "demoapp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

using namespace Qt::StringLiterals;

namespace {

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class CorruptHistoryTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    WindowDriver& m_driver = m_app.driver;
    QString m_path;
    // The damaged file: SQLite's header, then bytes that are no database.
    const QByteArray m_garbage = QByteArray("SQLite format 3") + QByteArray(6000, '\x5a');

private Q_SLOTS:
    void initTestCase()
    {
        // The demo window keeps its history where the app does without a
        // context (HistoryStore::defaultPath(), Qt's test-mode data folder).
        QStandardPaths::setTestModeEnabled(true);
        m_path = app::HistoryStore::defaultPath();
        const QDir folder = QFileInfo(m_path).absoluteDir();
        QVERIFY(QDir(folder).removeRecursively() || !folder.exists()); // an earlier run's files
        QVERIFY(QDir().mkpath(folder.path()));
        QVERIFY(write(m_path, m_garbage));
        QVERIFY(write(m_path + u".corrupt-1"_s, "an earlier backup"));
    }

    void theWindowSaysTheHistoryWasMovedAside()
    {
        m_app.start();
        QTRY_VERIFY(m_app.workspace->loaded());
        // The costs keep their history from the first refresh; where their
        // model is made only with the cost page, open it once.
        if (!m_driver.find<QObject>(u"costModel"_s)) {
            QVERIFY(m_driver.click(u"costsButton"_s));
            QTRY_VERIFY(m_driver.find<QObject>(u"costModel"_s));
            m_app.workspace->refresh();
        }
        const QString moved = m_path + u".corrupt-2"_s;
        QTRY_VERIFY(QFileInfo::exists(moved));
        if (QObject* drawer = m_driver.find<QObject>(u"costDrawer"_s);
            drawer && drawer->property("visible").toBool()) {
            m_driver.key(Qt::Key_Escape); // back to the window and its banner
            QTRY_VERIFY(!drawer->property("visible").toBool());
        }

        QQuickItem* message = m_driver.find(u"errorText"_s);
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        QVERIFY(m_driver.shown(u"errorBanner"_s));
        const QString text = message->property("text").toString();
        QVERIFY2(text.contains(u"The cost history") && text.contains(u"was damaged") &&
                     text.contains(m_path) && text.contains(moved) &&
                     text.contains(u"a new history was started"),
                 qPrintable(text));
        // A refresh mends nothing here: Dismiss, but no Retry.
        QVERIFY(m_driver.shown(u"errorDismissButton"_s));
        QVERIFY(!m_driver.shown(u"errorRetryButton"_s));
        m_driver.screenshot(u"corrupt-history-moved"_s);

        // Moved, never deleted; the earlier backup untouched; a new one in its place.
        QCOMPARE(contentsOf(moved), m_garbage);
        QCOMPARE(contentsOf(m_path + u".corrupt-1"_s), QByteArray("an earlier backup"));
        QVERIFY(QFileInfo::exists(m_path));
        QVERIFY(contentsOf(m_path) != m_garbage);

        // Dismissed, it stays gone.
        QVERIFY(m_driver.click(u"errorDismissButton"_s));
        QTRY_VERIFY(!m_driver.find(u"errorBanner"_s)->isVisible());
    }
};

QTEST_MAIN(CorruptHistoryTest)
#include "tst_corrupthistory.moc"
