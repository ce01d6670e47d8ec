#include "manifest.h"

#include "dojson.h"
#include "suggest.h"
#include "yamlscalar.h"

#include <limits>
#include <yaml-cpp/yaml.h>

namespace core::manifest {

namespace {

// ---------------------------------------------------------------- reading

// Reads one document into a PoolManifest, collecting every error rather than
// stopping at the first, so a user fixes a file in one pass.
class DocumentReader
{
public:
    DocumentReader(int document, QList<ManifestError>& errors)
        : m_document(document), m_errors(errors)
    {}

    bool read(const YAML::Node& root, PoolManifest& out)
    {
        const int before = int(m_errors.size());
        out.document = m_document;
        m_out = &out;
        if (!root.IsMap()) {
            error(root, QString(), QStringLiteral("a manifest document must be a mapping"),
                  QStringLiteral("start with apiVersion: %1").arg(QLatin1String(ApiVersion)));
            return false;
        }
        const auto keys =
            mapping(root, QString(),
                    {QStringLiteral("apiVersion"), QStringLiteral("kind"),
                     QStringLiteral("metadata"), QStringLiteral("spec"), QStringLiteral("status")});
        QString apiVersion, kind;
        if (required(root, keys, QStringLiteral("apiVersion"), QString()) &&
            string(keys[QStringLiteral("apiVersion")], QStringLiteral("apiVersion"), apiVersion) &&
            apiVersion != QLatin1String(ApiVersion))
            error(keys[QStringLiteral("apiVersion")], QStringLiteral("apiVersion"),
                  QStringLiteral("unsupported apiVersion '%1'").arg(apiVersion),
                  QStringLiteral("use apiVersion: %1").arg(QLatin1String(ApiVersion)));
        if (required(root, keys, QStringLiteral("kind"), QString()) &&
            string(keys[QStringLiteral("kind")], QStringLiteral("kind"), kind) &&
            kind != QLatin1String(Kind))
            error(keys[QStringLiteral("kind")], QStringLiteral("kind"),
                  QStringLiteral("unsupported kind '%1'").arg(kind),
                  QStringLiteral("use kind: %1").arg(QLatin1String(Kind)));
        if (required(root, keys, QStringLiteral("metadata"), QString()))
            readMetadata(keys[QStringLiteral("metadata")]);
        if (required(root, keys, QStringLiteral("spec"), QString()))
            readSpec(keys[QStringLiteral("spec")]);
        if (keys.contains(QStringLiteral("status")))
            readStatus(keys[QStringLiteral("status")]);
        return int(m_errors.size()) == before;
    }

private:
    using Keys = QHash<QString, YAML::Node>;

    static SourcePosition positionOf(const YAML::Node& node)
    {
        const YAML::Mark mark = node.Mark();
        if (mark.is_null())
            return {};
        return {mark.line + 1, mark.column + 1};
    }

    void error(const YAML::Node& node, const QString& path, const QString& message,
               const QString& hint = {})
    {
        m_errors.append({m_document, positionOf(node), path, message, hint});
    }

    void remember(const YAML::Node& node, const QString& path)
    {
        m_out->positions.insert(path, positionOf(node));
    }

    static QString join(const QString& parent, const QString& key)
    {
        return parent.isEmpty() ? key : parent + u'.' + key;
    }

    // Checks a mapping's keys against the allowed ones and returns them by
    // name. Reports non-string keys, duplicates and unknown keys.
    Keys mapping(const YAML::Node& node, const QString& path, const QStringList& allowed)
    {
        Keys keys;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const YAML::Node key = it->first;
            if (!key.IsScalar()) {
                error(key, path, QStringLiteral("keys must be plain words"));
                continue;
            }
            const QString name = QString::fromStdString(key.Scalar());
            const QString keyPath = join(path, name);
            if (keys.contains(name)) {
                error(key, keyPath, QStringLiteral("key '%1' appears twice").arg(name),
                      QStringLiteral("remove one of them"));
                continue;
            }
            if (!allowed.contains(name)) {
                const QString close = closestMatch(name, allowed);
                error(
                    key, keyPath, QStringLiteral("unknown key '%1'").arg(name),
                    close.isEmpty()
                        ? QStringLiteral("allowed here: %1").arg(allowed.join(QStringLiteral(", ")))
                        : QStringLiteral("did you mean '%1'?").arg(close));
                continue;
            }
            keys.insert(name, it->second);
            remember(it->second, keyPath);
        }
        return keys;
    }

