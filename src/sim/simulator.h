#pragma once

#include "sim/faults.h"
#include "sim/simclock.h"
#include "sim/tables.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <memory>
#include <optional>

namespace sim {

class HttpServer;
class RateLimiter;
class Router;
class SimState;
struct HttpRequest;
class HttpExchange;

// poolsim: a stateful DigitalOcean API simulator on 127.0.0.1 for demo mode and
// every integration test. It answers from its own tables in the exact shapes
// of the contract (tests/data/do-api), moves nodes through their lifecycle on
// its clock, enforces DO's rate limits and injects faults on request.
class Simulator : public QObject
{
    Q_OBJECT

public:
    explicit Simulator(QObject* parent = nullptr);
    ~Simulator() override;

    // --- data -----------------------------------------------------------
    bool loadSeedFile(const QString& path, QString* error = nullptr);
    bool loadSeed(const QByteArray& json, QString* error = nullptr);
    // resources/seed/demo.json, embedded; billed from the first of last month
    void loadDemoSeed();

    // --- access ---------------------------------------------------------
    void setToken(const QString& token);
    // A second token that may read but gets 403 forbidden on every write.
    void setReadOnlyToken(const QString& token);
    // A third token that reads and writes everything but billing: a
    // custom-scoped token without billing:read (billing routes answer 403).
    void setTokenWithoutBilling(const QString& token);

    // --- network --------------------------------------------------------
    quint16 listen(quint16 port = 0); // 127.0.0.1 only; the bound port, 0 on failure
    // The same, over TLS with this certificate and (unencrypted RSA or EC)
    // key, both PEM. One listener per simulator: listen() or listenTls().
    quint16 listenTls(quint16 port, const QByteArray& certPem, const QByteArray& keyPem,
                      QString* error = nullptr);
    quint16 listenTlsFiles(quint16 port, const QString& certPath, const QString& keyPath,
                           QString* error = nullptr);
    void close();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT, or https:// after listenTls

    // --- behaviour ------------------------------------------------------
    SimClock& clock() { return *m_clock; }
    void setTiming(const Timing& timing);
    Timing timing() const;
    void setDropletLimit(int limit);
    void setScaleToZero(bool allowed); // min_nodes 0 accepted (default true)
    void setRateLimits(int perMinute, int perHour);
    // Usage before this instant is not billed (default: when the seed was
    // loaded; billingroutes.h).
    void setBillingStart(const QDateTime& since);
    // How `links.pages.*` are written (default Absolute, at baseUrl()); the
    // origin Foreign links use (default https://api.digitalocean.com).
    void setLinkStyle(LinkStyle style);
    void setLinkOrigin(const QString& origin);
    LinkStyle linkStyle() const;
    QString linkOrigin() const;

    // --- faults ---------------------------------------------------------
    void addFault(const FaultRule& rule);
    bool loadFaults(const QByteArray& json, QString* error = nullptr);
    bool loadFaultsFile(const QString& path, QString* error = nullptr);
    void clearFaults();
    QList<FaultRule> faults() const;

    // --- what the server holds (settled to the clock's now) ---------------
    QJsonObject snapshot() const;
    AccountRow account() const;
    QList<ClusterRow> clusters() const;
    std::optional<ClusterRow> cluster(const QString& clusterId) const;
    std::optional<PoolRow> pool(const QString& clusterId, const QString& poolId) const;
    std::optional<PoolRow> poolByName(const QString& clusterId, const QString& name) const;
    int dropletsInUse() const;
    int requestCount() const { return m_requestCount; }

Q_SIGNALS:
    // After each answer (or drop); `status` is 0 for a dropped connection.
    void requestHandled(const QString& method, const QString& path, int status);

private:
    void handle(const HttpRequest& request, const std::shared_ptr<HttpExchange>& exchange);
    void settle() const;

    SimClock* m_clock;
    std::unique_ptr<SimState> m_state;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<Router> m_router;
    HttpServer* m_server;
    FaultTable m_faults;
    int m_requestCount = 0;
};

} // namespace sim
