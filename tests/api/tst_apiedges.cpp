// The pure rules at DoClient's edges, case by case: which redirects are
// followed, how a paging link is read, how long a server's ask to wait is,
// and how the scheduler holds, probes and spaces requests.
#include "api/pagelinks.h"
#include "api/redirects.h"
#include "api/requestscheduler.h"
#include "api/serverdelay.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;

namespace {

QJsonObject page(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject withNext(const QString& next, int total = -1)
{
    QJsonObject body{
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("pages"), QJsonObject{{QStringLiteral("next"), next}}}}}};
    if (total >= 0)
        body.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("total"), total}});
    return body;
}

const QUrl Base(QStringLiteral("https://api.example.test/v2/kubernetes/clusters?page=1"));

} // namespace

class ApiEdgesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- redirects --------------------------------------------------------
    void redirects_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<int>("followedSoFar");
        QTest::addColumn<QString>("outcome"); // a URL when followed, else the error id

        QTest::newRow("same origin, relative")
            << QByteArray("GET") << 302 << QByteArray("/v2/kubernetes/clusters?page=1") << 0
            << QStringLiteral("https://api.example.test/v2/kubernetes/clusters?page=1");
        QTest::newRow("same origin, absolute, default port written out")
            << QByteArray("GET") << 301 << QByteArray("https://api.example.test:443/v2/x") << 0
            << QStringLiteral("https://api.example.test:443/v2/x");
        QTest::newRow("308 too") << QByteArray("GET") << 308 << QByteArray("/v2/y") << 4
                                 << QStringLiteral("https://api.example.test/v2/y");
        QTest::newRow("the sixth hop") << QByteArray("GET") << 302 << QByteArray("/v2/y") << 5
                                       << QStringLiteral("too_many_redirects");
        QTest::newRow("another host")
            << QByteArray("GET") << 302 << QByteArray("https://evil.example.test/v2/account") << 0
            << QStringLiteral("redirect_to_other_origin");
        QTest::newRow("another scheme, same host")
            << QByteArray("GET") << 302 << QByteArray("http://api.example.test/v2/account") << 0
            << QStringLiteral("redirect_to_other_origin");
        QTest::newRow("another port")
            << QByteArray("GET") << 307 << QByteArray("https://api.example.test:8443/v2/account")
            << 0 << QStringLiteral("redirect_to_other_origin");
        QTest::newRow("a POST, same origin") << QByteArray("POST") << 307 << QByteArray("/v2/z")
                                             << 0 << QStringLiteral("redirected_write");
        QTest::newRow("a DELETE, 303") << QByteArray("DELETE") << 303 << QByteArray("/v2/z") << 0
                                       << QStringLiteral("redirected_write");
        QTest::newRow("a PUT, elsewhere")
            << QByteArray("PUT") << 302 << QByteArray("https://evil.example.test/") << 0
            << QStringLiteral("redirected_write");
        QTest::newRow("no location") << QByteArray("GET") << 302 << QByteArray() << 0
                                     << QStringLiteral("redirect_without_location");
    }
    void redirects()
    {
        QFETCH(QByteArray, verb);
        QFETCH(int, status);
        QFETCH(QByteArray, location);
        QFETCH(int, followedSoFar);
        QFETCH(QString, outcome);
        const api::RedirectStep step =
            api::decideRedirect(verb, Base, status, location, followedSoFar);
        if (outcome.startsWith(u"https://")) {
            QVERIFY2(step.follow(), qPrintable(step.refusal.message));
            QCOMPARE(step.target, QUrl(outcome));
        } else {
            QVERIFY(!step.follow());
            QCOMPARE(step.refusal.id, outcome);
            QCOMPARE(step.refusal.httpStatus, status);
            QVERIFY(step.refusal.isError());
            QVERIFY(step.refusal.neverSent());
            QVERIFY(!step.refusal.isRetryable());
        }
    }

    void aRefusedRedirectSaysWhereItPointedAndWhatToDo()
    {
        const api::RedirectStep write = api::decideRedirect(
            "POST", Base, 302, "https://other.example.test/v2/kubernetes/clusters", 0);
        QVERIFY(write.refusal.message.contains(u"other.example.test"));
        QVERIFY(write.refusal.message.contains(u"nothing was changed"));
        QVERIFY(write.refusal.humanText().startsWith(u"The server answered POST"));
        const api::RedirectStep elsewhere =
            api::decideRedirect("GET", Base, 302, "https://other.example.test/v2/account", 0);
        QVERIFY(elsewhere.refusal.message.contains(u"other.example.test"));
        QVERIFY(elsewhere.refusal.message.contains(u"API URL"));
    }

    void plainHttpIsFollowedOnlyOnLoopback()
    {
        const QUrl loopback(QStringLiteral("http://127.0.0.1:8080/v2/account"));
        QVERIFY(api::decideRedirect("GET", loopback, 302, "/v2/account/", 0).follow());
        const QUrl lan(QStringLiteral("http://10.0.0.5:8080/v2/account"));
        const api::RedirectStep step = api::decideRedirect("GET", lan, 302, "/v2/account/", 0);
        QCOMPARE(step.refusal.id, u"insecure_url");
    }

    // --- paging links ---------------------------------------------------------
    void pageLinks_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("perPage");
        using K = api::NextPage::Kind;
        QTest::newRow("no links: the last page")
            << page("{\"meta\":{\"total\":3}}") << 1 << int(K::Done) << 0 << 0;
        QTest::newRow("pages without next")
            << page("{\"links\":{\"pages\":{\"prev\":\"x\"}}}") << 2 << int(K::Done) << 0 << 0;
        QTest::newRow("absolute at DigitalOcean's host")
            << withNext(QStringLiteral("https://api.digitalocean.com/v2/sizes?page=2&per_page=20"))
            << 1 << int(K::Follow) << 2 << 20;
        QTest::newRow("relative") << withNext(QStringLiteral("/v2/sizes?per_page=200&page=3")) << 2
                                  << int(K::Follow) << 3 << 200;
        QTest::newRow("no per_page")
            << withNext(QStringLiteral("/v2/sizes?page=4")) << 3 << int(K::Follow) << 4 << 0;
        QTest::newRow("back to the same page")
            << withNext(QStringLiteral("https://api.digitalocean.com/v2/sizes?page=2")) << 2
            << int(K::Broken) << 0 << 0;
        QTest::newRow("back to the first page")
            << withNext(QStringLiteral("/v2/sizes?page=1")) << 3 << int(K::Broken) << 0 << 0;
        QTest::newRow("no page number")
            << withNext(QStringLiteral("/v2/sizes?cursor=abc")) << 1 << int(K::Broken) << 0 << 0;
    }
    void pageLinks()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, current);
        QFETCH(int, kind);
        QFETCH(int, page);
        QFETCH(int, perPage);
        const api::NextPage next = api::nextPage(body, current, current);
        QCOMPARE(int(next.kind), kind);
        QCOMPARE(next.page, page);
        QCOMPARE(next.perPage, perPage);
        QCOMPARE(next.problem.isEmpty(), next.kind != api::NextPage::Kind::Broken);
    }

    void aWalkEndsAfterAThousandPages()
    {
        const QJsonObject body = withNext(QStringLiteral("/v2/sizes?page=1001"));
        QCOMPARE(api::nextPage(body, 1000, 999).kind, api::NextPage::Kind::Follow);
        const api::NextPage stop = api::nextPage(body, 1000, 1000);
        QCOMPARE(stop.kind, api::NextPage::Kind::Broken);
        QVERIFY(stop.problem.contains(u"1000"));
    }

    void theTotalIsCheckedAgainstWhatWasCollected()
    {
        QVERIFY(api::totalMismatch(page("{\"meta\":{\"total\":3}}"), 3).isEmpty());
        QVERIFY(api::totalMismatch(page("{}"), 3).isEmpty()); // no total: nothing to check
        const QString problem = api::totalMismatch(page("{\"meta\":{\"total\":5}}"), 3);
        QVERIFY(problem.contains(u"5") && problem.contains(u"3"));
    }

    // --- how long the server asked to wait ----------------------------------
    void serverAskedDelay_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QByteArray>("reset");
        QTest::addColumn<bool>("rateLimited");
        QTest::addColumn<qint64>("expectedMs");
        // now is 2026-12-01 10:00:00 UTC = 1796119200
        QTest::newRow("seconds") << QByteArray("3") << QByteArray() << true << qint64(3000);
        QTest::newRow("seconds, spaces")
            << QByteArray(" 12 ") << QByteArray() << false << qint64(12'000);
        QTest::newRow("IMF-fixdate")
            << QByteArray("Tue, 01 Dec 2026 10:00:07 GMT") << QByteArray() << true << qint64(7000);
        QTest::newRow("RFC 850") << QByteArray("Tuesday, 01-Dec-26 10:01:00 GMT") << QByteArray()
                                 << true << qint64(60'000);
        QTest::newRow("asctime") << QByteArray("Tue Dec  1 10:00:30 2026") << QByteArray() << true
                                 << qint64(30'000);
        QTest::newRow("a date in the past")
            << QByteArray("Tue, 01 Dec 2026 09:00:00 GMT") << QByteArray() << true << qint64(0);
        QTest::newRow("retry-after wins over the reset")
            << QByteArray("2") << QByteArray("1796119300") << true << qint64(2000);
        QTest::newRow("429 without retry-after: the reset")
            << QByteArray() << QByteArray("1796119245") << true << qint64(45'000);
        QTest::newRow("not a 429: the reset means nothing")
            << QByteArray() << QByteArray("1796119245") << false << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << QByteArray("later") << true << qint64(0);
    }
    void serverAskedDelay()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QByteArray, reset);
        QFETCH(bool, rateLimited);
        QFETCH(qint64, expectedMs);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1796119200, QTimeZone::utc());
        QCOMPARE(now.toString(Qt::ISODate), u"2026-12-01T10:00:00+00:00");
        QCOMPARE(api::serverAskedDelay(retryAfter, reset, rateLimited, now).count(), expectedMs);
    }

    void httpDatesAreReadInEnglishWhateverTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto date = api::parseHttpDate("Tue, 01 Dec 2026 10:00:07 GMT");
        QLocale::setDefault(before);
        QVERIFY(date.has_value());
        QCOMPARE(date->toSecsSinceEpoch(), 1796119207);
    }

    // --- the scheduler ------------------------------------------------------------
    void afterA429OneRequestProbesAndTheRestFollowItsAnswer()
    {
        api::RequestScheduler scheduler;
        QList<int> started;
        scheduler.holdFor(30ms);
        for (int i = 0; i < 4; ++i)
            scheduler.submit([&started, i] { started << i; });
        QVERIFY(started.isEmpty()); // held
        QTRY_COMPARE(started, (QList<int>{0}));
        // Past the hold, only the probe is out; nothing is timed to follow it.
        QCOMPARE(scheduler.waiting(), 3);
        QVERIFY(scheduler.isHeld());
        scheduler.probeAnswered();
        QCOMPARE(started, (QList<int>{0, 1, 2, 3}));
        QVERIFY(!scheduler.isHeld());
    }

    void aProbeThatIsAnswered429HoldsAgain()
    {
        api::RequestScheduler scheduler;
        QList<int> started;
        scheduler.holdFor(0ms);
        for (int i = 0; i < 3; ++i)
            scheduler.submit([&started, i] { started << i; });
        QCOMPARE(started, (QList<int>{0}));
        scheduler.holdFor(20ms);                             // the probe got a 429
        scheduler.submitFirst([&started] { started << 9; }); // and goes again, first
        QCOMPARE(started, (QList<int>{0}));
        QTRY_COMPARE(started, (QList<int>{0, 9}));
        scheduler.probeAnswered();
        QCOMPARE(started, (QList<int>{0, 9, 1, 2}));
    }

    void aProbeNobodyWaitsForLetsTheNextOneProbe()
    {
        api::RequestScheduler scheduler;
        QList<int> started;
        scheduler.holdFor(0ms);
        scheduler.submit([&] { scheduler.notSent(); }); // its caller is gone
        scheduler.submit([&started] { started << 1; });
        scheduler.submit([&started] { started << 2; });
        QCOMPARE(started, (QList<int>{1}));
    }

    void aStartThatWasNotSentLeavesTheWindow()
    {
        api::RequestScheduler scheduler;
        scheduler.setLimit(2, 60'000ms);
        QList<int> started;
        scheduler.submit([&] { scheduler.notSent(); }); // refused before sending
        scheduler.submit([&started] { started << 1; });
        scheduler.submit([&started] { started << 2; });
        QCOMPARE(started, (QList<int>{1, 2})); // both fit: the refused one used no budget
        QCOMPARE(scheduler.recentStarts(), 2);
    }

    void spacingFollowsTheServersRemainingCount()
    {
        using S = api::RequestScheduler;
        QCOMPARE(S::spacingFor(5000, 4000, 600'000), 0); // plenty left
        QCOMPARE(S::spacingFor(5000, 251, 600'000), 0);
        QCOMPARE(S::spacingFor(5000, 249, 500'000), 2000); // 250 is a twentieth
        QCOMPARE(S::spacingFor(5000, 0, 30'000), 30'000);  // none left: until the reset
        QCOMPARE(S::spacingFor(250, 10, 110'000), 10'000); // at least 10 is low water
        QCOMPARE(S::spacingFor(5000, 0, 3'600'000), S::MaxSpacingMs);
        QCOMPARE(S::spacingFor(5000, 5, 0), 0);     // the reset is now
        QCOMPARE(S::spacingFor(5000, -1, 1000), 0); // unknown

        S scheduler;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        scheduler.noteServerBudget(5000, 3, now.addSecs(40), now);
        QCOMPARE(scheduler.spacingMs(), 10'000);
        scheduler.noteServerBudget(5000, 3, now.addSecs(-40), now); // a frozen or skewed clock
        QCOMPARE(scheduler.spacingMs(), 0);
        scheduler.noteServerBudget(5000, 3, now.addDays(400), now);
        QCOMPARE(scheduler.spacingMs(), 0);
    }

    void spacedStartsWaitTheirTurn()
    {
        api::RequestScheduler scheduler;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        scheduler.noteServerBudget(5000, 9, now.addMSecs(500), now); // 50 ms apart
        QCOMPARE(scheduler.spacingMs(), 50);
        QList<int> started;
        QSignalSpy throttled(&scheduler, &api::RequestScheduler::throttled);
        for (int i = 0; i < 3; ++i)
            scheduler.submit([&started, i] { started << i; });
        QCOMPARE(started, (QList<int>{0}));
        QCOMPARE(throttled.count(), 1);
        QTRY_COMPARE(started, (QList<int>{0, 1, 2}));
    }
};

QTEST_GUILESS_MAIN(ApiEdgesTest)
#include "tst_apiedges.moc"
