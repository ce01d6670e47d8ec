#include "api/apierror.h"
#include "api/endpoint.h"

#include <QTest>

class EndpointTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsOnlyHttpsOrLoopbackHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("default") << "https://api.digitalocean.com" << true;
        QTest::newRow("loopback v4") << "http://127.0.0.1:8080" << true;
        QTest::newRow("loopback v4 range") << "http://127.1.2.3:8080" << true;
        QTest::newRow("localhost") << "http://localhost:9000" << true;
        QTest::newRow("loopback v6") << "http://[::1]:9000" << true;
        QTest::newRow("plain http remote") << "http://api.digitalocean.com" << false;
        QTest::newRow("private range") << "http://10.0.0.5" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
        QTest::newRow("garbage") << "not a url" << false;
    }
    void acceptsOnlyHttpsOrLoopbackHttp()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QCOMPARE(api::checkApiUrl(QUrl(url)).isEmpty(), accepted);
    }

    void optionWinsOverEnvironmentWhichWinsOverDefault()
    {
        qputenv("DIGITALOCEAN_API_URL", "http://127.0.0.1:1");
        QCOMPARE(api::resolveApiUrl(QStringLiteral("https://x.example")).host(), u"x.example");
        QCOMPARE(api::resolveApiUrl({}).port(), 1);
        qunsetenv("DIGITALOCEAN_API_URL");
        QCOMPARE(api::resolveApiUrl({}).host(), u"api.digitalocean.com");
    }

    void retriesOnlyWhatMayBeRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("network");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("network") << 0 << true << true;
        QTest::newRow("429") << 429 << false << true;
        QTest::newRow("500") << 500 << false << true;
        QTest::newRow("503") << 503 << false << true;
        QTest::newRow("501") << 501 << false << false;
        QTest::newRow("422") << 422 << false << false;
        QTest::newRow("404") << 404 << false << false;
    }
    void retriesOnlyWhatMayBeRetried()
    {
        QFETCH(int, status);
        QFETCH(bool, network);
        QFETCH(bool, retryable);
        api::ApiError error;
        error.httpStatus = status;
        error.networkFailure = network;
        QCOMPARE(error.isRetryable(), retryable);
    }

    void humanTextNamesStatusIdAndRequestId()
    {
        api::ApiError error{422, QStringLiteral("unprocessable_entity"),
                            QStringLiteral("validation error: invalid droplet size"),
                            QStringLiteral("abc-123"), false};
        const QString text = error.humanText();
        QVERIFY(text.contains(u"422"));
        QVERIFY(text.contains(u"invalid droplet size"));
        QVERIFY(text.contains(u"abc-123"));
    }
};

QTEST_GUILESS_MAIN(EndpointTest)
#include "tst_endpoint.moc"
