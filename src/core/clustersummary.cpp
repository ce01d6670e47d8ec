#include "clustersummary.h"

namespace core {

ClusterSummary summarize(const Cluster& cluster, SummaryDetail detail)
{
    ClusterSummary summary{cluster.id,      cluster.name,  cluster.region,
                           cluster.version, cluster.state, {}};
    summary.pools.reserve(cluster.pools.size());
    for (const NodePool& pool : cluster.pools) {
        PoolSummary out;
        if (detail == SummaryDetail::Pools) {
            out.id = pool.id;
            out.spec = pool.spec;
            out.automaticTags = pool.automaticTags;
        }
        out.nodes = int(pool.nodes.size());
        out.running = int(std::count_if(pool.nodes.begin(), pool.nodes.end(),
                                        [](const Node& n) { return n.state == u"running"; }));
        summary.pools.append(std::move(out));
    }
    return summary;
}

} // namespace core
