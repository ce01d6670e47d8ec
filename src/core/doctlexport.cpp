#include "doctlexport.h"

#include "dojson.h"

#include <QStringList>
#include <algorithm>

namespace core::doctl {

namespace {

// Characters that mean nothing to a POSIX shell inside a word (`~` and `#`
// do at its start, so they are not here; `=` is, except first: zsh expands a
// leading `=`).
bool isShellSafe(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           QStringView(u"_-.,:/@%+=").contains(c);
}

// pflag reads a string-slice flag's value with Go's CSV reader, which refuses
// a bare `"` and ends the record at a line break: quote those the CSV way.
QString csvField(const QString& value)
{
    if (!value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString inner = value;
    inner.replace(u'"', QStringLiteral("\"\""));
    return u'"' + inner + u'"';
}

QString taintText(const Taint& taint)
{
    if (taint.value.isEmpty())
        return taint.key + u':' + taint.effect;
    return taint.key + u'=' + taint.value + u':' + taint.effect;
}

} // namespace

QString shellQuoted(const QString& word)
{
    if (!word.isEmpty() && !word.startsWith(u'=') &&
        std::all_of(word.begin(), word.end(), isShellSafe))
        return word;
    // Inside single quotes nothing is special but the closing quote, so a
    // quote in the word closes, adds an escaped quote and opens again.
    QString inner = word;
    inner.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + inner + u'\'';
}

QString createCommand(const NodePoolSpec& spec, const QString& clusterIdOrName)
{
    QStringList flags;
    const auto add = [&](const QString& flag, const QString& value) {
        flags.append(flag + u' ' + shellQuoted(value));
    };
    add(QStringLiteral("--name"), spec.name);
    add(QStringLiteral("--size"), spec.size);
    add(QStringLiteral("--count"), QString::number(spec.count));
    if (spec.autoScale) {
        flags.append(QStringLiteral("--auto-scale"));
        add(QStringLiteral("--min-nodes"), QString::number(spec.minNodes));
        add(QStringLiteral("--max-nodes"), QString::number(spec.maxNodes));
    }
    for (const QString& tag : spec.tags)
        if (!dojson::isAutomaticTag(tag))
            add(QStringLiteral("--tag"), csvField(tag));
    for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it)
        add(QStringLiteral("--label"), csvField(it.key() + u'=' + it.value()));
    for (const Taint& taint : spec.taints)
        add(QStringLiteral("--taint"), csvField(taintText(taint)));

    QString out =
        QStringLiteral("doctl kubernetes cluster node-pool create ") + shellQuoted(clusterIdOrName);
    for (const QString& flag : flags)
        out += QStringLiteral(" \\\n  ") + flag;
    return out + u'\n';
}

} // namespace core::doctl
