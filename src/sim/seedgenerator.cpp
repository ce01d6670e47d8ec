#include "sim/seedgenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace sim {
namespace {

constexpr int MaxNodes = 200'000;

// Names a platform team's account really holds: environment, team, region.
const char* const Environments[] = {"prod", "staging", "dev", "qa"};
const char* const Teams[] = {"payments", "search",   "checkout", "identity", "data",
                             "ml",       "platform", "web",      "mobile",   "analytics",
                             "billing",  "edge",     "media",    "ads"};
const char* const Regions[] = {"nyc1", "nyc3", "sfo3", "ams3", "fra1",
                               "lon1", "sgp1", "tor1", "blr1", "syd1"};
const char* const Versions[] = {"1.32.5-do.0", "1.31.9-do.2", "1.33.1-do.0"};

// A pool's role: its name, the size family it runs on (a slug prefix of the
// catalog), its labels' tier and, for some, a taint.
struct Role
{
    const char* name;
    const char* sizePrefix;
    const char* tier;
    const char* taintKey; // nullptr: no taint
    const char* taintValue;
    const char* taintEffect;
};
const Role Roles[] = {
    {"web", "s-", "frontend", nullptr, nullptr, nullptr},
    {"api", "g-", "backend", nullptr, nullptr, nullptr},
    {"workers", "g-", "backend", nullptr, nullptr, nullptr},
    {"batch", "c-", "batch", "workload", "batch", "NoSchedule"},
    {"cache", "m-", "data", "dedicated", "cache", "NoSchedule"},
    {"ingress", "s-", "edge", nullptr, nullptr, nullptr},
    {"search", "so-", "data", "dedicated", "search", "PreferNoSchedule"},
    {"cron", "s-", "batch", nullptr, nullptr, nullptr},
    {"monitoring", "s-", "ops", "dedicated", "monitoring", "PreferNoSchedule"},
    {"stream", "c-", "data", nullptr, nullptr, nullptr},
    {"gpu-inference", "gpu-", "ml", "nvidia.com/gpu", "true", "NoSchedule"},
    {"memory-jobs", "m-", "batch", nullptr, nullptr, nullptr},
};

// Deterministic "random": the same account for the same size on every run.
quint32 mix(quint32 a, quint32 b = 0, quint32 c = 0)
{
    quint32 h = 2166136261u;
    for (quint32 v : {a, b, c}) {
        h ^= v + 0x9e3779b9u + (h << 6) + (h >> 2);
        h *= 16777619u;
    }
    return h;
}

QByteArray uuid(int kind, int a, int b = 0, int c = 0)
{
    return QStringLiteral("%1-%2-4%3-8%4-%5")
        .arg(mix(kind, a, b), 8, 16, QLatin1Char('0'))
        .arg(quint32(kind) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(quint32(a) & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(quint32(b) & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(quint64(mix(a, b, c)) << 16 | (quint32(c) & 0xffff), 12, 16, QLatin1Char('0'))
        .toLatin1();
}

// Five lower-case letters and digits, as DOKS names nodes (<pool>-x8k2q).
QByteArray nodeSuffix(quint32 seed)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray suffix(5, 'a');
    for (char& ch : suffix) {
        ch = alphabet[seed % 36];
        seed = seed / 36 + mix(seed);
    }
    return suffix;
}

// The catalog's slugs, from the catalog the simulator itself serves.
QStringList catalogSlugs()
{
    QFile file(QStringLiteral(":/poolsim/sizes-catalog.json"));
    QStringList slugs;
    if (file.open(QIODevice::ReadOnly))
        for (const QJsonValue& size :
             QJsonDocument::fromJson(file.readAll()).object().value(u"sizes").toArray())
            slugs << size.toObject().value(u"slug").toString();
    if (slugs.isEmpty())
        slugs << QStringLiteral("s-2vcpu-4gb");
    return slugs;
}

QString pickSize(const QStringList& slugs, const char* prefix, quint32 seed)
{
    QStringList family;
    for (const QString& slug : slugs)
        if (slug.startsWith(QLatin1String(prefix)))
            family << slug;
    const QStringList& from = family.isEmpty() ? slugs : family;
    // Smaller sizes are more common: pick from the first half most of the time.
    const int half = std::max<int>(1, int(from.size() + 1) / 2);
    return from.at(int(seed % 4 == 0 ? seed % from.size() : seed % half));
}

// A small JSON writer: every value written here is plain ASCII without
// quotes or backslashes, and 20,000 nodes are written in milliseconds.
struct Json
{
    QByteArray out;
    void key(const char* k)
    {
        out += '"';
        out += k;
        out += "\":";
    }
    void str(const char* k, const QByteArray& v)
    {
        key(k);
        out += '"';
        out += v;
        out += "\",";
    }
    void num(const char* k, qint64 v)
    {
        key(k);
        out += QByteArray::number(v);
        out += ',';
    }
    void boolean(const char* k, bool v)
    {
        key(k);
        out += v ? "true," : "false,";
    }
    void strings(const char* k, const QList<QByteArray>& values)
    {
        key(k);
        out += '[';
        for (const QByteArray& v : values)
            out += '"' + v + "\",";
        if (out.endsWith(','))
            out.chop(1);
        out += "],";
    }
    void open(const char* k, char bracket)
    {
        if (k)
            key(k);
        out += bracket;
    }
    void close(char bracket)
    {
        if (out.endsWith(','))
            out.chop(1);
        out += bracket;
        out += ',';
    }
};

} // namespace

std::optional<SeedSize> parseSeedSize(const QString& text, QString* error)
{
    auto fail = [&](const QString& why) -> std::optional<SeedSize> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    static const QRegularExpression separator(QStringLiteral("[xX×]"));
    const QStringList parts = text.trimmed().split(separator);
    if (parts.size() != 3)
        return fail(QStringLiteral("--seed-size wants CLUSTERSxPOOLSxNODES, such as 100x10x20; "
                                   "got \"%1\"")
                        .arg(text));
    static const char* const names[] = {"clusters", "pools per cluster", "nodes per pool"};
    int values[3] = {};
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        values[i] = parts.at(i).trimmed().toInt(&ok);
        if (!ok || values[i] < 1)
            return fail(QStringLiteral("--seed-size: %1 must be a whole number of at least 1; "
                                       "got \"%2\"")
                            .arg(QLatin1String(names[i]), parts.at(i)));
    }
    const SeedSize size{values[0], values[1], values[2]};
    if (qint64(size.clusters) * size.pools * size.nodes > MaxNodes)
        return fail(QStringLiteral("--seed-size: %1 nodes is more than the %2 a seed may hold")
                        .arg(qint64(size.clusters) * size.pools * size.nodes)
                        .arg(MaxNodes));
    return size;
}

QByteArray generateSeed(const SeedSize& size)
{
    const QStringList slugs = catalogSlugs();
    Json j;
    j.out.reserve(qsizetype(size.nodeCount()) * 190 + size.poolCount() * 400 + 4096);
    j.open(nullptr, '{');

    j.open("account", '{');
    j.str("email", "platform@agency.example");
    j.str("name", "Platform Team");
    j.str("uuid", uuid(5, 0));
    j.str("team_uuid", uuid(6, 0));
    j.str("team_name", "Agency Platform");
    j.num("droplet_limit", std::max(1000, size.nodeCount() * 2));
    j.close('}');

    j.open("settings", '{');
    j.num("rate_limit_minute", 10'000'000);
    j.num("rate_limit_hour", 100'000'000);
    j.close('}');

    j.open("clusters", '[');
    QSet<QByteArray> clusterNames;
    const int teams = int(std::size(Teams));
    const int regions = int(std::size(Regions));
    for (int c = 0; c < size.clusters; ++c) {
        const QByteArray env = Environments[mix(c, 1) % 8 < 4 ? 0 : mix(c, 2) % 4];
        const QByteArray team = Teams[c % teams];
        const QByteArray region = Regions[(c / teams + c) % regions];
        QByteArray name = env + '-' + team + '-' + region;
        for (int n = 2; clusterNames.contains(name); ++n)
            name = env + '-' + team + '-' + region + '-' + QByteArray::number(n);
        clusterNames.insert(name);
        const bool prod = env == "prod";

        j.open(nullptr, '{');
        j.str("id", uuid(1, c));
        j.str("name", name);
        j.str("region", region);
        j.str("version", Versions[mix(c, 3) % std::size(Versions)]);
        j.boolean("ha", prod);
        j.str("vpc_uuid", uuid(4, c));
        j.str("ipv4",
              "10." + QByteArray::number(c / 250 % 250) + '.' + QByteArray::number(c % 250) + ".1");
        j.strings("tags", {"env:" + env, "team:" + team});
        j.str("created_at", "2024-" + QByteArray::number(1 + c % 12).rightJustified(2, '0') + '-' +
                                QByteArray::number(1 + c % 28).rightJustified(2, '0') +
                                "T09:30:00Z");
        j.open("node_pools", '[');
        QSet<QByteArray> poolNames;
        bool hadGpu = false;
        for (int p = 0; p < size.pools; ++p) {
            // Every cluster has a web pool; the rest vary by cluster.
            const Role* role = &Roles[p == 0 ? 0 : (mix(c, p, 7) % (std::size(Roles) - 1)) + 1];
            // GPUs are rare and dear: one pool in one cluster out of five.
            const bool gpu = QByteArray(role->sizePrefix) == "gpu-";
            if (gpu && (c % 5 != 0 || hadGpu))
                role = &Roles[2];
            hadGpu = hadGpu || (gpu && role != &Roles[2]);
            QByteArray poolName = role->name;
            for (int n = 2; poolNames.contains(poolName); ++n)
                poolName = QByteArray(role->name) + '-' + QByteArray::number(n);
            poolNames.insert(poolName);
            const quint32 seed = mix(c, p, 11);
            const bool autoScale = seed % 3 == 0;
            const int count = size.nodes;

            j.open(nullptr, '{');
            j.str("id", uuid(2, c, p));
            j.str("name", poolName);
            j.str("size", pickSize(slugs, role->sizePrefix, seed).toLatin1());
            j.num("count", count);
            j.strings("tags", {"team:" + team, "env:" + env,
                               "cost-center:cc-" + QByteArray::number(100 + c % 7 * 10 + p % 3)});
            j.open("labels", '{');
            j.str("role", poolName);
            j.str("tier", role->tier);
            j.str("team", team);
            j.close('}');
            j.open("taints", '[');
            if (role->taintKey) {
                j.open(nullptr, '{');
                j.str("key", role->taintKey);
                j.str("value", role->taintValue);
                j.str("effect", role->taintEffect);
                j.close('}');
            }
            j.close(']');
            j.boolean("auto_scale", autoScale);
            j.num("min_nodes", autoScale ? std::max(1, count / 2) : 0);
            j.num("max_nodes", autoScale ? count * 2 : 0);
            j.open("nodes", '[');
            for (int n = 0; n < count; ++n) {
                j.open(nullptr, '{');
                j.str("id", uuid(3, c, p, n));
                j.str("name", poolName + '-' + nodeSuffix(mix(c, p, n)));
                j.str("droplet_id", QByteArray::number(400'000'000 + qint64(c) * 1'000'000 +
                                                       qint64(p) * 1'000 + n));
                j.str("state", "running");
                j.str("created_at", "2025-0" + QByteArray::number(1 + (p + n) % 9) + '-' +
                                        QByteArray::number(10 + n % 18) + "T12:00:00Z");
                j.close('}');
            }
            j.close(']');
            j.close('}');
        }
        j.close(']');
        j.close('}');
    }
    j.close(']');
    j.close('}');
    j.out.chop(1); // the writer's last comma
    return j.out;
}

} // namespace sim
