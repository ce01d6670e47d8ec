#pragma once

#include <QByteArray>
#include <QIODevice>

namespace api {

// A request body that can be read once and never rewound. QNetworkAccessManager
// silently sends a request again when a kept-alive connection closes before
// the answer; for a POST that means a second create the server may apply.
// With this body the rewind fails, so the reply ends with ContentReSendError
// and the client decides what to do (see DoClient::createNodePool).
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override { return bytesAvailable() == 0; }

protected:
    qint64 readData(char* out, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace api