    bool required(const YAML::Node& parent, const Keys& keys, const QString& key,
                  const QString& path)
    {
        if (keys.contains(key))
            return true;
        error(parent, join(path, key), QStringLiteral("'%1' is required").arg(join(path, key)));
        return false;
    }

    bool expectMap(const YAML::Node& node, const QString& path)
    {
        if (node.IsMap())
            return true;
        error(node, path, QStringLiteral("expected a mapping, got %1").arg(describe(node)));
        return false;
    }

    bool expectSequence(const YAML::Node& node, const QString& path)
    {
        if (node.IsSequence())
            return true;
        error(node, path, QStringLiteral("expected a list, got %1").arg(describe(node)),
              QStringLiteral("write one item per line, each starting with '- '"));
        return false;
    }

    static bool isPlain(const YAML::Node& node) { return node.Tag() == "?"; }

    static QString describe(const YAML::Node& node)
    {
        if (node.IsMap())
            return QStringLiteral("a mapping");
        if (node.IsSequence())
            return QStringLiteral("a list");
        if (node.IsNull() || !node.IsDefined())
            return QStringLiteral("nothing");
        if (!isPlain(node))
            return QStringLiteral("a string");
        return yamlscalar::describe(
            yamlscalar::resolvePlain(QString::fromStdString(node.Scalar())));
    }

    // A string field: a quoted scalar, or a plain one YAML would not read as
    // a number, boolean or null ("value: true" is a boolean to Kubernetes).
    bool string(const YAML::Node& node, const QString& path, QString& out)
    {
        if (node.IsScalar()) {
            const QString text = QString::fromStdString(node.Scalar());
            if (!isPlain(node) || yamlscalar::resolvePlain(text) == yamlscalar::PlainType::String) {
                out = text;
                return true;
            }
        }
        error(node, path, QStringLiteral("expected a string, got %1").arg(describe(node)),
              node.IsScalar() ? QStringLiteral("put it in quotes: \"%1\"")
                                    .arg(QString::fromStdString(node.Scalar()))
                              : QString());
        return false;
    }

    bool integer(const YAML::Node& node, const QString& path, int& out)
    {
        if (node.IsScalar() && isPlain(node)) {
            const QString text = QString::fromStdString(node.Scalar());
            if (yamlscalar::resolvePlain(text) == yamlscalar::PlainType::Int) {
                bool ok = false;
                const qlonglong value = text.toLongLong(&ok, 10);
                if (ok && value >= 0 && value <= 100000) {
                    out = int(value);
                    return true;
                }
                if (ok && value < 0 && value >= -100000) {
                    out = int(value); // validation explains why it must not be negative
                    return true;
                }
                error(node, path, QStringLiteral("%1 is out of range").arg(text));
                return false;
            }
        }
        error(node, path, QStringLiteral("expected a whole number, got %1").arg(describe(node)),
              node.IsScalar() && !isPlain(node) ? QStringLiteral("remove the quotes") : QString());
        return false;
    }

    bool boolean(const YAML::Node& node, const QString& path, bool& out)
    {
        if (node.IsScalar() && isPlain(node)) {
            const QString text = QString::fromStdString(node.Scalar());
            if (yamlscalar::resolvePlain(text) == yamlscalar::PlainType::Bool) {
                out = text.toLower() == u"true";
                return true;
            }
        }
        error(node, path, QStringLiteral("expected true or false, got %1").arg(describe(node)),
              QStringLiteral("write true or false without quotes"));
        return false;
    }

    void readMetadata(const YAML::Node& node)
    {
        const QString path = QStringLiteral("metadata");
        if (!expectMap(node, path))
            return;
        const Keys keys = mapping(node, path, {QStringLiteral("name")});
        if (required(node, keys, QStringLiteral("name"), path))
            string(keys[QStringLiteral("name")], QStringLiteral("metadata.name"),
                   m_out->metadataName);
    }

