// The app's context store and `poolctl context import-doctl`, as separate
// processes writing contexts.json and tokens.json at the same time, round
// after round. Before issue 17 the app's next save dropped poolctl's
// imports; now every context and every token survives.
#include "accounts/contextstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

namespace {

constexpr int Rounds = 8;
constexpr int ImportsPerRound = 6;
constexpr int AppContextsPerRound = 12;

} // namespace

class TestContextConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_home.emplace();
        QVERIFY(m_home->isValid());
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("HOME"), m_home->path());
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                             m_home->filePath(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                             m_home->filePath(QStringLiteral("cache")));
        m_environment.remove(QStringLiteral("DIGITALOCEAN_ACCESS_TOKEN"));
        m_environment.remove(QStringLiteral("DIGITALOCEAN_TOKEN"));
        m_environment.remove(QStringLiteral("DIGITALOCEAN_CONFIG"));
    }

    void everyContextSurvives()
    {
        QSet<QString> expected;
        for (int round = 0; round < Rounds; ++round) {
            std::vector<std::unique_ptr<QProcess>> processes;
            auto start = [&](const QString& program, const QStringList& args) {
                auto process = std::make_unique<QProcess>();
                process->setProcessEnvironment(m_environment);
                process->start(program, args);
                processes.push_back(std::move(process));
            };
            const QString app = QStringLiteral("app%1").arg(round);
            start(QStringLiteral(LOCALWRITER_PATH),
                  {QStringLiteral("app-contexts"), app, QString::number(AppContextsPerRound)});
            for (int i = 1; i <= AppContextsPerRound; ++i)
                expected.insert(QStringLiteral("%1-%2").arg(app).arg(i));
            for (int k = 0; k < ImportsPerRound; ++k) {
                const QString a = QStringLiteral("d%1-%2-a").arg(round).arg(k);
                const QString b = QStringLiteral("d%1-%2-b").arg(round).arg(k);
                const QString config =
                    m_home->filePath(QStringLiteral("doctl-%1-%2.yaml").arg(round).arg(k));
                QFile file(config);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(QStringLiteral("auth-contexts:\n  %1: dop_v1_%1\n  %2: dop_v1_%2\n")
                               .arg(a, b)
                               .toUtf8());
                file.close();
                start(QStringLiteral(POOLCTL_PATH),
                      {QStringLiteral("--store-in-file"), QStringLiteral("context"),
                       QStringLiteral("import-doctl"), config});
                expected << a << b;
            }
            for (const auto& process : processes) {
                QVERIFY(process->waitForFinished(60'000));
                QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                         qPrintable(QString::fromUtf8(process->readAllStandardError())));
            }
        }

        const QString config = m_home->filePath(QStringLiteral("config/PoolStudio/poolstudio"));
        accounts::ContextStore store;
        QVERIFY2(store.load(config + QStringLiteral("/contexts.json")),
                 qPrintable(store.errorText()));
        QSet<QString> names;
        for (const accounts::Context& context : store.contexts())
            names.insert(context.name);
        const QSet<QString> lost = expected - names;
        QVERIFY2(lost.isEmpty(), qPrintable(QStringList(lost.begin(), lost.end()).join(u", ")));
        QCOMPARE(names.size(), expected.size());

        QFile tokensFile(config + QStringLiteral("/tokens.json"));
        QVERIFY(tokensFile.open(QIODevice::ReadOnly));
        const QJsonObject tokens =
            QJsonDocument::fromJson(tokensFile.readAll()).object().value(u"tokens").toObject();
        for (const QString& name : std::as_const(expected))
            QVERIFY2(tokens.value(name).toString() == QStringLiteral("dop_v1_") + name,
                     qPrintable(name));
        qInfo("%lld processes in %d rounds; all %lld contexts and tokens kept",
              qint64(Rounds) * (ImportsPerRound + 1), Rounds, qint64(expected.size()));
    }

private:
    std::optional<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
};

QTEST_GUILESS_MAIN(TestContextConcurrency)
#include "tst_contextconcurrency.moc"
