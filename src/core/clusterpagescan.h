#pragma once

#include "clustersummary.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

// One page of GET /v2/kubernetes/clusters read for a listing in one pass over
// its bytes, without a QJsonDocument and without building a single node: the
// clusters as summaries (clustersummary.h) and the paging fields.
//
// It answers only for a page that the full reader would accept and read the
// same way: JSON with each key once per object (jsonduplicates.h), every field
// that responseTypeProblem() checks of its type (dojsoncheck.h), read as
// clustersFromResponse() reads it (dojson.h). On anything else, and on what
// it does not take on itself (escapes in keys, numbers that are not plain
// whole numbers where a count is read, very deep nesting, other envelopes
// beside `kubernetes_clusters`), it gives nothing and the caller reads the
// page the full way, so every error reads as it always did (with the HTTP
// status and request id).
namespace core {
class ByteFeed;
}

namespace core::dojson {

struct ClusterPage
{
    QList<ClusterSummary> clusters;
    QString nextLink;         // links.pages.next when it is a string, else empty
    std::optional<int> total; // meta.total when it is a number
};

std::optional<ClusterPage> scanClusterPage(QByteArrayView json, SummaryDetail detail);
// The same, of a page while it arrives: returns once the page is read, or
// once it proves unreadable, which may be before all of it came.
std::optional<ClusterPage> scanClusterPage(ByteFeed& feed, SummaryDetail detail);

// The same page read into whole clusters, pools and nodes, exactly as
// clustersFromResponse() reads them (for the window, which shows them all),
// with the same checks; nothing when the full reader should decide.
struct WholeClusterPage
{
    QList<Cluster> clusters;
    QString nextLink;
    std::optional<int> total;
};
std::optional<WholeClusterPage> scanWholeClusterPage(QByteArrayView json);
std::optional<WholeClusterPage> scanWholeClusterPage(ByteFeed& feed);

} // namespace core::dojson