    void readCluster(const YAML::Node& node)
    {
        const QString path = QStringLiteral("spec.cluster");
        if (!node.IsMap()) {
            error(node, path, QStringLiteral("expected a mapping, got %1").arg(describe(node)),
                  QStringLiteral("write cluster: {value: CLUSTER-ID}"));
            return;
        }
        ClusterRef& ref = m_out->spec.cluster;
        const Keys keys =
            mapping(node, path, {QStringLiteral("value"), QStringLiteral("valueFrom")});
        if (keys.contains(QStringLiteral("value")) && keys.contains(QStringLiteral("valueFrom")))
            error(node, path, QStringLiteral("cluster has both value and valueFrom"),
                  QStringLiteral("keep one of them"));
        else if (keys.isEmpty() && node.size() == 0)
            error(node, path, QStringLiteral("cluster needs value or valueFrom"));
        if (keys.contains(QStringLiteral("value")))
            string(keys[QStringLiteral("value")], join(path, QStringLiteral("value")), ref.value);
        if (keys.contains(QStringLiteral("valueFrom"))) {
            const QString fromPath = join(path, QStringLiteral("valueFrom"));
            const YAML::Node from = keys[QStringLiteral("valueFrom")];
            if (!expectMap(from, fromPath))
                return;
            const Keys fromKeys = mapping(
                from, fromPath,
                {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("fieldPath")});
            if (fromKeys.contains(QStringLiteral("kind")))
                string(fromKeys[QStringLiteral("kind")], join(fromPath, QStringLiteral("kind")),
                       ref.fromKind);
            if (required(from, fromKeys, QStringLiteral("name"), fromPath))
                string(fromKeys[QStringLiteral("name")], join(fromPath, QStringLiteral("name")),
                       ref.fromName);
            if (fromKeys.contains(QStringLiteral("fieldPath")))
                string(fromKeys[QStringLiteral("fieldPath")],
                       join(fromPath, QStringLiteral("fieldPath")), ref.fromFieldPath);
        }
    }

    void readLabels(const YAML::Node& node)
    {
        const QString path = QStringLiteral("spec.labels");
        if (node.IsNull())
            return;
        if (!expectMap(node, path))
            return;
        for (auto it = node.begin(); it != node.end(); ++it) {
            QString key;
            if (!string(it->first, path, key))
                continue;
            const QString entryPath = labelPath(key);
            if (m_out->spec.labels.contains(key)) {
                error(it->first, entryPath, QStringLiteral("label '%1' appears twice").arg(key),
                      QStringLiteral("remove one of them"));
                continue;
            }
            remember(it->second, entryPath);
            QString value;
            if (string(it->second, entryPath, value))
                m_out->spec.labels.insert(key, value);
        }
    }

    void readTaints(const YAML::Node& node)
    {
        const QString path = QStringLiteral("spec.taints");
        if (node.IsNull())
            return;
        if (!expectSequence(node, path))
            return;
        for (std::size_t i = 0; i < node.size(); ++i) {
            const YAML::Node item = node[i];
            const QString itemPath = QStringLiteral("spec.taints[%1]").arg(i);
            remember(item, itemPath);
            if (!expectMap(item, itemPath))
                continue;
            const Keys keys =
                mapping(item, itemPath,
                        {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("effect")});
            Taint taint;
            if (required(item, keys, QStringLiteral("key"), itemPath))
                string(keys[QStringLiteral("key")], join(itemPath, QStringLiteral("key")),
                       taint.key);
            if (keys.contains(QStringLiteral("value")) && !keys[QStringLiteral("value")].IsNull())
                string(keys[QStringLiteral("value")], join(itemPath, QStringLiteral("value")),
                       taint.value);
            if (required(item, keys, QStringLiteral("effect"), itemPath))
                string(keys[QStringLiteral("effect")], join(itemPath, QStringLiteral("effect")),
                       taint.effect);
            m_out->spec.taints.append(taint);
        }
    }

    void readStrings(const YAML::Node& node, const QString& path, QStringList& out)
    {
        if (node.IsNull())
            return;
        if (!expectSequence(node, path))
            return;
        for (std::size_t i = 0; i < node.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            remember(node[i], itemPath);
            QString text;
            if (string(node[i], itemPath, text))
                out.append(text);
        }
    }

