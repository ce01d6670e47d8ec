// A process that writes the app's own local files as the app does, for tests
// that kill it (tst_appcrashsafety) or run two at once (tst_historysafety):
//   appwriter history-loop FILE POOLS     every round flips the count of all
//                                         POOLS pools: one transaction of POOLS rows
//   appwriter history-rounds FILE ACCOUNT N   N rounds of one pool for ACCOUNT, then exit
//   appwriter draft-loop FILE             save draft A, then B, … forever
// "writing" on stdout says the loop has begun.
#include "app/costs/historystore.h"
#include "app/editor/draftstore.h"
#include "appwriterdrafts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

namespace {

void say(const char* text)
{
    std::fputs(text, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

core::Cluster clusterOf(int pools, int count)
{
    core::Cluster cluster;
    cluster.id = QStringLiteral("cluster-1");
    for (int i = 0; i < pools; ++i) {
        core::NodePool pool;
        pool.id = QStringLiteral("pool-%1").arg(i);
        pool.spec.name = QStringLiteral("pool-%1").arg(i);
        pool.spec.size = QStringLiteral("s-2vcpu-4gb");
        pool.spec.count = count;
        cluster.pools << pool;
    }
    return cluster;
}

int historyLoop(const QString& path, int pools)
{
    app::HistoryStore store(path, QStringLiteral("account-crash"));
    if (!store.isOpen())
        qFatal("%s", qPrintable(store.errorText()));
    say("writing");
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int round = 0;; ++round)
        if (store.record({clusterOf(pools, 1 + round % 2)}, {}, start.addSecs(round)) < 0)
            qFatal("%s", qPrintable(store.errorText()));
}

int historyRounds(const QString& path, const QString& account, int rounds)
{
    app::HistoryStore store(path, account);
    if (!store.isOpen())
        qFatal("%s", qPrintable(store.errorText()));
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int round = 0; round < rounds; ++round)
        if (store.record({clusterOf(1, 1 + round % 2)}, {}, start.addSecs(round)) != 1)
            qFatal("round %d: %s", round, qPrintable(store.errorText()));
    return 0;
}

int draftLoop(const QString& path)
{
    const app::DraftStore store(path);
    say("writing");
    for (int round = 0;; ++round) {
        QString error;
        if (!store.save(draftOf(round), &error))
            qFatal("%s", qPrintable(error));
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == u"history-loop" && args.size() == 3)
        return historyLoop(args.at(1), args.at(2).toInt());
    if (mode == u"history-rounds" && args.size() == 4)
        return historyRounds(args.at(1), args.at(2), args.at(3).toInt());
    if (mode == u"draft-loop" && args.size() == 2)
        return draftLoop(args.at(1));
    std::fputs("usage: appwriter history-loop FILE POOLS | history-rounds FILE ACCOUNT N | "
               "draft-loop FILE\n",
               stderr);
    return 2;
}
