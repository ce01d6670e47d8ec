// libFuzzer: the one-pass cluster page scan (core/clusterpagescan.h) on any
// bytes, against the full reader it stands in for (QJsonDocument, the
// duplicate-key scan, the type check, clustersFromResponse). The scan may
// decline a page the full reader reads; it must never read a page the full
// reader refuses, nor read one differently: either aborts. The same bytes
// arriving in pieces from another thread (core/bytefeed.h) must read exactly
// as when given whole. The whole clusters (scanWholeClusterPage, what the
// window reads) must equal clustersFromResponse() to the last node.
#include "core/bytefeed.h"
#include "core/clusterpagescan.h"
#include "core/dojson.h"
#include "core/dojsoncheck.h"
#include "core/jsonduplicates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace {

bool sameReading(const std::optional<core::dojson::ClusterPage>& a,
                 const std::optional<core::dojson::ClusterPage>& b)
{
    return a.has_value() == b.has_value() &&
           (!a ||
            (a->clusters == b->clusters && a->nextLink == b->nextLink && a->total == b->total));
}

// The scan of `bytes` handed over in pieces of 1 to 64 bytes (the size from
// the first byte, so that each input is read the same way every time).
std::optional<core::dojson::ClusterPage> scanArriving(const QByteArray& bytes,
                                                      core::SummaryDetail detail)
{
    const qsizetype piece = bytes.isEmpty() ? 1 : 1 + (static_cast<unsigned char>(bytes[0]) % 64);
    core::ByteFeed feed(bytes.size() + 1);
    std::thread writer([&] {
        for (qsizetype at = 0; at < bytes.size(); at += piece) {
            const qsizetype count = std::min(piece, bytes.size() - at);
            std::memcpy(feed.space(), bytes.constData() + at, size_t(count));
            feed.commit(count);
        }
        feed.finish();
    });
    auto page = core::dojson::scanClusterPage(feed, detail);
    writer.join();
    return page;
}

// What the full reader makes of the page, or nothing where it refuses it.
struct FullRead
{
    QList<core::Cluster> clusters;
    QString nextLink;
};

std::optional<FullRead> readFully(const QByteArray& bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonObject body = document.object();
    if (document.isNull() || !core::json::firstDuplicateKey(bytes).isEmpty() ||
        !core::dojson::responseTypeProblem(body).isEmpty() ||
        !body.contains(u"kubernetes_clusters"))
        return std::nullopt;
    return FullRead{
        core::dojson::clustersFromResponse({{QStringLiteral("kubernetes_clusters"),
                                             body.value(u"kubernetes_clusters").toArray()}}),
        body[u"links"][u"pages"][u"next"].toString()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    std::optional<std::optional<FullRead>> full; // read once, when a scan answers
    const auto fullRead = [&]() -> const std::optional<FullRead>& {
        if (!full)
            full = readFully(bytes);
        return *full;
    };
    if (const auto whole = core::dojson::scanWholeClusterPage(bytes)) {
        if (!fullRead())
            std::abort(); // read whole what the full reader refuses
        if (whole->clusters != fullRead()->clusters || whole->nextLink != fullRead()->nextLink)
            std::abort(); // read whole differently
    }
    for (const core::SummaryDetail detail :
         {core::SummaryDetail::Counts, core::SummaryDetail::Pools}) {
        const auto scanned = core::dojson::scanClusterPage(bytes, detail);
        if (!sameReading(scanned, scanArriving(bytes, detail)))
            std::abort(); // read differently as it arrived
        if (!scanned)
            continue;
        if (!fullRead())
            std::abort(); // read what the full reader refuses
        QList<core::ClusterSummary> summaries;
        for (const core::Cluster& cluster : fullRead()->clusters)
            summaries.append(core::summarize(cluster, detail));
        if (summaries != scanned->clusters || scanned->nextLink != fullRead()->nextLink)
            std::abort(); // read differently
    }
    return 0;
}
