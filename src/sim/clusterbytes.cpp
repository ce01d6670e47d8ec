#include "sim/clusterbytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <chrono>

namespace sim::json {
namespace {

// Qt's writer for anything this file does not write itself: a one-element
// array, brackets cut off.
void appendViaQt(QByteArray& out, const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out.append(array.constData() + 1, array.size() - 2);
}

// A JSON string as Qt writes it: ASCII escaped here the way qjsonwriter.cpp
// does (", \, \b \f \n \r \t, other controls as \u00xx); anything else is
// left to Qt. Written into the buffer in place, in one pass (the hot loop).
void appendString(QByteArray& out, const QString& s)
{
    static const char hex[] = "0123456789abcdef";
    const char16_t* begin = reinterpret_cast<const char16_t*>(s.constData());
    const char16_t* end = begin + s.size();
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * s.size()); // the longest escape is \u00xx
    char* p = out.data() + start;
    *p++ = '"';
    for (const char16_t* c = begin; c != end; ++c) {
        if (*c >= 0x80) { // one pass: give back what was written, let Qt do it
            out.resize(start);
            appendViaQt(out, s);
            return;
        }
        const char u = char(*c);
        if (uchar(u) >= 0x20 && u != '"' && u != '\\') {
            *p++ = u;
            continue;
        }
        *p++ = '\\';
        switch (u) {
        case '"':
            *p++ = '"';
            break;
        case '\\':
            *p++ = '\\';
            break;
        case '\b':
            *p++ = 'b';
            break;
        case '\f':
            *p++ = 'f';
            break;
        case '\n':
            *p++ = 'n';
            break;
        case '\r':
            *p++ = 'r';
            break;
        case '\t':
            *p++ = 't';
            break;
        default:
            *p++ = 'u';
            *p++ = '0';
            *p++ = '0';
            *p++ = hex[(u >> 4) & 0xf];
            *p++ = hex[u & 0xf];
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

void appendKey(QByteArray& out, const char* quotedKeyColon)
{
    out.append(quotedKeyColon);
}

void appendBool(QByteArray& out, bool b)
{
    out.append(b ? "true" : "false");
}

void appendInt(QByteArray& out, qint64 n)
{
    out.append(QByteArray::number(n));
}

// timestamp() without QDateTime::toString's format parser or its calendar:
// "yyyy-MM-ddTHH:mm:ssZ" from the time since the epoch.
void appendTimestamp(QByteArray& out, const QDateTime& t)
{
    using namespace std::chrono;
    if (!t.isValid()) {
        appendString(out, timestamp(t));
        return;
    }
    // floor, not truncation: a fraction before 1970 still belongs to its second
    const sys_seconds instant =
        floor<seconds>(sys_time<milliseconds>{milliseconds{t.toMSecsSinceEpoch()}});
    const sys_days day = floor<days>(instant);
    const year_month_day date{day};
    const hh_mm_ss<seconds> time{instant - day};
    const int y = int(date.year());
    if (y < 1000 || y > 9999) {
        appendString(out, timestamp(t));
        return;
    }
    char text[22] = {'"'};
    char* p = text + 1;
    for (int divisor : {1000, 100, 10, 1})
        *p++ = char('0' + y / divisor % 10);
    const auto two = [&](char separator, int n) {
        *p++ = separator;
        *p++ = char('0' + n / 10);
        *p++ = char('0' + n % 10);
    };
    two('-', int(unsigned(date.month())));
    two('-', int(unsigned(date.day())));
    two('T', int(time.hours().count()));
    two(':', int(time.minutes().count()));
    two(':', int(time.seconds().count()));
    *p++ = 'Z';
    *p++ = '"';
    out.append(text, p - text);
}

void appendStringArray(QByteArray& out, const QStringList& list, const QStringList& more)
{
    out.append('[');
    bool first = true;
    for (const QStringList* part : {&list, &more})
        for (const QString& s : *part) {
            if (!first)
                out.append(',');
            first = false;
            appendString(out, s);
        }
    out.append(']');
}

} // namespace

// Keys in QJsonObject's (sorted) order; json::node() is the reference.
void appendNode(QByteArray& out, const NodeRow& n)
{
    appendKey(out, "{\"created_at\":");
    appendTimestamp(out, n.createdAt);
    appendKey(out, ",\"droplet_id\":");
    appendString(out, n.dropletId);
    appendKey(out, ",\"id\":");
    appendString(out, n.id);
    appendKey(out, ",\"name\":");
    appendString(out, n.name);
    appendKey(out, ",\"status\":{\"state\":");
    appendString(out, nodeStateName(n.state));
    appendKey(out, "},\"updated_at\":");
    appendTimestamp(out, n.updatedAt);
    out.append('}');
}

void appendPool(QByteArray& out, const PoolRow& p, const QString& clusterId)
{
    appendKey(out, "{\"auto_scale\":");
    appendBool(out, p.autoScale);
    appendKey(out, ",\"count\":");
    appendInt(out, p.count);
    appendKey(out, ",\"id\":");
    appendString(out, p.id);
    appendKey(out, ",\"labels\":");
    if (p.labelsNull) {
        out.append("null");
    } else {
        // Label keys are the user's: QJsonObject decides their order.
        QJsonObject labels;
        for (auto it = p.labels.cbegin(); it != p.labels.cend(); ++it)
            labels.insert(it.key(), it.value());
        out.append('{');
        bool first = true;
        for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
            if (!first)
                out.append(',');
            first = false;
            appendString(out, it.key());
            out.append(':');
            appendString(out, it.value().toString());
        }
        out.append('}');
    }
    appendKey(out, ",\"max_nodes\":");
    appendInt(out, p.maxNodes);
    appendKey(out, ",\"min_nodes\":");
    appendInt(out, p.minNodes);
    appendKey(out, ",\"name\":");
    appendString(out, p.name);
    appendKey(out, ",\"nodes\":[");
    for (qsizetype i = 0; i < p.nodes.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendNode(out, p.nodes.at(i));
    }
    appendKey(out, "],\"size\":");
    appendString(out, p.size);
    appendKey(out, ",\"tags\":");
    appendStringArray(out, p.tags, automaticTags(clusterId));
    appendKey(out, ",\"taints\":[");
    for (qsizetype i = 0; i < p.taints.size(); ++i) {
        const TaintRow& t = p.taints.at(i);
        if (i > 0)
            out.append(',');
        appendKey(out, "{\"effect\":");
        appendString(out, t.effect);
        appendKey(out, ",\"key\":");
        appendString(out, t.key);
        appendKey(out, ",\"value\":");
        appendString(out, t.value);
        out.append('}');
    }
    out.append("]}");
}

void appendCluster(QByteArray& out, const ClusterRow& c)
{
    appendKey(out, "{\"amd_gpu_device_plugin\":{\"enabled\":false},\"auto_upgrade\":");
    appendBool(out, c.autoUpgrade);
    appendKey(out, ",\"cluster_autoscaler_configuration\":");
    appendViaQt(out, autoscalerConfiguration(c)); // a double: Qt formats it
    appendKey(out, ",\"cluster_subnet\":");
    appendString(out, c.clusterSubnet);
    appendKey(out, ",\"control_plane_firewall\":null,\"created_at\":");
    appendTimestamp(out, c.createdAt);
    appendKey(out, ",\"endpoint\":");
    appendString(out, QStringLiteral("https://%1.k8s.ondigitalocean.com").arg(c.id));
    appendKey(out, ",\"ha\":");
    appendBool(out, c.ha);
    appendKey(out, ",\"id\":");
    appendString(out, c.id);
    appendKey(out, ",\"ipv4\":");
    appendString(out, c.ipv4);
    appendKey(out, ",\"maintenance_policy\":{\"day\":");
    appendString(out, c.maintenanceDay);
    appendKey(out, ",\"duration\":\"4h0m0s\",\"start_time\":");
    appendString(out, c.maintenanceStart);
    appendKey(out, "},\"name\":");
    appendString(out, c.name);
    appendKey(out, ",\"node_pools\":[");
    for (qsizetype i = 0; i < c.pools.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendPool(out, c.pools.at(i), c.id);
    }
    appendKey(out, "],\"nvidia_gpu_device_plugin\":{\"enabled\":false},\"region\":");
    appendString(out, c.region);
    appendKey(out, ",\"registry_enabled\":false,\"routing_agent\":{\"enabled\":false},"
                   "\"service_subnet\":");
    appendString(out, c.serviceSubnet);
    appendKey(out, ",\"status\":{\"state\":");
    appendString(out, c.state);
    appendKey(out, "},\"surge_upgrade\":");
    appendBool(out, c.surgeUpgrade);
    appendKey(out, ",\"tags\":");
    appendStringArray(out, c.tags, {QStringLiteral("k8s"), QStringLiteral("k8s:") + c.id});
    appendKey(out, ",\"updated_at\":");
    appendTimestamp(out, c.updatedAt);
    appendKey(out, ",\"version\":");
    appendString(out, c.version);
    appendKey(out, ",\"vpc_uuid\":");
    appendString(out, c.vpcUuid);
    out.append('}');
}

QByteArray pagedClustersBytes(const QString& key, const QList<ClusterRow>& all, const Page& page,
                              const QUrl& requestUrl)
{
    const int total = int(all.size());
    const qsizetype first = qsizetype(page.page - 1) * page.perPage;
    QByteArray out;
    // Roughly 200 bytes a node: one allocation instead of a dozen regrowths.
    qsizetype nodes = 0;
    for (qsizetype i = first; i < first + page.perPage && i < total; ++i)
        for (const PoolRow& p : all.at(i).pools)
            nodes += p.nodes.size() + 4;
    out.reserve(1024 + 200 * nodes);
    out.append('{');
    appendString(out, key);
    out.append(":[", 2);
    for (qsizetype i = first; i < first + page.perPage && i < total; ++i) {
        if (i > first)
            out.append(',');
        appendCluster(out, all.at(i));
    }
    out.append("],\"links\":");
    appendViaQt(out, pageLinks(total, page, requestUrl));
    out.append(",\"meta\":{\"total\":");
    appendInt(out, total);
    out.append("}}");
    return out;
}

} // namespace sim::json
