#include "sim/gojson.h"

namespace sim::gojson {
namespace {

QString typeInGoWords(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number %1").arg(v.toDouble());
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("null");
    }
}

} // namespace

QJsonValue field(const QJsonObject& object, const QString& name)
{
    if (object.contains(name))
        return object.value(name);
    QJsonValue found = QJsonValue::Undefined;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            found = it.value();
    return found;
}

Failure unmarshalError(const QJsonValue& v, const QString& structName, const QString& path,
                       const QString& goType)
{
    return Failure{400, QStringLiteral("bad_request"),
                   QStringLiteral("json: cannot unmarshal %1 into Go struct field %2.%3 of type %4")
                       .arg(typeInGoWords(v), structName, path, goType)};
}

} // namespace sim::gojson
