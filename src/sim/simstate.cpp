#include "sim/simstate.h"

#include "sim/jsonwriter.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace sim {
namespace {

bool isActive(const NodeRow& n)
{
    return n.state == NodeState::Provisioning || n.state == NodeState::Running;
}

int activeNodes(const PoolRow& p)
{
    return int(std::count_if(p.nodes.cbegin(), p.nodes.cend(), isActive));
}

Failure invalid(const QString& message)
{
    return Failure{422, QStringLiteral("unprocessable_entity"),
                   QStringLiteral("validation error: ") + message};
}

// The tags DOKS adds itself. Sending them back is accepted and they are not
// stored as user tags (the spec spells one `k8s-worker`; accept both).
bool isAutomaticTag(const QString& tag, const QString& clusterId)
{
    return tag == u"k8s" || tag == u"k8s:worker" || tag == u"k8s-worker" ||
           tag == QStringLiteral("k8s:") + clusterId;
}

QStringList userTags(const QStringList& tags, const QString& clusterId)
{
    QStringList kept;
    for (const QString& tag : tags)
        if (!isAutomaticTag(tag, clusterId) && !kept.contains(tag))
            kept.append(tag);
    return kept;
}

const QRegularExpression& dnsLabel()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    return re;
}

const QRegularExpression& tagName()
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9_:\\-]{1,255}$"));
    return re;
}

// Kubernetes label syntax: optional DNS prefix and "/", then a name of at most
// 63 characters; values are empty or follow the name rule.
bool validLabelKey(const QString& key)
{
    static const QRegularExpression name(
        QStringLiteral("^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"));
    static const QRegularExpression prefix(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    const qsizetype slash = key.indexOf(u'/');
    if (slash < 0)
        return name.match(key).hasMatch();
    const QString p = key.left(slash);
    return p.size() <= 253 && prefix.match(p).hasMatch() &&
           name.match(key.mid(slash + 1)).hasMatch();
}

bool validLabelValue(const QString& value)
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$"));
    return re.match(value).hasMatch();
}

} // namespace

Failure notFound()
{
    return Failure{404, QStringLiteral("not_found"),
                   QStringLiteral("The resource you were accessing could not be found.")};
}

ClusterRow* SimState::cluster(const QString& id)
{
    for (ClusterRow& c : m_tables.clusters)
        if (c.id == id)
            return &c;
    return nullptr;
}

PoolRow* SimState::pool(ClusterRow& cluster, const QString& id)
{
    for (PoolRow& p : cluster.pools)
        if (p.id == id)
            return &p;
    return nullptr;
}

int SimState::dropletsInUse() const
{
    int total = 0;
    for (const ClusterRow& c : m_tables.clusters)
        for (const PoolRow& p : c.pools)
            total += int(p.nodes.size()); // draining droplets still exist
    return total;
}

bool SimState::sizeExists(const QString& slug) const
{
    for (const QJsonValue& s : m_tables.sizes)
        if (s.toObject().value(u"slug").toString() == slug)
            return true;
    return false;
}

NodeRow SimState::newNode(const QDateTime& now)
{
    NodeRow n;
    n.id = m_ids.uuid();
    n.state = NodeState::Provisioning;
    n.createdAt = n.updatedAt = n.stateSince = now;
    return n;
}

void SimState::retire(NodeRow& node, bool skipDrain, const QDateTime& now)
{
    if (!isActive(node))
        return;
    // A node without a droplet has nothing to drain.
    const bool drain = !skipDrain && !node.dropletId.isEmpty();
    node.state = drain ? NodeState::Draining : NodeState::Deleting;
    node.stateSince = node.updatedAt = now;
}

void SimState::resize(PoolRow& pool, const QDateTime& now)
{
    int active = activeNodes(pool);
    while (active < pool.count) {
        pool.nodes.append(newNode(now));
        ++active;
    }
    // Scale down from the newest node, as DOKS does.
    for (qsizetype i = pool.nodes.size() - 1; i >= 0 && active > pool.count; --i) {
        if (isActive(pool.nodes[i])) {
            retire(pool.nodes[i], false, now);
            --active;
        }
    }
}

