#include "sim/simulator.h"

#include "sim/faultanswers.h"
#include "sim/httpserver.h"
#include "sim/jsonwriter.h"
#include "sim/ratelimiter.h"
#include "sim/router.h"
#include "sim/seedloader.h"
#include "sim/simstate.h"

#include <QFile>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimeZone>
#include <QTimer>

namespace sim {
namespace {

QByteArray readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("poolsim: missing embedded resource %s", qPrintable(path));
    return file.readAll();
}

} // namespace

Simulator::Simulator(QObject* parent)
    : QObject(parent), m_clock(new SimClock(this)), m_state(std::make_unique<SimState>()),
      m_limiter(std::make_unique<RateLimiter>()),
      m_router(std::make_unique<Router>(*m_state, *m_clock, *m_limiter)),
      m_server(new HttpServer(this))
{
    QString error;
    if (!loadSizesCatalog(readResource(QStringLiteral(":/poolsim/sizes-catalog.json")),
                          &m_state->tables(), &error))
        qFatal("poolsim: %s", qPrintable(error));
    m_server->setHandler([this](const HttpRequest& request, const ExchangePtr& exchange) {
        handle(request, exchange);
    });
}

Simulator::~Simulator() = default;

bool Simulator::loadSeed(const QByteArray& json, QString* error)
{
    Settings settings = m_state->settings();
    if (!sim::loadSeed(json, m_clock->now(), m_state->ids(), &m_state->tables(), &settings, error))
        return false;
    m_state->settings() = settings;
    m_state->billing().setSince(m_clock->now()); // the bill starts with what the clock sees
    m_limiter->setLimits(settings.minuteLimit, settings.hourLimit);
    return true;
}

bool Simulator::loadSeedFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return loadSeed(file.readAll(), error);
}

void Simulator::loadDemoSeed()
{
    QString error;
    if (!loadSeed(readResource(QStringLiteral(":/poolsim/seed/demo.json")), &error))
        qFatal("poolsim: the embedded demo seed is broken: %s", qPrintable(error));
    // The demo account's nodes are months old: its bill starts on the first
    // of last month (UTC), so that the cost page and `poolctl cost --billed`
    // have a finished month's invoice to show, not only this month's preview.
    const QDate today = m_clock->now().toUTC().date();
    setBillingStart(QDateTime(QDate(today.year(), today.month(), 1).addMonths(-1), QTime(0, 0),
                              QTimeZone::utc()));
}

void Simulator::setToken(const QString& token)
{
    m_router->setToken(token);
}
void Simulator::setTokenWithoutBilling(const QString& token)
{
    m_router->setTokenWithoutBilling(token);
}

void Simulator::setBillingStart(const QDateTime& since)
{
    m_state->billing().setSince(since);
}

void Simulator::setReadOnlyToken(const QString& token)
{
    m_router->setReadOnlyToken(token);
}

quint16 Simulator::listen(quint16 port)
{
    const quint16 bound = m_server->listen(port);
    m_router->setBaseUrl(baseUrl());
    return bound;
}

void Simulator::close()
{
    m_server->close();
}
quint16 Simulator::port() const
{
    return m_server->port();
}

quint16 Simulator::listenTls(quint16 port, const QByteArray& certPem, const QByteArray& keyPem,
                             QString* error)
{
    auto fail = [error](const QString& why) -> quint16 {
        if (error)
            *error = why;
        return 0;
    };
    const QSslCertificate certificate(certPem, QSsl::Pem);
    if (certificate.isNull())
        return fail(QStringLiteral("the TLS certificate is not a PEM certificate"));
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return fail(QStringLiteral("the TLS key is not an unencrypted PEM RSA or EC key"));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    // Peer verification stays Qt's default: a server only asks (AutoVerifyPeer
    // is QueryPeer there), and clients present no certificate.
    const quint16 bound = m_server->listenTls(port, tls);
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port));
    m_router->setBaseUrl(baseUrl());
    return bound;
}

