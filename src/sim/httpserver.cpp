#include "sim/httpserver.h"

#include <QHostAddress>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace sim {

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    removeHeader(name);
    addHeader(name, value);
}

void HttpResponse::removeHeader(const QByteArray& name)
{
    headers.removeIf(
        [&](const auto& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [n, value] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return QByteArray();
}

HttpExchange::~HttpExchange()
{
    // Nobody answered and nobody dropped it on purpose: do not leave the
    // client hanging on an open socket.
    if (!m_done && m_connection)
        m_connection->abort();
}

bool HttpExchange::isOpen() const
{
    return !m_done && m_connection;
}

void HttpExchange::reply(const HttpResponse& response)
{
    if (m_done)
        return;
    m_done = true;
    if (m_connection)
        m_connection->finish(HttpServer::serialize(response, true), false);
}

void HttpExchange::replyTruncated(const HttpResponse& response, qsizetype bodyBytes)
{
    if (m_done)
        return;
    m_done = true;
    if (!m_connection)
        return;
    const QByteArray full = HttpServer::serialize(response, false);
    const qsizetype cut =
        full.size() - response.body.size() + qBound<qsizetype>(0, bodyBytes, response.body.size());
    m_connection->finish(full.left(cut), true);
}

void HttpExchange::drop()
{
    if (m_done)
        return;
    m_done = true;
    if (m_connection)
        m_connection->abort();
}

HttpServer::HttpServer(QObject* parent) : QObject(parent) {}

quint16 HttpServer::listen(quint16 port)
{
    if (m_server && m_server->isListening())
        return m_server->serverPort();
    m_tls = false;
    return startListening(new QTcpServer(this), port);
}

quint16 HttpServer::listenTls(quint16 port, const QSslConfiguration& tls)
{
    if (m_server && m_server->isListening())
        return m_tls ? m_server->serverPort() : 0;
    auto* server = new QSslServer(this);
    server->setSslConfiguration(tls);
    m_tls = true;
    return startListening(server, port);
}

quint16 HttpServer::startListening(QTcpServer* server, quint16 port)
{
    delete m_server;
    m_server = server;
    // A QSslServer queues a socket only once its handshake is done and then
    // says so with pendingConnectionAvailable; a QTcpServer at once, with
    // both signals. Draining on either is right for both.
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending);
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return 0;
    return m_server->serverPort();
}

void HttpServer::acceptPending()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection())
        new HttpConnection(socket, &m_handler, this);
}

quint16 HttpServer::port() const
{
    return m_server && m_server->isListening() ? m_server->serverPort() : 0;
}

void HttpServer::close()
{
    if (m_server)
        m_server->close();
}

QByteArray HttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

QByteArray HttpServer::serialize(const HttpResponse& response, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (response.status != 204)
        out += "content-length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "connection: keep-alive\r\n" : "connection: close\r\n";
    out += "\r\n";
    if (response.status != 204)
        out += response.body;
    return out;
}

HttpConnection::HttpConnection(QTcpSocket* socket, HttpServer::Handler* handler, QObject* parent)
    : QObject(parent), m_socket(socket), m_handler(handler)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readMore);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    readMore();
}

void HttpConnection::finish(const QByteArray& bytes, bool close)
{
    m_socket->write(bytes);
    m_busy = false;
    if (close || !m_keepAlive) {
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty())
        readMore();
}

void HttpConnection::abort()
{
    m_busy = false;
    m_buffer.clear();
    m_socket->abort();
    deleteLater();
}

void HttpConnection::readMore()
{
    m_buffer += m_socket->readAll();
    if (m_busy) // one request at a time; the next waits in the buffer
        return;
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > 64 * 1024)
            abort();
        return;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3) {
        abort();
        return;
    }
    HttpRequest request;
    request.method = requestLine[0].toUpper();
    request.url = QUrl::fromEncoded(requestLine[1]);
    request.path = request.url.path();
    request.query = QUrlQuery(request.url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (request.headers.value("transfer-encoding").toLower().contains("chunked")) {
        // Not needed by any client we serve; refuse rather than misread.
        m_socket->write(HttpServer::serialize({400, {}, {}}, false));
        m_socket->disconnectFromHost();
        return;
    }
    if (m_buffer.size() < headerEnd + 4 + length)
        return; // the body is still on its way
    request.body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, headerEnd + 4 + length);
    m_keepAlive =
        requestLine[2] == "HTTP/1.1" && request.headers.value("connection").toLower() != "close";
    m_busy = true;
    (*m_handler)(request, std::make_shared<HttpExchange>(this));
}

} // namespace sim
