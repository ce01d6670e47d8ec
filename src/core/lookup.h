#pragma once

#include "cluster.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Clusters, pools and nodes are named by id or by name, on the command line
// and in manifests (`cluster.value`). These find the one meant, or say why
// not: unknown, or a name that two of them share.
namespace core {

// LookupText::tr(), not a local tr(): lupdate then files messages under the same context
struct LookupText
{
    Q_DECLARE_TR_FUNCTIONS(lookup)
};

// The one item whose id is `key`, or else whose name is; ids win, since a
// name could look like another item's id. `what` names the kind of item in
// the error ("cluster", "node pool in cluster prod:").
template <typename T, typename IdOf, typename NameOf>
std::optional<T> findByIdOrName(const QList<T>& items, const QString& key, IdOf idOf, NameOf nameOf,
                                const QString& what, QString* error)
{
    for (const T& item : items)
        if (idOf(item) == key)
            return item;
    QList<T> named;
    for (const T& item : items)
        if (nameOf(item) == key)
            named.append(item);
    if (named.size() == 1)
        return named.first();
    if (named.isEmpty()) {
        QStringList known;
        for (const T& item : items)
            known << nameOf(item);
        *error =
            LookupText::tr("no %1 \"%2\"; known: %3")
                .arg(what, key,
                     known.isEmpty() ? LookupText::tr("none") : known.join(QStringLiteral(", ")));
    } else {
        QStringList ids;
        for (const T& item : named)
            ids << idOf(item);
        *error = LookupText::tr("%1 name \"%2\" is used %3 times; name it by id: %4")
                     .arg(what, key)
                     .arg(named.size())
                     .arg(ids.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

inline std::optional<Cluster> findCluster(const QList<Cluster>& clusters, const QString& idOrName,
                                          QString* error)
{
    return findByIdOrName(
        clusters, idOrName, [](const Cluster& c) { return c.id; },
        [](const Cluster& c) { return c.name; }, QCoreApplication::translate("lookup", "cluster"),
        error);
}

} // namespace core