quint16 Simulator::listenTlsFiles(quint16 port, const QString& certPath, const QString& keyPath,
                                  QString* error)
{
    QByteArray pem[2];
    const QString paths[2] = {certPath, keyPath};
    for (int i = 0; i < 2; ++i) {
        QFile file(paths[i]);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(paths[i], file.errorString());
            return 0;
        }
        pem[i] = file.readAll();
    }
    return listenTls(port, pem[0], pem[1], error);
}

QUrl Simulator::baseUrl() const
{
    QUrl url;
    url.setScheme(m_server->isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->port());
    return url;
}

void Simulator::setTiming(const Timing& timing)
{
    m_state->settings().timing = timing;
}
Timing Simulator::timing() const
{
    return m_state->settings().timing;
}
void Simulator::setDropletLimit(int limit)
{
    m_state->tables().account.dropletLimit = limit;
}
void Simulator::setScaleToZero(bool allowed)
{
    m_state->settings().scaleToZero = allowed;
}

void Simulator::setRateLimits(int perMinute, int perHour)
{
    m_state->settings().minuteLimit = perMinute;
    m_state->settings().hourLimit = perHour;
    m_limiter->setLimits(perMinute, perHour);
}

void Simulator::setLinkStyle(LinkStyle style)
{
    m_state->settings().linkStyle = style;
}
void Simulator::setLinkOrigin(const QString& origin)
{
    m_state->settings().linkOrigin = origin;
}
LinkStyle Simulator::linkStyle() const
{
    return m_state->settings().linkStyle;
}
QString Simulator::linkOrigin() const
{
    return m_state->settings().linkOrigin;
}

void Simulator::addFault(const FaultRule& rule)
{
    m_faults.add(rule);
}
bool Simulator::loadFaults(const QByteArray& json, QString* error)
{
    return m_faults.load(json, error);
}
bool Simulator::loadFaultsFile(const QString& path, QString* error)
{
    return m_faults.loadFile(path, error);
}
void Simulator::clearFaults()
{
    m_faults.clear();
}
QList<FaultRule> Simulator::faults() const
{
    return m_faults.rules();
}

void Simulator::settle() const
{
    // Reading the state is what moves it: the lifecycle is a function of time.
    m_state->settle(m_clock->now());
}

QJsonObject Simulator::snapshot() const
{
    settle();
    const Tables& t = m_state->tables();
    QJsonArray clusters;
    for (const ClusterRow& c : t.clusters)
        clusters.append(json::cluster(c));
    QJsonArray faults;
    for (const FaultRule& f : m_faults.rules())
        faults.append(f.toJson());
    const Settings& s = m_state->settings();
    return QJsonObject{
        {QStringLiteral("now"), json::timestamp(m_clock->now())},
        {QStringLiteral("account"), json::account(t.account).value(u"account")},
        {QStringLiteral("clusters"), clusters},
        {QStringLiteral("droplets_in_use"), m_state->dropletsInUse()},
        {QStringLiteral("requests"), m_requestCount},
        {QStringLiteral("faults"), faults},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("scale_to_zero"), s.scaleToZero},
                     {QStringLiteral("rate_limit_minute"), s.minuteLimit},
                     {QStringLiteral("rate_limit_hour"), s.hourLimit},
                     {QStringLiteral("link_style"), linkStyleName(s.linkStyle)},
                     {QStringLiteral("link_origin"), s.linkOrigin},
                     {QStringLiteral("timing"),
                      QJsonObject{{QStringLiteral("name_after"), s.timing.nameAfter},
                                  {QStringLiteral("provision"), s.timing.provision},
                                  {QStringLiteral("drain"), s.timing.drain},
                                  {QStringLiteral("remove"), s.timing.remove}}}}},
    };
}

AccountRow Simulator::account() const
{
    return m_state->tables().account;
}

QList<ClusterRow> Simulator::clusters() const
{
    settle();
    return m_state->tables().clusters;
}

std::optional<ClusterRow> Simulator::cluster(const QString& clusterId) const
{
    settle();
    for (const ClusterRow& c : m_state->tables().clusters)
        if (c.id == clusterId)
            return c;
    return std::nullopt;
}

