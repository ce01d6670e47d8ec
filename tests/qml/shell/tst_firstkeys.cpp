// The keyboard from the window's first frame on: the shortcuts and the
// drawers are built right after that frame (KeysAndDrawers.qml, issue 16),
// so a key pressed as soon as the window shows must still reach them, and
// the toolbar's buttons must still open the drawers.
#include "demoapp.h"

#include <QSignalSpy>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

class FirstKeysTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;

    bool drawerOpen(const QString& name) const
    {
        const QObject* drawer = m_app.driver.find<QObject>(name);
        return drawer && drawer->property("opened").toBool();
    }
    // Closed and slid out: nothing of it covers the window any more.
    bool drawerGone(const QString& name) const
    {
        const QObject* drawer = m_app.driver.find<QObject>(name);
        return drawer && !drawer->property("visible").toBool();
    }

private slots:
    void initTestCase()
    {
        m_app.waitForExtras = false;
        m_app.start();
    }

    // The first frame queues the build; the next turn of the event loop,
    // before any later input, makes it. Then Ctrl+K opens the cost drawer.
    void aShortcutWorksRightAfterTheFirstFrame()
    {
        QSignalSpy frames(m_app.window, &QQuickWindow::frameSwapped);
        if (frames.isEmpty())
            QVERIFY(frames.wait());
        QCoreApplication::processEvents(); // the turn right after that frame
        QVERIFY(m_app.window->property("extrasReady").toBool());
        QTest::keyClick(m_app.window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(drawerOpen(QStringLiteral("costDrawer")));
        QTest::keyClick(m_app.window, Qt::Key_Escape);
        QTRY_VERIFY(drawerGone(QStringLiteral("costDrawer")));
    }

    // The Manifests button opens its drawer, which the window did not build
    // with it (the button's action, Main.qml's openManifests(), builds the
    // drawers itself if they are not there yet).
    void theManifestsButtonOpensItsDrawer()
    {
        QVERIFY(m_app.driver.click(QStringLiteral("manifestsButton")));
        QTRY_VERIFY(drawerOpen(QStringLiteral("manifestDrawer")));
        QTest::keyClick(m_app.window, Qt::Key_Escape);
        QTRY_VERIFY(drawerGone(QStringLiteral("manifestDrawer")));
    }
};

QTEST_MAIN(FirstKeysTest)
#include "tst_firstkeys.moc"
