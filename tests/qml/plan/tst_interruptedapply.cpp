// The window's prompt for an apply cut short, against the demo simulator with
// its clock held still: a blue/green replace is applied and "Stop sending" is
// clicked while the new pool's nodes are still provisioning, so the journal
// says the create was sent and the delete was not. The banner says so and
// what is live now; Resume finishes it (no second create), Roll back deletes
// the pool it created, Forget drops the journal and leaves the cluster alone.
#include "app/plan/interruptedapply.h"
#include "app/plan/plancontroller.h"
#include "core/journalfile.h"
#include "demoapp.h"
#include "sim/simulator.h"
#include "testdatafolder.h"

#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(PoolStudioPlugin)

using namespace Qt::StringLiterals;

namespace {

const QString ClusterName = QStringLiteral("apac-sgp1");

} // namespace

class InterruptedApplyTest : public QObject
{
    Q_OBJECT

    DemoApp m_app;
    app::Workspace* m_workspace = nullptr;
    app::PlanController* m_plan = nullptr;
    app::InterruptedApply* m_interrupted = nullptr;
    WindowDriver& m_driver = m_app.driver;
    QString m_clusterId;
    QStringList m_posts;  // POST paths the simulator answered
    QStringList m_writes; // every request but a GET, as "METHOD path"

    sim::Simulator& simulator() { return m_app.simulator(); }

    QString text(const QString& objectName) const
    {
        QQuickItem* item = m_driver.find(objectName);
        return item ? item->property("text").toString() : QString();
    }

    bool dialogOpen(const QString& objectName) const
    {
        QObject* dialog = m_driver.find<QObject>(objectName);
        return dialog && dialog->property("opened").toBool();
    }

    bool livePool(const QString& name)
    {
        const auto pool = simulator().poolByName(m_clusterId, name);
        return pool && !pool->deleted;
    }

    // What the simulator holds, for a failure's message.
    QString poolsText()
    {
        QStringList names;
        if (const auto cluster = simulator().cluster(m_clusterId))
            for (const sim::PoolRow& pool : cluster->pools)
                names << pool.name + (pool.deleted ? u" (deleted)"_s : QString());
        return u"pools: "_s + names.join(u", "_s) + u"; POSTs: "_s + m_posts.join(u", "_s);
    }

    // Plans `pool` at a new size (blue/green), applies it and stops sending
    // once the create is answered, its nodes still provisioning.
    void interruptReplaceOf(const QString& pool, const QString& size)
    {
        m_workspace->refresh();
        QTRY_VERIFY(!m_workspace->loading());
        m_workspace->setCurrentClusterIndex(m_workspace->clusters()->indexOfKey(m_clusterId));
        const auto held = simulator().poolByName(m_clusterId, pool);
        QVERIFY(held);
        QTRY_VERIFY(m_workspace->pools()->indexOfKey(held->id) >= 0);
        m_workspace->setCurrentPoolIndex(m_workspace->pools()->indexOfKey(held->id));
        auto* editor = m_driver.find<app::PoolEditor>(QStringLiteral("poolEditor"));
        editor->editCurrentPool();
        editor->setSize(size);
        m_plan->planFromEditor(editor);
        QVERIFY(m_plan->hasChanges());
        // The window builds the dialog the first time it opens it.
        QMetaObject::invokeMethod(m_driver.window(), "openPlanDialog");
        QTRY_VERIFY(dialogOpen(QStringLiteral("planDialog")));
        QVERIFY(m_driver.click(QStringLiteral("confirmDestructive")));
        const qsizetype postsBefore = m_posts.size();
        QVERIFY(m_driver.click(QStringLiteral("planApplyButton")));
        // The create is answered; with the clock still, the nodes provision
        // forever. (The step reads "settling" from the moment the create is
        // sent: stopping then left it in flight, and the simulator took it
        // after the test had moved on.)
        QTRY_VERIFY(m_posts.size() > postsBefore);
        QTRY_COMPARE(m_plan->steps()->row(0).value(QStringLiteral("state")).toString(),
                     QStringLiteral("settling"));
        QVERIFY(m_driver.click(QStringLiteral("planStopButton")));
        QTRY_VERIFY(m_plan->finished());
        QVERIFY(!m_plan->succeeded());
        QVERIFY2(m_plan->summary().join(u'\n').contains(u"sent, still settling"),
                 qPrintable(m_plan->summary().join(u'\n')));
        QVERIFY(m_driver.click(QStringLiteral("planCancelButton"))); // Close
        QTRY_VERIFY(
            !m_driver.find<QObject>(QStringLiteral("planDialog"))->property("visible").toBool());
        QTRY_VERIFY(m_driver.shown(QStringLiteral("interruptedApplyBanner")));
    }

