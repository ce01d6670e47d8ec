#include "validation.h"

#include "dojson.h"
#include "k8snames.h"
#include "suggest.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringView>
#include <algorithm>

namespace core {

namespace {

ValidationIssue issue(const QString& path, const QString& message, const QString& hint = {})
{
    return {path, message, hint};
}

QString taintPath(int index, const char* field = nullptr)
{
    QString path = QStringLiteral("spec.taints[%1]").arg(index);
    if (field)
        path += u'.' + QLatin1String(field);
    return path;
}

// The patterns were regular expressions; written out because validation
// runs them for every pool of a file and each match allocated. As with the
// patterns' `$`, a final newline is not looked at.
QStringView beforeFinalNewline(QStringView text)
{
    return text.endsWith(u'\n') ? text.chopped(1) : text;
}

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// ^[a-z0-9][a-z0-9-]*$
bool isSizeSlug(QStringView text)
{
    const QStringView t = beforeFinalNewline(text);
    return !t.isEmpty() && isLowerAlnum(t.front()) &&
           std::all_of(t.begin(), t.end(), [](QChar c) { return isLowerAlnum(c) || c == u'-'; });
}

// ^[a-zA-Z0-9_:-]{1,255}$
bool isTagName(QStringView text)
{
    const QStringView t = beforeFinalNewline(text);
    return !t.isEmpty() && t.size() <= 255 && std::all_of(t.begin(), t.end(), [](QChar c) {
        return isLowerAlnum(c) || (c >= u'A' && c <= u'Z') || c == u'_' || c == u':' || c == u'-';
    });
}

const Size* findSize(const QList<Size>& sizes, const QString& slug)
{
    for (const Size& size : sizes)
        if (size.slug == slug)
            return &size;
    return nullptr;
}

void validateSize(const QString& slug, const ValidationOptions& options,
                  QList<ValidationIssue>& out)
{
    const QString path = QStringLiteral("spec.size");
    if (slug.isEmpty()) {
        out << issue(
            path, QCoreApplication::translate("validation", "a droplet size is required"),
            QCoreApplication::translate("validation", "pick a size slug such as s-2vcpu-4gb"));
        return;
    }
    if (!isSizeSlug(slug)) {
        out << issue(
            path, QCoreApplication::translate("validation", "'%1' is not a size slug").arg(slug),
            QCoreApplication::translate(
                "validation", "slugs are lower-case letters, digits and '-', e.g. s-2vcpu-4gb"));
        return;
    }
    if (options.sizes.isEmpty() || findSize(options.sizes, slug))
        return;
    QStringList slugs;
    for (const Size& size : options.sizes)
        slugs << size.slug;
    const QString close = closestMatch(slug, slugs);
    out << issue(path,
                 QCoreApplication::translate("validation", "unknown droplet size '%1'").arg(slug),
                 close.isEmpty()
                     ? QCoreApplication::translate("validation",
                                                   "choose one of the sizes DigitalOcean lists")
                     : QCoreApplication::translate("validation", "did you mean '%1'?").arg(close));
}

void validateCounts(const NodePoolSpec& spec, QList<ValidationIssue>& out)
{
    if (!spec.autoScale) {
        if (spec.count < 1)
            out << issue(QStringLiteral("spec.nodeCount"),
                         QCoreApplication::translate(
                             "validation", "a pool needs at least one node (nodeCount is %1)")
                             .arg(spec.count),
                         QCoreApplication::translate(
                             "validation",
                             "set nodeCount to 1 or more, or enable autoScale with minNodes 0"));
        return;
    }
    bool boundsOk = true;
    if (spec.minNodes < 0) {
        out << issue(
            QStringLiteral("spec.minNodes"),
            QCoreApplication::translate("validation", "minNodes must not be negative (is %1)")
                .arg(spec.minNodes),
            QCoreApplication::translate("validation", "use 0 to let the pool scale to zero"));
        boundsOk = false;
    }
    if (spec.maxNodes < 1) {
        out << issue(QStringLiteral("spec.maxNodes"),
                     QCoreApplication::translate(
                         "validation", "maxNodes must be at least 1 when autoScale is on (is %1)")
                         .arg(spec.maxNodes),
                     QCoreApplication::translate(
                         "validation", "set maxNodes to the most nodes the pool may grow to"));
        boundsOk = false;
    }
    if (boundsOk && spec.minNodes > spec.maxNodes) {
        out << issue(
            QStringLiteral("spec.minNodes"),
            QCoreApplication::translate("validation", "minNodes (%1) is greater than maxNodes (%2)")
                .arg(spec.minNodes)
                .arg(spec.maxNodes),
            QCoreApplication::translate("validation", "lower minNodes or raise maxNodes"));
        boundsOk = false;
    }
    if (spec.count < 0) {
        out << issue(
            QStringLiteral("spec.nodeCount"),
            QCoreApplication::translate("validation", "nodeCount must not be negative (is %1)")
                .arg(spec.count));
    } else if (boundsOk && (spec.count < spec.minNodes || spec.count > spec.maxNodes)) {
        // DigitalOcean silently replaces an out-of-range count with minNodes;
        // refusing is kinder than a surprise.
        out << issue(
            QStringLiteral("spec.nodeCount"),
            QCoreApplication::translate("validation",
                                        "nodeCount %1 is outside the autoscaling range %2..%3")
                .arg(spec.count)
                .arg(spec.minNodes)
                .arg(spec.maxNodes),
            QCoreApplication::translate(
                "validation",
                "DigitalOcean would replace it with minNodes; set nodeCount within the range"));
    }
}

} // namespace

QStringList taintEffects()
{
    return {QStringLiteral("NoSchedule"), QStringLiteral("PreferNoSchedule"),
            QStringLiteral("NoExecute")};
}

QString labelPath(const QString& key)
{
    return QStringLiteral("spec.labels[\"%1\"]").arg(key);
}

QList<ValidationIssue> validatePoolName(const QString& name, const ValidationOptions& options)
{
    QList<ValidationIssue> out;
    const QString path = QStringLiteral("spec.nodePoolName");
    if (name.isEmpty()) {
        out << issue(path, QCoreApplication::translate("validation", "a pool name is required"),
                     QCoreApplication::translate(
                         "validation", "use lower-case letters, digits and '-', e.g. app-workers"));
        return out;
    }
    if (options.currentName.isEmpty() || name != options.currentName) {
        const QString error = k8snames::checkDns1123Label(name);
        if (!error.isEmpty())
            out << issue(
                path,
                QCoreApplication::translate("validation", "pool name '%1' %2").arg(name, error),
                QCoreApplication::translate(
                    "validation",
                    "the name becomes a node-name prefix and a label value, so it must be "
                    "a DNS-1123 label"));
    }
    if (options.otherPoolNames.contains(name))
        out << issue(
            path,
            QCoreApplication::translate("validation", "the cluster already has a pool named '%1'")
                .arg(name),
            QCoreApplication::translate("validation",
                                        "pool names must be unique within a cluster"));
    return out;
}

QList<ValidationIssue> validateLabel(const QString& key, const QString& value)
{
    QList<ValidationIssue> out;
    const auto path = [&key] { return labelPath(key); };
    const QString keyError = k8snames::checkQualifiedName(key);
    if (!keyError.isEmpty()) {
        out << issue(
            path(),
            QCoreApplication::translate("validation", "label key '%1' %2").arg(key, keyError),
            QCoreApplication::translate("validation", "keys look like app or example.com/app"));
    } else if (k8snames::isReservedLabelPrefix(k8snames::prefixOf(key))) {
        const QString prefix = k8snames::prefixOf(key);
        const bool doks = prefix.toLower().endsWith(u"doks.digitalocean.com");
        out << issue(
            path(),
            doks ? QCoreApplication::translate("validation", "labels under '%1/' are owned by DOKS")
                       .arg(prefix)
                 : QCoreApplication::translate(
                       "validation",
                       "labels under '%1/' are reserved by Kubernetes and stop nodes from "
                       "joining the cluster")
                       .arg(prefix),
            QCoreApplication::translate("validation",
                                        "use your own prefix, e.g. example.com/role"));
    }
    const QString valueError = k8snames::checkLabelValue(value);
    if (!valueError.isEmpty())
        out << issue(path(), QCoreApplication::translate("validation", "label value '%1' %2")
                                 .arg(value, valueError));
    return out;
}

QList<ValidationIssue> validateTaint(const Taint& taint, int index)
{
    QList<ValidationIssue> out;
    const QString keyError = k8snames::checkQualifiedName(taint.key);
    if (!keyError.isEmpty())
        out << issue(
            taintPath(index, "key"),
            QCoreApplication::translate("validation", "taint key '%1' %2").arg(taint.key, keyError),
            QCoreApplication::translate("validation",
                                        "keys look like dedicated or nvidia.com/gpu"));
    const QString valueError = k8snames::checkLabelValue(taint.value);
    if (!valueError.isEmpty())
        out << issue(taintPath(index, "value"),
                     QCoreApplication::translate("validation", "taint value '%1' %2")
                         .arg(taint.value, valueError));
    static const QStringList effects = taintEffects();
    if (!effects.contains(taint.effect)) {
        const QString close = closestMatch(taint.effect, effects);
        out << issue(
            taintPath(index, "effect"),
            taint.effect.isEmpty()
                ? QCoreApplication::translate("validation", "a taint effect is required")
                : QCoreApplication::translate("validation", "unknown taint effect '%1'")
                      .arg(taint.effect),
            close.isEmpty()
                ? QCoreApplication::translate("validation",
                                              "use NoSchedule, PreferNoSchedule or NoExecute")
                : QCoreApplication::translate("validation", "did you mean '%1'?").arg(close));
    }
    return out;
}

QList<ValidationIssue> validateTag(const QString& tag, int index)
{
    QList<ValidationIssue> out;
    const auto path = [index] { return QStringLiteral("spec.tags[%1]").arg(index); };
    if (!isTagName(tag)) {
        out << issue(
            path(),
            tag.isEmpty() ? QCoreApplication::translate("validation", "a tag must not be empty")
            : tag.size() > 255
                ? QCoreApplication::translate("validation",
                                              "tag is %1 characters; at most 255 are allowed")
                      .arg(tag.size())
                : QCoreApplication::translate(
                      "validation", "tag '%1' may contain only letters, digits, '_', ':' and '-'")
                      .arg(tag),
            QCoreApplication::translate("validation", "tags look like team:ml or env-prod"));
    } else if (dojson::isAutomaticTag(tag)) {
        out << issue(
            path(),
            QCoreApplication::translate("validation", "'%1' is a tag DOKS adds by itself").arg(tag),
            QCoreApplication::translate("validation",
                                        "remove it: tags starting with k8s are DOKS's own"));
    }
    return out;
}

QList<ValidationIssue> validate(const NodePoolSpec& spec, const ValidationOptions& options)
{
    QList<ValidationIssue> out = validatePoolName(spec.name, options);

    if (options.requireCluster) {
        const ClusterRef& ref = spec.cluster;
        const bool byValue = !ref.value.isEmpty();
        const bool byRef =
            !ref.fromName.isEmpty() || !ref.fromKind.isEmpty() || !ref.fromFieldPath.isEmpty();
        if (!byValue && !byRef)
            out << issue(QStringLiteral("spec.cluster"),
                         QCoreApplication::translate("validation", "the cluster is not named"),
                         QCoreApplication::translate(
                             "validation", "set cluster.value to the cluster's id or name"));
        else if (byValue && byRef)
            out << issue(
                QStringLiteral("spec.cluster"),
                QCoreApplication::translate("validation", "cluster has both value and valueFrom"),
                QCoreApplication::translate("validation", "keep one of them"));
        else if (byRef && ref.fromName.isEmpty())
            out << issue(QStringLiteral("spec.cluster.valueFrom.name"),
                         QCoreApplication::translate(
                             "validation", "valueFrom needs the name of the cluster resource"));
    }

    validateSize(spec.size, options, out);
    validateCounts(spec, out);

    for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it)
        out << validateLabel(it.key(), it.value());

