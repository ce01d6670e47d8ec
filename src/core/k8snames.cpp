#include "k8snames.h"

#include <QRegularExpression>
#include <QStringList>

namespace core::k8snames {

namespace {

const QRegularExpression& dns1123Label()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return re;
}

const QRegularExpression& qualifiedNamePart()
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"));
    return re;
}

bool endsWithDomain(const QString& prefix, const QString& domain)
{
    return prefix == domain || prefix.endsWith(u'.' + domain);
}

} // namespace

QString checkDns1123Label(const QString& text)
{
    if (text.isEmpty())
        return QStringLiteral("must not be empty");
    if (text.size() > 63)
        return QStringLiteral("must be at most 63 characters (has %1)").arg(text.size());
    if (!dns1123Label().match(text).hasMatch())
        return QStringLiteral(
            "must consist of lower-case letters, digits and '-', and start and end "
            "with a letter or digit");
    return {};
}

QString checkDns1123Subdomain(const QString& text)
{
    if (text.isEmpty())
        return QStringLiteral("must not be empty");
    if (text.size() > 253)
        return QStringLiteral("must be at most 253 characters (has %1)").arg(text.size());
    for (const QString& part : text.split(u'.')) {
        if (part.isEmpty() || !dns1123Label().match(part).hasMatch())
            return QStringLiteral(
                "must be a DNS subdomain: lower-case letters, digits, '-' and '.', "
                "each part starting and ending with a letter or digit");
    }
    return {};
}

QString prefixOf(const QString& key)
{
    const qsizetype slash = key.indexOf(u'/');
    return slash < 0 ? QString() : key.left(slash);
}

QString checkQualifiedName(const QString& text)
{
    if (text.isEmpty())
        return QStringLiteral("must not be empty");
    const QStringList parts = text.split(u'/');
    if (parts.size() > 2)
        return QStringLiteral("may contain at most one '/' (prefix/name)");
    QString name = parts.last();
    if (parts.size() == 2) {
        if (parts.first().isEmpty())
            return QStringLiteral("has an empty prefix before '/'");
        const QString prefixError = checkDns1123Subdomain(parts.first());
        if (!prefixError.isEmpty())
            return QStringLiteral("prefix ") + prefixError;
    }
    if (name.isEmpty())
        return QStringLiteral("has an empty name after '/'");
    if (name.size() > 63)
        return QStringLiteral("name part must be at most 63 characters (has %1)").arg(name.size());
    if (!qualifiedNamePart().match(name).hasMatch())
        return QStringLiteral(
            "name part must consist of letters, digits, '-', '_' and '.', and start "
            "and end with a letter or digit");
    return {};
}

QString checkLabelValue(const QString& text)
{
    if (text.isEmpty())
        return {};
    if (text.size() > 63)
        return QStringLiteral("must be at most 63 characters (has %1)").arg(text.size());
    if (!qualifiedNamePart().match(text).hasMatch())
        return QStringLiteral(
            "must consist of letters, digits, '-', '_' and '.', and start and end "
            "with a letter or digit");
    return {};
}

bool isReservedLabelPrefix(const QString& prefix)
{
    const QString p = prefix.toLower();
    return endsWithDomain(p, QStringLiteral("kubernetes.io")) ||
           endsWithDomain(p, QStringLiteral("k8s.io")) ||
           endsWithDomain(p, QStringLiteral("doks.digitalocean.com"));
}

} // namespace core::k8snames