void SimState::settle(const QDateTime& now)
{
    const Timing& t = m_settings.timing;
    for (ClusterRow& c : m_tables.clusters) {
        for (PoolRow& p : c.pools) {
            for (qsizetype i = 0; i < p.nodes.size();) {
                NodeRow& n = p.nodes[i];
                if (n.state == NodeState::Provisioning) {
                    const QDateTime named = n.createdAt.addSecs(t.nameAfter);
                    if (n.dropletId.isEmpty() && now >= named) {
                        n.name = p.name + u'-' + m_ids.nodeSuffix();
                        n.dropletId = m_ids.dropletId();
                        n.updatedAt = named;
                    }
                    const QDateTime running = n.createdAt.addSecs(qMax(t.provision, t.nameAfter));
                    if (now >= running) {
                        n.state = NodeState::Running;
                        n.stateSince = n.updatedAt = running;
                    }
                }
                if (n.state == NodeState::Draining) {
                    const QDateTime done = n.stateSince.addSecs(t.drain);
                    if (now >= done) {
                        n.state = NodeState::Deleting;
                        n.stateSince = n.updatedAt = done;
                    }
                }
                if (n.state == NodeState::Deleting && now >= n.stateSince.addSecs(t.remove)) {
                    m_billing.nodeGone(c, p, n, n.stateSince.addSecs(t.remove));
                    p.nodes.removeAt(i);
                    continue;
                }
                ++i;
            }
        }
        c.pools.removeIf([](const PoolRow& p) { return p.deleted && p.nodes.isEmpty(); });
    }
}

std::optional<Failure> SimState::validate(const ClusterRow& cluster, const PoolRow& pool,
                                          const QString& excludePoolId, bool creating) const
{
    // DO names the field by its place in the request it builds internally.
    const QString at = creating ? QStringLiteral("worker_node_pool_specs[0].") : QString();

    if (pool.name.isEmpty())
        return invalid(at + QStringLiteral("name: node pool name is required"));
    if (!dnsLabel().match(pool.name).hasMatch())
        return invalid(at + QStringLiteral("name: node pool name must consist of lower case "
                                           "alphanumeric characters or '-', start and end with "
                                           "an alphanumeric character, and be at most 63 "
                                           "characters"));
    for (const PoolRow& other : cluster.pools)
        if (other.id != excludePoolId && other.name == pool.name)
            return invalid(at + QStringLiteral("name: a node pool named \"%1\" already exists "
                                               "in this cluster")
                                    .arg(pool.name));

    if (creating) {
        bool sized = false;
        for (const QJsonValue& s : m_tables.sizes) {
            const QJsonObject size = s.toObject();
            if (size.value(u"slug").toString() == pool.size &&
                size.value(u"available").toBool(true) &&
                size.value(u"regions").toArray().contains(QJsonValue(cluster.region)))
                sized = true;
        }
        if (!sized)
            return invalid(at + QStringLiteral("invalid droplet size"));
    }

    if (pool.autoScale) {
        const int lowest = m_settings.scaleToZero ? 0 : 1;
        if (pool.minNodes < lowest)
            return invalid(at + QStringLiteral("min_nodes must be at least %1").arg(lowest));
        if (pool.maxNodes < 1)
            return invalid(at + QStringLiteral("max_nodes must be at least 1"));
        if (pool.minNodes > pool.maxNodes)
            return invalid(at + QStringLiteral("min_nodes must be less than or equal to "
                                               "max_nodes"));
    } else if (pool.count < 1) {
        return invalid(at + QStringLiteral("count must be greater than 0"));
    }

    for (auto it = pool.labels.cbegin(); it != pool.labels.cend(); ++it) {
        if (it.key().startsWith(u"doks.digitalocean.com/"))
            return invalid(at + QStringLiteral("labels: label key \"%1\" uses the reserved "
                                               "prefix doks.digitalocean.com/")
                                    .arg(it.key()));
        if (!validLabelKey(it.key()))
            return invalid(at + QStringLiteral("labels: invalid label key \"%1\"").arg(it.key()));
        if (!validLabelValue(it.value()))
            return invalid(at + QStringLiteral("labels: invalid value \"%1\" for label \"%2\"")
                                    .arg(it.value(), it.key()));
    }

    static const QStringList effects{QStringLiteral("NoSchedule"),
                                     QStringLiteral("PreferNoSchedule"),
                                     QStringLiteral("NoExecute")};
    for (qsizetype i = 0; i < pool.taints.size(); ++i) {
        const TaintRow& taint = pool.taints[i];
        const QString where = at + QStringLiteral("taints[%1].").arg(i);
        if (taint.key.isEmpty() || !validLabelKey(taint.key))
            return invalid(where + QStringLiteral("key: invalid taint key \"%1\"").arg(taint.key));
        if (!validLabelValue(taint.value))
            return invalid(where +
                           QStringLiteral("value: invalid taint value \"%1\"").arg(taint.value));
        if (!effects.contains(taint.effect))
            return invalid(where + QStringLiteral("effect: unsupported taint effect \"%1\", must "
                                                  "be one of NoSchedule, PreferNoSchedule, "
                                                  "NoExecute")
                                       .arg(taint.effect));
        for (qsizetype j = 0; j < i; ++j)
            if (pool.taints[j].key == taint.key && pool.taints[j].effect == taint.effect)
                return invalid(
                    where + QStringLiteral("duplicate taint %1:%2").arg(taint.key, taint.effect));
    }

    for (const QString& tag : pool.tags)
        if (!tagName().match(tag).hasMatch())
            return invalid(at + QStringLiteral("tags: invalid tag name \"%1\": tag names may "
                                               "contain letters, numbers, colons, dashes and "
                                               "underscores, at most 255 characters")
                                    .arg(tag));
    return std::nullopt;
}

