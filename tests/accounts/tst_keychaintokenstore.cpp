// KeychainTokenStore against a real Secret Service: GNOME Keyring on a private
// D-Bus session bus started by the test. Each step is checked through
// secret-tool as well, so the token is really in the keyring, and really gone.
#include "accounts/keychaintokenstore.h"
#include "privatesessionbus.h"
#include "tokenwait.h"

#include <QTest>

using namespace accounts;

namespace {

const QString Work = QStringLiteral("work");
const QString Personal = QStringLiteral("personal");
const QString TokenA = QStringLiteral("dop_v1_keychain_test_token_a");
const QString TokenB = QStringLiteral("dop_v1_keychain_test_token_b");

} // namespace

class TestKeychainTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString missing = PrivateSessionBus::missingTools();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QString error = m_bus.startBus();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_bus.useForThisProcess();
        error = m_bus.startKeyring();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_bus.stop(); }

    void probeFindsTheKeychainAndLeavesNothingBehind()
    {
        std::optional<std::pair<bool, QString>> answer;
        QObject context;
        KeychainTokenStore::probe(&context, [&](bool available, const QString& why) {
            answer = {available, why};
        });
        QVERIFY(!answer); // answers later
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QVERIFY2(answer->first, qPrintable(answer->second));
        QCOMPARE(answer->second, QString());
        QCOMPARE(entryCount(), 0); // the probe entry was deleted again
    }

    void missingTokenReadsEmptyWithoutError()
    {
        KeychainTokenStore store;
        QCOMPARE(store.kind(), QStringLiteral("keychain"));
        QCOMPARE(store.service(), QStringLiteral("Pool Studio"));
        const ReadAnswer answer = readAndWait(store, QStringLiteral("never-written"));
        QCOMPARE(answer.token, QString());
        QCOMPARE(answer.error, QString());
    }

    void writeReadOverwriteRemove()
    {
        KeychainTokenStore store;
        QString error = writeAndWait(store, Work, TokenA);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(lookup(Work), TokenA); // really in the keyring
        ReadAnswer answer = readAndWait(store, Work);
        QCOMPARE(answer.token, TokenA);
        QCOMPARE(answer.error, QString());

        error = writeAndWait(store, Work, TokenB);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(lookup(Work), TokenB);
        QCOMPARE(entryCount(), 1); // replaced, not added
        QCOMPARE(readAndWait(store, Work).token, TokenB);

        error = removeAndWait(store, Work);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(lookup(Work), std::nullopt); // really gone
        QCOMPARE(entryCount(), 0);
        answer = readAndWait(store, Work);
        QCOMPARE(answer.token, QString());
        QCOMPARE(answer.error, QString());

        QCOMPARE(removeAndWait(store, Work), QString()); // removing again is no error
    }

    void contextsHaveTheirOwnTokens()
    {
        KeychainTokenStore store;
        QVERIFY(writeAndWait(store, Work, TokenA).isEmpty());
        QVERIFY(writeAndWait(store, Personal, TokenB).isEmpty());
        QCOMPARE(lookup(Work), TokenA);
        QCOMPARE(lookup(Personal), TokenB);

        KeychainTokenStore anotherRun; // a later start of the app
        QCOMPARE(readAndWait(anotherRun, Work).token, TokenA);
        QCOMPARE(readAndWait(anotherRun, Personal).token, TokenB);

        QVERIFY(removeAndWait(store, Work).isEmpty()); // signing out of one
        QCOMPARE(lookup(Work), std::nullopt);
        QCOMPARE(lookup(Personal), TokenB);
        QVERIFY(removeAndWait(store, Personal).isEmpty());
        QCOMPARE(entryCount(), 0);
    }

    void serviceKeepsAppsApart()
    {
        KeychainTokenStore ours;
        KeychainTokenStore other(QStringLiteral("Another App"), nullptr);
        QVERIFY(writeAndWait(other, Work, TokenB).isEmpty());
        QCOMPARE(readAndWait(ours, Work).token, QString());
        QVERIFY(removeAndWait(other, Work).isEmpty());
    }

    void answersAreDroppedWhenTheStoreIsGone()
    {
        bool answered = false;
        {
            KeychainTokenStore store;
            store.writeToken(Work, TokenA, [&](const QString&) { answered = true; });
        }
        // The job still finishes (it is not cancelled) and its answer goes nowhere.
        QTRY_COMPARE_WITH_TIMEOUT(lookup(Work), std::optional<QString>(TokenA), 15000);
        QCoreApplication::processEvents();
        QVERIFY(!answered);
        KeychainTokenStore store;
        QVERIFY(removeAndWait(store, Work).isEmpty());
    }

private:
    // The token secret-tool finds for `context` under Pool Studio's service.
    std::optional<QString> lookup(const QString& context) const
    {
        const auto [code, output] = m_bus.secretTool(
            {QStringLiteral("lookup"), QStringLiteral("server"),
             KeychainTokenStore::defaultService(), QStringLiteral("user"), context});
        if (code != 0)
            return std::nullopt;
        return QString::fromUtf8(output);
    }

    // How many entries Pool Studio has in the keyring.
    // The entries of the service in the keyring; -1 when secret-tool could not
    // say (it failed to start, or answered 1 with an error rather than "none").
    int entryCount() const
    {
        QByteArray errors;
        const auto [code, output] =
            m_bus.secretTool({QStringLiteral("search"), QStringLiteral("--all"),
                              QStringLiteral("server"), KeychainTokenStore::defaultService()},
                             &errors);
        const bool nothingMatched = code == 1 && errors.trimmed().isEmpty();
        if (code != 0 && !nothingMatched) {
            qWarning("secret-tool search failed (exit %d): %s", code, errors.constData());
            return -1;
        }
        return int(output.count("\nlabel = ") + (output.startsWith("label = ") ? 1 : 0));
    }

    PrivateSessionBus m_bus;
};

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
