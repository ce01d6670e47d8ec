#pragma once

#include "core/cluster.h"
#include "core/clustersummary.h"
#include "core/size.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// What poolctl prints: JSON in the API's own field names, YAML of the same
// data, and the pieces of the human tables.
namespace cli {

QJsonObject nodeToJson(const core::Node& node);
QJsonObject poolToJson(const core::NodePool& pool);
// The pools without their nodes, each with "nodes_running": "2/3".
QJsonObject clusterToJson(const core::ClusterSummary& cluster);
QJsonObject sizeToJson(const core::Size& size);

// Block-style YAML of any JSON value, scalars quoted where a reader could
// take them for something else.
QString toYaml(const QJsonValue& value);

// The value as `format` asks (json or yaml), or `table` when it is "table".
QString render(const QString& format, const QJsonValue& value, const QString& table);

// "2/3" running nodes of a pool; "3-6" autoscaling band or "-".
QString runningOf(const core::NodePool& pool);
QString runningOf(const core::PoolSummary& pool);
QString autoscaleBand(const core::NodePoolSpec& spec);
// "$12.00"
QString dollars(qint64 cents);

// Writes to stdout.
void print(const QString& text);
void printUtf8(const QByteArray& bytes);

} // namespace cli
