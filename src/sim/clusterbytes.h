#pragma once

#include "sim/jsonwriter.h"

#include <QByteArray>

// The clusters list written straight to bytes: the same bytes as
// QJsonDocument(json::pagedEnvelope(..., json::cluster(c) ...)).toJson(Compact),
// without building a QJsonObject tree for 20,000 nodes first (that tree and
// its serialisation were almost all of a 4 MB page's answer time, issue 16).
// Keys are written in the order QJsonObject keeps them (sorted); any string
// that is not plain ASCII, and any unusual timestamp, goes through Qt's own
// writer so escaping stays exactly Qt's. tst_simclusterbytes compares the two.
namespace sim::json {

void appendNode(QByteArray& out, const NodeRow& node);
void appendPool(QByteArray& out, const PoolRow& pool, const QString& clusterId);
void appendCluster(QByteArray& out, const ClusterRow& cluster);

// {"<key>":[clusters of this page],"links":{...},"meta":{"total":N}}; `key`
// must sort before "links" (it is "kubernetes_clusters"), as QJsonObject would.
QByteArray pagedClustersBytes(const QString& key, const QList<ClusterRow>& all, const Page& page,
                              const QUrl& requestUrl);

} // namespace sim::json
