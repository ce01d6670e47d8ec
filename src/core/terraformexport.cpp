#include "terraformexport.h"

#include "dojson.h"

#include <QStringList>
#include <algorithm>

namespace core::terraform {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// An HCL identifier, which a map key may be written as without quotes. The
// keywords would be read as values (a `null` key is an error), so not those.
bool isBareKey(const QString& key)
{
    if (key.isEmpty() || !(isAsciiLetter(key.front()) || key.front() == u'_'))
        return false;
    if (key == u"true" || key == u"false" || key == u"null")
        return false;
    return std::all_of(key.begin(), key.end(), [](QChar c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_' || c == u'-';
    });
}

// A comment is one line: line breaks and other control characters in a name
// would end it and let the rest be read as configuration.
QString commentText(const QString& text)
{
    QString out = text;
    for (QChar& c : out)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    return out;
}

// `key = value` lines, the `=` aligned as terraform fmt aligns a run of
// single-line attributes.
class Attributes
{
public:
    void add(const QString& key, const QString& value) { m_lines.append({key, value}); }

    QString render(const QString& indent) const
    {
        qsizetype width = 0;
        for (const auto& [key, value] : m_lines)
            width = std::max(width, key.size());
        QString out;
        for (const auto& [key, value] : m_lines)
            out += indent + key.leftJustified(width) + QStringLiteral(" = ") + value + u'\n';
        return out;
    }

private:
    QList<std::pair<QString, QString>> m_lines;
};

bool providerOwnsTag(const QString& tag)
{
    return tag.startsWith(u"terraform:");
}

} // namespace

QString quoted(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool opensTemplate = i + 1 < text.size() && text.at(i + 1) == u'{';
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'"')
            out += QStringLiteral("\\\"");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else if ((c == u'$' || c == u'%') && opensTemplate)
            out += QString(2, c); // $${ and %%{ are a literal ${ and %{
        else
            out += c;
    }
    return out + u'"';
}

QString identifier(const QString& name)
{
    QString out;
    for (const QChar c : name)
        out += (isAsciiLetter(c) || isAsciiDigit(c) || c == u'_' || c == u'-') ? c : u'_';
    if (out.isEmpty())
        return QStringLiteral("pool");
    if (!isAsciiLetter(out.front()) && out.front() != u'_')
        out.prepend(QStringLiteral("pool_"));
    return out;
}

QString nodePoolResource(const NodePoolSpec& spec, const QString& clusterId,
                         const QString& clusterName, const QString& resourceName)
{
    QStringList tags;
    QStringList leftOut;
    for (const QString& tag : spec.tags) {
        if (dojson::isAutomaticTag(tag))
            continue;
        (providerOwnsTag(tag) ? leftOut : tags).append(tag);
    }

    QString out;
    if (!clusterName.isEmpty())
        out += QStringLiteral("# cluster: %1\n").arg(commentText(clusterName));
    for (const QString& tag : leftOut)
        out += QStringLiteral("# tag %1 left out: the provider keeps terraform: tags out of its "
                              "state\n")
                   .arg(commentText(tag));
    out += QStringLiteral("resource \"digitalocean_kubernetes_node_pool\" \"%1\" {\n")
               .arg(resourceName.isEmpty() ? identifier(spec.name) : identifier(resourceName));

    Attributes head;
    head.add(QStringLiteral("cluster_id"), quoted(clusterId));
    head.add(QStringLiteral("name"), quoted(spec.name));
    head.add(QStringLiteral("size"), quoted(spec.size));
    if (spec.autoScale) {
        head.add(QStringLiteral("auto_scale"), QStringLiteral("true"));
        head.add(QStringLiteral("min_nodes"), QString::number(spec.minNodes));
        head.add(QStringLiteral("max_nodes"), QString::number(spec.maxNodes));
    } else {
        head.add(QStringLiteral("node_count"), QString::number(spec.count));
    }
    if (!tags.isEmpty()) {
        QStringList items;
        for (const QString& tag : tags)
            items.append(quoted(tag));
        head.add(QStringLiteral("tags"), u'[' + items.join(QStringLiteral(", ")) + u']');
    }
    out += head.render(QStringLiteral("  "));

    if (!spec.labels.isEmpty()) {
        Attributes labels;
        for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it)
            labels.add(isBareKey(it.key()) ? it.key() : quoted(it.key()), quoted(it.value()));
        out += QStringLiteral("\n  labels = {\n") + labels.render(QStringLiteral("    ")) +
               QStringLiteral("  }\n");
    }

    for (const Taint& taint : spec.taints) {
        // The provider requires value, so an empty one is written as "".
        Attributes block;
        block.add(QStringLiteral("key"), quoted(taint.key));
        block.add(QStringLiteral("value"), quoted(taint.value));
        block.add(QStringLiteral("effect"), quoted(taint.effect));
        out += QStringLiteral("\n  taint {\n") + block.render(QStringLiteral("    ")) +
               QStringLiteral("  }\n");
    }
    return out + QStringLiteral("}\n");
}

} // namespace core::terraform