    bool advanceUntil(const std::function<bool()>& done)
    {
        return QTest::qWaitFor(
            [&] {
                simulator().clock().advance(1);
                return done();
            },
            60'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A journal an earlier run left (its last test may end with one sent)
        // would be offered again here.
        clearTestDataFolder();
        m_app.start();
        // From now: the seed's draining node started draining at load time.
        simulator().clock().setManual(QDateTime::currentDateTimeUtc());
        // The clock stands still, so a minute's request budget would never come back.
        simulator().setRateLimits(1'000'000, 10'000'000);
        m_workspace = m_app.workspace.get();
        m_plan = m_driver.find<app::PlanController>(QStringLiteral("planController"));
        m_interrupted = m_driver.find<app::InterruptedApply>(QStringLiteral("interruptedApply"));
        QVERIFY(m_plan && m_interrupted);
        QTRY_VERIFY(m_workspace->loaded());
        for (const core::Cluster& cluster : m_workspace->allClusters())
            if (cluster.name == ClusterName)
                m_clusterId = cluster.id;
        QVERIFY(!m_clusterId.isEmpty());
        connect(&simulator(), &sim::Simulator::requestHandled, this,
                [this](const QString& method, const QString& path, int status) {
                    if (method == u"POST" && status < 300)
                        m_posts << path;
                    if (method != u"GET")
                        m_writes << method + u' ' + path;
                });
        // A clean start: no journal, no banner.
        QVERIFY(!m_interrupted->pending());
        QVERIFY(!m_driver.shown(QStringLiteral("interruptedApplyBanner")));
    }

    void resumeFinishesTheReplaceWithoutASecondCreate()
    {
        interruptReplaceOf(QStringLiteral("edge"), QStringLiteral("s-4vcpu-8gb"));
        if (QTest::currentTestFailed())
            return;
        const QString created = QStringLiteral("edge-s-4vcpu-8gb");
        QVERIFY2(text(QStringLiteral("interruptedText")).contains(u"interrupted at step 1 of 1"),
                 qPrintable(text(QStringLiteral("interruptedText"))));
        QVERIFY(text(QStringLiteral("interruptedText")).contains(created));
        // What is live now, after the next refresh.
        m_workspace->refresh();
        QTRY_VERIFY(text(QStringLiteral("interruptedLiveText")).contains(created));
        // The old pool still carries the workload (the list may not show the
        // new one yet: DigitalOcean's lists lag behind writes, so does the simulator's).
        QVERIFY2(text(QStringLiteral("interruptedLiveText"))
                     .contains(u"edge (2 × s-2vcpu-4gb): 2 of 2 nodes running"),
                 qPrintable(text(QStringLiteral("interruptedLiveText"))));
        m_driver.screenshot(QStringLiteral("interrupted-banner"));
        // A new apply waits until this one is dealt with.
        QVERIFY(!m_plan->journalBlock().isEmpty());
        QVERIFY2(livePool(QStringLiteral("edge")) && livePool(created), qPrintable(poolsText()));

        const int postsBefore = int(m_posts.size());
        QVERIFY(m_driver.click(QStringLiteral("interruptedResumeButton")));
        QTRY_VERIFY(dialogOpen(QStringLiteral("planDialog")));
        QVERIFY(m_plan->running());
        QVERIFY(!m_driver.shown(QStringLiteral("interruptedApplyBanner")));
        QVERIFY(advanceUntil([&] { return m_plan->finished(); }));
        QVERIFY2(m_plan->succeeded(), qPrintable(m_plan->resultText()));
        QCOMPARE(int(m_posts.size()), postsBefore); // the create was not sent again
        QVERIFY(advanceUntil([&] { return !simulator().poolByName(m_clusterId, u"edge"_s); }));
        QVERIFY(livePool(created));
        QVERIFY(!core::JournalFile(m_plan->journalDirectory()).exists());
        QVERIFY(!m_interrupted->pending());
        QVERIFY(m_driver.click(QStringLiteral("planCancelButton")));
        QTRY_VERIFY(
            !m_driver.find<QObject>(QStringLiteral("planDialog"))->property("visible").toBool());
    }

    void rollBackDeletesThePoolTheApplyCreated()
    {
        interruptReplaceOf(QStringLiteral("cache"), QStringLiteral("m-4vcpu-32gb"));
        if (QTest::currentTestFailed())
            return;
        const QString created = QStringLiteral("cache-m-4vcpu-32gb");
        QVERIFY2(livePool(created), qPrintable(poolsText()));
        QVERIFY(m_driver.click(QStringLiteral("interruptedRollBackButton")));
        QTRY_VERIFY(dialogOpen(QStringLiteral("interruptedRollBackDialog")));
        m_driver.screenshot(QStringLiteral("interrupted-rollback-confirm"));
        QVERIFY(m_driver.click(QStringLiteral("interruptedRollBackConfirm")));
        QTRY_VERIFY(dialogOpen(QStringLiteral("planDialog")));
        QVERIFY(advanceUntil([&] { return m_plan->finished(); }));
        QVERIFY2(m_plan->succeeded(), qPrintable(m_plan->resultText()));
        QVERIFY(advanceUntil([&] { return !simulator().poolByName(m_clusterId, created); }));
        // The old pool stays as it was.
        const auto cache = simulator().poolByName(m_clusterId, QStringLiteral("cache"));
        QVERIFY(cache && !cache->deleted);
        QCOMPARE(cache->size, QStringLiteral("m-2vcpu-16gb"));
        QVERIFY(!m_interrupted->pending());
        QVERIFY(m_driver.click(QStringLiteral("planCancelButton")));
        QTRY_VERIFY(
            !m_driver.find<QObject>(QStringLiteral("planDialog"))->property("visible").toBool());
    }

    void forgetDropsTheJournalAndLeavesTheClusterAlone()
    {
        interruptReplaceOf(QStringLiteral("default-pool"), QStringLiteral("s-4vcpu-8gb"));
        if (QTest::currentTestFailed())
            return;
        const QString created = QStringLiteral("default-pool-s-4vcpu-8gb");
        const QStringList writesBefore = m_writes;
        QVERIFY(m_driver.click(QStringLiteral("interruptedForgetButton")));
        QTRY_VERIFY(dialogOpen(QStringLiteral("interruptedForgetDialog")));
        // Cancel first: nothing happens.
        QVERIFY(m_driver.click(QStringLiteral("interruptedForgetCancel")));
        QTRY_VERIFY(!dialogOpen(QStringLiteral("interruptedForgetDialog")));
        QVERIFY(m_interrupted->pending());
        QVERIFY(m_driver.click(QStringLiteral("interruptedForgetButton")));
        QTRY_VERIFY(dialogOpen(QStringLiteral("interruptedForgetDialog")));
        QVERIFY(m_driver.click(QStringLiteral("interruptedForgetConfirm")));
        QTRY_VERIFY(!m_driver.shown(QStringLiteral("interruptedApplyBanner")));
        QVERIFY(!core::JournalFile(m_plan->journalDirectory()).exists());
        QVERIFY(m_plan->journalBlock().isEmpty());
        // Nothing was sent for it (a refresh may read): both pools are there
        // as they were.
        QVERIFY(livePool(QStringLiteral("default-pool")) && livePool(created));
        QCOMPARE(m_writes, writesBefore);
    }

    void quittingWhileAnApplyRunsAsksFirst()
    {
        m_workspace->refresh();
        QTRY_VERIFY(!m_workspace->loading());
        const auto held = simulator().poolByName(m_clusterId, QStringLiteral("edge-s-4vcpu-8gb"));
        QVERIFY(held);
        QTRY_VERIFY(m_workspace->pools()->indexOfKey(held->id) >= 0);
        m_workspace->setCurrentPoolIndex(m_workspace->pools()->indexOfKey(held->id));
        auto* editor = m_driver.find<app::PoolEditor>(QStringLiteral("poolEditor"));
        editor->editCurrentPool();
        editor->setCount(3); // an update: its new node provisions while the clock stands
        m_plan->planFromEditor(editor);
        // The window builds the dialog the first time it opens it.
        QMetaObject::invokeMethod(m_driver.window(), "openPlanDialog");
        QTRY_VERIFY(dialogOpen(QStringLiteral("planDialog")));
        QVERIFY(m_driver.click(QStringLiteral("planApplyButton")));
        QTRY_VERIFY(m_plan->running());
        // Stop watching: the dialog goes, the apply goes on in the background.
        QVERIFY(m_driver.click(QStringLiteral("planCancelButton")));
        QTRY_VERIFY(m_driver.shown(QStringLiteral("backgroundApplyBanner")));
        QVERIFY(m_plan->running());
        m_driver.screenshot(QStringLiteral("apply-background"));

        // Closing the window asks; Keep running keeps both.
        m_app.window->close();
        QTRY_VERIFY(dialogOpen(QStringLiteral("applyRunningDialog")));
        QVERIFY(m_app.window->isVisible());
        m_driver.screenshot(QStringLiteral("apply-running-quit"));
        QVERIFY(m_driver.click(QStringLiteral("applyRunningKeepButton")));
        QTRY_VERIFY(!dialogOpen(QStringLiteral("applyRunningDialog")));
        QVERIFY(m_plan->running());
        QVERIFY(m_app.window->isVisible());

        // Quit anyway stops sending and closes.
        m_app.window->close();
        QTRY_VERIFY(dialogOpen(QStringLiteral("applyRunningDialog")));
        QVERIFY(m_driver.click(QStringLiteral("applyRunningProceedButton")));
        QTRY_VERIFY(!m_app.window->isVisible());
        QVERIFY(!m_plan->running());
        // A journal is left exactly when something was sent (it then offers Resume).
        const bool sent = !m_plan->summary().join(u'\n').contains(u"not sent");
        QCOMPARE(core::JournalFile(m_plan->journalDirectory()).exists(), sent);
    }
};

QTEST_MAIN(InterruptedApplyTest)
#include "tst_interruptedapply.moc"