    void readSpec(const YAML::Node& node)
    {
        const QString path = QStringLiteral("spec");
        if (!expectMap(node, path))
            return;
        NodePoolSpec& spec = m_out->spec;
        const Keys keys = mapping(node, path,
                                  {QStringLiteral("nodePoolName"), QStringLiteral("cluster"),
                                   QStringLiteral("size"), QStringLiteral("nodeCount"),
                                   QStringLiteral("autoScale"), QStringLiteral("minNodes"),
                                   QStringLiteral("maxNodes"), QStringLiteral("labels"),
                                   QStringLiteral("taints"), QStringLiteral("tags")});
        if (required(node, keys, QStringLiteral("nodePoolName"), path))
            string(keys[QStringLiteral("nodePoolName")], QStringLiteral("spec.nodePoolName"),
                   spec.name);
        if (required(node, keys, QStringLiteral("cluster"), path))
            readCluster(keys[QStringLiteral("cluster")]);
        if (required(node, keys, QStringLiteral("size"), path))
            string(keys[QStringLiteral("size")], QStringLiteral("spec.size"), spec.size);
        if (keys.contains(QStringLiteral("autoScale")))
            boolean(keys[QStringLiteral("autoScale")], QStringLiteral("spec.autoScale"),
                    spec.autoScale);
        if (keys.contains(QStringLiteral("minNodes")))
            integer(keys[QStringLiteral("minNodes")], QStringLiteral("spec.minNodes"),
                    spec.minNodes);
        if (keys.contains(QStringLiteral("maxNodes")))
            integer(keys[QStringLiteral("maxNodes")], QStringLiteral("spec.maxNodes"),
                    spec.maxNodes);
        // An autoscaled pool may leave the initial count to DigitalOcean,
        // which starts it at minNodes.
        if (keys.contains(QStringLiteral("nodeCount")))
            integer(keys[QStringLiteral("nodeCount")], QStringLiteral("spec.nodeCount"),
                    spec.count);
        else if (spec.autoScale)
            spec.count = spec.minNodes;
        else
            required(node, keys, QStringLiteral("nodeCount"), path);
        if (keys.contains(QStringLiteral("labels")))
            readLabels(keys[QStringLiteral("labels")]);
        if (keys.contains(QStringLiteral("taints")))
            readTaints(keys[QStringLiteral("taints")]);
        if (keys.contains(QStringLiteral("tags")))
            readStrings(keys[QStringLiteral("tags")], QStringLiteral("spec.tags"), spec.tags);
    }

    void readStatus(const YAML::Node& node)
    {
        const QString path = QStringLiteral("status");
        if (node.IsNull() || !expectMap(node, path))
            return;
        const Keys keys = mapping(node, path, {QStringLiteral("outputs")});
        if (!keys.contains(QStringLiteral("outputs")))
            return;
        const QString outPath = QStringLiteral("status.outputs");
        const YAML::Node outputs = keys[QStringLiteral("outputs")];
        if (outputs.IsNull() || !expectMap(outputs, outPath))
            return;
        const Keys outKeys =
            mapping(outputs, outPath, {QStringLiteral("nodePoolId"), QStringLiteral("nodeIds")});
        if (outKeys.contains(QStringLiteral("nodePoolId")))
            string(outKeys[QStringLiteral("nodePoolId")],
                   join(outPath, QStringLiteral("nodePoolId")), m_out->status.nodePoolId);
        if (outKeys.contains(QStringLiteral("nodeIds")))
            readStrings(outKeys[QStringLiteral("nodeIds")],
                        join(outPath, QStringLiteral("nodeIds")), m_out->status.nodeIds);
    }

    int m_document;
    QList<ManifestError>& m_errors;
    PoolManifest* m_out = nullptr;
};

// Counts the nodes a walk would visit, giving up once past the budget.
// yaml-cpp shares an anchored node between its aliases, so a few hundred
// bytes can describe billions of nodes; this walk is what would expand them.
bool withinBudget(const YAML::Node& node, int& budget)
{
    if (--budget < 0)
        return false;
    if (node.IsSequence() || node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (node.IsMap()) {
                if (!withinBudget(it->first, budget) || !withinBudget(it->second, budget))
                    return false;
            } else if (!withinBudget(*it, budget)) {
                return false;
            }
        }
    }
    return true;
}

// ---------------------------------------------------------------- writing

