#include "confirm.h"

#include "resolve.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(confirm)
};

} // namespace

namespace cli {

Confirmation confirm(const QString& question, bool yes)
{
    if (yes)
        return Confirmation::Confirmed;
    if (!isatty(fileno(stdin)))
        return Confirmation::NoTerminal;
    QTextStream err(stderr);
    err << question << " [y/N] ";
    err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y" || answer == u"yes" ? Confirmation::Confirmed : Confirmation::Declined;
}

bool confirmOrRefuse(const QString& question, bool yes, const Finish& finish)
{
    switch (confirm(question, yes)) {
    case Confirmation::Confirmed:
        return true;
    case Confirmation::Declined:
        printError(Tr::tr("declined; nothing was changed"));
        break;
    case Confirmation::NoTerminal:
        QTextStream(stderr) << question << '\n';
        printError(Tr::tr("refused: this needs a confirmation and stdin is not a terminal; nothing "
                          "was changed. Pass --yes to confirm."));
        break;
    }
    finish(ExitRefused);
    return false;
}

} // namespace cli
