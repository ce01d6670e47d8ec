// The window's edges as a user sees them: the status bar's labels, and the
// error banner's Retry and Dismiss, clicked with the mouse against the demo
// simulator.
#include "app/shell/workspace.h"
#include "demoapp.h"
#include "sim/simulator.h"

#include <QQuickItem>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

class StatusBarTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    app::Workspace* m_workspace = nullptr;

    QQuickItem* item(const QString& objectName) const { return m_app.driver.find(objectName); }
    QString text(const QString& objectName) const
    {
        QQuickItem* found = item(objectName);
        return found ? found->property("text").toString() : QString();
    }
    // The next request for the cluster list is refused with a 404, which is
    // not retried: the refresh ends with an error in the banner.
    void refuseTheNextClusterList()
    {
        sim::FaultRule refuse;
        refuse.method = QStringLiteral("GET");
        refuse.path = QStringLiteral("/v2/kubernetes/clusters");
        refuse.status = 404;
        m_app.simulator().addFault(refuse);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app.start();
        m_workspace = m_app.workspace.get();
        QTRY_VERIFY(m_workspace->loaded() && !m_workspace->loading());
    }

    void theStatusBarSaysDemoRefreshAndRequestsLeft()
    {
        QVERIFY(item(QStringLiteral("demoBadge"))->isVisible());
        QCOMPARE(text(QStringLiteral("demoBadge")), QStringLiteral("DEMO · simulated account"));
        QVERIFY(!m_workspace->lastRefreshText().isEmpty());
        QCOMPARE(text(QStringLiteral("lastRefreshLabel")),
                 QStringLiteral("Refreshed at %1").arg(m_workspace->lastRefreshText()));
        QVERIFY(!item(QStringLiteral("staleBadge"))->isVisible());      // just refreshed
        QVERIFY(!item(QStringLiteral("operationsLabel"))->isVisible()); // nothing running
        QVERIFY(m_workspace->rateLimitLimit() > 0);
        QCOMPARE(text(QStringLiteral("rateLimitLabel")),
                 QStringLiteral("API requests left: %1 of %2")
                     .arg(m_workspace->rateLimitRemaining())
                     .arg(m_workspace->rateLimitLimit()));
        // Each refresh spends requests, and the label follows.
        const int before = m_workspace->rateLimitRemaining();
        QSignalSpy refreshed(m_workspace, &app::Workspace::refreshed);
        m_workspace->refresh();
        QTRY_COMPARE(refreshed.count(), 1); // once per refresh
        QVERIFY(!m_workspace->loading());
        QVERIFY(m_workspace->rateLimitRemaining() < before);
        QCOMPARE(text(QStringLiteral("rateLimitLabel")),
                 QStringLiteral("API requests left: %1 of %2")
                     .arg(m_workspace->rateLimitRemaining())
                     .arg(m_workspace->rateLimitLimit()));
    }

    void retryInTheErrorBannerRefreshesAgain()
    {
        refuseTheNextClusterList();
        m_workspace->refresh();
        QTRY_VERIFY(!m_workspace->errorText().isEmpty());
        QTRY_VERIFY(!m_workspace->loading());
        QVERIFY(item(QStringLiteral("errorBanner"))->isVisible());
        QCOMPARE(text(QStringLiteral("errorText")), m_workspace->errorText());
        m_app.driver.screenshot(QStringLiteral("error-banner"));

        QSignalSpy refreshed(m_workspace, &app::Workspace::refreshed);
        const int requests = m_app.simulator().requestCount();
        QVERIFY(m_app.driver.click(QStringLiteral("errorRetryButton")));
        QTRY_COMPARE(refreshed.count(), 1);
        QVERIFY(m_app.simulator().requestCount() > requests); // it asked again
        QVERIFY(m_workspace->errorText().isEmpty());          // and this time it worked
        QTRY_VERIFY(!item(QStringLiteral("errorBanner"))->isVisible());
    }

    void dismissHidesTheBannerWithoutAsking()
    {
        refuseTheNextClusterList();
        m_workspace->refresh();
        QTRY_VERIFY(!m_workspace->errorText().isEmpty());
        QTRY_VERIFY(!m_workspace->loading());
        QVERIFY(item(QStringLiteral("errorBanner"))->isVisible());

        const int requests = m_app.simulator().requestCount();
        QVERIFY(m_app.driver.click(QStringLiteral("errorDismissButton")));
        QTRY_VERIFY(m_workspace->errorText().isEmpty());
        QTRY_VERIFY(!item(QStringLiteral("errorBanner"))->isVisible());
        QVERIFY(!m_workspace->loading());
        QCOMPARE(m_app.simulator().requestCount(), requests); // nothing was sent
        // Hidden, it cannot be clicked any more.
        QVERIFY(!m_app.driver.click(QStringLiteral("errorRetryButton")));
    }
};

QTEST_MAIN(StatusBarTest)
#include "tst_statusbar.moc"
