#include "refreshdigest.h"

#include <QHash>
#include <type_traits>

namespace app {

namespace {

void shareChildren(const core::NodePool& before, core::NodePool& next);
void shareChildren(const core::Cluster& before, core::Cluster& next);

// Replaces every element of `next` equal to the element of `before` with the
// same id by that element, so both lists share it; returns `before` itself
// when the two are equal throughout. Elements are matched by position first
// (a refresh rarely reorders), then by id.
template <typename T> QList<T> shareEqual(const QList<T>& before, QList<T> next)
{
    if (before.isEmpty())
        return next;
    QHash<QString, qsizetype> byId; // built only when the order differs
    bool allShared = before.size() == next.size();
    for (qsizetype i = 0; i < next.size(); ++i) {
        const T& fresh = std::as_const(next).at(i);
        qsizetype at = i < before.size() && before.at(i).id == fresh.id ? i : -1;
        if (at < 0) {
            if (byId.isEmpty())
                for (qsizetype k = 0; k < before.size(); ++k)
                    byId.insert(before.at(k).id, k);
            at = byId.value(fresh.id, -1);
        }
        if (at < 0) {
            allShared = false;
            continue;
        }
        if constexpr (std::is_same_v<T, core::Node>) {
            if (fresh == before.at(at))
                next[i] = before.at(at);
            else
                allShared = false;
        } else {
            // A changed pool or cluster still shares what did not change in it.
            if (fresh == before.at(at)) {
                next[i] = before.at(at);
            } else {
                allShared = false;
                shareChildren(before.at(at), next[i]);
            }
        }
        allShared = allShared && at == i;
    }
    return allShared ? before : next;
}

void shareChildren(const core::NodePool& before, core::NodePool& next)
{
    next.nodes = shareEqual(before.nodes, std::move(next.nodes));
}

void shareChildren(const core::Cluster& before, core::Cluster& next)
{
    next.pools = shareEqual(before.pools, std::move(next.pools));
}

} // namespace

int nodeCount(const QList<core::Cluster>& clusters)
{
    int nodes = 0;
    for (const core::Cluster& cluster : clusters)
        for (const core::NodePool& pool : cluster.pools)
            nodes += int(pool.nodes.size());
    return nodes;
}

RefreshDigest digestRefresh(const QList<core::Cluster>& previous, QList<core::Cluster> incoming,
                            const QList<core::Size>& sizes,
                            const QList<core::CostLine>& previousLines,
                            const QList<core::Size>& previousSizes)
{
    RefreshDigest digest;
    // What `incoming` held and no longer needs is freed here, on this thread.
    digest.clusters = shareEqual(previous, std::move(incoming));
    digest.clustersChanged = !(digest.clusters.constData() == previous.constData() &&
                               digest.clusters.size() == previous.size());
    if (!sizes.isEmpty()) {
        digest.costSizes = sizes;
        const bool sameSizes = sizes == previousSizes;
        if (!digest.clustersChanged && sameSizes && !previousLines.isEmpty()) {
            digest.costLines = previousLines;
        } else {
            digest.costLines = core::costLines(digest.clusters, sizes);
            if (sameSizes && digest.costLines == previousLines)
                digest.costLines = previousLines;
        }
        digest.costLinesChanged =
            !(sameSizes && digest.costLines.constData() == previousLines.constData() &&
              digest.costLines.size() == previousLines.size());
    }
    return digest;
}

} // namespace app
