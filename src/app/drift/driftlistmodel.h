#pragma once

#include "app/shell/rowlistmodel.h"
#include "core/drift.h"

#include <QtQml/qqmlregistration.h>

namespace app {

struct DriftRow
{
    QString key; // file#document, or live:cluster/pool for live-only pools
    core::DriftEntry entry;

    friend bool operator==(const DriftRow&, const DriftRow&) = default;
};

// The drift view's list: one row per manifest document (and per live pool no
// manifest describes), updated by diff on every re-check so the view keeps
// its place while the workspace refreshes.
class DriftListModel : public RowListModel<DriftRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The DriftController owns its list")

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // stable across re-checks, for rowOfKey
        PoolNameRole,
        ClusterNameRole,
        FileRole,       // relative to the folder; empty for live-only pools
        WhereRole,      // "web.yaml:12:5" (or "web.yaml") for the manifest's place
        StatusRole,     // a Status
        StatusTextRole, // "differs", "differs (replace)", ...
        ChangesRole,    // QStringList of "field: live → manifest"
        NotesRole,      // QStringList, e.g. a count left to the autoscaler
        ReasonRole,     // why a manifest is invalid or its cluster unknown
        ReplaceRole,    // the size differs
        CanApplyRole,   // applying the manifest would change something live
        CanRewriteRole, // the manifest can be rewritten from its live pool
    };

    // core::DriftStatus as QML sees it.
    enum Status
    {
        InSync,
        Differs,
        NotLive,
        Unresolved,
        Invalid,
        LiveOnly,
    };
    Q_ENUM(Status)

    using RowListModel::RowListModel;

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEntries(const QList<core::DriftEntry>& entries);
    const core::DriftEntry* entryAt(int row) const;
    // The row now showing `key`, or -1: a dialog opened on a row finds it
    // again after a re-check has moved it.
    Q_INVOKABLE int rowOfKey(const QString& key) const { return indexOfKey(key); }

    static Status statusOf(core::DriftStatus status);
    static bool canApply(const core::DriftEntry& entry);
    static bool canRewrite(const core::DriftEntry& entry);

protected:
    QString keyOf(const DriftRow& row) const override { return row.key; }
};

} // namespace app
