#include "k8snames.h"

#include <QCoreApplication>
#include <QStringList>
#include <QStringView>
#include <algorithm>

namespace core::k8snames {

namespace {

// The rules were regular expressions; validation runs them for every pool of
// a file, and each match allocated. They are written out here, to the
// letter, including one quirk of the patterns' `$`: it also matched before a
// final newline, so that newline is not looked at.
QStringView beforeFinalNewline(QStringView text)
{
    return text.endsWith(u'\n') ? text.chopped(1) : text;
}

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

bool isAlnum(QChar c)
{
    return isLowerAlnum(c) || (c >= u'A' && c <= u'Z');
}

// ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$
bool isDns1123Label(QStringView text)
{
    const QStringView t = beforeFinalNewline(text);
    if (t.isEmpty() || !isLowerAlnum(t.front()) || !isLowerAlnum(t.back()))
        return false;
    return std::all_of(t.begin(), t.end(), [](QChar c) { return isLowerAlnum(c) || c == u'-'; });
}

// ^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$
bool isQualifiedNamePart(QStringView text)
{
    const QStringView t = beforeFinalNewline(text);
    if (t.isEmpty() || !isAlnum(t.front()) || !isAlnum(t.back()))
        return false;
    return std::all_of(t.begin(), t.end(),
                       [](QChar c) { return isAlnum(c) || c == u'-' || c == u'_' || c == u'.'; });
}

bool endsWithDomain(const QString& prefix, const QString& domain)
{
    return prefix == domain || prefix.endsWith(u'.' + domain);
}

} // namespace

QString checkDns1123Label(const QString& text)
{
    if (text.isEmpty())
        return QCoreApplication::translate("k8snames", "must not be empty");
    if (text.size() > 63)
        return QCoreApplication::translate("k8snames", "must be at most 63 characters (has %1)")
            .arg(text.size());
    if (!isDns1123Label(text))
        return QCoreApplication::translate(
            "k8snames", "must consist of lower-case letters, digits and '-', and start and end "
                        "with a letter or digit");
    return {};
}

QString checkDns1123Subdomain(const QString& text)
{
    if (text.isEmpty())
        return QCoreApplication::translate("k8snames", "must not be empty");
    if (text.size() > 253)
        return QCoreApplication::translate("k8snames", "must be at most 253 characters (has %1)")
            .arg(text.size());
    for (const QStringView part : QStringView(text).tokenize(u'.')) {
        if (part.isEmpty() || !isDns1123Label(part))
            return QCoreApplication::translate(
                "k8snames", "must be a DNS subdomain: lower-case letters, digits, '-' and '.', "
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
        return QCoreApplication::translate("k8snames", "must not be empty");
    const qsizetype slash = text.indexOf(u'/');
    if (slash >= 0 && text.indexOf(u'/', slash + 1) >= 0)
        return QCoreApplication::translate("k8snames", "may contain at most one '/' (prefix/name)");
    const QStringView name = slash < 0 ? QStringView(text) : QStringView(text).mid(slash + 1);
    if (slash >= 0) {
        if (slash == 0)
            return QCoreApplication::translate("k8snames", "has an empty prefix before '/'");
        const QString prefixError = checkDns1123Subdomain(text.left(slash));
        if (!prefixError.isEmpty())
            return QStringLiteral("prefix ") + prefixError;
    }
    if (name.isEmpty())
        return QCoreApplication::translate("k8snames", "has an empty name after '/'");
    if (name.size() > 63)
        return QCoreApplication::translate("k8snames",
                                           "name part must be at most 63 characters (has %1)")
            .arg(name.size());
    if (!isQualifiedNamePart(name))
        return QCoreApplication::translate(
            "k8snames", "name part must consist of letters, digits, '-', '_' and '.', and start "
                        "and end with a letter or digit");
    return {};
}

QString checkLabelValue(const QString& text)
{
    if (text.isEmpty())
        return {};
    if (text.size() > 63)
        return QCoreApplication::translate("k8snames", "must be at most 63 characters (has %1)")
            .arg(text.size());
    if (!isQualifiedNamePart(text))
        return QCoreApplication::translate(
            "k8snames", "must consist of letters, digits, '-', '_' and '.', and start and end "
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
