#pragma once

#include "nodepoolspec.h"
#include "size.h"
#include "validationissue.h"

#include <QList>
#include <QStringList>

namespace core {

// The taint effects Kubernetes knows: NoSchedule, PreferNoSchedule, NoExecute.
QStringList taintEffects();

struct ValidationOptions
{
    // Known droplet sizes; when empty the slug is only checked for shape.
    QList<Size> sizes;
    // The pool's name as it exists today (empty for a new pool). A pool that
    // already exists under a name we would not accept still validates: the
    // DNS-1123 rule applies only to names being introduced.
    QString currentName;
    // Names of the cluster's other pools; a pool name must differ from them.
    QStringList otherPoolNames;
    // Manifests must say which cluster the pool belongs to; an editor draft
    // inside a cluster view need not.
    bool requireCluster = false;
};

// Every problem with the spec, in field order; empty when it can be sent.
QList<ValidationIssue> validate(const NodePoolSpec& spec, const ValidationOptions& options = {});

// Several specs meant for one cluster: each spec's issues (paths prefixed with
// `[i].`) plus names used twice.
QList<ValidationIssue> validateAll(const QList<NodePoolSpec>& specs,
                                   const ValidationOptions& options = {});

// Single-field checks, reused by the editor as the user types. Each returns
// the issues for that field only.
QList<ValidationIssue> validatePoolName(const QString& name, const ValidationOptions& options = {});
QList<ValidationIssue> validateLabel(const QString& key, const QString& value);
QList<ValidationIssue> validateTaint(const Taint& taint, int index);
QList<ValidationIssue> validateTag(const QString& tag, int index);

// `spec.labels["key"]`: the path of a label entry.
QString labelPath(const QString& key);

} // namespace core