std::optional<PoolRow> Simulator::pool(const QString& clusterId, const QString& poolId) const
{
    if (const auto c = cluster(clusterId))
        for (const PoolRow& p : c->pools)
            if (p.id == poolId)
                return p;
    return std::nullopt;
}

std::optional<PoolRow> Simulator::poolByName(const QString& clusterId, const QString& name) const
{
    if (const auto c = cluster(clusterId))
        for (const PoolRow& p : c->pools)
            if (p.name == name)
                return p;
    return std::nullopt;
}

int Simulator::dropletsInUse() const
{
    settle();
    return m_state->dropletsInUse();
}

void Simulator::handle(const HttpRequest& request, const ExchangePtr& exchange)
{
    ++m_requestCount;
    const QString requestId = m_state->ids().uuid();
    const QString method = QString::fromLatin1(request.method);
    const QString path = request.path;
    const FaultPlan plan = m_faults.planFor(method, path);
    const FaultKind kind = plan.hasEffect ? plan.effect.kind : FaultKind::Latency;
    const AnswerShape shape{plan.staleLagSecs, plan.loopNextPage};
    // Dates a client compares with its own clock come from the real one,
    // whatever the simulated clock says.
    const QDateTime realNow = QDateTime::currentDateTimeUtc();

    HttpResponse response;
    switch (kind) {
    case FaultKind::Status:
        // Injected errors look like DO's own: error body and request id.
        response = faultanswers::error(plan.effect.effectiveStatus(), requestId);
        m_router->addHeaders(request, requestId, &response);
        if (plan.effect.effectiveStatus() == 429)
            faultanswers::addRetryHints(plan.effect, realNow, &response);
        break;
    case FaultKind::StatusAfterApply: {
        const HttpResponse applied = m_router->handle(request, requestId, shape);
        response = faultanswers::error(plan.effect.effectiveStatus(), requestId);
        for (const char* name : {"ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"})
            response.setHeader(name, applied.header(name));
        response.setHeader("x-request-id", requestId.toUtf8());
        if (plan.effect.effectiveStatus() == 429)
            faultanswers::addRetryHints(plan.effect, realNow, &response);
        break;
    }
    case FaultKind::Redirect:
        response = faultanswers::redirect(plan.effect, request, baseUrl());
        break;
    case FaultKind::WrongContentType:
        // What a captive portal or a misrouted proxy answers: HTML, not JSON.
        response.status = plan.effect.effectiveStatus();
        response.addHeader("content-type", "text/html; charset=utf-8");
        response.body = "<!DOCTYPE html><html><head><title>Sign in</title></head>"
                        "<body><h1>Please sign in to continue</h1></body></html>\n";
        break;
    case FaultKind::Drop:
        break;
    case FaultKind::EmptySuccess:
        response = m_router->handle(request, requestId, shape);
        faultanswers::emptySuccess(plan.effect, &response);
        break;
    default:
        response = m_router->handle(request, requestId, shape);
        break;
    }
    if (plan.headers.any())
        faultanswers::overrideRateLimit(plan.headers, realNow, &response);

    auto deliver = [this, exchange, kind, response, method, path]() mutable {
        int status = response.status;
        switch (kind) {
        case FaultKind::Drop:
        case FaultKind::DropAfterApply:
            exchange->drop();
            status = 0;
            break;
        case FaultKind::Truncate:
            exchange->replyTruncated(response, response.body.size() / 2);
            break;
        case FaultKind::Malformed:
            response.body = response.body.left(response.body.size() / 2) + "\x01<!-- }{";
            if (response.status == 204)
                response.status = 200; // a body where there should be none
            exchange->reply(response);
            break;
        default:
            exchange->reply(response);
            break;
        }
        Q_EMIT requestHandled(method, path, status);
    };
    if (plan.latencyMs > 0)
        QTimer::singleShot(plan.latencyMs, this, deliver);
    else
        deliver();
}

} // namespace sim
