#include "schemachecker.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

QString typeOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

bool typeMatches(const QJsonValue& v, const QString& type)
{
    if (type == u"integer")
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
    if (type == u"number")
        return v.isDouble();
    return typeOf(v) == type;
}

} // namespace

QStringList SchemaChecker::check(const QJsonValue& value, const QJsonObject& schema,
                                 const QString& path)
{
    QStringList errors;
    if (value.isNull() && schema.value(u"nullable").toBool())
        return errors;

    if (schema.contains(u"allOf"))
        for (const QJsonValue& part : schema.value(u"allOf").toArray())
            errors += check(value, part.toObject(), path);
    for (const char* key : {"anyOf", "oneOf"}) {
        const QJsonArray options = schema.value(QLatin1String(key)).toArray();
        if (options.isEmpty())
            continue;
        bool any = false;
        QStringList why;
        for (const QJsonValue& option : options) {
            const QStringList e = check(value, option.toObject(), path);
            any = any || e.isEmpty();
            why += e;
        }
        if (!any)
            errors << QStringLiteral("%1: matches none of %2 (%3)")
                          .arg(path, QLatin1String(key), why.join(QStringLiteral("; ")));
    }

    const QString type = schema.value(u"type").toString();
    if (!type.isEmpty() && !typeMatches(value, type)) {
        errors << QStringLiteral("%1: expected %2, got %3").arg(path, type, typeOf(value));
        return errors;
    }
    if (schema.contains(u"enum") && !schema.value(u"enum").toArray().contains(value))
        errors
            << QStringLiteral("%1: %2 is not in the enum").arg(path, value.toVariant().toString());

    if (value.isString()) {
        const QString format = schema.value(u"format").toString();
        const QString s = value.toString();
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        if (format == u"uuid" && !s.isEmpty() && !uuid.match(s).hasMatch())
            errors << QStringLiteral("%1: \"%2\" is not a uuid").arg(path, s);
        if (format == u"date-time" && !QDateTime::fromString(s, Qt::ISODate).isValid())
            errors << QStringLiteral("%1: \"%2\" is not a date-time").arg(path, s);
    }

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue& name : schema.value(u"required").toArray())
            if (!object.contains(name.toString()))
                errors << QStringLiteral("%1: required property \"%2\" is missing")
                              .arg(path, name.toString());
        const QJsonObject properties = schema.value(u"properties").toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            if (object.contains(it.key()))
                errors +=
                    check(object.value(it.key()), it.value().toObject(), path + u'.' + it.key());
        const QJsonValue additional = schema.value(u"additionalProperties");
        if (additional.isObject())
            for (auto it = object.begin(); it != object.end(); ++it)
                if (!properties.contains(it.key()))
                    errors += check(it.value(), additional.toObject(), path + u'.' + it.key());
    }
    if (value.isArray()) {
        const QJsonObject items = schema.value(u"items").toObject();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            errors += check(array.at(i), items, QStringLiteral("%1[%2]").arg(path).arg(i));
    }
    return errors;
}