    QSet<QString> seenTaints;
    for (int i = 0; i < spec.taints.size(); ++i) {
        const Taint& taint = spec.taints.at(i);
        out << validateTaint(taint, i);
        if (spec.taints.size() < 2)
            continue; // nothing to be listed twice
        const QString identity = taint.key + u'\n' + taint.effect;
        if (seenTaints.contains(identity))
            out << issue(taintPath(i),
                         QCoreApplication::translate(
                             "validation", "a taint with key '%1' and effect %2 is already listed")
                             .arg(taint.key, taint.effect),
                         QCoreApplication::translate(
                             "validation", "taints are unique by key and effect; remove one"));
        seenTaints.insert(identity);
    }

    QSet<QString> seenTags;
    for (int i = 0; i < spec.tags.size(); ++i) {
        const QString& tag = spec.tags.at(i);
        out << validateTag(tag, i);
        if (spec.tags.size() < 2)
            continue; // nothing to be listed twice
        // DigitalOcean tag names are case-insensitive.
        const QString lower = tag.toLower();
        if (seenTags.contains(lower))
            out << issue(
                QStringLiteral("spec.tags[%1]").arg(i),
                QCoreApplication::translate("validation", "tag '%1' is listed twice").arg(tag),
                QCoreApplication::translate("validation", "remove the duplicate"));
        seenTags.insert(lower);
    }
    return out;
}

QList<ValidationIssue> validateAll(const QList<NodePoolSpec>& specs,
                                   const ValidationOptions& options)
{
    QList<ValidationIssue> out;
    QSet<QString> seen;
    for (int i = 0; i < specs.size(); ++i) {
        const auto prefix = [i] { return QStringLiteral("[%1].").arg(i); };
        for (ValidationIssue found : validate(specs.at(i), options)) {
            found.path.prepend(prefix());
            out << found;
        }
        // Names are unique per cluster; a file may describe several clusters.
        const NodePoolSpec& spec = specs.at(i);
        const QString& name = spec.name;
        const QString identity = spec.cluster.value + u'\n' + spec.cluster.fromName + u'\n' + name;
        if (!name.isEmpty() && seen.contains(identity))
            out << issue(prefix() + QStringLiteral("spec.nodePoolName"),
                         QCoreApplication::translate("validation",
                                                     "pool name '%1' is declared more than once")
                             .arg(name),
                         QCoreApplication::translate("validation",
                                                     "pool names must be unique within a cluster"));
        seen.insert(identity);
    }
    return out;
}

} // namespace core
