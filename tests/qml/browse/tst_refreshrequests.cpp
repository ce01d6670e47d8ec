// What one refresh asks of the API, counted by the simulator over its real
// socket: for an account of 450 clusters the cluster list is read in
// ⌈450/200⌉ = 3 pages of per_page=200 and nothing is read twice — neither at
// start (the window once fetched the list twice) nor on Refresh, which reads
// the three pages and nothing else (the account and the sizes are read once).
#include "app/shell/workspace.h"
#include "demoapp.h"
#include "sim/seedgenerator.h"
#include "sim/simulator.h"

#include <QQuickItem>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

class RefreshRequestsTest : public QObject
{
    Q_OBJECT

    // "GET /v2/kubernetes/clusters" and the like, as the simulator answered them.
    QStringList m_requests;

    static int countOf(const QStringList& requests, const QString& request)
    {
        return int(requests.count(request));
    }

    // Every request but the cluster pages, at most once.
    static void expectNoRepeats(const QStringList& requests)
    {
        for (const QString& request : requests)
            if (request != u"GET /v2/kubernetes/clusters")
                QVERIFY2(
                    requests.count(request) == 1,
                    qPrintable(request +
                               QStringLiteral(" was sent %1 times: ").arg(requests.count(request)) +
                               requests.join(u", ")));
    }

private Q_SLOTS:
    void oneRefreshReadsEachPageOnce()
    {
        DemoApp app;
        app.prepare = [this](sim::Simulator& simulator) {
            QString error;
            QVERIFY2(simulator.loadSeed(sim::generateSeed({450, 1, 1}), &error), qPrintable(error));
            QObject::connect(&simulator, &sim::Simulator::requestHandled, &simulator,
                             [this](const QString& method, const QString& path) {
                                 m_requests << method + u' ' + path;
                             });
        };
        app.start();
        app::Workspace* workspace = app.workspace.get();
        QTRY_VERIFY_WITH_TIMEOUT(workspace->loaded() && !workspace->loading(), 20'000);
        QCOMPARE(workspace->clusters()->rowCount(), 450);

        // A second refresh, clicked: any late duplicate of the start would
        // have been answered before this one is.
        const QStringList atStart = m_requests;
        m_requests.clear();
        QVERIFY(app.driver.click(QStringLiteral("refreshButton")));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_requests.isEmpty() && workspace->loaded() && !workspace->loading(), 20'000);
        const QStringList onRefresh = m_requests;

        QCOMPARE(countOf(atStart, QStringLiteral("GET /v2/kubernetes/clusters")), 3);
        QCOMPARE(countOf(atStart, QStringLiteral("GET /v2/account")), 1);
        expectNoRepeats(atStart);
        QVERIFY(countOf(atStart, QStringLiteral("GET /v2/sizes")) <= 1);
        QCOMPARE(onRefresh, QStringList(3, QStringLiteral("GET /v2/kubernetes/clusters")));
        QCOMPARE(workspace->clusters()->rowCount(), 450);
    }
};

QTEST_MAIN(RefreshRequestsTest)
#include "tst_refreshrequests.moc"
