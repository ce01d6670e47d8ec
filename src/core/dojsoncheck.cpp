#include "dojsoncheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <span>

namespace core::dojson {

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::dojson)
};

enum class Kind
{
    String,
    Integer,
    Number,
    Bool,
    StringOrInteger, // droplet_id: a number in the API, a string in some proxies
    Object,          // with `fields`
    ObjectList,      // a list of objects with `fields`
    ObjectOrList,    // kubernetes_clusters: a list, or one object (the create example)
    StringList,
    StringMap, // labels
    TaintList, // its keys in any case (Key/key)
};

struct Field
{
    const char* name;
    Kind kind;
    std::span<const Field> fields = {};
};

constexpr Field NodeStatus[] = {{"state", Kind::String}, {"message", Kind::String}};
constexpr Field NodeFields[] = {
    {"id", Kind::String},
    {"name", Kind::String},
    {"status", Kind::Object, NodeStatus},
    {"droplet_id", Kind::StringOrInteger},
    {"created_at", Kind::String},
    {"updated_at", Kind::String},
};
constexpr Field PoolFields[] = {
    {"id", Kind::String},
    {"name", Kind::String},
    {"size", Kind::String},
    {"count", Kind::Integer},
    {"auto_scale", Kind::Bool},
    {"min_nodes", Kind::Integer},
    {"max_nodes", Kind::Integer},
    {"labels", Kind::StringMap},
    {"taints", Kind::TaintList},
    {"tags", Kind::StringList},
    {"nodes", Kind::ObjectList, NodeFields},
};
constexpr Field ClusterStatus[] = {{"state", Kind::String}};
constexpr Field AutoscalerConfig[] = {{"scale_down_utilization_threshold", Kind::Number},
                                      {"scale_down_unneeded_time", Kind::String},
                                      {"expanders", Kind::StringList}};
constexpr Field ClusterFields[] = {
    {"id", Kind::String},
    {"name", Kind::String},
    {"region", Kind::String},
    {"version", Kind::String},
    {"status", Kind::Object, ClusterStatus},
    {"ha", Kind::Bool},
    {"tags", Kind::StringList},
    {"created_at", Kind::String},
    {"node_pools", Kind::ObjectList, PoolFields},
    {"cluster_autoscaler_configuration", Kind::Object, AutoscalerConfig},
};
constexpr Field Vram[] = {{"amount", Kind::Integer}};
constexpr Field GpuInfo[] = {
    {"count", Kind::Integer}, {"model", Kind::String}, {"vram", Kind::Object, Vram}};
constexpr Field SizeFields[] = {
    {"slug", Kind::String},         {"description", Kind::String},
    {"vcpus", Kind::Integer},       {"memory", Kind::Integer},
    {"disk", Kind::Integer},        {"price_monthly", Kind::Number},
    {"price_hourly", Kind::Number}, {"regions", Kind::StringList},
    {"available", Kind::Bool},      {"gpu_info", Kind::Object, GpuInfo},
};
constexpr Field SlugName[] = {{"slug", Kind::String}, {"name", Kind::String}};
constexpr Field VersionFields[] = {{"slug", Kind::String},
                                   {"kubernetes_version", Kind::String},
                                   {"supported_features", Kind::StringList}};
constexpr Field OptionsFields[] = {{"regions", Kind::ObjectList, SlugName},
                                   {"versions", Kind::ObjectList, VersionFields},
                                   {"sizes", Kind::ObjectList, SlugName}};
// Billing (do-api-billing.json): amounts and durations are decimal strings.
constexpr Field InvoiceSummaryFields[] = {
    {"invoice_uuid", Kind::String},   {"invoice_id", Kind::String}, {"amount", Kind::String},
    {"invoice_period", Kind::String}, {"updated_at", Kind::String},
};
constexpr Field InvoiceItemFields[] = {
    {"product", Kind::String},      {"resource_uuid", Kind::String},
    {"resource_id", Kind::String},  {"group_description", Kind::String},
    {"description", Kind::String},  {"amount", Kind::String},
    {"duration", Kind::String},     {"duration_unit", Kind::String},
    {"start_time", Kind::String},   {"end_time", Kind::String},
    {"project_name", Kind::String},
};
constexpr Field Meta[] = {{"total", Kind::Integer}};
constexpr Field Envelopes[] = {
    {"kubernetes_clusters", Kind::ObjectOrList, ClusterFields},
    {"kubernetes_cluster", Kind::Object, ClusterFields},
    {"node_pools", Kind::ObjectList, PoolFields},
    {"node_pool", Kind::Object, PoolFields},
    {"sizes", Kind::ObjectList, SizeFields},
    {"options", Kind::Object, OptionsFields},
    {"invoices", Kind::ObjectList, InvoiceSummaryFields},
    {"invoice_preview", Kind::Object, InvoiceSummaryFields},
    {"invoice_items", Kind::ObjectList, InvoiceItemFields},
    {"month_to_date_balance", Kind::String},
    {"account_balance", Kind::String},
    {"month_to_date_usage", Kind::String},
    {"generated_at", Kind::String},
    {"meta", Kind::Object, Meta},
};

