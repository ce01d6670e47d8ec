#include "manifest.h"

#include "dojson.h"
#include "suggest.h"
#include "yamlblockreader.h"
#include "yamlcppreader.h"
#include "yamlscalar.h"
#include "yamltree.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <span>
#include <string_view>
#include <unordered_map>

namespace core::manifest {

namespace {

// Messages a person reads, in the context the translations use.
// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(manifest)
};

// ---------------------------------------------------------------- reading

using YamlNode = yamltree::Node;

// The keys a mapping may have, in the order the format lists them (and the
// "allowed here" hint names them).
using KeyNames = std::span<const std::string_view>;

constexpr std::string_view RootKeys[] = {"apiVersion", "kind", "metadata", "spec", "status"};
// Project Planton's CloudResourceMetadata, in its field order.
constexpr std::string_view MetadataKeys[] = {"name",   "slug",        "id",   "org",          "env",
                                             "labels", "annotations", "tags", "relationships"};
constexpr std::string_view RelationshipKeys[] = {"kind", "env", "name", "type", "group"};
constexpr std::string_view ClusterKeys[] = {"value", "valueFrom"};
constexpr std::string_view ValueFromKeys[] = {"kind", "name", "fieldPath"};
constexpr std::string_view TaintKeys[] = {"key", "value", "effect"};
constexpr std::string_view SpecKeys[] = {"nodePoolName", "cluster",  "size",     "nodeCount",
                                         "autoScale",    "minNodes", "maxNodes", "labels",
                                         "taints",       "tags"};
constexpr std::string_view StatusKeys[] = {"outputs"};
constexpr std::string_view OutputsKeys[] = {"nodePoolId", "nodeIds"};

// Keys holds one slot per allowed key of the longest list.
constexpr std::size_t MaxKeys = std::size(SpecKeys);
static_assert(std::size(MetadataKeys) <= MaxKeys && std::size(RootKeys) <= MaxKeys);

QLatin1String latin1(std::string_view name)
{
    return QLatin1String(name.data(), qsizetype(name.size()));
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Strings every document of a file repeats, made once per file: the path of
// each field (spec.taints[0].effect) and short values (a size slug, a taint
// effect). A thousand documents then share them instead of each allocating
// its own copies.
class SharedStrings
{
public:
    // `parent.name` for each allowed name, in their order; stable.
    const QString* childPaths(const QString& parent, KeyNames names)
    {
        auto it = m_children.find(parent);
        if (it == m_children.end()) {
            QList<QString> paths;
            for (const std::string_view name : names)
                paths << (parent.isEmpty() ? QString(latin1(name)) : parent + u'.' + latin1(name));
            it = m_children.insert(parent, paths);
        }
        return it->constData();
    }

    // `parent[i]`
    QString itemPath(const QString& parent, std::size_t i)
    {
        QList<QString>& items = m_items[parent];
        while (std::size_t(items.size()) <= i)
            items << QStringLiteral("%1[%2]").arg(parent).arg(items.size());
        return items.at(qsizetype(i));
    }

    QString labelPath(const QString& key)
    {
        auto it = m_labels.find(key);
        if (it == m_labels.end())
            it = m_labels.insert(key, core::labelPath(key));
        return *it;
    }

    QString text(std::string_view utf8)
    {
        if (utf8.size() > 64)
            return fromUtf8(utf8);
        const auto it = m_texts.find(utf8);
        if (it != m_texts.end())
            return it->second;
        QString text = fromUtf8(utf8);
        if (m_texts.size() < 4096)
            m_texts.emplace(std::string(utf8), text);
        return text;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const
        {
            return std::hash<std::string_view>()(s);
        }
    };

    QHash<QString, QList<QString>> m_children;
    QHash<QString, QList<QString>> m_items;
    QHash<QString, QString> m_labels;
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_texts;
};

// The values of a mapping's allowed keys, by name, and their paths.
class Keys
{
public:
    Keys(KeyNames names, const QString* paths) : m_names(names), m_paths(paths) {}

    int indexOf(std::string_view name) const
    {
        for (std::size_t i = 0; i < m_names.size(); ++i)
            if (m_names[i] == name)
                return int(i);
        return -1;
    }
    bool contains(std::string_view name) const
    {
        const int i = indexOf(name);
        return i >= 0 && m_values[std::size_t(i)];
    }
    // Only for a key that contains() says is there.
    const YamlNode& operator[](std::string_view name) const
    {
        return *m_values[std::size_t(indexOf(name))];
    }
    bool isEmpty() const
    {
        return std::none_of(m_values.begin(), m_values.end(), [](const YamlNode* n) { return n; });
    }
    bool has(int index) const { return m_values[std::size_t(index)]; }
    void set(int index, const YamlNode* value) { m_values[std::size_t(index)] = value; }
    const QString& path(int index) const { return m_paths[index]; }
    const QString& path(std::string_view name) const { return m_paths[indexOf(name)]; }

private:
    KeyNames m_names;
    const QString* m_paths;
    std::array<const YamlNode*, MaxKeys> m_values{};
};

// Reads one document into a PoolManifest, collecting every error rather than
// stopping at the first, so a user fixes a file in one pass.
class DocumentReader
{
public:
    DocumentReader(const yamltree::Document& document, int index, SharedStrings& shared,
                   QList<ManifestError>& errors)
        : m_yaml(document), m_document(index), m_shared(shared), m_errors(errors)
    {}

    bool read(PoolManifest& out)
    {
        const YamlNode& root = m_yaml.root();
        const int before = int(m_errors.size());
        out.document = m_document;
        m_out = &out;
        if (root.type != YamlNode::Type::Map) {
            error(root, QString(), Tr::tr("a manifest document must be a mapping"),
                  Tr::tr("start with apiVersion: %1").arg(QLatin1String(ApiVersion)));
            return false;
        }
        const Keys keys = mapping(root, QString(), RootKeys);
        QString apiVersion, kind;
        if (required(root, keys, "apiVersion", QString()) &&
            string(keys["apiVersion"], keys.path("apiVersion"), apiVersion) &&
            apiVersion != QLatin1String(ApiVersion))
            error(keys["apiVersion"], QStringLiteral("apiVersion"),
                  Tr::tr("unsupported apiVersion '%1'").arg(apiVersion),
                  Tr::tr("use apiVersion: %1").arg(QLatin1String(ApiVersion)));
        if (required(root, keys, "kind", QString()) &&
            string(keys["kind"], keys.path("kind"), kind) && kind != QLatin1String(Kind))
            error(keys["kind"], QStringLiteral("kind"), Tr::tr("unsupported kind '%1'").arg(kind),
                  Tr::tr("use kind: %1").arg(QLatin1String(Kind)));
        if (required(root, keys, "metadata", QString()))
            readMetadata(keys["metadata"]);
        if (required(root, keys, "spec", QString()))
            readSpec(keys["spec"]);
        if (keys.contains("status"))
            readStatus(keys["status"]);
        return int(m_errors.size()) == before;
    }

private:
    static SourcePosition positionOf(const YamlNode& node) { return {node.line, node.column}; }

    void error(const YamlNode& node, const QString& path, const QString& message,
               const QString& hint = {})
    {
        m_errors.append({m_document, positionOf(node), path, message, hint});
    }

    void remember(const YamlNode& node, const QString& path)
    {
        m_out->positions.insert(path, positionOf(node));
    }

    static QString join(const QString& parent, const QString& key)
    {
        return parent.isEmpty() ? key : parent + u'.' + key;
    }
    static QString join(const QString& parent, std::string_view key)
    {
        return parent.isEmpty() ? QString(latin1(key)) : parent + u'.' + latin1(key);
    }

    // Checks a mapping's keys against the allowed ones and returns them by
    // name. Reports non-string keys, duplicates and unknown keys.
    Keys mapping(const YamlNode& node, const QString& path, KeyNames allowed)
    {
        Keys keys(allowed, m_shared.childPaths(path, allowed));
        for (std::size_t i = 0; i < node.size; ++i) {
            const YamlNode& key = m_yaml.key(node, i);
            if (key.type != YamlNode::Type::Scalar) {
                error(key, path, Tr::tr("keys must be plain words"));
                continue;
            }
            const int known = keys.indexOf(key.text);
            if (known >= 0 && keys.has(known)) {
                const QString name = fromUtf8(key.text);
                error(key, join(path, name), Tr::tr("key '%1' appears twice").arg(name),
                      Tr::tr("remove one of them"));
                continue;
            }
            if (known < 0) {
                const QString name = fromUtf8(key.text);
                QStringList names;
                for (const std::string_view n : allowed)
                    names << latin1(n);
                const QString close = closestMatch(name, names);
                error(key, join(path, name), Tr::tr("unknown key '%1'").arg(name),
                      close.isEmpty()
                          ? Tr::tr("allowed here: %1").arg(names.join(QStringLiteral(", ")))
                          : Tr::tr("did you mean '%1'?").arg(close));
                continue;
            }
            const YamlNode& value = m_yaml.value(node, i);
            keys.set(known, &value);
            remember(value, keys.path(known));
        }
        return keys;
    }

    bool required(const YamlNode& parent, const Keys& keys, std::string_view key,
                  const QString& path)
    {
        if (keys.contains(key))
            return true;
        error(parent, join(path, key), Tr::tr("'%1' is required").arg(join(path, key)));
        return false;
    }

    bool expectMap(const YamlNode& node, const QString& path)
    {
        if (node.type == YamlNode::Type::Map)
            return true;
        error(node, path, Tr::tr("expected a mapping, got %1").arg(describe(node)));
        return false;
    }

    bool expectSequence(const YamlNode& node, const QString& path)
    {
        if (node.type == YamlNode::Type::Sequence)
            return true;
        error(node, path, Tr::tr("expected a list, got %1").arg(describe(node)),
              Tr::tr("write one item per line, each starting with '- '"));
        return false;
    }

    static QString describe(const YamlNode& node)
    {
        switch (node.type) {
        case YamlNode::Type::Map:
            return Tr::tr("a mapping");
        case YamlNode::Type::Sequence:
            return Tr::tr("a list");
        case YamlNode::Type::Null:
            return Tr::tr("nothing");
        case YamlNode::Type::Scalar:
            break;
        }
        if (!node.plain)
            return Tr::tr("a string");
        return yamlscalar::describe(yamlscalar::resolvePlain(fromUtf8(node.text)));
    }

    // A string field: a quoted scalar, or a plain one YAML would not read as
    // a number, boolean or null ("value: true" is a boolean to Kubernetes).
    bool string(const YamlNode& node, const QString& path, QString& out)
    {
        if (node.type == YamlNode::Type::Scalar) {
            QString text = m_shared.text(node.text);
            if (!node.plain || yamlscalar::resolvePlain(text) == yamlscalar::PlainType::String) {
                out = std::move(text);
                return true;
            }
        }
        error(node, path, Tr::tr("expected a string, got %1").arg(describe(node)),
              node.type == YamlNode::Type::Scalar
                  ? QStringLiteral("put it in quotes: \"%1\"").arg(fromUtf8(node.text))
                  : QString());
        return false;
    }

    bool integer(const YamlNode& node, const QString& path, int& out)
    {
        if (node.type == YamlNode::Type::Scalar && node.plain) {
            const QString text = fromUtf8(node.text);
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
                error(node, path, Tr::tr("%1 is out of range").arg(text));
                return false;
            }
        }
        error(node, path, Tr::tr("expected a whole number, got %1").arg(describe(node)),
              node.type == YamlNode::Type::Scalar && !node.plain ? Tr::tr("remove the quotes")
                                                                 : QString());
        return false;
    }

    bool boolean(const YamlNode& node, const QString& path, bool& out)
    {
        if (node.type == YamlNode::Type::Scalar && node.plain) {
            const QString text = fromUtf8(node.text);
            if (yamlscalar::resolvePlain(text) == yamlscalar::PlainType::Bool) {
                out = text.toLower() == u"true";
                return true;
            }
        }
        error(node, path, Tr::tr("expected true or false, got %1").arg(describe(node)),
              Tr::tr("write true or false without quotes"));
        return false;
    }

    void readMetadata(const YamlNode& node)
    {
        const QString path = QStringLiteral("metadata");
        if (!expectMap(node, path))
            return;
        const Keys keys = mapping(node, path, MetadataKeys);
        if (required(node, keys, "name", path))
            string(keys["name"], keys.path("name"), m_out->metadataName);
        // The rest is Planton's (manifest.h, ManifestMetadata): checked and
        // kept, never used.
        ManifestMetadata& metadata = m_out->metadata;
        optionalString(keys, "slug", metadata.slug);
        optionalString(keys, "id", metadata.id);
        optionalString(keys, "org", metadata.org);
        optionalString(keys, "env", metadata.env);
        if (keys.contains("labels"))
            readOrderedStrings(keys["labels"], keys.path("labels"), QStringLiteral("label"),
                               metadata.labels);
        if (keys.contains("annotations"))
            readOrderedStrings(keys["annotations"], keys.path("annotations"),
                               QStringLiteral("annotation"), metadata.annotations);
        if (keys.contains("tags"))
            readStrings(keys["tags"], keys.path("tags"), metadata.tags);
        if (keys.contains("relationships"))
            readRelationships(keys["relationships"], keys.path("relationships"));
    }

    // A string that may be left out or left empty (`env:`), as protobuf's
    // JSON mapping allows for every field.
    void optionalString(const Keys& keys, std::string_view key, QString& out)
    {
        if (keys.contains(key) && keys[key].type != YamlNode::Type::Null)
            string(keys[key], keys.path(key), out);
    }

    // A string-to-string mapping kept in the file's order; `noun` names an
    // entry in the duplicate error.
    void readOrderedStrings(const YamlNode& node, const QString& path, const QString& noun,
                            OrderedStrings& out)
    {
        if (node.type == YamlNode::Type::Null || !expectMap(node, path))
            return;
        for (std::size_t i = 0; i < node.size; ++i) {
            const YamlNode& keyNode = m_yaml.key(node, i);
            QString key;
            if (!string(keyNode, path, key))
                continue;
            // The form of spec.labels' paths: keys often hold dots.
            const QString entryPath = QStringLiteral("%1[\"%2\"]").arg(path, key);
            const bool seen = std::any_of(out.cbegin(), out.cend(),
                                          [&key](const auto& entry) { return entry.first == key; });
            if (seen) {
                error(keyNode, entryPath, Tr::tr("%1 '%2' appears twice").arg(noun, key),
                      Tr::tr("remove one of them"));
                continue;
            }
            const YamlNode& valueNode = m_yaml.value(node, i);
            remember(valueNode, entryPath);
            QString value;
            if (string(valueNode, entryPath, value))
                out.append({key, value});
        }
    }

    void readRelationships(const YamlNode& node, const QString& path)
    {
        forEachMapItem(node, path, RelationshipKeys, &DocumentReader::readRelationship);
    }

    void readRelationship(const YamlNode& item, const Keys& keys, const QString& itemPath)
    {
        ManifestRelationship relationship;
        // Planton requires kind, name and type.
        if (required(item, keys, "kind", itemPath))
            string(keys["kind"], keys.path("kind"), relationship.kind);
        optionalString(keys, "env", relationship.env);
        if (required(item, keys, "name", itemPath))
            string(keys["name"], keys.path("name"), relationship.name);
        if (required(item, keys, "type", itemPath) &&
            string(keys["type"], keys.path("type"), relationship.type))
            checkRelationshipType(keys["type"], keys.path("type"), relationship.type);
        optionalString(keys, "group", relationship.group);
        m_out->metadata.relationships.append(relationship);
    }

    // Reads each mapping in the sequence at `path` (null means none) with
    // `read`, after the item's own path is remembered and its keys checked.
    void forEachMapItem(const YamlNode& node, const QString& path, KeyNames allowed,
                        void (DocumentReader::*read)(const YamlNode&, const Keys&, const QString&))
    {
        if (node.type == YamlNode::Type::Null || !expectSequence(node, path))
            return;
        for (std::size_t i = 0; i < node.size; ++i) {
            const YamlNode& item = m_yaml.item(node, i);
            const QString itemPath = m_shared.itemPath(path, i);
            remember(item, itemPath);
            if (expectMap(item, itemPath))
                (this->*read)(item, mapping(item, itemPath, allowed), itemPath);
        }
    }

    void checkRelationshipType(const YamlNode& node, const QString& path, const QString& type)
    {
        QStringList names;
        for (const char* name : RelationshipTypes)
            names << QLatin1String(name);
        if (names.contains(type))
            return;
        const QString close = closestMatch(type, names);
        error(node, path, Tr::tr("unknown relationship type '%1'").arg(type),
              close.isEmpty() ? Tr::tr("use one of: %1").arg(names.join(QStringLiteral(", ")))
                              : Tr::tr("did you mean '%1'?").arg(close));
    }

    void readCluster(const YamlNode& node)
    {
        const QString path = QStringLiteral("spec.cluster");
        if (node.type != YamlNode::Type::Map) {
            error(node, path, Tr::tr("expected a mapping, got %1").arg(describe(node)),
                  Tr::tr("write cluster: {value: CLUSTER-ID}"));
            return;
        }
        ClusterRef& ref = m_out->spec.cluster;
        const Keys keys = mapping(node, path, ClusterKeys);
        if (keys.contains("value") && keys.contains("valueFrom"))
            error(node, path, Tr::tr("cluster has both value and valueFrom"),
                  Tr::tr("keep one of them"));
        else if (keys.isEmpty() && node.size == 0)
            error(node, path, Tr::tr("cluster needs value or valueFrom"));
        if (keys.contains("value"))
            string(keys["value"], keys.path("value"), ref.value);
        if (keys.contains("valueFrom")) {
            const QString& fromPath = keys.path("valueFrom");
            const YamlNode& from = keys["valueFrom"];
            if (!expectMap(from, fromPath))
                return;
            const Keys fromKeys = mapping(from, fromPath, ValueFromKeys);
            if (fromKeys.contains("kind"))
                string(fromKeys["kind"], fromKeys.path("kind"), ref.fromKind);
            if (required(from, fromKeys, "name", fromPath))
                string(fromKeys["name"], fromKeys.path("name"), ref.fromName);
            if (fromKeys.contains("fieldPath"))
                string(fromKeys["fieldPath"], fromKeys.path("fieldPath"), ref.fromFieldPath);
        }
    }

    void readLabels(const YamlNode& node)
    {
        const QString path = QStringLiteral("spec.labels");
        if (node.type == YamlNode::Type::Null)
            return;
        if (!expectMap(node, path))
            return;
        for (std::size_t i = 0; i < node.size; ++i) {
            const YamlNode& keyNode = m_yaml.key(node, i);
            QString key;
            if (!string(keyNode, path, key))
                continue;
            const QString entryPath = m_shared.labelPath(key);
            if (m_out->spec.labels.contains(key)) {
                error(keyNode, entryPath, Tr::tr("label '%1' appears twice").arg(key),
                      Tr::tr("remove one of them"));
                continue;
            }
            const YamlNode& valueNode = m_yaml.value(node, i);
            remember(valueNode, entryPath);
            QString value;
            if (string(valueNode, entryPath, value))
                m_out->spec.labels.insert(key, value);
        }
    }

    void readTaints(const YamlNode& node)
    {
        forEachMapItem(node, QStringLiteral("spec.taints"), TaintKeys, &DocumentReader::readTaint);
    }

    void readTaint(const YamlNode& item, const Keys& keys, const QString& itemPath)
    {
        Taint taint;
        if (required(item, keys, "key", itemPath))
            string(keys["key"], keys.path("key"), taint.key);
        if (keys.contains("value") && keys["value"].type != YamlNode::Type::Null)
            string(keys["value"], keys.path("value"), taint.value);
        if (required(item, keys, "effect", itemPath))
            string(keys["effect"], keys.path("effect"), taint.effect);
        m_out->spec.taints.append(taint);
    }

    void readStrings(const YamlNode& node, const QString& path, QStringList& out)
    {
        if (node.type == YamlNode::Type::Null)
            return;
        if (!expectSequence(node, path))
            return;
        for (std::size_t i = 0; i < node.size; ++i) {
            const YamlNode& item = m_yaml.item(node, i);
            const QString itemPath = m_shared.itemPath(path, i);
            remember(item, itemPath);
            QString text;
            if (string(item, itemPath, text))
                out.append(text);
        }
    }

    void readSpec(const YamlNode& node)
    {
        const QString path = QStringLiteral("spec");
        if (!expectMap(node, path))
            return;
        NodePoolSpec& spec = m_out->spec;
        const Keys keys = mapping(node, path, SpecKeys);
        if (required(node, keys, "nodePoolName", path))
            string(keys["nodePoolName"], keys.path("nodePoolName"), spec.name);
        if (required(node, keys, "cluster", path))
            readCluster(keys["cluster"]);
        if (required(node, keys, "size", path))
            string(keys["size"], keys.path("size"), spec.size);
        if (keys.contains("autoScale"))
            boolean(keys["autoScale"], keys.path("autoScale"), spec.autoScale);
        if (keys.contains("minNodes"))
            integer(keys["minNodes"], keys.path("minNodes"), spec.minNodes);
        if (keys.contains("maxNodes"))
            integer(keys["maxNodes"], keys.path("maxNodes"), spec.maxNodes);
        // An autoscaled pool may leave the initial count to DigitalOcean,
        // which starts it at minNodes.
        if (keys.contains("nodeCount"))
            integer(keys["nodeCount"], keys.path("nodeCount"), spec.count);
        else if (spec.autoScale)
            spec.count = spec.minNodes;
        else
            required(node, keys, "nodeCount", path);
        if (keys.contains("labels"))
            readLabels(keys["labels"]);
        if (keys.contains("taints"))
            readTaints(keys["taints"]);
        if (keys.contains("tags"))
            readStrings(keys["tags"], keys.path("tags"), spec.tags);
    }

    void readStatus(const YamlNode& node)
    {
        const QString path = QStringLiteral("status");
        if (node.type == YamlNode::Type::Null || !expectMap(node, path))
            return;
        const Keys keys = mapping(node, path, StatusKeys);
        if (!keys.contains("outputs"))
            return;
        const QString& outPath = keys.path("outputs");
        const YamlNode& outputs = keys["outputs"];
        if (outputs.type == YamlNode::Type::Null || !expectMap(outputs, outPath))
            return;
        const Keys outKeys = mapping(outputs, outPath, OutputsKeys);
        if (outKeys.contains("nodePoolId"))
            string(outKeys["nodePoolId"], outKeys.path("nodePoolId"), m_out->status.nodePoolId);
        if (outKeys.contains("nodeIds"))
            readStrings(outKeys["nodeIds"], outKeys.path("nodeIds"), m_out->status.nodeIds);
    }

    const yamltree::Document& m_yaml;
    int m_document;
    SharedStrings& m_shared;
    QList<ManifestError>& m_errors;
    PoolManifest* m_out = nullptr;
};

// One document of the file: skipped when empty, refused when its aliases
// expand past the node budget (a billion-laughs file), else read.
void readDocument(const yamltree::Document& document, int index, const ReadOptions& options,
                  SharedStrings& shared, ReadResult& result)
{
    const YamlNode& root = document.root();
    if (root.type == YamlNode::Type::Null)
        return; // `---` at the end, or a comment-only document
    // yaml-cpp shares an anchored node between its aliases, so a few hundred
    // bytes can describe billions of nodes; `expanded` counts them as a walk
    // of the document would, without walking.
    if (root.expanded > options.maxNodes) {
        result.errors.append(
            {index,
             {root.line, root.column},
             QString(),
             Tr::tr("the document expands to more than %1 YAML nodes").arg(options.maxNodes),
             QStringLiteral("aliases (*name) probably repeat an anchor many times; write the "
                            "values out")});
        return;
    }
    PoolManifest manifest;
    if (DocumentReader(document, index, shared, result.errors).read(manifest))
        result.manifests.append(std::move(manifest));
}

// ---------------------------------------------------------------- writing

class Writer
{
    // Under YAML's 1024 characters, counted in bytes (never fewer than the
    // characters), with room for the quotes and ": ".
    static constexpr qsizetype MaxImplicitKeyBytes = 1000;

public:
    void line(int indent, const QString& text) { m_out += QString(indent, u' ') + text + u'\n'; }
    void field(int indent, const QString& key, const QString& value, const QString& comment = {})
    {
        const QString writtenKey = yamlscalar::quoted(key);
        QString text = yamlscalar::quoted(value);
        if (!comment.isEmpty())
            text += QStringLiteral("  # ") + comment.simplified();
        // YAML allows a key on the same line as its value ("implicit") up to
        // 1024 characters; yaml-cpp refuses a longer one. Such a key (never a
        // valid label, but read all the same) is written "? key" / ": value".
        if (writtenKey.toUtf8().size() >= MaxImplicitKeyBytes) {
            line(indent, QStringLiteral("? ") + writtenKey);
            line(indent, QStringLiteral(": ") + text);
            return;
        }
        line(indent, writtenKey + QStringLiteral(": ") + text);
    }
    void number(int indent, const QString& key, qint64 value)
    {
        line(indent, key + QStringLiteral(": ") + QString::number(value));
    }
    void strings(int indent, const QString& key, const QStringList& items)
    {
        if (items.isEmpty())
            return;
        line(indent, key + u':');
        for (const QString& item : items)
            line(indent + 2, QStringLiteral("- ") + yamlscalar::quoted(item));
    }
    void pairs(int indent, const QString& key, const OrderedStrings& entries)
    {
        if (entries.isEmpty())
            return;
        line(indent, key + u':');
        for (const auto& [name, value] : entries)
            field(indent + 2, name, value);
    }
    void optionalField(int indent, const QString& key, const QString& value)
    {
        if (!value.isEmpty())
            field(indent, key, value);
    }
    QByteArray bytes() const { return m_out.toUtf8(); }

private:
    QString m_out;
};

// Planton's metadata after `name`, in CloudResourceMetadata's field order.
void writeMetadata(Writer& w, const ManifestMetadata& metadata)
{
    w.optionalField(2, QStringLiteral("slug"), metadata.slug);
    w.optionalField(2, QStringLiteral("id"), metadata.id);
    w.optionalField(2, QStringLiteral("org"), metadata.org);
    w.optionalField(2, QStringLiteral("env"), metadata.env);
    w.pairs(2, QStringLiteral("labels"), metadata.labels);
    w.pairs(2, QStringLiteral("annotations"), metadata.annotations);
    w.strings(2, QStringLiteral("tags"), metadata.tags);
    if (metadata.relationships.isEmpty())
        return;
    w.line(2, QStringLiteral("relationships:"));
    for (const ManifestRelationship& relationship : metadata.relationships) {
        w.line(4, QStringLiteral("- kind: ") + yamlscalar::quoted(relationship.kind));
        w.optionalField(6, QStringLiteral("env"), relationship.env);
        w.field(6, QStringLiteral("name"), relationship.name);
        w.field(6, QStringLiteral("type"), relationship.type);
        w.optionalField(6, QStringLiteral("group"), relationship.group);
    }
}

} // namespace

