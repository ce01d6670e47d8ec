// bench_clusters: `poolctl clusters` against an in-process simulator seeded
// with 100 clusters x 10 pools x 20 nodes, next to curl fetching the same
// pages; wall time per run (min/median) and the HTTP requests each made.
#include "sim/simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {

const QString Token = QStringLiteral("dop_v1_bench_0123456789abcdef");

QString uuid(int kind, int a, int b = 0, int c = 0)
{
    return QStringLiteral("%1-%2-4000-8000-%3%4")
        .arg(kind, 8, 16, QLatin1Char('0'))
        .arg(a, 4, 16, QLatin1Char('0'))
        .arg(b, 6, 16, QLatin1Char('0'))
        .arg(c, 6, 16, QLatin1Char('0'));
}

// The seed format of resources/seed/demo.json (src/sim/seedloader.cpp).
QByteArray seed(int clusters, int pools, int nodes)
{
    QJsonArray clusterList;
    for (int c = 0; c < clusters; ++c) {
        QJsonArray poolList;
        for (int p = 0; p < pools; ++p) {
            const QString poolName = QStringLiteral("pool-%1").arg(p);
            QJsonArray nodeList;
            for (int n = 0; n < nodes; ++n)
                nodeList.append(QJsonObject{
                    {QStringLiteral("id"), uuid(3, c, p, n)},
                    {QStringLiteral("name"), QStringLiteral("%1-n%2").arg(poolName).arg(n)},
                    {QStringLiteral("droplet_id"),
                     QString::number(400000000 + c * 10000 + p * 100 + n)},
                    {QStringLiteral("state"), QStringLiteral("running")},
                    {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z")}});
            poolList.append(QJsonObject{
                {QStringLiteral("id"), uuid(2, c, p)},
                {QStringLiteral("name"), poolName},
                {QStringLiteral("size"), QStringLiteral("s-2vcpu-4gb")},
                {QStringLiteral("count"), nodes},
                {QStringLiteral("tags"), QJsonArray{QStringLiteral("team:bench")}},
                {QStringLiteral("labels"), QJsonObject{{QStringLiteral("pool"), poolName}}},
                {QStringLiteral("taints"), QJsonArray()},
                {QStringLiteral("auto_scale"), false},
                {QStringLiteral("min_nodes"), 0},
                {QStringLiteral("max_nodes"), 0},
                {QStringLiteral("nodes"), nodeList}});
        }
        clusterList.append(
            QJsonObject{{QStringLiteral("id"), uuid(1, c)},
                        {QStringLiteral("name"), QStringLiteral("bench-%1").arg(c)},
                        {QStringLiteral("region"), QStringLiteral("nyc1")},
                        {QStringLiteral("version"), QStringLiteral("1.32.5-do.0")},
                        {QStringLiteral("ha"), false},
                        {QStringLiteral("vpc_uuid"), uuid(4, c)},
                        {QStringLiteral("ipv4"), QStringLiteral("10.0.0.1")},
                        {QStringLiteral("tags"), QJsonArray()},
                        {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z")},
                        {QStringLiteral("node_pools"), poolList}});
    }
    const QJsonObject root{
        {QStringLiteral("account"),
         QJsonObject{{QStringLiteral("email"), QStringLiteral("bench@example.com")},
                     {QStringLiteral("name"), QStringLiteral("bench")},
                     {QStringLiteral("uuid"), uuid(5, 0)},
                     {QStringLiteral("team_uuid"), uuid(6, 0)},
                     {QStringLiteral("team_name"), QStringLiteral("bench")},
                     {QStringLiteral("droplet_limit"), 1000000}}},
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("rate_limit_minute"), 10000000},
                                                 {QStringLiteral("rate_limit_hour"), 100000000}}},
        {QStringLiteral("clusters"), clusterList}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

struct Result
{
    double ms = 0;
    QByteArray out;
    int exitCode = -1;
};

// Runs a program while the event loop keeps serving the simulator.
Result runProcess(const QString& program, const QStringList& arguments,
                  const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    loop.exec();
    Result result{timer.nsecsElapsed() / 1e6, process.readAllStandardOutput(), process.exitCode()};
    return result;
}

QString stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("%1 %2").arg(ms.first(), 9, 'f', 1).arg(ms.at(ms.size() / 2), 9, 'f', 1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    // bench_clusters [RUNS] | bench_clusters --write-seed FILE (for poolsim --seed FILE)
    if (argc > 2 && QString::fromLatin1(argv[1]) == u"--write-seed") {
        QFile file(QString::fromLocal8Bit(argv[2]));
        const QByteArray json = seed(100, 10, 20);
        return file.open(QIODevice::WriteOnly) && file.write(json) == json.size() ? 0 : 1;
    }
    const int runs = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 5;

    sim::Simulator simulator;
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!simulator.loadSeed(seed(100, 10, 20), &error)) {
        out << "seed: " << error << '\n';
        return 1;
    }
    simulator.setToken(Token);
    simulator.setDropletLimit(1000000);
    simulator.setRateLimits(10000000, 100000000);
    if (simulator.listen() == 0)
        return 1;
    out << "simulator: 100 clusters x 10 pools x 20 nodes (20,000 nodes), seeded in "
        << timer.elapsed() << " ms, " << simulator.baseUrl().toString() << '\n';

    QTemporaryDir cache;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DIGITALOCEAN_ACCESS_TOKEN"), Token);
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
    const QString base = simulator.baseUrl().toString();

    struct Row
    {
        QString what;
        QList<double> ms;
        int requests = 0;
        qsizetype bytes = 0;
    };
    // BENCH_POOLCTL=/path/to/poolctl times another build (an older tree's,
    // for a before/after on the same simulator and the same load).
    const QString poolctlPath = qEnvironmentVariableIsEmpty("BENCH_POOLCTL")
                                    ? QStringLiteral(POOLCTL_PATH)
                                    : qEnvironmentVariable("BENCH_POOLCTL");
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        out << "curl not found: apt-get install curl\n";

    // One run of a program: its time, requests and bytes go into `row`.
    const auto poolctlRun = [&](Row& row, const QStringList& arguments) {
        const int before = simulator.requestCount();
        const Result r = runProcess(poolctlPath, arguments, environment);
        if (r.exitCode != 0) {
            out << row.what << " failed with exit code " << r.exitCode << '\n';
            return false;
        }
        row.ms << r.ms;
        row.requests = simulator.requestCount() - before;
        row.bytes = r.out.size();
        return true;
    };
    const auto curlRun = [&](Row& row, int perPage) {
        const int before = simulator.requestCount();
        double ms = 0;
        qsizetype bytes = 0;
        QString url =
            QStringLiteral("%1/v2/kubernetes/clusters?per_page=%2").arg(base).arg(perPage);
        while (!url.isEmpty()) {
            const Result r = runProcess(curl,
                                        {QStringLiteral("-sS"), QStringLiteral("-H"),
                                         QStringLiteral("Authorization: Bearer ") + Token, url},
                                        environment);
            ms += r.ms;
            bytes += r.out.size();
            url = QJsonDocument::fromJson(r.out)
                      .object()
                      .value(u"links")
                      .toObject()
                      .value(u"pages")
                      .toObject()
                      .value(u"next")
                      .toString();
        }
        row.ms << ms;
        row.requests = simulator.requestCount() - before;
        row.bytes = bytes;
        return true;
    };

    const QStringList clusters{QStringLiteral("--api-url"), base, QStringLiteral("clusters")};
    QList<Row> rows{{QStringLiteral("poolctl clusters"), {}, 0, 0},
                    {QStringLiteral("poolctl clusters -o json"), {}, 0, 0},
                    {QStringLiteral("poolctl --version (start-up alone)"), {}, 0, 0}};
    if (!curl.isEmpty()) {
        rows.append({QStringLiteral("curl, per_page=200, following links.pages.next"), {}, 0, 0});
        rows.append({QStringLiteral("curl, per_page=20, following links.pages.next"), {}, 0, 0});
    }
    // Interleaved, run by run, so that a change in the machine's load falls
    // on every client alike rather than on whichever ran last.
    for (int run = 0; run < runs; ++run) {
        if (!poolctlRun(rows[0], clusters) ||
            !poolctlRun(rows[1],
                        clusters + QStringList{QStringLiteral("-o"), QStringLiteral("json")}) ||
            !poolctlRun(rows[2], {QStringLiteral("--version")}))
            return 1;
        if (!curl.isEmpty()) {
            curlRun(rows[3], 200);
            curlRun(rows[4], 20);
        }
    }

    out << QStringLiteral("\n%1 | %2 | %3 | %4 | %5\n")
               .arg(QStringLiteral("client"), -48)
               .arg(QStringLiteral("min ms"), 9)
               .arg(QStringLiteral("median ms"), 9)
               .arg(QStringLiteral("HTTP requests/run"), 17)
               .arg(QStringLiteral("bytes out"), 10);
    for (const Row& row : rows) {
        const QStringList minMedian = stats(row.ms).split(u' ', Qt::SkipEmptyParts);
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5\n")
                   .arg(row.what, -48)
                   .arg(minMedian.value(0), 9)
                   .arg(minMedian.value(1), 9)
                   .arg(row.requests, 17)
                   .arg(row.bytes, 10);
    }
    out << "(" << runs << " runs each, interleaved; curl's time is the sum over its pages; "
        << "poolctl: " << poolctlPath << ")\n";
    out.flush();
    return 0;
}
