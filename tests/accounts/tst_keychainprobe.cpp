// probe() says "not available", with a sentence for the user, where no
// keychain runs: on a session bus without a Secret Service, and (built as
// tst_keychainprobe_nobus) where no session bus can be reached at all.
#include "accounts/keychaintokenstore.h"
#include "privatesessionbus.h"
#include "tokenwait.h"

#include <QTemporaryDir>
#include <QTest>

using namespace accounts;

class TestKeychainProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString missing = PrivateSessionBus::missingTools();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
#ifdef PROBE_WITHOUT_BUS
        // A socket path that nothing listens on.
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                "unix:path=" + QFile::encodeName(m_dir.filePath(QStringLiteral("no-bus-here"))));
#else
        const QString error = m_bus.startBus(); // and no keyring on it
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_bus.useForThisProcess();
#endif
    }

    void probeSaysNotAvailable()
    {
        std::optional<std::pair<bool, QString>> answer;
        QObject context;
        KeychainTokenStore::probe(&context, [&](bool available, const QString& why) {
            answer = {available, why};
        });
        QVERIFY(!answer); // answers later, never inside the call
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QVERIFY(!answer->first);
#ifdef PROBE_WITHOUT_BUS
        QCOMPARE(answer->second,
                 QStringLiteral("No D-Bus session bus runs here, so there is no keychain (such as "
                                "GNOME Keyring or KWallet) to keep the token in."));
#else
        QCOMPARE(answer->second,
                 QStringLiteral("No keychain service (Secret Service such as GNOME Keyring, or "
                                "KWallet) runs on this desktop."));
#endif
    }

    void probeAnswersOnlyWhileItsContextLives()
    {
        bool answered = false;
        {
            QObject context;
            KeychainTokenStore::probe(&context, [&](bool, const QString&) { answered = true; });
        }
        QObject later; // a probe that does answer, to know the first had its chance
        bool laterAnswered = false;
        KeychainTokenStore::probe(&later, [&](bool, const QString&) { laterAnswered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(laterAnswered, 15000);
        QVERIFY(!answered);
    }

    // The store itself fails with a message rather than hanging or inventing a token.
    void storeReportsAnErrorWithoutAKeychain()
    {
        KeychainTokenStore store;
        const QString error =
            writeAndWait(store, QStringLiteral("work"), QStringLiteral("dop_v1_probe_test_token"));
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(QLatin1String("dop_v1_")), qPrintable(error));
        const ReadAnswer answer = readAndWait(store, QStringLiteral("work"));
        QCOMPARE(answer.token, QString());
        QVERIFY(!answer.error.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    PrivateSessionBus m_bus;
};

QTEST_GUILESS_MAIN(TestKeychainProbe)
#include "tst_keychainprobe.moc"
