// libFuzzer: the one-pass cluster page scan (core/clusterpagescan.h) on any
// bytes, against the full reader it stands in for (QJsonDocument, the
// duplicate-key scan, the type check, clustersFromResponse). The scan may
// decline a page the full reader reads; it must never read a page the full
// reader refuses, nor read one differently: either aborts.
#include "core/clusterpagescan.h"
#include "core/dojson.h"
#include "core/dojsoncheck.h"
#include "core/jsonduplicates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const core::SummaryDetail detail :
         {core::SummaryDetail::Counts, core::SummaryDetail::Pools}) {
        const auto scanned = core::dojson::scanClusterPage(bytes, detail);
        if (!scanned)
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        const QJsonObject body = document.object();
        if (document.isNull() || !core::json::firstDuplicateKey(bytes).isEmpty() ||
            !core::dojson::responseTypeProblem(body).isEmpty() ||
            !body.contains(u"kubernetes_clusters"))
            std::abort(); // read what the full reader refuses
        QList<core::ClusterSummary> full;
        for (const core::Cluster& cluster :
             core::dojson::clustersFromResponse({{QStringLiteral("kubernetes_clusters"),
                                                  body.value(u"kubernetes_clusters").toArray()}}))
            full.append(core::summarize(cluster, detail));
        if (full != scanned->clusters ||
            scanned->nextLink != body[u"links"][u"pages"][u"next"].toString())
            std::abort(); // read differently
    }
    return 0;
}
