#include "sim/clusterrequest.h"

#include "sim/gojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace sim {
namespace {

using gojson::absent;
using gojson::field;

const QString Config = QStringLiteral("cluster_autoscaler_configuration");

Failure typeError(const QJsonValue& v, const QString& path, const char* goType)
{
    return gojson::unmarshalError(v, QStringLiteral("KubernetesClusterUpdateRequest"), path,
                                  QLatin1String(goType));
}

Failure invalid(const QString& message)
{
    return Failure{422, QStringLiteral("unprocessable_entity"),
                   QStringLiteral("validation error: ") + message};
}

} // namespace

QStringList knownExpanders()
{
    return {QStringLiteral("random"), QStringLiteral("priority"), QStringLiteral("least_waste")};
}

bool isGoDuration(const QString& text)
{
    if (text == u"0" || text == u"+0" || text == u"-0")
        return true;
    // One or more "<number><unit>", each number with a digit somewhere.
    static const QRegularExpression grammar(
        QStringLiteral("^\\+?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+$"));
    return grammar.match(text).hasMatch();
}

std::optional<Failure> updateCluster(ClusterRow& cluster, const QByteArray& body,
                                     const QDateTime& now)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Failure{400, QStringLiteral("bad_request"),
                       QStringLiteral("unable to parse request body")};
    const QJsonObject request = doc.object();
    ClusterRow changed = cluster;

    const QJsonValue name = field(request, QStringLiteral("name"));
    if (!absent(name)) {
        if (!name.isString())
            return typeError(name, QStringLiteral("name"), "string");
        if (name.toString().trimmed().isEmpty())
            return invalid(QStringLiteral("name: cluster name must not be empty"));
        changed.name = name.toString();
    }

    const QJsonValue config = field(request, Config);
    if (!absent(config)) {
        if (!config.isObject())
            return typeError(config, Config, "godo.KubernetesClusterAutoscalerConfiguration");
        const QJsonObject c = config.toObject();
        const QJsonValue threshold = field(c, QStringLiteral("scale_down_utilization_threshold"));
        if (!absent(threshold)) {
            if (!threshold.isDouble())
                return typeError(threshold,
                                 Config + QStringLiteral(".scale_down_utilization_threshold"),
                                 "float64");
            const double t = threshold.toDouble();
            if (!std::isfinite(t) || t < 0 || t > 1)
                return invalid(Config + QStringLiteral(".scale_down_utilization_threshold: %1 "
                                                       "must be between 0 and 1")
                                            .arg(t));
            changed.scaleDownUtilizationThreshold = t;
        }
        const QJsonValue unneeded = field(c, QStringLiteral("scale_down_unneeded_time"));
        if (!absent(unneeded)) {
            if (!unneeded.isString())
                return typeError(unneeded, Config + QStringLiteral(".scale_down_unneeded_time"),
                                 "string");
            if (!isGoDuration(unneeded.toString()))
                return invalid(Config + QStringLiteral(".scale_down_unneeded_time: time: invalid "
                                                       "duration \"%1\"")
                                            .arg(unneeded.toString()));
            changed.scaleDownUnneededTime = unneeded.toString();
        }
        const QJsonValue expanders = field(c, QStringLiteral("expanders"));
        if (!absent(expanders)) {
            if (!expanders.isArray())
                return typeError(expanders, Config + QStringLiteral(".expanders"), "[]string");
            QStringList names;
            const QJsonArray list = expanders.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!list.at(i).isString())
                    return typeError(list.at(i), Config + QStringLiteral(".expanders"), "string");
                const QString expander = list.at(i).toString();
                if (!knownExpanders().contains(expander))
                    return invalid(Config + QStringLiteral(".expanders[%1]: unknown expander "
                                                           "\"%2\"; valid expanders are %3")
                                                .arg(i)
                                                .arg(expander, knownExpanders().join(u", ")));
                if (names.contains(expander))
                    return invalid(Config + QStringLiteral(".expanders[%1]: duplicate expander "
                                                           "\"%2\"")
                                                .arg(i)
                                                .arg(expander));
                names << expander;
            }
            changed.expanders = names; // an empty list clears the customisation
        }
    }

    changed.updatedAt = now;
    cluster = changed;
    return std::nullopt;
}

} // namespace sim
