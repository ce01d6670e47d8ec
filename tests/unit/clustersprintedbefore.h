#pragma once
// The reference for poolctl's cluster listing: a page read the full way (as
// api/replyreader.cpp and DoClient read it: QJsonDocument, the duplicate-key
// scan, the type check, clustersFromResponse) and printed as `poolctl
// clusters` printed it before the one-pass scan (85e0e0c). Shared by
// tst_clusterpagescan and tst_poolctl_listing.
#include "core/clustersummary.h"
#include "core/dojson.h"
#include "core/dojsoncheck.h"
#include "core/jsonduplicates.h"
#include "output.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>
#include <optional>

// The full reader, as api/replyreader.cpp and DoClient read a page.
struct FullRead
{
    QList<core::Cluster> clusters;
    QJsonObject body;
};

inline std::optional<FullRead> readFully(const QByteArray& bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isNull() || !core::json::firstDuplicateKey(bytes).isEmpty())
        return std::nullopt;
    const QJsonObject body = document.object();
    if (!core::dojson::responseTypeProblem(body).isEmpty() ||
        !body.contains(u"kubernetes_clusters"))
        return std::nullopt;
    return FullRead{
        core::dojson::clustersFromResponse({{QStringLiteral("kubernetes_clusters"),
                                             body.value(u"kubernetes_clusters").toArray()}}),
        body};
}

inline QList<core::ClusterSummary> summaries(const QList<core::Cluster>& clusters,
                                             core::SummaryDetail detail)
{
    QList<core::ClusterSummary> out;
    for (const core::Cluster& cluster : clusters)
        out.append(core::summarize(cluster, detail));
    return out;
}

// What `poolctl clusters` printed before the scan (85e0e0c), from clusters
// decoded with all their nodes.
inline QByteArray printedBefore(const QList<core::Cluster>& clusters, const QString& format)
{
    QJsonArray json;
    cli::TextTable table({QStringLiteral("NAME"), QStringLiteral("ID"), QStringLiteral("REGION"),
                          QStringLiteral("VERSION"), QStringLiteral("STATE"),
                          QStringLiteral("POOLS"), QStringLiteral("NODES")});
    for (const core::Cluster& cluster : clusters) {
        QJsonArray pools;
        int nodes = 0;
        for (const core::NodePool& pool : cluster.pools) {
            QJsonObject pooled = cli::poolToJson(pool);
            pooled.remove(QStringLiteral("nodes"));
            pooled.insert(QStringLiteral("nodes_running"), cli::runningOf(pool));
            pools.append(pooled);
            nodes += int(pool.nodes.size());
        }
        json.append(QJsonObject{{QStringLiteral("id"), cluster.id},
                                {QStringLiteral("name"), cluster.name},
                                {QStringLiteral("region"), cluster.region},
                                {QStringLiteral("version"), cluster.version},
                                {QStringLiteral("state"), cluster.state},
                                {QStringLiteral("node_pools"), pools}});
        table.addRow({cluster.name, cluster.id, cluster.region, cluster.version, cluster.state,
                      QString::number(cluster.pools.size()), QString::number(nodes)});
    }
    return cli::render(format, json, table.toString()).toUtf8();
}

// GET one page from the simulator, as curl would.
inline QByteArray fetchClusterPage(const QUrl& base, const QString& token, int page, int perPage)
{
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(QStringLiteral("/v2/kubernetes/clusters"));
    url.setQuery(QStringLiteral("page=%1&per_page=%2").arg(page).arg(perPage));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply* reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(30'000))
        return {};
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}
