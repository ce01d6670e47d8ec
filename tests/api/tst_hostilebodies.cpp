// Answers no real DigitalOcean sends, from a raw socket: a 200 MB body
// (announced, or streamed without a length), JSON nested 100,000 deep,
// numbers like 1e999, a key given twice, and a wrong type at every field
// DoClient reads. Each is refused whole with an error that says what and
// where, in bounded time and memory; nothing of it reaches the caller.
#include "api/doclient.h"
#include "core/dojsoncheck.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <sys/resource.h>

namespace {

// Answers every request on its port with `head` and `body`; a `streamBytes`
// answer sends that many bytes after the head, as fast as the client reads.
class RawServer : public QObject
{
public:
    QByteArray head;
    QByteArray body;
    qint64 streamBytes = 0;
    qint64 sent = 0;

    RawServer()
    {
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    void answerJson(const QByteArray& json)
    {
        head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(json.size()) + "\r\n\r\n";
        body = json;
        streamBytes = 0;
    }

private:
    void serve(QTcpSocket* socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return; // the requests here have no body
            socket->write(head + body);
            if (streamBytes > 0)
                connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] {
                    if (socket->bytesToWrite() > 1024 * 1024 || sent >= streamBytes)
                        return;
                    const QByteArray chunk(1024 * 1024, ' ');
                    socket->write(chunk);
                    sent += chunk.size();
                });
        });
    }

    QTcpServer m_server;
};

api::ApiError fetchClustersFrom(RawServer& server, QList<core::Cluster>* clusters = nullptr)
{
    api::DoClient client;
    client.setBaseUrl(server.url());
    client.setToken(QStringLiteral("dop_v1_test"));
    api::RetryPolicy once;
    once.maxAttempts = 1;
    client.setRetryPolicy(once);
    std::optional<api::ApiError> result;
    QObject context;
    client.fetchClusters(&context, [&](const QList<core::Cluster>& value, const api::ApiError& e) {
        if (clusters)
            *clusters = value;
        result = e;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60'000))
        qFatal("no answer");
    return *result;
}

QJsonObject validCluster()
{
    const QByteArray json = R"({
      "id": "c1", "name": "prod", "region": "nyc1", "version": "1.29.1-do.0",
      "status": {"state": "running"}, "ha": false, "tags": ["env:prod"],
      "created_at": "2024-01-01T00:00:00Z",
      "node_pools": [{
        "id": "p1", "name": "web", "size": "s-2vcpu-4gb", "count": 3, "auto_scale": true,
        "min_nodes": 1, "max_nodes": 5, "labels": {"tier": "web"},
        "taints": [{"key": "k", "value": "v", "effect": "NoSchedule"}], "tags": ["team:web"],
        "nodes": [{"id": "n1", "name": "web-1", "status": {"state": "running", "message": ""},
                   "droplet_id": "101", "created_at": "2024-01-01T00:00:00Z",
                   "updated_at": "2024-01-01T00:00:00Z"}]
      }]})";
    return QJsonDocument::fromJson(json).object();
}

QByteArray clustersAnswer(const QJsonObject& cluster)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("kubernetes_clusters"), QJsonArray{cluster}},
                           {QStringLiteral("meta"), QJsonObject{{QStringLiteral("total"), 1}}}})
        .toJson(QJsonDocument::Compact);
}

// Every leaf of `value` with its path, as dojsoncheck names them.
void leaves(const QJsonValue& value, const QString& path, QStringList& out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            leaves(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            leaves(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), out);
    }
    out << path; // containers too: a wrong type in place of a list or object
}

// `root` with the value at `path` replaced.
QJsonValue replaced(const QJsonValue& root, QStringView path, const QJsonValue& with)
{
    if (path.isEmpty())
        return with;
    if (path.startsWith(u'[')) {
        const qsizetype close = path.indexOf(u']');
        const int index = path.mid(1, close - 1).toInt();
        QStringView rest = path.mid(close + 1);
        if (rest.startsWith(u'.'))
            rest = rest.mid(1);
        QJsonArray array = root.toArray();
        array[index] = replaced(array.at(index), rest, with);
        return array;
    }
    qsizetype end = 0;
    while (end < path.size() && path[end] != u'.' && path[end] != u'[')
        ++end;
    const QString key = path.left(end).toString();
    QStringView rest = path.mid(end);
    if (rest.startsWith(u'.'))
        rest = rest.mid(1);
    QJsonObject object = root.toObject();
    object.insert(key, replaced(object.value(key), rest, with));
    return object;
}

// AddressSanitizer keeps freed memory in its quarantine (256 MiB by
// default) rather than reusing it: the 256 KB pieces in which a scanned reply
// takes its bytes from Qt (api/scannedreply.h) then count a second time.
#if defined(__SANITIZE_ADDRESS__)
constexpr long SanitizerQuarantineMiB = 128;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr long SanitizerQuarantineMiB = 128;
#else
constexpr long SanitizerQuarantineMiB = 0;
#endif
#else
constexpr long SanitizerQuarantineMiB = 0;
#endif

long peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

class TestHostileBodies : public QObject
{
    Q_OBJECT

private slots:
    void aValidAnswerReads()
    {
        RawServer server;
        server.answerJson(clustersAnswer(validCluster()));
        QList<core::Cluster> clusters;
        const api::ApiError error = fetchClustersFrom(server, &clusters);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(clusters.size(), 1);
        QCOMPARE(clusters.first().pools.first().spec.count, 3);
    }

