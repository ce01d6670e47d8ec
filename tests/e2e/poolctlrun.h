#pragma once
// Runs poolctl as a script does: its own process, the token in the
// environment, a cache folder of the test's, against the test's simulator.
// POOLCTL_PATH comes from the test's CMake definitions.
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>
#include <QUrl>

struct PoolctlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline PoolctlRun runPoolctl(const QUrl& apiUrl, const QString& token, const QString& cacheDir,
                             const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DIGITALOCEAN_ACCESS_TOKEN"), token);
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheDir);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(POOLCTL_PATH),
                  QStringList{QStringLiteral("--api-url"), apiUrl.toString()} + arguments);
    process.closeWriteChannel();
    if (!finished.wait(20'000))
        qFatal("poolctl did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