class Writer
{
public:
    void line(int indent, const QString& text) { m_out += QString(indent, u' ') + text + u'\n'; }
    void field(int indent, const QString& key, const QString& value, const QString& comment = {})
    {
        QString text = yamlscalar::quoted(key) + QStringLiteral(": ") + yamlscalar::quoted(value);
        if (!comment.isEmpty())
            text += QStringLiteral("  # ") + comment.simplified();
        line(indent, text);
    }
    void number(int indent, const QString& key, qint64 value)
    {
        line(indent, key + QStringLiteral(": ") + QString::number(value));
    }
    QByteArray bytes() const { return m_out.toUtf8(); }

private:
    QString m_out;
};

} // namespace

ReadResult read(const QByteArray& yaml, const ReadOptions& options)
{
    ReadResult result;
    if (yaml.size() > options.maxBytes) {
        result.errors.append(
            {0,
             {1, 1},
             QString(),
             QStringLiteral("the file is %1 bytes; manifests larger than %2 bytes are not read")
                 .arg(yaml.size())
                 .arg(options.maxBytes),
             QStringLiteral("split it into smaller files")});
        return result;
    }
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        // The message without yaml-cpp's own "yaml-cpp: error at line..." prefix.
        const SourcePosition where = e.mark.is_null()
                                         ? SourcePosition{}
                                         : SourcePosition{e.mark.line + 1, e.mark.column + 1};
        result.errors.append(
            {0, where, QString(),
             QStringLiteral("YAML syntax error: %1").arg(QString::fromStdString(e.msg)),
             QStringLiteral("check the indentation and quotes near this line")});
        return result;
    }
    if (int(documents.size()) > options.maxDocuments) {
        result.errors.append({0,
                              {1, 1},
                              QString(),
                              QStringLiteral("the file has %1 documents; at most %2 are read")
                                  .arg(documents.size())
                                  .arg(options.maxDocuments),
                              QString()});
        return result;
    }
    for (int i = 0; i < int(documents.size()); ++i) {
        const YAML::Node& document = documents[std::size_t(i)];
        if (document.IsNull())
            continue; // `---` at the end, or a comment-only document
        int budget = options.maxNodes;
        if (!withinBudget(document, budget)) {
            const YAML::Mark mark = document.Mark();
            result.errors.append(
                {i,
                 {mark.line + 1, mark.column + 1},
                 QString(),
                 QStringLiteral("the document expands to more than %1 YAML nodes")
                     .arg(options.maxNodes),
                 QStringLiteral("aliases (*name) probably repeat an anchor many times; write the "
                                "values out")});
            continue;
        }
        PoolManifest manifest;
        try {
            if (DocumentReader(i, result.errors).read(document, manifest))
                result.manifests.append(manifest);
        } catch (const YAML::Exception& e) {
            result.errors.append({i,
                                  {e.mark.line + 1, e.mark.column + 1},
                                  QString(),
                                  QString::fromStdString(e.msg),
                                  QString()});
        }
    }
    return result;
}

