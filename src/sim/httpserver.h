#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;

namespace sim {

struct HttpRequest
{
    QByteArray method;
    QUrl url; // path and query as sent, e.g. /v2/sizes?page=2
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const char* lowerName) const { return headers.value(lowerName); }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void addHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append({name, value});
    }
    // Replaces every header of that name (lower case) with one, or adds it.
    void setHeader(const QByteArray& name, const QByteArray& value);
    void removeHeader(const QByteArray& name);
    QByteArray header(const QByteArray& name) const;
};

class HttpConnection;

// One request's way back to its client. The simulator may answer at once,
// later (latency), in a broken way (truncated), or never (dropped socket).
class HttpExchange
{
public:
    explicit HttpExchange(HttpConnection* connection) : m_connection(connection) {}
    ~HttpExchange();

    void reply(const HttpResponse& response);
    // Sends the headers of `response` with its full Content-Length but only
    // `bodyBytes` of its body, then closes: the client sees a short read.
    void replyTruncated(const HttpResponse& response, qsizetype bodyBytes);
    // Closes the connection without a byte of answer.
    void drop();
    bool isOpen() const;

private:
    QPointer<HttpConnection> m_connection;
    bool m_done = false;
};
using ExchangePtr = std::shared_ptr<HttpExchange>;

// A small HTTP/1.1 server (keep-alive, Content-Length bodies) on a QTcpServer
// bound to 127.0.0.1. It is ours rather than QHttpServer because fault
// injection needs the raw socket — half a body, a close without an answer —
// and QHttpServer's hooks for that changed between Qt 6.4 and 6.8.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest&, const ExchangePtr&)>;

    explicit HttpServer(QObject* parent = nullptr);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    quint16 listen(quint16 port);
    // The same server over TLS (QSslServer): requests are read once the
    // handshake is done. One listener per server: plain or TLS.
    quint16 listenTls(quint16 port, const QSslConfiguration& tls);
    quint16 port() const;
    bool isTls() const { return m_tls; }
    void close();

    static QByteArray reasonPhrase(int status);
    static QByteArray serialize(const HttpResponse& response, bool keepAlive);

private:
    quint16 startListening(QTcpServer* server, quint16 port);
    void acceptPending();

    QTcpServer* m_server = nullptr;
    bool m_tls = false;
    Handler m_handler;
};

class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket* socket, HttpServer::Handler* handler, QObject* parent);

    void finish(const QByteArray& bytes, bool close);
    void abort();

private:
    void readMore();

    QTcpSocket* m_socket;
    HttpServer::Handler* m_handler;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_keepAlive = true;
};

} // namespace sim
