#include "sim/poolrequest.h"

#include "sim/gojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace sim {
namespace {

using gojson::absent;
using gojson::field;

QString structName(PoolRequestKind kind)
{
    return kind == PoolRequestKind::Create ? QStringLiteral("KubernetesNodePoolCreateRequest")
                                           : QStringLiteral("KubernetesNodePoolUpdateRequest");
}

Failure typeError(const QJsonValue& v, const QString& path, const QString& goType,
                  PoolRequestKind kind)
{
    return gojson::unmarshalError(v, structName(kind), path, goType);
}

std::optional<Failure> readInt(const QJsonObject& o, const QString& name, PoolRequestKind kind,
                               std::optional<int>* out)
{
    const QJsonValue v = field(o, name);
    if (absent(v))
        return std::nullopt;
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 2147483647.0)
        return typeError(v, name, QStringLiteral("int"), kind);
    *out = int(d);
    return std::nullopt;
}

std::optional<Failure> readString(const QJsonObject& o, const QString& name, PoolRequestKind kind,
                                  std::optional<QString>* out)
{
    const QJsonValue v = field(o, name);
    if (absent(v))
        return std::nullopt;
    if (!v.isString())
        return typeError(v, name, QStringLiteral("string"), kind);
    *out = v.toString();
    return std::nullopt;
}

} // namespace

std::optional<Failure> parsePoolPatch(const QByteArray& body, PoolRequestKind kind, PoolPatch* out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Failure{400, QStringLiteral("bad_request"),
                       QStringLiteral("unable to parse request body: invalid JSON")};
    const QJsonObject o = doc.object();
    PoolPatch p;

    if (auto f = readString(o, QStringLiteral("name"), kind, &p.name))
        return f;
    if (kind == PoolRequestKind::Create) {
        if (auto f = readString(o, QStringLiteral("size"), kind, &p.size))
            return f;
    } else {
        // The update request has no size field; DO refuses a change of size.
        if (auto f = readString(o, QStringLiteral("size"), kind, &p.size))
            return f;
    }
    if (auto f = readInt(o, QStringLiteral("count"), kind, &p.count))
        return f;
    if (auto f = readInt(o, QStringLiteral("min_nodes"), kind, &p.minNodes))
        return f;
    if (auto f = readInt(o, QStringLiteral("max_nodes"), kind, &p.maxNodes))
        return f;

    const QJsonValue autoScale = field(o, QStringLiteral("auto_scale"));
    if (!absent(autoScale)) {
        if (!autoScale.isBool())
            return typeError(autoScale, QStringLiteral("auto_scale"), QStringLiteral("bool"), kind);
        p.autoScale = autoScale.toBool();
    }

    const QJsonValue tags = field(o, QStringLiteral("tags"));
    if (!absent(tags)) {
        if (!tags.isArray())
            return typeError(tags, QStringLiteral("tags"), QStringLiteral("[]string"), kind);
        QStringList list;
        for (const QJsonValue& t : tags.toArray()) {
            if (!t.isString())
                return typeError(t, QStringLiteral("tags"), QStringLiteral("string"), kind);
            list.append(t.toString());
        }
        p.tags = list;
    }

    const QJsonValue labels = field(o, QStringLiteral("labels"));
    if (!absent(labels)) {
        if (!labels.isObject())
            return typeError(labels, QStringLiteral("labels"), QStringLiteral("map[string]string"),
                             kind);
        QMap<QString, QString> map;
        const QJsonObject lo = labels.toObject();
        for (auto it = lo.begin(); it != lo.end(); ++it) {
            if (!it.value().isString())
                return typeError(it.value(), QStringLiteral("labels"), QStringLiteral("string"),
                                 kind);
            map.insert(it.key(), it.value().toString());
        }
        p.labels = map;
    }

    const QJsonValue taints = field(o, QStringLiteral("taints"));
    if (!absent(taints)) {
        if (!taints.isArray())
            return typeError(taints, QStringLiteral("taints"), QStringLiteral("[]godo.Taint"),
                             kind);
        QList<TaintRow> list;
        for (const QJsonValue& t : taints.toArray()) {
            if (!t.isObject())
                return typeError(t, QStringLiteral("taints"), QStringLiteral("godo.Taint"), kind);
            const QJsonObject to = t.toObject();
            TaintRow row;
            std::optional<QString> key, value, effect;
            if (auto f = readString(to, QStringLiteral("key"), kind, &key))
                return f;
            if (auto f = readString(to, QStringLiteral("value"), kind, &value))
                return f;
            if (auto f = readString(to, QStringLiteral("effect"), kind, &effect))
                return f;
            row.key = key.value_or(QString());
            row.value = value.value_or(QString());
            row.effect = effect.value_or(QString());
            list.append(row);
        }
        p.taints = list;
    }

    *out = p;
    return std::nullopt;
}

} // namespace sim
