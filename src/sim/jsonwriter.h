#pragma once

#include "sim/tables.h"

#include <QJsonObject>
#include <QUrl>

// Tables → JSON in exactly the shapes of DigitalOcean's contract. Written by
// hand, field by field, so that what the client reads is what DO would send.
namespace sim::json {

QString timestamp(const QDateTime& t); // RFC 3339, UTC, no fractions
QStringList automaticTags(const QString& clusterId);

QJsonObject node(const NodeRow& node);
QJsonObject pool(const PoolRow& pool, const QString& clusterId);
QJsonObject cluster(const ClusterRow& cluster);
QJsonObject autoscalerConfiguration(const ClusterRow& cluster);
QJsonObject account(const AccountRow& account);
QJsonObject error(const QString& id, const QString& message, const QString& requestId);

// One page of a collection: `links.pages` (URLs made from `requestUrl`, so
// absolute or relative as it is; only when there is more than one page, only
// the ones that make sense) and `meta.total`.
struct Page
{
    int page = 1;
    int perPage = 20;
    int loopTo = -1; // >= 0: a `next` that leads back here (0 = this page), always
};
QJsonObject pagedEnvelope(const QString& key, const QJsonArray& all, const Page& page,
                          const QUrl& requestUrl);
// Its `links` alone (empty with one page and no loop); clusterbytes.h shares it.
QJsonObject pageLinks(int total, const Page& page, const QUrl& requestUrl);

} // namespace sim::json