ReadResult read(const QByteArray& yaml, const ReadOptions& options)
{
    ReadResult result;
    if (yaml.size() > options.maxBytes) {
        result.errors.append(
            {0,
             {1, 1},
             QString(),
             Tr::tr("the file is %1 bytes; manifests larger than %2 bytes are not read")
                 .arg(yaml.size())
                 .arg(options.maxBytes),
             Tr::tr("split it into smaller files")});
        return result;
    }
    // Documents are read one at a time into one scratch document. Past the
    // limit they are still parsed, for the count and for syntax errors.
    int documents = 0;
    SharedStrings shared;
    // One allocation for the list instead of a dozen growing copies of it.
    result.manifests.reserve(std::min<qsizetype>(yaml.count("\n---") + 1, options.maxDocuments));
    const auto each = [&](const yamltree::Document& document) {
        if (documents < options.maxDocuments)
            readDocument(document, documents, options, shared, result);
        ++documents;
    };
    yamltree::Document scratch;
    const std::string_view text(yaml.constData(), std::size_t(yaml.size()));
    if (!yamltree::readBlockYaml(text, scratch, each)) {
        // YAML the fast reader leaves to yaml-cpp: start again with it.
        result = {};
        documents = 0;
        yamltree::SyntaxError syntax;
        if (!yamltree::readWithYamlCpp(yaml, scratch, each, &syntax)) {
            // A syntax error anywhere makes the whole file unusable.
            result = {};
            result.errors.append(
                {0, SourcePosition{syntax.line, syntax.column}, QString(),
                 Tr::tr("YAML syntax error: %1").arg(QString::fromStdString(syntax.message)),
                 Tr::tr("check the indentation and quotes near this line")});
            return result;
        }
    }
    if (documents > options.maxDocuments) {
        result = {};
        result.errors.append({0,
                              {1, 1},
                              QString(),
                              Tr::tr("the file has %1 documents; at most %2 are read")
                                  .arg(documents)
                                  .arg(options.maxDocuments),
                              QString()});
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
    writeMetadata(w, manifest.metadata);
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
    specs.reserve(manifests.size());
    for (const PoolManifest& manifest : manifests)
        specs << manifest.spec;
    for (const ValidationIssue& found : validateAll(specs, perManifest)) {
        // validateAll prefixes paths with "[i]."; take the index back off.
        const qsizetype close = found.path.indexOf(u']');
        const int index = found.path.mid(1, close - 1).toInt();
        const QString path = found.path.mid(close + 2);
        const PoolManifest& manifest = manifests.at(index);
        out.append(
            {manifest.document, positionOf(manifest, path), path, found.message, found.hint});
    }
    return out;
}

SourcePosition positionOf(const PoolManifest& manifest, const QString& path)
{
    QString probe = path;
    while (!probe.isEmpty()) {
        const auto it = manifest.positions.constFind(probe);
        if (it != manifest.positions.constEnd())
            return *it;
        const qsizetype cut = std::max(probe.lastIndexOf(u'.'), probe.lastIndexOf(u'['));
        probe = cut > 0 ? probe.left(cut) : QString();
    }
    return {};
}

} // namespace core::manifest
