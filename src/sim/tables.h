#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// The simulator's own tables: what DigitalOcean holds for one account. These
// are deliberately independent of src/core's value types, so a mapping bug in
// the product cannot be hidden by the simulator agreeing with it.
namespace sim {

enum class NodeState
{
    Provisioning,
    Running,
    Draining,
    Deleting
};

struct NodeRow
{
    QString id;
    QString name;      // "" until the droplet exists
    QString dropletId; // "" until the droplet exists; a string, as DO sends it
    NodeState state = NodeState::Provisioning;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime stateSince; // when the current state began; drives the lifecycle
};

struct TaintRow
{
    QString key;
    QString value;
    QString effect;
};

struct PoolRow
{
    QString id;
    QString name;
    QString size;
    int count = 0;
    QStringList tags; // user tags only; the automatic ones are added on output
    bool labelsNull = true;
    QMap<QString, QString> labels;
    QList<TaintRow> taints;
    bool autoScale = false;
    int minNodes = 0;
    int maxNodes = 0;
    QList<NodeRow> nodes;
    bool deleted = false; // answered until its nodes are gone, then removed
    QDateTime createdAt;  // set by a create; seeded pools have none (always old)
};

struct ClusterRow
{
    QString id;
    QString name;
    QString region;
    QString version;
    QString vpcUuid;
    QString ipv4;
    QString clusterSubnet = QStringLiteral("10.244.0.0/16");
    QString serviceSubnet = QStringLiteral("10.245.0.0/16");
    QStringList tags; // user tags only
    bool ha = false;
    bool autoUpgrade = false;
    bool surgeUpgrade = true;
    QString state = QStringLiteral("running");
    QString maintenanceDay = QStringLiteral("any");
    QString maintenanceStart = QStringLiteral("00:00");
    // cluster_autoscaler_configuration: DOKS answers the autoscaler's
    // defaults until they are set; `expanders` is left out while empty.
    double scaleDownUtilizationThreshold = 0.5;
    QString scaleDownUnneededTime = QStringLiteral("10m");
    QStringList expanders;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<PoolRow> pools;
};

struct AccountRow
{
    QString email;
    QString name;
    QString uuid;
    QString teamUuid;
    QString teamName;
    QString status = QStringLiteral("active");
    int dropletLimit = 25;
    int floatingIpLimit = 3;
    bool emailVerified = true;
};

// How long each lifecycle step takes, in simulated seconds.
struct Timing
{
    int nameAfter = 2; // a provisioning node gets its droplet (name, id) after this
    int provision = 4; // ... and is running after this
    int drain = 3;     // draining → deleting
    int remove = 2;    // deleting → gone
};

// How `links.pages.*` URLs are written.
enum class LinkStyle
{
    Absolute, // the simulator's own base URL: http://127.0.0.1:PORT/v2/...?page=2
    Foreign,  // absolute at another origin (`linkOrigin`), as DO behind a proxy
    Relative, // just /v2/...?page=2&per_page=N
};

struct Settings
{
    Timing timing;
    bool scaleToZero = true; // min_nodes 0 accepted (DO since 2025)
    int minuteLimit = 250;
    int hourLimit = 5000;
    LinkStyle linkStyle = LinkStyle::Absolute;
    QString linkOrigin = QStringLiteral("https://api.digitalocean.com");
};

QString linkStyleName(LinkStyle style);
std::optional<LinkStyle> linkStyleFromName(const QString& name);

// An answer the API gives instead of a success.
struct Failure
{
    int status = 422;
    QString id = QStringLiteral("unprocessable_entity");
    QString message;
};

struct Tables
{
    AccountRow account;
    QList<ClusterRow> clusters;
    QJsonArray sizes; // the /v2/sizes catalog, as DO publishes it
};

QString nodeStateName(NodeState state);

} // namespace sim
