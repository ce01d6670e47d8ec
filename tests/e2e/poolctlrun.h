#pragma once
// Runs poolctl (or another of the project's executables) as a script does:
// its own process, stdin a pipe closed at once (never a terminal, so nobody
// is asked anything), the token in the environment and none of the
// developer's DigitalOcean variables, while this thread's event loop keeps
// serving the test's simulator.
//
// What is wrong with a run itself fails the current test here, so that no
// caller can forget to look: a secret (the token, and whatever forms of it a
// test names) in stdout or stderr, a crash, a program that did not start or
// did not end in time. The test function then carries on (QTest::qFail does
// not return from it), but its result is a failure.
// POOLCTL_PATH comes from the test's CMake definitions.
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QUrl>
#include <utility>

struct PoolctlRun
{
    int exitCode = -1; // -1 when it crashed, did not start or was killed
    QString out;
    QString err;
    qint64 milliseconds = 0; // from start to exit
};

struct PoolctlOptions
{
    // Every member has an initializer, so that a test names only what it sets
    // ({.apiUrl = ..., .token = ...}) and -Wmissing-field-initializers stays quiet.
    QUrl apiUrl{};   // passed as --api-url before the arguments, unless empty
    QString token{}; // DIGITALOCEAN_ACCESS_TOKEN; empty: no token variable at all
    // Set on top of the inherited environment: XDG folders, HOME, QT_*.
    QList<std::pair<QString, QString>> environment{};
    QStringList unset{}; // inherited variables to drop
    QString workingDirectory{};
    // Never in stdout or stderr, byte for byte. The token always counts.
    QList<QByteArray> secrets{};
    int timeoutMs = 20'000;
};

inline PoolctlRun runProgram(const QString& program, const QStringList& arguments,
                             const PoolctlOptions& options = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A developer's own token or API URL must not reach the test's runs.
    for (const char* variable :
         {"DIGITALOCEAN_ACCESS_TOKEN", "DIGITALOCEAN_TOKEN", "DIGITALOCEAN_API_URL"})
        environment.remove(QString::fromLatin1(variable));
    for (const QString& variable : options.unset)
        environment.remove(variable);
    if (!options.token.isEmpty())
        environment.insert(QStringLiteral("DIGITALOCEAN_ACCESS_TOKEN"), options.token);
    for (const auto& [variable, value] : options.environment)
        environment.insert(variable, value);

    QStringList all = arguments;
    if (!options.apiUrl.isEmpty())
        all = QStringList{QStringLiteral("--api-url"), options.apiUrl.toString()} + arguments;
    const QString command = QFileInfo(program).fileName() + u' ' + all.join(u' ');

    QProcess process;
    process.setProcessEnvironment(environment);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    process.start(program, all);
    process.closeWriteChannel();
    QStringList problems;
    if (!process.waitForStarted()) {
        problems << QStringLiteral("could not start: %1").arg(process.errorString());
    } else if (finished.isEmpty() && !finished.wait(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        problems << QStringLiteral("did not finish within %1 ms").arg(options.timeoutMs);
    } else if (process.exitStatus() == QProcess::CrashExit) {
        problems << QStringLiteral("crashed");
    }

    PoolctlRun run;
    run.milliseconds = timer.elapsed();
    if (problems.isEmpty())
        run.exitCode = process.exitCode();
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    run.out = QString::fromUtf8(out);
    run.err = QString::fromUtf8(err);

    // Checked on the bytes as printed: a decoding could hide a form.
    QList<QByteArray> secrets = options.secrets;
    if (!options.token.isEmpty() && !secrets.contains(options.token.toUtf8()))
        secrets << options.token.toUtf8();
    for (const auto& [stream, bytes] : {std::pair{"stdout", &out}, std::pair{"stderr", &err}})
        for (qsizetype i = 0; i < secrets.size(); ++i)
            if (!secrets[i].isEmpty() && bytes->contains(secrets[i]))
                // Which one, not its text: the test log is output too.
                problems << QStringLiteral("secret %1 of %2 (%3 bytes) is in its %4")
                                .arg(i + 1)
                                .arg(secrets.size())
                                .arg(secrets[i].size())
                                .arg(QLatin1String(stream));
    if (!problems.isEmpty())
        QTest::qFail(
            qPrintable(command + QStringLiteral(": ") + problems.join(QStringLiteral("; "))),
            __FILE__, __LINE__);
    return run;
}

inline PoolctlRun runPoolctl(const QStringList& arguments, const PoolctlOptions& options)
{
    return runProgram(QStringLiteral(POOLCTL_PATH), arguments, options);
}