std::optional<Failure> SimState::createPool(const QString& clusterId, const PoolPatch& patch,
                                            const QDateTime& now, QString* newPoolId)
{
    ClusterRow* c = cluster(clusterId);
    if (!c)
        return notFound();

    PoolRow p;
    p.id = m_ids.uuid();
    p.name = patch.name.value_or(QString());
    p.size = patch.size.value_or(QString());
    p.tags = userTags(patch.tags.value_or(QStringList()), c->id);
    p.labelsNull = !patch.labels.has_value();
    p.labels = patch.labels.value_or(QMap<QString, QString>());
    p.taints = patch.taints.value_or(QList<TaintRow>());
    p.autoScale = patch.autoScale.value_or(false);
    if (p.autoScale) {
        p.minNodes = patch.minNodes.value_or(0);
        p.maxNodes = patch.maxNodes.value_or(0);
        // An autoscaled pool may be created without a count; a count outside
        // the band is replaced by the minimum.
        p.count = patch.count.value_or(p.minNodes);
        if (p.count < p.minNodes || p.count > p.maxNodes)
            p.count = p.minNodes;
    } else {
        p.count = patch.count.value_or(0);
    }

    if (auto f = validate(*c, p, QString(), true))
        return f;
    const int limit = m_tables.account.dropletLimit;
    if (dropletsInUse() + p.count > limit)
        return invalid(QStringLiteral("worker_node_pool_specs[0].count: creating %1 nodes would "
                                      "exceed your droplet limit of %2")
                           .arg(p.count)
                           .arg(limit));

    p.createdAt = now;
    resize(p, now);
    c->pools.append(p);
    c->updatedAt = now;
    if (newPoolId)
        *newPoolId = p.id;
    return std::nullopt;
}

