#pragma once

#include "sim/tables.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// How DigitalOcean's Go server reads a JSON request body: the simulator's
// request readers answer the way encoding/json does.
namespace sim::gojson {

// Go matches JSON keys to struct fields case-insensitively; the first exact
// match wins, else the last case-insensitive one.
QJsonValue field(const QJsonObject& object, const QString& name);

// A field Go leaves at its zero value: missing, or null.
inline bool absent(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull();
}

// The 400 encoding/json gives for a value of the wrong type, in its words:
// "json: cannot unmarshal string into Go struct field S.path of type int".
Failure unmarshalError(const QJsonValue& v, const QString& structName, const QString& path,
                       const QString& goType);

} // namespace sim::gojson
