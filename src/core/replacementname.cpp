#include "replacementname.h"

#include "k8snames.h"

#include <QRegularExpression>

namespace core {

namespace {

constexpr int MaxNameLength = 63;

// `base` cut so that `base + suffix` fits, without a '-' left at the cut.
QString fitted(QString base, const QString& suffix)
{
    const qsizetype room = MaxNameLength - suffix.size();
    if (base.size() > room)
        base.truncate(std::max<qsizetype>(room, 0));
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("pool");
    return base + suffix;
}

bool usable(const QString& name, const QStringList& taken)
{
    return checkReplacementName(name, taken).isEmpty();
}

} // namespace

QString checkReplacementName(const QString& name, const QStringList& taken)
{
    if (name.isEmpty())
        return QStringLiteral("the replacement pool needs a name");
    if (const QString error = k8snames::checkDns1123Label(name); !error.isEmpty())
        return QStringLiteral("pool name '%1' %2").arg(name, error);
    if (taken.contains(name))
        return QStringLiteral("the cluster already has a pool named '%1'").arg(name);
    return {};
}

QString proposeReplacementName(const QString& oldName, const QString& oldSize,
                               const QString& newSize, const QStringList& taken)
{
    // A live name we would not accept new (DigitalOcean's older rules) must
    // not make every candidate invalid: keep only what a DNS-1123 label allows.
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9-]+"));
    QString base = oldName.toLower();
    base.replace(unsafe, QStringLiteral("-"));
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    const QString oldSuffix = u'-' + oldSize;
    if (!oldSize.isEmpty() && base.endsWith(oldSuffix) && base.size() > oldSuffix.size())
        base.chop(oldSuffix.size());

    const QString bySize = fitted(base, u'-' + newSize.toLower());
    if (usable(bySize, taken))
        return bySize;

    // NAME-2, NAME-3, ...; a name that already ends in -N counts on from N.
    static const QRegularExpression numbered(QStringLiteral("^(.*)-(\\d{1,6})$"));
    int next = 2;
    if (const auto match = numbered.match(base); match.hasMatch()) {
        base = match.captured(1);
        next = match.captured(2).toInt() + 1;
    }
    for (int n = next; n < next + 100'000; ++n) {
        const QString candidate = fitted(base, u'-' + QString::number(n));
        if (usable(candidate, taken))
            return candidate;
    }
    return {}; // a cluster has far fewer pools; callers treat "" as "name it yourself"
}

} // namespace core
