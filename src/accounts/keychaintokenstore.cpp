#include "keychaintokenstore.h"

#include "context.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <memory>
#include <qt6keychain/keychain.h>

namespace accounts {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(accounts::KeychainTokenStore)
};

// A sentence for the user about a failed keychain job.
QString describeFailure(const QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Tr::tr("No keychain service (such as GNOME Keyring or KWallet) is available: %1")
            .arg(job->errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Tr::tr("The keychain refused access (is it locked?): %1").arg(job->errorString());
    default:
        return Tr::tr("The keychain failed: %1").arg(job->errorString());
    }
}

// The names a keychain that QtKeychain can use answers to on the session bus.
const QStringList KeychainBusNames = {
    QStringLiteral("org.freedesktop.secrets"), // Secret Service: GNOME Keyring, KeePassXC, ...
    QStringLiteral("org.kde.kwalletd6"),
    QStringLiteral("org.kde.kwalletd5"),
    QStringLiteral("org.kde.kwalletd"),
};

const QString ProbeKey = QStringLiteral("Pool Studio keychain probe");
constexpr int ProbeTimeoutMs = 30000; // an unlock prompt may be answered by hand

} // namespace

KeychainTokenStore::KeychainTokenStore(QObject* parent)
    : KeychainTokenStore(defaultService(), parent)
{}

KeychainTokenStore::KeychainTokenStore(const QString& service, QObject* parent)
    : TokenStore(parent), m_service(service)
{}

QString KeychainTokenStore::defaultService()
{
    return QStringLiteral("Pool Studio");
}

// Jobs have no parent and delete themselves when finished: deleting a job
// while the keychain still works on it is not safe in QtKeychain. The
// connection's context (this) drops the answer if the store goes first.
void KeychainTokenStore::readToken(const QString& context,
                                   std::function<void(const QString&, const QString&)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(context);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
        const auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (read->error() == QKeychain::NoError)
            done(read->textData(), {});
        else
            done({}, describeFailure(read)); // EntryNotFound: empty token, no error
    });
    job->start();
}

void KeychainTokenStore::writeToken(const QString& context, const QString& token,
                                    std::function<void(const QString&)> done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(context);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this,
            [done](QKeychain::Job* finished) { done(describeFailure(finished)); });
    job->start();
}

void KeychainTokenStore::removeToken(const QString& context,
                                     std::function<void(const QString&)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(context);
    connect(job, &QKeychain::Job::finished, this,
            [done](QKeychain::Job* finished) { done(describeFailure(finished)); });
    job->start();
}

QString KeychainTokenStore::kind() const
{
    return QString::fromLatin1(StorageKeychain);
}

QString KeychainTokenStore::service() const
{
    return m_service;
}

namespace {

// One probe's state: answers exactly once, then cleans up.
class Probe : public QObject
{
public:
    Probe(QObject* context, std::function<void(bool, const QString&)> done)
        : QObject(context), m_done(std::move(done))
    {
        // Queried by hand, not by QtKeychain, because QtKeychain 0.13 (Debian 12)
        // has no isAvailable() and its error for a missing service is technical.
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            finish(false, Tr::tr("The keychain did not answer within %1 seconds.")
                              .arg(ProbeTimeoutMs / 1000));
        });
        m_timer.start(ProbeTimeoutMs);
    }

    void start()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected()) {
            finishLater(false,
                        Tr::tr("No D-Bus session bus runs here, so there is no keychain (such "
                               "as GNOME Keyring or KWallet) to keep the token in."));
            return;
        }
        // Running or startable on demand (D-Bus activation) both count.
        m_pendingLists = 2;
        for (const char* method : {"ListNames", "ListActivatableNames"}) {
            const QDBusMessage call = QDBusMessage::createMethodCall(
                QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus"), QString::fromLatin1(method));
            auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
            connect(watcher, &QDBusPendingCallWatcher::finished, this,
                    [this](QDBusPendingCallWatcher* w) {
                        w->deleteLater();
                        const QDBusPendingReply<QStringList> reply = *w;
                        if (!reply.isError())
                            m_busNames += reply.value();
                        if (--m_pendingLists == 0)
                            namesKnown();
                    });
        }
    }

private:
    void namesKnown()
    {
        const bool present = std::any_of(KeychainBusNames.begin(), KeychainBusNames.end(),
                                         [&](const QString& n) { return m_busNames.contains(n); });
        if (!present) {
            finish(false, Tr::tr("No keychain service (Secret Service such as GNOME Keyring, or "
                                 "KWallet) runs on this desktop."));
            return;
        }
        roundTrip();
    }

    // The service is there; make sure it stores and gives back (it may be
    // locked, or refuse this program).
    void roundTrip()
    {
        m_store = new KeychainTokenStore(this);
        const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_store->writeToken(ProbeKey, value, [this, value](const QString& error) {
            if (!error.isEmpty())
                return finish(false, error);
            m_store->readToken(ProbeKey, [this, value](const QString& token, const QString& error) {
                if (!error.isEmpty() || token != value)
                    return finish(false,
                                  error.isEmpty()
                                      ? Tr::tr("The keychain did not give back what was stored.")
                                      : error);
                m_store->removeToken(
                    ProbeKey, [this](const QString& error) { finish(error.isEmpty(), error); });
            });
        });
    }

    void finishLater(bool available, const QString& why)
    {
        QMetaObject::invokeMethod(
            this, [this, available, why] { finish(available, why); }, Qt::QueuedConnection);
    }

    void finish(bool available, const QString& why)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        m_done(available, available ? QString() : why);
        deleteLater();
    }

    std::function<void(bool, const QString&)> m_done;
    QTimer m_timer;
    QStringList m_busNames;
    int m_pendingLists = 0;
    KeychainTokenStore* m_store = nullptr;
    bool m_finished = false;
};

} // namespace

void KeychainTokenStore::probe(QObject* context,
                               std::function<void(bool available, const QString& why)> done)
{
    // Parented to `context`: if it goes, the probe goes, and `done` is not called.
    auto* probe = new Probe(context, std::move(done));
    probe->start();
}

} // namespace accounts
