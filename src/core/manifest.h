#pragma once

#include "cluster.h"
#include "nodepoolspec.h"
#include "validation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

// The manifest codec: `kind: DigitalOceanKubernetesNodePool` YAML documents
// (ARCHITECTURE.md, "Manifest format") <-> NodePoolSpec.
namespace core::manifest {

inline constexpr char ApiVersion[] = "digital-ocean.project-planton.org/v1";
inline constexpr char Kind[] = "DigitalOceanKubernetesNodePool";

// 1-based line and column in the file; 0 when unknown.
struct SourcePosition
{
    int line = 0;
    int column = 0;

    friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
};

// A problem in a manifest file: where, which field, what, and what to do.
struct ManifestError
{
    int document = 0; // 0-based index of the YAML document in the file
    SourcePosition position;
    QString path; // e.g. spec.taints[0].effect; empty for file-level errors
    QString message;
    QString hint;

    friend bool operator==(const ManifestError&, const ManifestError&) = default;
};

// `status.outputs`: what the pool became on DigitalOcean.
struct ManifestStatus
{
    QString nodePoolId;
    QStringList nodeIds;

    bool isEmpty() const { return nodePoolId.isEmpty() && nodeIds.isEmpty(); }
    friend bool operator==(const ManifestStatus&, const ManifestStatus&) = default;
};

// Key/value pairs in the order the file lists them, so that rewriting a file
// keeps its order.
using OrderedStrings = QList<std::pair<QString, QString>>;

// One of Project Planton's CloudResourceRelationship entries: another
// resource this one depends on, runs on, is managed by or uses.
struct ManifestRelationship
{
    QString kind; // a Planton resource kind, e.g. DigitalOceanKubernetesCluster
    QString env;
    QString name;
    QString type; // one of RelationshipTypes
    QString group;

    friend bool operator==(const ManifestRelationship&, const ManifestRelationship&) = default;
};

// The values Planton allows for a relationship's type ("unspecified" is its
// enum's zero, which Planton's validation refuses).
inline constexpr const char* RelationshipTypes[] = {"depends_on", "runs_on", "managed_by", "uses"};

// Project Planton's CloudResourceMetadata beyond `name` (which is
// PoolManifest::metadataName). It belongs to Planton, not to DigitalOcean:
// it is kept through reading and writing but is no part of the spec, so it
// is never sent, planned or counted as drift.
struct ManifestMetadata
{
    QString slug;
    QString id;
    QString org;
    QString env;
    OrderedStrings labels;
    OrderedStrings annotations;
    QStringList tags;
    QList<ManifestRelationship> relationships;

    bool isEmpty() const { return *this == ManifestMetadata(); }
    friend bool operator==(const ManifestMetadata&, const ManifestMetadata&) = default;
};

struct PoolManifest
{
    QString metadataName;
    ManifestMetadata metadata;
    NodePoolSpec spec;
    ManifestStatus status;
    // Where each field was read from, by path (spec.taints[0].effect). Filled
    // by reading only; not part of equality.
    QHash<QString, SourcePosition> positions;
    int document = 0; // index of the YAML document it came from

    friend bool operator==(const PoolManifest& a, const PoolManifest& b)
    {
        return a.metadataName == b.metadataName && a.metadata == b.metadata && a.spec == b.spec &&
               a.status == b.status;
    }
};

struct ReadOptions
{
    // Files larger than this are refused before parsing.
    qsizetype maxBytes = 1024 * 1024;
    // Each document's node graph is walked with this budget; aliases make a
    // small file expand (billion laughs), so the walk stops here.
    int maxNodes = 20000;
    int maxDocuments = 500;
};

struct ReadResult
{
    QList<PoolManifest> manifests; // the documents that read cleanly
    QList<ManifestError> errors;

    bool ok() const { return errors.isEmpty(); }
};

// Reads one or many `---` separated documents. Empty documents are skipped.
// Unknown keys (with a suggestion when one is close), wrong types, a wrong
// apiVersion or kind, duplicate keys and YAML syntax errors are reported with
// line and column; a document with errors is left out of `manifests`.
ReadResult read(const QByteArray& yaml, const ReadOptions& options = {});

struct WriteOptions
{
    // Write status.outputs (nodePoolId, nodeIds) when the manifest has them.
    bool includeStatus = false;
    // Cluster id -> name; when the id is found, `# name` follows cluster.value.
    QHash<QString, QString> clusterNames;
};

// One document, always ending in a newline. Stable: the same manifest gives
// the same bytes. Keys follow the format's order (metadata in Planton's field
// order, its labels and annotations as they were read); defaults (autoscaling
// off, empty labels/taints/tags, empty metadata fields) are left out;
// automatic k8s tags are never written.
QByteArray write(const PoolManifest& manifest, const WriteOptions& options = {});

// Several documents joined by `---` lines.
QByteArray writeAll(const QList<PoolManifest>& manifests, const WriteOptions& options = {});

// The manifest for a live pool, with status.outputs filled from its ids.
PoolManifest fromPool(const NodePool& pool);

// The position of `path` in the manifest, or of its nearest parent that was
// in the file; {} when none was.
SourcePosition positionOf(const PoolManifest& manifest, const QString& path);

// Validates every manifest and places each issue at the line of the field it
// names (or of its nearest parent that was in the file).
QList<ManifestError> validate(const QList<PoolManifest>& manifests,
                              const ValidationOptions& options = {});

} // namespace core::manifest
