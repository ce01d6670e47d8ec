#pragma once

#include <QJsonObject>
#include <QString>

// The DO JSON codec (dojson.h) is tolerant: a missing field reads as empty.
// A field of the wrong type must not read as 0 or "" though: `"count": "3"`
// would become a pool of 0 nodes. This check walks a whole answer first and
// names the first field whose type is wrong, so that the answer is refused
// as a whole and nothing of it is used.
namespace core::dojson {

// "kubernetes_clusters[0].node_pools[2].count: expected a whole number, found
// a string"; empty when every known field has its type. Null and missing
// fields are accepted (the API sends `labels: null`); unknown fields are
// ignored. Whole numbers must be finite and fit in 32 bits.
QString responseTypeProblem(const QJsonObject& response);

} // namespace core::dojson
