#pragma once

#include "sim/tables.h"

#include <QByteArray>
#include <optional>

namespace sim {

// A node pool create or update body, as DO's Go server decodes it: field names
// match in any letter case, unknown fields are ignored, `null` means "not
// sent", and a value of the wrong JSON type is a 400 before any validation.
struct PoolPatch
{
    std::optional<QString> name;
    std::optional<QString> size;
    std::optional<int> count;
    std::optional<bool> autoScale;
    std::optional<int> minNodes;
    std::optional<int> maxNodes;
    std::optional<QStringList> tags;
    std::optional<QMap<QString, QString>> labels;
    std::optional<QList<TaintRow>> taints;
};

enum class PoolRequestKind
{
    Create,
    Update
};

// Returns a 400 Failure when the body is not JSON or a field has the wrong type.
std::optional<Failure> parsePoolPatch(const QByteArray& body, PoolRequestKind kind, PoolPatch* out);

} // namespace sim
