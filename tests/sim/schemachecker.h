#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// A small OpenAPI 3.0 schema checker for the contract test: types, required
// properties, enums, nullable, items, allOf/anyOf/oneOf and the formats DO
// uses (uuid, date-time). Enough to catch a shape the contract does not allow.
class SchemaChecker
{
public:
    // Appends one line per violation, each with its JSON path.
    static QStringList check(const QJsonValue& value, const QJsonObject& schema,
                             const QString& path = QStringLiteral("$"));
};
