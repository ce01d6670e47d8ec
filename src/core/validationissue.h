#pragma once

#include <QString>

namespace core {

// One problem with one field. `path` names the field the way a manifest does
// (spec.nodeCount, spec.taints[1].effect, spec.labels["app"]) so an editor can
// put the message next to the right control.
struct ValidationIssue
{
    QString path;
    QString message;
    QString hint; // what to do about it; may be empty

    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

} // namespace core
