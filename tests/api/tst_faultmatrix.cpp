// Every DoClient call against every fault the simulator can inject, over a
// real socket, each cell asserting its outcome: recovered with exactly the
// requests it should take, or the exact error, and for writes whether the
// change is on the server (and never twice). The whole matrix is printed as
// a table. One fresh simulator and client per cell, so no cell leans on
// another's state.
#include "simfixture.h"

#include <QSignalSpy>
#include <QTest>
#include <functional>

using namespace testing;

namespace {

const QString WebPool = QStringLiteral("2fcf69e1-a6ca-46ad-aaf2-0b846e17eae8"); // prod-tor1/web
const QString WebNode = QStringLiteral("dcc0e019-957b-4d0c-a8d3-f1b2a139ddb1");
const QString NewPoolName = QStringLiteral("matrix");
constexpr int UpdatedCount = 5; // web has 3
constexpr int ClusterCount = 3; // in the demo seed
constexpr int SizeCount = 19;   // in the sizes catalogue

enum class Call
{
    Account,
    Clusters,
    Cluster,
    Pools,
    Pool,
    Sizes,
    Options,
    Create,
    Update,
    DeletePool,
    DeleteNode,
};
constexpr Call AllCalls[] = {Call::Account, Call::Clusters,   Call::Cluster,   Call::Pools,
                             Call::Pool,    Call::Sizes,      Call::Options,   Call::Create,
                             Call::Update,  Call::DeletePool, Call::DeleteNode};

QString callName(Call call)
{
    static const char* names[] = {"account", "clusters",    "cluster",    "pools",
                                  "pool",    "sizes",       "options",    "create",
                                  "update",  "delete pool", "delete node"};
    return QString::fromLatin1(names[int(call)]);
}

bool isWrite(Call call)
{
    return call >= Call::Create;
}
bool isPaged(Call call)
{
    return call == Call::Clusters || call == Call::Sizes;
}

// The method and path pattern a fault aims at for this call.
QString methodOf(Call call)
{
    switch (call) {
    case Call::Create:
        return QStringLiteral("POST");
    case Call::Update:
        return QStringLiteral("PUT");
    case Call::DeletePool:
    case Call::DeleteNode:
        return QStringLiteral("DELETE");
    default:
        return QStringLiteral("GET");
    }
}

// What a cell must come to.
struct Outcome
{
    QString error;     // empty: success; else ApiError::id, or "http NNN"
    int requests = -1; // reaching the simulator; -1: not checked
    bool applied = false;
};

Outcome ok(int requests)
{
    return {QString(), requests, true};
}
Outcome refused(const QString& error, int requests)
{
    return {error, requests, false};
}

struct Fault
{
    QString name;
    std::function<void(SimFixture&, Call)> arm;
    std::function<Outcome(Call)> expect;
    Listen listen = Listen::Plain;
    int pageSize = 200;
};

sim::FaultRule rule(Call call, sim::FaultKind kind, int status = 0, int times = 1)
{
    sim::FaultRule r = sim::FaultRule::on(methodOf(call), kind);
    r.status = status;
    r.times = times;
    r.retryAfterSecs = 0;
    return r;
}

// A create whose answer is lost lists the pools (1 + createLooks looks while
// the name is absent) and sends the POST again: 1 + 4 + 1 requests.
constexpr int LostUnappliedCreate = 6;

QList<Fault> faults(sim::Simulator* elsewhere)
{
    QList<Fault> list;
    auto add = [&list](const QString& name, auto arm, auto expect) {
        list.append({name, arm, expect});
    };
    // Refused before anything was applied, then answered normally.
    auto unappliedOnce = [](Call call) {
        return ok(call == Call::Create ? LostUnappliedCreate : 2);
    };
    // Applied, its answer lost: a create is found by name, the rest repeat.
    auto appliedOnce = [](Call) { return ok(2); };

    add(
        QStringLiteral("503"),
        [](SimFixture& f, Call c) { f.simulator.addFault(rule(c, sim::FaultKind::Status, 503)); },
        unappliedOnce);
    add(
        QStringLiteral("501"),
        [](SimFixture& f, Call c) { f.simulator.addFault(rule(c, sim::FaultKind::Status, 501)); },
        [](Call) { return refused(QStringLiteral("http 501"), 1); });
    add(
        QStringLiteral("429 s"),
        [](SimFixture& f, Call c) { f.simulator.addFault(rule(c, sim::FaultKind::Status, 429)); },
        [](Call) { return ok(2); });
    add(
        QStringLiteral("429 date"),
        [](SimFixture& f, Call c) {
            sim::FaultRule r = rule(c, sim::FaultKind::Status, 429);
            r.retryAfterDate = true;
            r.retryAfterSecs = 2; // the date is whole seconds: the wait is 1-2 s
            f.simulator.addFault(r);
        },
        [](Call) { return ok(2); });
    add(
        QStringLiteral("429 reset"),
        [](SimFixture& f, Call c) {
            sim::FaultRule r = rule(c, sim::FaultKind::Status, 429);
            r.noRetryAfter = true;
            r.retryAfterSecs = 1;
            f.simulator.addFault(r);
        },
        [](Call) { return ok(2); });
    add(
        QStringLiteral("drop"),
        [](SimFixture& f, Call c) { f.simulator.addFault(rule(c, sim::FaultKind::Drop)); },
        unappliedOnce);
    add(
        QStringLiteral("drop applied"),
        [](SimFixture& f, Call c) {
            f.simulator.addFault(rule(c, sim::FaultKind::DropAfterApply));
        },
        appliedOnce);
    add(
        QStringLiteral("truncate"),
        [](SimFixture& f, Call c) { f.simulator.addFault(rule(c, sim::FaultKind::Truncate)); },
        [](Call c) {
            // A 204 has no body to cut: the answer arrives whole.
            return ok(c == Call::DeletePool || c == Call::DeleteNode ? 1 : 2);
        });
    add(
        QStringLiteral("malformed"),
        [](SimFixture& f, Call c) { f.simulator.addFault(rule(c, sim::FaultKind::Malformed)); },
        appliedOnce);
    add(
        QStringLiteral("html 200"),
        [](SimFixture& f, Call c) {
            f.simulator.addFault(rule(c, sim::FaultKind::WrongContentType, 200));
        },
        unappliedOnce);
    add(
        QStringLiteral("html 502"),
        [](SimFixture& f, Call c) {
            f.simulator.addFault(rule(c, sim::FaultKind::WrongContentType, 502));
        },
        unappliedOnce);
    add(
        QStringLiteral("500 applied"),
        [](SimFixture& f, Call c) {
            f.simulator.addFault(rule(c, sim::FaultKind::StatusAfterApply, 500));
        },
        appliedOnce);
    add(
        QStringLiteral("2xx {}"),
        [](SimFixture& f, Call c) { f.simulator.addFault(rule(c, sim::FaultKind::EmptySuccess)); },
        [](Call c) {
            // GETs and a create need their body; a 202/204 is complete without.
            const bool needsBody = !isWrite(c) || c == Call::Create;
            return ok(needsBody ? 2 : 1);
        });
    add(
        QStringLiteral("302 same"),
        [](SimFixture& f, Call c) { f.simulator.addFault(rule(c, sim::FaultKind::Redirect, 302)); },
        [](Call c) { return isWrite(c) ? refused(QStringLiteral("redirected_write"), 1) : ok(2); });
    add(
        QStringLiteral("302 away"),
        [elsewhere](SimFixture& f, Call c) {
            sim::FaultRule r = rule(c, sim::FaultKind::Redirect, 302);
            r.location = elsewhere->baseUrl().toString() + QStringLiteral("{path}");
            f.simulator.addFault(r);
        },
        [](Call c) {
            return refused(isWrite(c) ? QStringLiteral("redirected_write")
                                      : QStringLiteral("redirect_to_other_origin"),
                           1);
        });
    add(
        QStringLiteral("stale list"),
        [](SimFixture& f, Call c) {
            // Lists lag behind writes twice; a create's answer is lost.
            sim::FaultRule stale = rule(c, sim::FaultKind::StaleList, 0, 2);
            stale.method = QStringLiteral("GET");
            f.simulator.addFault(stale);
            if (c == Call::Create)
                f.simulator.addFault(rule(c, sim::FaultKind::DropAfterApply));
        },
        [](Call c) { return ok(c == Call::Create ? 4 : 1); });
    list.append(
        {QStringLiteral("foreign links"),
         [](SimFixture& f, Call) { f.simulator.setLinkStyle(sim::LinkStyle::Foreign); },
         [](Call c) {
             return ok(c == Call::Clusters ? ClusterCount : c == Call::Sizes ? SizeCount : 1);
         },
         Listen::Plain, 1});
    list.append(
        {QStringLiteral("relative links"),
         [](SimFixture& f, Call) { f.simulator.setLinkStyle(sim::LinkStyle::Relative); },
         [](Call c) {
             return ok(c == Call::Clusters ? ClusterCount : c == Call::Sizes ? SizeCount : 1);
         },
         Listen::Plain, 1});
    list.append(
        {QStringLiteral("link loop"),
         [](SimFixture& f, Call c) {
             sim::FaultRule loop = rule(c, sim::FaultKind::LinkLoop, 0, 0);
             loop.method = QStringLiteral("GET");
             f.simulator.addFault(loop);
         },
         [](Call c) { return isPaged(c) ? refused(QStringLiteral("paging_broken"), 1) : ok(1); },
         Listen::Plain, 1});
    list.append({QStringLiteral("bad cert"), [](SimFixture&, Call) {},
                 [](Call) { return refused(QStringLiteral("tls_error"), 0); },
                 Listen::UntrustedTls});
    return list;
}

// What one cell came to.
struct Result
{
    api::ApiError error;
    int items = -1; // how many a list call returned
};

Result run(SimFixture& f, Call call)
{
    using namespace std::placeholders;
    auto items = [](const auto& pair) { return Result{pair.second, int(pair.first.size())}; };
    auto one = [](const auto& pair) { return Result{pair.second, -1}; };
    switch (call) {
    case Call::Account:
        return one(await<api::Account>(
            [&](QObject* ctx, auto done) { f.client.fetchAccount(ctx, done); }));
    case Call::Clusters:
        return items(await<QList<core::Cluster>>(
            [&](QObject* ctx, auto done) { f.client.fetchClusters(ctx, done); }));
    case Call::Cluster:
        return one(await<core::Cluster>(
            [&](QObject* ctx, auto done) { f.client.fetchCluster(ProdCluster, ctx, done); }));
    case Call::Pools:
        return items(await<QList<core::NodePool>>(
            [&](QObject* ctx, auto done) { f.client.fetchNodePools(ProdCluster, ctx, done); }));
    case Call::Pool:
        return one(await<core::NodePool>([&](QObject* ctx, auto done) {
            f.client.fetchNodePool(ProdCluster, WebPool, ctx, done);
        }));
    case Call::Sizes:
        return items(await<QList<core::Size>>([&](QObject* ctx, auto done) {
            f.client.fetchSizes(ctx, done, api::DoClient::CachePolicy::Refresh);
        }));
    case Call::Options:
        return one(await<core::KubernetesOptions>([&](QObject* ctx, auto done) {
            f.client.fetchKubernetesOptions(ctx, done, api::DoClient::CachePolicy::Refresh);
        }));
    case Call::Create: {
        const auto [pool, error] = await<core::NodePool>([&](QObject* ctx, auto done) {
            f.client.createNodePool(ProdCluster, newPoolSpec(NewPoolName), ctx, done);
        });
        // Success means a pool the caller can follow: it has its id.
        if (!error.isError() && pool.id != f.poolId(ProdCluster, NewPoolName)) {
            api::ApiError wrong;
            wrong.id = QStringLiteral("wrong pool id '%1'").arg(pool.id);
            wrong.message = wrong.id;
            return {wrong, -1};
        }
        return {error, -1};
    }
    case Call::Update:
        return one(await<core::NodePool>([&](QObject* ctx, auto done) {
            f.client.updateNodePool(ProdCluster, WebPool, {{QStringLiteral("count"), UpdatedCount}},
                                    ctx, done);
        }));
    case Call::DeletePool:
        return {awaitDone([&](QObject* ctx, auto done) {
                    f.client.deleteNodePool(ProdCluster, WebPool, ctx, done);
                }),
                -1};
    case Call::DeleteNode:
        return {awaitDone([&](QObject* ctx, auto done) {
                    f.client.deleteNode(ProdCluster, WebPool, WebNode, {}, ctx, done);
                }),
                -1};
    }
    return {};
}

// Whether a write is on the server; for reads, whether nothing changed.
bool applied(const SimFixture& f, Call call)
{
    const auto web = f.simulator.pool(ProdCluster, WebPool);
    switch (call) {
    case Call::Create: {
        const auto cluster = f.simulator.cluster(ProdCluster);
        return std::count_if(cluster->pools.cbegin(), cluster->pools.cend(),
                             [](const sim::PoolRow& p) { return p.name == NewPoolName; }) == 1;
    }
    case Call::Update:
        return web && web->count == UpdatedCount;
    case Call::DeletePool:
        return !web || web->deleted;
    case Call::DeleteNode:
        return web && std::none_of(web->nodes.cbegin(), web->nodes.cend(), [](const auto& n) {
                   return n.id == WebNode && n.state == sim::NodeState::Running;
               });
    default:
        return true;
    }
}

// Everything the server holds about clusters, pools and nodes.
QJsonValue serverState(const SimFixture& f)
{
    return f.simulator.snapshot().value(u"clusters");
}

QString describe(const Result& result, int requests)
{
    QString what;
    if (!result.error.isError())
        what = QStringLiteral("ok");
    else if (!result.error.id.isEmpty() && result.error.id != u"server_error" &&
             result.error.id != u"not_implemented")
        what = result.error.id;
    else
        what = QStringLiteral("http %1").arg(result.error.httpStatus);
    return what + u' ' + QString::number(requests);
}

} // namespace

class FaultMatrixTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCallUnderEveryFault()
    {
        // A second server, another origin: a redirect there must reach it with nothing.
        sim::Simulator elsewhere;
        elsewhere.setToken(Token);
        QVERIFY(elsewhere.listen(0) != 0);
        int requestsElsewhere = 0;
        connect(&elsewhere, &sim::Simulator::requestHandled, this,
                [&requestsElsewhere] { ++requestsElsewhere; });

        const QList<Fault> columns = faults(&elsewhere);
        QStringList failures;
        QStringList table;
        QString header = QStringLiteral("%1").arg(QString(), -12);
        for (const Fault& fault : columns)
            header += QStringLiteral("| %1").arg(fault.name, -15);
        table << header;
        int cells = 0;

        for (Call call : AllCalls) {
            QString line = QStringLiteral("%1").arg(callName(call), -12);
            for (const Fault& fault : columns) {
                SimFixture f(Token, fault.listen);
                f.client.setPageSize(fault.pageSize);
                fault.arm(f, call);
                int requests = 0;
                connect(&f.simulator, &sim::Simulator::requestHandled, this,
                        [&requests] { ++requests; });
                QSignalSpy retries(&f.client, &api::DoClient::retrying);
                const QJsonValue before = serverState(f);

                const Result result = run(f, call);
                const Outcome want = fault.expect(call);
                const QString got = describe(result, requests);
                line += QStringLiteral("| %1").arg(got, -15);
                ++cells;

                QStringList wrong;
                const QString gotError = got.section(u' ', 0, -2);
                if (want.error.isEmpty() ? result.error.isError() : gotError != want.error)
                    wrong << QStringLiteral("outcome %1 (%2), wanted %3")
                                 .arg(gotError, result.error.humanText(),
                                      want.error.isEmpty() ? QStringLiteral("ok") : want.error);
                if (want.requests >= 0 && requests != want.requests)
                    wrong << QStringLiteral("%1 requests, wanted %2")
                                 .arg(requests)
                                 .arg(want.requests);
                if (isWrite(call) && applied(f, call) != want.applied)
                    wrong << (want.applied ? QStringLiteral("not applied")
                                           : QStringLiteral("applied although refused"));
                if (!want.applied && serverState(f) != before)
                    wrong << QStringLiteral("the server changed");
                if (!isWrite(call) && want.error.isEmpty() && result.items >= 0) {
                    const int expected = call == Call::Clusters ? ClusterCount
                                         : call == Call::Sizes  ? SizeCount
                                                                : 4;
                    if (result.items != expected)
                        wrong << QStringLiteral("%1 items, wanted %2")
                                     .arg(result.items)
                                     .arg(expected);
                }
                // The HTTP-date was read as a date: the wait is the second it
                // names, not the millisecond backoff.
                if (fault.name == u"429 date" && !retries.isEmpty() &&
                    retries.first().at(2).toInt() < 500)
                    wrong << QStringLiteral("waited only %1 ms for an HTTP-date")
                                 .arg(retries.first().at(2).toInt());
                if (!wrong.isEmpty())
                    failures << QStringLiteral("%1 × %2: %3")
                                    .arg(callName(call), fault.name, wrong.join(u"; "));
            }
            table << line;
        }

        qInfo().noquote() << "\nDoClient fault matrix:" << cells << "cells," << columns.size()
                          << "faults ×" << std::size(AllCalls)
                          << "calls; each cell: outcome and requests that reached the server\n"
                          << table.join(u'\n');
        QCOMPARE(requestsElsewhere, 0);
        QVERIFY2(failures.isEmpty(), qPrintable(u'\n' + failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(FaultMatrixTest)
#include "tst_faultmatrix.moc"
