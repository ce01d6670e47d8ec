#pragma once

#include <QByteArray>
#include <QString>

// QJsonDocument keeps the last of two equal keys without a word; an answer
// with `"count": 3, "count": 300` would be read as whichever came last. This
// scanner finds such a key in JSON text, in one pass and bounded memory.
namespace core::json {

// The path of the first key that appears twice in one object, e.g.
// "kubernetes_clusters[0].node_pools[1].count"; empty when there is none.
// Meant for text QJsonDocument has accepted; on other input it stops at the
// first thing it does not understand and returns what it found so far.
QString firstDuplicateKey(const QByteArray& json);

} // namespace core::json
