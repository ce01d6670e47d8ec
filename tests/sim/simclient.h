#pragma once

// Test helper: plain HTTP calls to a running simulator over a real socket,
// waited for with the event loop (never a sleep).
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QUrl>

struct SimReply
{
    int status = 0; // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const char* name) const { return headers.value(name); }
};

class SimClient
{
public:
    SimClient(const QUrl& base, const QString& token) : m_base(base), m_token(token) {}

    void setToken(const QString& token) { m_token = token; }
    // Each request on its own connection: no keep-alive reuse between calls.
    void setFreshConnections(bool fresh) { m_fresh = fresh; }
    // Off: a 30x is the answer (its Location readable), not followed.
    void setFollowRedirects(bool follow) { m_followRedirects = follow; }
    // For https: trust exactly these (e.g. the simulator's self-signed one).
    void setCaCertificates(const QList<QSslCertificate>& certificates)
    {
        m_caCertificates = certificates;
    }

    SimReply get(const QString& pathAndQuery) { return send("GET", pathAndQuery, {}); }
    SimReply del(const QString& pathAndQuery) { return send("DELETE", pathAndQuery, {}); }
    SimReply post(const QString& path, const QJsonObject& body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    SimReply put(const QString& path, const QJsonObject& body)
    {
        return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    SimReply send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                  int timeoutMs = 10'000)
    {
        QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
        if (!m_token.isNull())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        request.setRawHeader("Accept", "application/json");
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        if (m_fresh)
            request.setRawHeader("Connection", "close");
        if (!m_followRedirects)
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::ManualRedirectPolicy);
        if (!m_caCertificates.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(m_caCertificates);
            request.setSslConfiguration(tls);
        }
        request.setTransferTimeout(timeoutMs);
        QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, timeoutMs + 2000))
            qFatal("no answer from the simulator");
        SimReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return r;
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
    bool m_fresh = false;
    bool m_followRedirects = true;
    QList<QSslCertificate> m_caCertificates;
};