QByteArray write(const PoolManifest& manifest, const WriteOptions& options)
{
    const NodePoolSpec& spec = manifest.spec;
    Writer w;
    w.field(0, QStringLiteral("apiVersion"), QLatin1String(ApiVersion));
    w.field(0, QStringLiteral("kind"), QLatin1String(Kind));
    w.line(0, QStringLiteral("metadata:"));
    w.field(2, QStringLiteral("name"),
            manifest.metadataName.isEmpty() ? spec.name : manifest.metadataName);
    w.line(0, QStringLiteral("spec:"));
    w.field(2, QStringLiteral("nodePoolName"), spec.name);
    w.line(2, QStringLiteral("cluster:"));
    const ClusterRef& ref = spec.cluster;
    if (!ref.fromName.isEmpty() || !ref.fromKind.isEmpty() || !ref.fromFieldPath.isEmpty()) {
        w.line(4, QStringLiteral("valueFrom:"));
        if (!ref.fromKind.isEmpty())
            w.field(6, QStringLiteral("kind"), ref.fromKind);
        w.field(6, QStringLiteral("name"), ref.fromName);
        if (!ref.fromFieldPath.isEmpty())
            w.field(6, QStringLiteral("fieldPath"), ref.fromFieldPath);
    } else {
        w.field(4, QStringLiteral("value"), ref.value, options.clusterNames.value(ref.value));
    }
    w.field(2, QStringLiteral("size"), spec.size);
    w.number(2, QStringLiteral("nodeCount"), spec.count);
    // Autoscaling off with zero bounds is the default; write the trio only
    // when it says something, so exported manifests stay short.
    if (spec.autoScale || spec.minNodes != 0 || spec.maxNodes != 0) {
        w.line(2, QStringLiteral("autoScale: ") + QLatin1String(spec.autoScale ? "true" : "false"));
        w.number(2, QStringLiteral("minNodes"), spec.minNodes);
        w.number(2, QStringLiteral("maxNodes"), spec.maxNodes);
    }
    if (!spec.labels.isEmpty()) {
        w.line(2, QStringLiteral("labels:"));
        for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it)
            w.field(4, it.key(), it.value());
    }
    if (!spec.taints.isEmpty()) {
        w.line(2, QStringLiteral("taints:"));
        for (const Taint& taint : spec.taints) {
            w.line(4, QStringLiteral("- key: ") + yamlscalar::quoted(taint.key));
            if (!taint.value.isEmpty())
                w.field(6, QStringLiteral("value"), taint.value);
            w.field(6, QStringLiteral("effect"), taint.effect);
        }
    }
    QStringList tags;
    for (const QString& tag : spec.tags)
        if (!dojson::isAutomaticTag(tag))
            tags << tag;
    if (!tags.isEmpty()) {
        w.line(2, QStringLiteral("tags:"));
        for (const QString& tag : tags)
            w.line(4, QStringLiteral("- ") + yamlscalar::quoted(tag));
    }
    if (options.includeStatus && !manifest.status.isEmpty()) {
        w.line(0, QStringLiteral("status:"));
        w.line(2, QStringLiteral("outputs:"));
        if (!manifest.status.nodePoolId.isEmpty())
            w.field(4, QStringLiteral("nodePoolId"), manifest.status.nodePoolId);
        if (!manifest.status.nodeIds.isEmpty()) {
            w.line(4, QStringLiteral("nodeIds:"));
            for (const QString& id : manifest.status.nodeIds)
                w.line(6, QStringLiteral("- ") + yamlscalar::quoted(id));
        }
    }
    return w.bytes();
}

QByteArray writeAll(const QList<PoolManifest>& manifests, const WriteOptions& options)
{
    QByteArray out;
    for (int i = 0; i < manifests.size(); ++i) {
        if (i > 0)
            out += "---\n";
        out += write(manifests.at(i), options);
    }
    return out;
}

PoolManifest fromPool(const NodePool& pool)
{
    PoolManifest manifest;
    manifest.metadataName = pool.spec.name;
    manifest.spec = pool.spec;
    manifest.spec.tags.removeIf([](const QString& tag) { return dojson::isAutomaticTag(tag); });
    manifest.status.nodePoolId = pool.id;
    for (const Node& node : pool.nodes)
        manifest.status.nodeIds << node.id;
    return manifest;
}

QList<ManifestError> validate(const QList<PoolManifest>& manifests,
                              const ValidationOptions& options)
{
    QList<ManifestError> out;
    ValidationOptions perManifest = options;
    perManifest.requireCluster = true;
    QList<NodePoolSpec> specs;
    for (const PoolManifest& manifest : manifests)
        specs << manifest.spec;
    for (const ValidationIssue& found : validateAll(specs, perManifest)) {
        // validateAll prefixes paths with "[i]."; take the index back off.
        const qsizetype close = found.path.indexOf(u']');
        const int index = found.path.mid(1, close - 1).toInt();
        const QString path = found.path.mid(close + 2);
        const PoolManifest& manifest = manifests.at(index);
        // The field's own position, else the nearest parent that was written.
        SourcePosition where;
        QString probe = path;
        while (!probe.isEmpty()) {
            if (manifest.positions.contains(probe)) {
                where = manifest.positions.value(probe);
                break;
            }
            const qsizetype cut = std::max(probe.lastIndexOf(u'.'), probe.lastIndexOf(u'['));
            probe = cut > 0 ? probe.left(cut) : QString();
        }
        out.append({manifest.document, where, path, found.message, found.hint});
    }
    return out;
}

} // namespace core::manifest