    void anAnnouncedHugeBodyIsRefusedAtOnce()
    {
        RawServer server;
        server.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(200LL * 1024 * 1024) + "\r\n\r\n";
        server.body = "{\"kubernetes_clusters\": [";
        QElapsedTimer timer;
        timer.start();
        const api::ApiError error = fetchClustersFrom(server);
        QCOMPARE(error.id, QStringLiteral("response_too_large"));
        QVERIFY2(error.message.contains(QLatin1String("64 MiB")), qPrintable(error.message));
        QVERIFY(!error.isRetryable());
        QVERIFY(timer.elapsed() < 5000);
    }

    void aStreamedHugeBodyIsCutOff()
    {
        RawServer server;
        server.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                      "close\r\n\r\n";
        server.body = "{\"kubernetes_clusters\": [";
        server.streamBytes = 200LL * 1024 * 1024;
        const long before = peakMemoryMiB();
        const api::ApiError error = fetchClustersFrom(server);
        QCOMPARE(error.id, QStringLiteral("response_too_large"));
        QVERIFY2(server.sent < 120LL * 1024 * 1024,
                 qPrintable(QString::number(server.sent))); // the client stopped reading
        // The 64 MiB that arrived, with room for Qt's buffers, never 200 MB.
        QVERIFY2(peakMemoryMiB() - before < 190 + SanitizerQuarantineMiB,
                 qPrintable(QStringLiteral("%1 MiB more").arg(peakMemoryMiB() - before)));
    }

    void deepNestingIsRefusedQuickly()
    {
        RawServer server;
        server.answerJson("{\"kubernetes_clusters\": " + QByteArray(100000, '[') +
                          QByteArray(100000, ']') + "}");
        QElapsedTimer timer;
        timer.start();
        const api::ApiError error = fetchClustersFrom(server);
        QCOMPARE(error.id, QStringLiteral("malformed_response"));
        QVERIFY2(error.message.contains(QLatin1String("not valid JSON")),
                 qPrintable(error.message));
        QVERIFY(timer.elapsed() < 5000);
    }

    void hugeNumbersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::newRow("1e999") << QByteArray("1e999");
        QTest::newRow("-1e999") << QByteArray("-1e999");
        QTest::newRow("1e300") << QByteArray("1e300");
        QTest::newRow("2^31") << QByteArray("2147483648");
        QTest::newRow("fraction") << QByteArray("2.5");
    }

    void hugeNumbersAreRefused()
    {
        QFETCH(QByteArray, number);
        QByteArray json = clustersAnswer(validCluster());
        json.replace("\"count\":3", "\"count\":" + number);
        RawServer server;
        server.answerJson(json);
        QList<core::Cluster> clusters;
        const api::ApiError error = fetchClustersFrom(server, &clusters);
        QCOMPARE(error.id, QStringLiteral("malformed_response"));
        // Qt's parser refuses what does not fit a double; the rest is named.
        if (!error.message.contains(QLatin1String("not valid JSON")))
            QVERIFY2(error.message.contains(QLatin1String("kubernetes_clusters[0].node_pools[0]"
                                                          ".count")),
                     qPrintable(error.message));
        QVERIFY(clusters.isEmpty());
    }

    void aKeyGivenTwiceIsRefused()
    {
        QByteArray json = clustersAnswer(validCluster());
        json.replace("\"count\":3", "\"count\":3,\"count\":300");
        RawServer server;
        server.answerJson(json);
        QList<core::Cluster> clusters;
        const api::ApiError error = fetchClustersFrom(server, &clusters);
        QCOMPARE(error.id, QStringLiteral("malformed_response"));
        QVERIFY2(error.message.contains(
                     QLatin1String("kubernetes_clusters[0].node_pools[0].count twice")),
                 qPrintable(error.message));
        QVERIFY(clusters.isEmpty());
    }

    // Over the socket for a few, in the checker for every field.
    void aWrongTypeAnywhereIsNamed()
    {
        const QJsonObject answer = QJsonDocument::fromJson(clustersAnswer(validCluster())).object();
        QStringList paths;
        leaves(answer, QString(), paths);
        paths.removeAll(QString());
        int checked = 0;
        for (const QString& path : std::as_const(paths)) {
            for (const QJsonValue& wrong :
                 {QJsonValue(QStringLiteral("x")), QJsonValue(true), QJsonValue(7.5),
                  QJsonValue(QJsonArray{1}), QJsonValue(QJsonObject{{QStringLiteral("a"), 1}})}) {
                const QJsonObject hostile = replaced(answer, path, wrong).toObject();
                const QString problem = core::dojson::responseTypeProblem(hostile);
                // Either the wrong value is of an accepted type (a string for
                // droplet_id, a number for count) or the problem names the field.
                if (problem.isEmpty())
                    continue;
                ++checked;
                QVERIFY2(problem.startsWith(path),
                         qPrintable(path + QStringLiteral(" → ") + problem));
            }
        }
        QVERIFY2(checked > 100, qPrintable(QString::number(checked)));

        RawServer server;
        for (const QString& path : {QStringLiteral("kubernetes_clusters[0].node_pools[0].count"),
                                    QStringLiteral("kubernetes_clusters[0].node_pools[0].labels"),
                                    QStringLiteral("kubernetes_clusters[0].ha")}) {
            server.answerJson(QJsonDocument(replaced(answer, path, QStringLiteral("3")).toObject())
                                  .toJson(QJsonDocument::Compact));
            QList<core::Cluster> clusters;
            const api::ApiError error = fetchClustersFrom(server, &clusters);
            QCOMPARE(error.id, QStringLiteral("malformed_response"));
            QVERIFY2(error.message.contains(path + QStringLiteral(": expected")),
                     qPrintable(error.message));
            QVERIFY(clusters.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileBodies)
#include "tst_hostilebodies.moc"
