#include "sim/seedloader.h"

#include "sim/idsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sim {
namespace {

QDateTime readTime(const QJsonObject& o, const char* key, const QDateTime& fallback)
{
    const QDateTime t = QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : fallback;
}

QStringList readStrings(const QJsonValue& v)
{
    QStringList list;
    for (const QJsonValue& item : v.toArray())
        list.append(item.toString());
    return list;
}

bool readState(const QString& name, NodeState* state)
{
    static const QList<QPair<QString, NodeState>> states{
        {QStringLiteral("provisioning"), NodeState::Provisioning},
        {QStringLiteral("running"), NodeState::Running},
        {QStringLiteral("draining"), NodeState::Draining},
        {QStringLiteral("deleting"), NodeState::Deleting},
    };
    for (const auto& [n, s] : states)
        if (n == name) {
            *state = s;
            return true;
        }
    return false;
}

} // namespace

bool loadSizesCatalog(const QByteArray& json, Tables* tables, QString* error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonArray sizes = doc.object().value(u"sizes").toArray();
    if (sizes.isEmpty()) {
        if (error)
            *error = QStringLiteral("the sizes catalog has no sizes");
        return false;
    }
    tables->sizes = sizes;
    return true;
}

bool loadSeed(const QByteArray& json, const QDateTime& now, IdSource& ids, Tables* tables,
              Settings* settings, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("seed is not JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    const QJsonObject root = doc.object();

    const QJsonObject a = root.value(u"account").toObject();
    AccountRow account;
    account.email = a.value(u"email").toString();
    account.name = a.value(u"name").toString();
    account.uuid = a.value(u"uuid").toString();
    account.teamUuid = a.value(u"team_uuid").toString();
    account.teamName = a.value(u"team_name").toString();
    account.status = a.value(u"status").toString(QStringLiteral("active"));
    account.dropletLimit = a.value(u"droplet_limit").toInt(25);
    account.floatingIpLimit = a.value(u"floating_ip_limit").toInt(3);
    account.emailVerified = a.value(u"email_verified").toBool(true);
    if (account.email.isEmpty() || account.uuid.isEmpty())
        return fail(QStringLiteral("seed: account needs email and uuid"));

    const QJsonObject s = root.value(u"settings").toObject();
    if (settings && !s.isEmpty()) {
        settings->scaleToZero = s.value(u"scale_to_zero").toBool(settings->scaleToZero);
        settings->minuteLimit = s.value(u"rate_limit_minute").toInt(settings->minuteLimit);
        settings->hourLimit = s.value(u"rate_limit_hour").toInt(settings->hourLimit);
        const QJsonObject t = s.value(u"timing").toObject();
        settings->timing.nameAfter = t.value(u"name_after").toInt(settings->timing.nameAfter);
        settings->timing.provision = t.value(u"provision").toInt(settings->timing.provision);
        settings->timing.drain = t.value(u"drain").toInt(settings->timing.drain);
        settings->timing.remove = t.value(u"remove").toInt(settings->timing.remove);
        if (s.contains(u"link_style")) {
            const auto style = linkStyleFromName(s.value(u"link_style").toString());
            if (!style)
                return fail(QStringLiteral("seed: settings.link_style must be absolute, foreign "
                                           "or relative"));
            settings->linkStyle = *style;
        }
        settings->linkOrigin = s.value(u"link_origin").toString(settings->linkOrigin);
    }

    QList<ClusterRow> clusters;
    qint64 highestDroplet = 0;
    for (const QJsonValue& cv : root.value(u"clusters").toArray()) {
        const QJsonObject co = cv.toObject();
        ClusterRow c;
        c.id = co.value(u"id").toString();
        c.name = co.value(u"name").toString();
        c.region = co.value(u"region").toString();
        c.version = co.value(u"version").toString();
        c.vpcUuid = co.value(u"vpc_uuid").toString();
        c.ipv4 = co.value(u"ipv4").toString();
        c.tags = readStrings(co.value(u"tags"));
        c.ha = co.value(u"ha").toBool();
        c.autoUpgrade = co.value(u"auto_upgrade").toBool();
        c.surgeUpgrade = co.value(u"surge_upgrade").toBool(true);
        c.state = co.value(u"state").toString(QStringLiteral("running"));
        c.maintenanceDay = co.value(u"maintenance_day").toString(QStringLiteral("any"));
        c.maintenanceStart = co.value(u"maintenance_start").toString(QStringLiteral("00:00"));
        c.createdAt = readTime(co, "created_at", now);
        c.updatedAt = readTime(co, "updated_at", c.createdAt);
        if (c.id.isEmpty() || c.name.isEmpty() || c.region.isEmpty())
            return fail(QStringLiteral("seed: every cluster needs id, name and region"));

        for (const QJsonValue& pv : co.value(u"node_pools").toArray()) {
            const QJsonObject po = pv.toObject();
            PoolRow p;
            p.id = po.value(u"id").toString();
            p.name = po.value(u"name").toString();
            p.size = po.value(u"size").toString();
            p.tags = readStrings(po.value(u"tags"));
            p.labelsNull = !po.value(u"labels").isObject();
            const QJsonObject labels = po.value(u"labels").toObject();
            for (auto it = labels.begin(); it != labels.end(); ++it)
                p.labels.insert(it.key(), it.value().toString());
            for (const QJsonValue& tv : po.value(u"taints").toArray()) {
                const QJsonObject to = tv.toObject();
                p.taints.append({to.value(u"key").toString(), to.value(u"value").toString(),
                                 to.value(u"effect").toString()});
            }
            p.autoScale = po.value(u"auto_scale").toBool();
            p.minNodes = p.autoScale ? po.value(u"min_nodes").toInt() : 0;
            p.maxNodes = p.autoScale ? po.value(u"max_nodes").toInt() : 0;
            int active = 0;
            for (const QJsonValue& nv : po.value(u"nodes").toArray()) {
                const QJsonObject no = nv.toObject();
                NodeRow n;
                n.id = no.value(u"id").toString(ids.uuid());
                n.name = no.value(u"name").toString();
                n.dropletId = no.value(u"droplet_id").toString();
                if (!readState(no.value(u"state").toString(QStringLiteral("running")), &n.state))
                    return fail(QStringLiteral("seed: node %1 has an unknown state").arg(n.id));
                n.createdAt = readTime(no, "created_at", now);
                n.updatedAt = readTime(no, "updated_at", n.createdAt);
                // A transitional node starts its step now: the demo shows it move.
                n.stateSince = n.state == NodeState::Running ? n.updatedAt : now;
                if (n.state == NodeState::Provisioning)
                    n.createdAt = n.updatedAt = now;
                if (n.state == NodeState::Provisioning || n.state == NodeState::Running)
                    ++active;
                highestDroplet = qMax(highestDroplet, n.dropletId.toLongLong());
                p.nodes.append(n);
            }
            p.count = po.value(u"count").toInt(active);
            if (p.id.isEmpty() || p.name.isEmpty() || p.size.isEmpty())
                return fail(QStringLiteral("seed: pool in %1 needs id, name and size").arg(c.name));
            c.pools.append(p);
        }
        clusters.append(c);
    }
    tables->account = account;
    tables->clusters = clusters;
    if (highestDroplet > 0)
        ids.setNextDropletId(highestDroplet + 1);
    return true;
}

} // namespace sim
