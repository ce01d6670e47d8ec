// A process that writes Pool Studio's local files the way the app and
// poolctl do, for tests that kill it (tst_crashsafety) or run it beside
// poolctl (tst_contextconcurrency). Modes:
//   localwriter contexts-loop FILE       save version A, then B, … forever
//   localwriter token-loop FILE          rewrite one token, round after round
//   localwriter manifest-loop FILE       rewrite document 2 of FILE (count 3 ↔ 4)
//   localwriter app-contexts PREFIX N    the app's pattern: load contexts.json
//                                        once, then add PREFIX-1…N (and their
//                                        tokens in tokens.json), saving each
// Paths of the *-loop modes are given; app-contexts uses the default ones
// (XDG_CONFIG_HOME). "writing" on stdout says the loop has begun.
#include "accounts/contextstore.h"
#include "accounts/filetokenstore.h"
#include "core/boundedfile.h"
#include "core/manifest.h"
#include "core/manifestrewrite.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>

using namespace accounts;

namespace {

void say(const char* text)
{
    std::fputs(text, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Version A or B: enough contexts that a write takes a while to tear.
QList<Context> versionOf(int round)
{
    QList<Context> contexts;
    const QString tag = round % 2 ? QStringLiteral("b") : QStringLiteral("a");
    for (int i = 0; i < 400; ++i)
        contexts.append({QStringLiteral("%1-%2").arg(tag).arg(i),
                         QStringLiteral("https://api.example.test/%1").arg(i),
                         QStringLiteral("user%1@example.com").arg(i), tag, QStringLiteral("file")});
    return contexts;
}

int contextsLoop(const QString& path)
{
    say("writing");
    for (int round = 0;; ++round) {
        ContextStore store;
        if (!store.load(path))
            qFatal("%s", qPrintable(store.errorText()));
        for (const Context& old : store.contexts())
            store.remove(old.name);
        for (const Context& context : versionOf(round))
            store.upsert(context);
        store.setCurrent(versionOf(round).first().name);
        if (!store.save())
            qFatal("%s", qPrintable(store.errorText()));
    }
}

int tokenLoop(const QString& path)
{
    FileTokenStore store(path, nullptr);
    say("writing");
    for (int round = 0;; ++round) {
        // The token's own text says which round wrote it and how long it is.
        const QString token =
            QStringLiteral("dop_v1_round%1_").arg(round, 8, 10, QLatin1Char('0')) +
            QString(4000, QLatin1Char('x'));
        QString failure;
        store.writeToken(QStringLiteral("busy"), token,
                         [&](const QString& error) { failure = error; });
        // The answer is queued; the write itself is done.
        QCoreApplication::processEvents();
        if (!failure.isEmpty())
            qFatal("%s", qPrintable(failure));
    }
}

int manifestLoop(const QString& path)
{
    say("writing");
    for (int round = 0;; ++round) {
        const core::BoundedRead read = core::readBoundedFile(path, 16 * 1024 * 1024);
        if (!read.ok())
            qFatal("%s", qPrintable(read.error));
        const core::manifest::ReadResult found = core::manifest::read(read.bytes);
        if (!found.ok() || found.manifests.size() != 3)
            qFatal("the manifest file does not read back");
        const core::manifest::PoolManifest& current = found.manifests.at(1);
        core::manifest::PoolManifest replacement = current;
        replacement.spec.count = current.spec.count == 3 ? 4 : 3;
        QString error;
        const std::optional<QByteArray> text =
            core::manifest::replaceDocument(read.bytes, current, replacement, {}, &error);
        if (!text)
            qFatal("%s", qPrintable(error));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*text) != text->size() || !file.commit())
            qFatal("cannot write %s", qPrintable(path));
    }
}

int appContexts(const QString& prefix, int count)
{
    ContextStore store;
    if (!store.load())
        qFatal("%s", qPrintable(store.errorText()));
    FileTokenStore tokens;
    for (int i = 1; i <= count; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(prefix).arg(i);
        QString failure;
        tokens.writeToken(name, QStringLiteral("dop_v1_%1").arg(name),
                          [&](const QString& error) { failure = error; });
        QCoreApplication::processEvents();
        if (!failure.isEmpty())
            qFatal("%s", qPrintable(failure));
        // The app's pattern: its copy was loaded once, long ago.
        store.upsert({name, QString(), QString(), QString(), QStringLiteral("file")});
        if (!store.save())
            qFatal("%s", qPrintable(store.errorText()));
    }
    say("done");
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("poolstudio"));
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == u"contexts-loop" && args.size() == 2)
        return contextsLoop(args.at(1));
    if (mode == u"token-loop" && args.size() == 2)
        return tokenLoop(args.at(1));
    if (mode == u"manifest-loop" && args.size() == 2)
        return manifestLoop(args.at(1));
    if (mode == u"app-contexts" && args.size() == 3)
        return appContexts(args.at(1), args.at(2).toInt());
    QTextStream(stderr) << "usage: see localwriter.cpp\n";
    return 2;
}