std::optional<Failure> SimState::updatePool(const QString& clusterId, const QString& poolId,
                                            const PoolPatch& patch, const QDateTime& now)
{
    ClusterRow* c = cluster(clusterId);
    PoolRow* existing = c ? pool(*c, poolId) : nullptr;
    if (!existing)
        return notFound();
    if (existing->deleted)
        return invalid(QStringLiteral("node pool is being deleted"));
    if (patch.size && *patch.size != existing->size)
        return invalid(QStringLiteral("size: the size of a node pool cannot be changed; create "
                                      "a new node pool instead"));

    // Partial update: what is absent stays as it was.
    PoolRow p = *existing;
    if (patch.name)
        p.name = *patch.name;
    if (patch.tags)
        p.tags = userTags(*patch.tags, c->id);
    if (patch.labels) {
        p.labelsNull = false;
        p.labels = *patch.labels;
    }
    if (patch.taints)
        p.taints = *patch.taints;
    if (patch.autoScale)
        p.autoScale = *patch.autoScale;
    if (p.autoScale) {
        if (patch.minNodes)
            p.minNodes = *patch.minNodes;
        if (patch.maxNodes)
            p.maxNodes = *patch.maxNodes;
    } else {
        p.minNodes = p.maxNodes = 0;
    }
    if (patch.count)
        p.count = *patch.count;
    if (p.autoScale && (p.count < p.minNodes || p.count > p.maxNodes))
        p.count = p.minNodes;

    if (auto f = validate(*c, p, p.id, false))
        return f;
    const int growth = p.count - activeNodes(*existing);
    const int limit = m_tables.account.dropletLimit;
    if (growth > 0 && dropletsInUse() + growth > limit)
        return invalid(QStringLiteral("count: scaling to %1 nodes would exceed your droplet "
                                      "limit of %2")
                           .arg(p.count)
                           .arg(limit));

    resize(p, now);
    *existing = p;
    c->updatedAt = now;
    return std::nullopt;
}

std::optional<Failure> SimState::deletePool(const QString& clusterId, const QString& poolId,
                                            const QDateTime& now)
{
    ClusterRow* c = cluster(clusterId);
    PoolRow* p = c ? pool(*c, poolId) : nullptr;
    if (!p || p->deleted)
        return notFound();
    const auto remaining = std::count_if(c->pools.cbegin(), c->pools.cend(),
                                         [](const PoolRow& other) { return !other.deleted; });
    if (remaining <= 1)
        return invalid(QStringLiteral("a cluster must have at least one node pool; the last "
                                      "node pool cannot be deleted"));
    p->deleted = true;
    p->count = 0;
    for (NodeRow& n : p->nodes)
        retire(n, false, now);
    c->updatedAt = now;
    return std::nullopt;
}

std::optional<Failure> SimState::deleteNode(const QString& clusterId, const QString& poolId,
                                            const QString& nodeId, bool skipDrain, bool replace,
                                            const QDateTime& now)
{
    ClusterRow* c = cluster(clusterId);
    PoolRow* p = c ? pool(*c, poolId) : nullptr;
    if (!p || p->deleted)
        return notFound();
    NodeRow* node = nullptr;
    for (NodeRow& n : p->nodes)
        if (n.id == nodeId)
            node = &n;
    if (!node)
        return notFound();
    if (!isActive(*node))
        return std::nullopt; // already on its way out: accepted again
    retire(*node, skipDrain, now);
    if (replace)
        p->nodes.append(newNode(now));
    else
        p->count = qMax(0, p->count - 1);
    return std::nullopt;
}

std::optional<Failure> SimState::recycleNodes(const QString& clusterId, const QString& poolId,
                                              const QStringList& nodeIds, const QDateTime& now)
{
    ClusterRow* c = cluster(clusterId);
    PoolRow* p = c ? pool(*c, poolId) : nullptr;
    if (!p || p->deleted)
        return notFound();
    for (const QString& id : nodeIds) {
        const bool known = std::any_of(p->nodes.cbegin(), p->nodes.cend(),
                                       [&](const NodeRow& n) { return n.id == id; });
        if (!known)
            return notFound();
    }
    for (const QString& id : nodeIds)
        if (auto f = deleteNode(clusterId, poolId, id, false, true, now))
            return f;
    return std::nullopt;
}

} // namespace sim
