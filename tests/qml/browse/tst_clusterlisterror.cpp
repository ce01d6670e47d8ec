// The cluster list when the API cannot be read, through the real QML against
// the demo simulator: a listing whose paging links loop never shows "No
// clusters in this account" (the account is not empty, it is unread); the
// red bar says which list and why; Retry, clicked once the server behaves,
// shows every cluster and clears both. The selected cluster stays readable.
#include "app/shell/workspace.h"
#include "demoapp.h"
#include "sim/simulator.h"

#include <QQuickItem>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

class ClusterListErrorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUnreadableListIsNotAnEmptyAccount()
    {
        DemoApp app;
        app.prepare = [](sim::Simulator& simulator) {
            sim::FaultRule loop =
                sim::FaultRule::on(QStringLiteral("GET"), sim::FaultKind::LinkLoop,
                                   QStringLiteral("/v2/kubernetes/clusters"));
            loop.times = 0;
            simulator.addFault(loop);
        };
        app.start();
        WindowDriver& driver = app.driver;

        QTRY_VERIFY(driver.shown(QStringLiteral("errorBanner"))); // built when first shown
        QQuickItem* banner = driver.find(QStringLiteral("errorBanner"));
        const QString error = driver.find(QStringLiteral("errorText"))->property("text").toString();
        QVERIFY2(error.contains(u"/v2/kubernetes/clusters") && error.contains(u"links back"),
                 qPrintable(error));
        QVERIFY2(error.contains(u"proxy"), qPrintable(error)); // what to do
        QQuickItem* empty = driver.find(QStringLiteral("clusterListEmpty"));
        QVERIFY(empty && empty->isVisible());
        // The cluster list's error can come before the account's and the
        // sizes' answers (Qt 6.8 answers in another order): "Loading…" until
        // they are in, then the list says why it is empty.
        QTRY_VERIFY2(empty->property("text").toString().contains(u"could not be loaded"),
                     qPrintable(empty->property("text").toString()));
        const QString emptyText = empty->property("text").toString();
        QVERIFY(!emptyText.contains(u"No clusters"));
        driver.screenshot(QStringLiteral("cluster-list-unreadable"));

        // The server mends its links; the user clicks Retry.
        app.simulator().clearFaults();
        QVERIFY(driver.click(QStringLiteral("errorRetryButton")));
        QTRY_COMPARE(app.workspace->clusters()->rowCount(), 3);
        QTRY_VERIFY(!banner->isVisible());
        QVERIFY(!empty->isVisible());
    }

    void theSelectedClusterIsReadable()
    {
        DemoApp app;
        app.start();
        QQuickItem* selected = nullptr;
        QTRY_VERIFY((selected = app.driver.find(QStringLiteral("cluster_prod-tor1"))));
        QTRY_VERIFY(selected->property("highlighted").toBool());
        // Its labels take the highlight's text colour, not the window's.
        const QVariant palette = selected->property("palette");
        const QColor text = selected->property("textColor").value<QColor>();
        QCOMPARE(text, palette.value<QObject*>()->property("highlightedText").value<QColor>());
        QQuickItem* other = app.driver.find(QStringLiteral("cluster_staging-fra1"));
        QVERIFY(other && !other->property("highlighted").toBool());
        QVERIFY(other->property("textColor").value<QColor>() != text);
    }
};

QTEST_MAIN(ClusterListErrorTest)
#include "tst_clusterlisterror.moc"