QString found(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return Tr::tr("true or false");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::String:
        return Tr::tr("a string");
    case QJsonValue::Array:
        return Tr::tr("a list");
    case QJsonValue::Object:
        return Tr::tr("an object");
    default:
        return Tr::tr("nothing");
    }
}

// Where a value is: a field of an object, or an element of a list, below
// `parent`. Made into text only for the one problem reported (a page has
// ~400,000 values; their paths are never needed when all is well).
struct Path
{
    const Path* parent = nullptr;
    const char* name = nullptr; // a field; else an element
    qsizetype index = 0;

    Path field(const char* fieldName) const { return {this, fieldName, 0}; }
    Path element(qsizetype at) const { return {this, nullptr, at}; }

    // "kubernetes_clusters[0].node_pools[2].count"
    QString text() const
    {
        if (!parent)
            return {}; // the response itself
        QString out = parent->text();
        if (!name)
            return out + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        if (!out.isEmpty())
            out += QLatin1Char('.');
        return out + QLatin1String(name);
    }
};

QString mismatch(const QString& path, const char* expected, const QJsonValue& value)
{
    return Tr::tr("%1: expected %2, found %3").arg(path, Tr::tr(expected), found(value));
}

QString mismatch(const Path& path, const char* expected, const QJsonValue& value)
{
    return mismatch(path.text(), expected, value);
}

bool isWholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::trunc(number) == number && number >= -2147483648.0 &&
           number <= 2147483647.0;
}

QString checkObject(const QJsonObject& object, std::span<const Field> fields, const Path& path);

// A list of objects, each checked against `fields`.
QString checkObjectList(const QJsonArray& array, std::span<const Field> fields, const Path& path)
{
    qsizetype i = 0;
    for (const QJsonValue& item : array) {
        const Path at = path.element(i++);
        if (!item.isObject())
            return mismatch(at, "an object", item);
        if (QString problem = checkObject(item.toObject(), fields, at); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString checkValue(const QJsonValue& value, const Field& field, const Path& path)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (field.kind) {
    case Kind::String:
        return value.isString() ? QString() : mismatch(path, "a string", value);
    case Kind::Integer:
        if (value.isDouble() && !isWholeNumber(value))
            return Tr::tr("%1: expected a whole number of at most 10 digits, found %2")
                .arg(path.text())
                .arg(value.toDouble());
        return value.isDouble() ? QString() : mismatch(path, "a whole number", value);
    case Kind::Number:
        if (value.isDouble() && !std::isfinite(value.toDouble()))
            return Tr::tr("%1: the number is too large").arg(path.text());
        return value.isDouble() ? QString() : mismatch(path, "a number", value);
    case Kind::Bool:
        return value.isBool() ? QString() : mismatch(path, "true or false", value);
    case Kind::StringOrInteger:
        return value.isString() || isWholeNumber(value) ||
                       (value.isDouble() && std::isfinite(value.toDouble()))
                   ? QString()
                   : mismatch(path, "a string or a number", value);
    case Kind::Object:
        return value.isObject() ? checkObject(value.toObject(), field.fields, path)
                                : mismatch(path, "an object", value);
    case Kind::ObjectOrList:
        if (value.isObject())
            return checkObject(value.toObject(), field.fields, path);
        [[fallthrough]];
    case Kind::ObjectList:
        return value.isArray() ? checkObjectList(value.toArray(), field.fields, path)
                               : mismatch(path, "a list", value);
    case Kind::StringList: {
        if (!value.isArray())
            return mismatch(path, "a list", value);
        qsizetype i = 0;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString())
                return mismatch(path.element(i), "a string", item);
            ++i;
        }
        return {};
    }
    case Kind::StringMap: {
        if (!value.isObject())
            return mismatch(path, "an object", value);
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            if (!it.value().isString() && !it.value().isNull())
                return mismatch(path.text() + QLatin1Char('.') + it.key(), "a string", it.value());
        return {};
    }
    case Kind::TaintList: {
        if (!value.isArray())
            return mismatch(path, "a list", value);
        qsizetype i = 0;
        for (const QJsonValue& item : value.toArray()) {
            const Path at = path.element(i++);
            if (!item.isObject())
                return mismatch(at, "an object", item);
            const QJsonObject taint = item.toObject();
            for (auto it = taint.begin(); it != taint.end(); ++it) {
                const QString key = it.key();
                const bool known = key.compare(u"key", Qt::CaseInsensitive) == 0 ||
                                   key.compare(u"value", Qt::CaseInsensitive) == 0 ||
                                   key.compare(u"effect", Qt::CaseInsensitive) == 0;
                if (known && !it.value().isString() && !it.value().isNull())
                    return mismatch(at.text() + QLatin1Char('.') + key, "a string", it.value());
            }
        }
        return {};
    }
    }
    return {};
}

QString checkObject(const QJsonObject& object, std::span<const Field> fields, const Path& path)
{
    for (const Field& field : fields) {
        const QJsonValue value = object.value(QLatin1String(field.name));
        if (QString problem = checkValue(value, field, path.field(field.name)); !problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace

QString responseTypeProblem(const QJsonObject& response)
{
    return checkObject(response, Envelopes, Path());
}

} // namespace core::dojson
