#pragma once

#include <QString>
#include <QStringList>

// The name of the pool that replaces another in a blue/green size change.
// Pool names are unique in a cluster, so the new pool cannot take the old
// one's name while both exist.
namespace core {

// A free, valid name for the pool replacing `oldName` with droplets of
// `newSize`: `NAME-<size>` first (a trailing `-<oldSize>` of the old name is
// dropped, so web-s-2vcpu-4gb becomes web-s-4vcpu-8gb, not a longer chain),
// else `NAME-2`, `NAME-3`, ... (a trailing `-N` counts on). Always a DNS-1123
// label of at most 63 characters that `taken` (the cluster's pool names) does
// not hold.
QString proposeReplacementName(const QString& oldName, const QString& oldSize,
                               const QString& newSize, const QStringList& taken);

// Why `name` cannot name the replacement pool (invalid, or taken by a pool of
// the cluster other than none), or "" when it can.
QString checkReplacementName(const QString& name, const QStringList& taken);

} // namespace core
