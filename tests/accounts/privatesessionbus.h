#pragma once

// A D-Bus session bus of the test's own, and optionally a GNOME Keyring
// (Secret Service) on it, unlocked with a known password, keeping its files in
// a temporary HOME. The bus has no service directories, so nothing is started
// on demand: a keychain is there only when the test starts one. Both daemons
// are children of the test and are stopped when this object goes.
//
// Needs dbus-daemon, gnome-keyring-daemon and secret-tool
// (packaging/setup-debian.sh installs them); a missing one fails the test.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusServiceWatcher>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <csignal>
#include <sys/prctl.h>

class PrivateSessionBus
{
public:
    static constexpr int StartTimeoutMs = 10000;

    PrivateSessionBus()
    {
        // Should the test be killed (a timeout), the daemons go with it.
        for (QProcess* process : {&m_bus, &m_keyring})
            process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    }
    ~PrivateSessionBus() { stop(); }

    // A sentence naming what is missing, or empty when all the tools are here.
    static QString missingTools()
    {
        QStringList missing;
        for (const char* tool : {"dbus-daemon", "gnome-keyring-daemon", "secret-tool"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                missing << QString::fromLatin1(tool);
        if (missing.isEmpty())
            return {};
        return QStringLiteral("not installed: %1 (run packaging/setup-debian.sh as root)")
            .arg(missing.join(QLatin1String(", ")));
    }

    // Starts the bus; returns an error sentence or empty.
    QString startBus()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        const QString config = m_dir.filePath(QStringLiteral("session.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(config);
        // A session bus like the system's, minus <servicedir>/<standard_session_servicedirs/>.
        file.write(
            QStringLiteral(
                R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)")
                .arg(m_dir.path())
                .toUtf8());
        file.close();

        m_bus.setProgram(QStringLiteral("dbus-daemon"));
        m_bus.setArguments({QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                            QStringLiteral("--print-address=1")});
        m_bus.setProcessChannelMode(QProcess::SeparateChannels);
        m_bus.start();
        if (!m_bus.waitForStarted(StartTimeoutMs))
            return QStringLiteral("dbus-daemon did not start: %1").arg(m_bus.errorString());
        // The address is its first line of output.
        const QDeadlineTimer deadline(StartTimeoutMs);
        while (!m_bus.canReadLine()) {
            if (deadline.hasExpired() || m_bus.state() != QProcess::Running ||
                !m_bus.waitForReadyRead(int(deadline.remainingTime())))
                return QStringLiteral("dbus-daemon gave no address: %1")
                    .arg(QString::fromLocal8Bit(m_bus.readAllStandardError()));
        }
        m_address = QString::fromLatin1(m_bus.readLine()).trimmed();
        return {};
    }

    QString address() const { return m_address; }

    // Points this process (QtDBus, and libsecret through GDBus) at the bus.
    // Must run before anything in the process has used the session bus.
    void useForThisProcess() const
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toLatin1());
        // QtKeychain prefers KWallet on a KDE desktop; here the Secret Service is meant.
        qunsetenv("XDG_CURRENT_DESKTOP");
        qunsetenv("KDE_SESSION_VERSION");
        qunsetenv("KDE_FULL_SESSION");
        qunsetenv("DESKTOP_SESSION");
    }

    // Starts GNOME Keyring's Secret Service on the bus, its login keyring
    // created and unlocked with `password`, and waits until it owns
    // org.freedesktop.secrets. Returns an error sentence or empty.
    QString startKeyring(const QByteArray& password = "pool-studio-test")
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
        QDir().mkpath(home + QStringLiteral("/.local/share"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        environment.remove(QStringLiteral("DISPLAY")); // no prompts: the password is given
        environment.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
        m_keyring.setProcessEnvironment(environment);
        m_keyring.setProgram(QStringLiteral("gnome-keyring-daemon"));
        m_keyring.setArguments({QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                QStringLiteral("--components=secrets")});

        // Watch before starting, so the registration cannot be missed.
        QDBusConnection bus =
            QDBusConnection::connectToBus(m_address, QStringLiteral("keyring-wait"));
        if (!bus.isConnected())
            return QStringLiteral("cannot connect to the private bus: %1")
                .arg(bus.lastError().message());
        const QString name = QStringLiteral("org.freedesktop.secrets");
        QDBusServiceWatcher watcher(name, bus, QDBusServiceWatcher::WatchForRegistration);
        QSignalSpy registered(&watcher, &QDBusServiceWatcher::serviceRegistered);

        m_keyring.start();
        if (!m_keyring.waitForStarted(StartTimeoutMs))
            return QStringLiteral("gnome-keyring-daemon did not start: %1")
                .arg(m_keyring.errorString());
        m_keyring.write(password);
        m_keyring.closeWriteChannel(); // --unlock reads the password up to end of input

        const QDeadlineTimer deadline(StartTimeoutMs);
        while (registered.isEmpty() && !bus.interface()->isServiceRegistered(name)) {
            if (m_keyring.state() != QProcess::Running)
                return QStringLiteral("gnome-keyring-daemon stopped: %1")
                    .arg(QString::fromLocal8Bit(m_keyring.readAllStandardError()));
            if (deadline.hasExpired())
                return QStringLiteral("gnome-keyring-daemon did not take %1 within %2 ms")
                    .arg(name)
                    .arg(StartTimeoutMs);
            registered.wait(int(std::min<qint64>(deadline.remainingTime(), 200)));
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("keyring-wait"));
        return {};
    }

    // The folder the keyring keeps its files in.
    QString keyringHome() const { return m_dir.filePath(QStringLiteral("home")); }

    // Runs secret-tool on the bus; returns its exit code and standard output.
    // secret-tool's exit code (-1 when it did not finish) and output; its
    // error output into `errors` when given.
    std::pair<int, QByteArray> secretTool(const QStringList& arguments,
                                          QByteArray* errors = nullptr) const
    {
        QProcess tool;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        tool.setProcessEnvironment(environment);
        tool.start(QStringLiteral("secret-tool"), arguments);
        if (!tool.waitForFinished(StartTimeoutMs))
            return {-1, {}};
        if (errors)
            *errors = tool.readAllStandardError();
        return {tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1,
                tool.readAllStandardOutput()};
    }

    void stop()
    {
        for (QProcess* process : {&m_keyring, &m_bus}) {
            if (process->state() == QProcess::NotRunning)
                continue;
            process->terminate();
            if (!process->waitForFinished(StartTimeoutMs)) {
                process->kill();
                process->waitForFinished(StartTimeoutMs);
            }
        }
    }

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};
