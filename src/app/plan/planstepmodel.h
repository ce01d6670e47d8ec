#pragma once

#include "core/applyjournal.h"
#include "core/manifestplan.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace app {

// The plan's steps in the order they run, one row each, for the plan
// dialog's table: the kind, the pool, the fields before → after, the monthly
// cost (for a replacement also while both pools run) and, once an apply
// runs, what became of the step. Built once per plan (setPlan resets it);
// during a run only the state roles change (dataChanged).
class PlanStepModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The plan controller owns the steps")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Whether the plan spans clusters (the table then shows each step's).
    Q_PROPERTY(bool manyClusters READ manyClusters NOTIFY countChanged)

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // "create", "update", "replace", "delete"
        KindTextRole,                // "Create", "Replace", ...
        MethodRole,                  // a replace: "blue/green: new pool first", "in place: ..."
        ClusterNameRole,
        PoolNameRole,    // the pool as it is now (or will be, for a create)
        FinalNameRole,   // the pool once the step is done ("" when the same)
        SummaryRole,     // one line: "3 × s-2vcpu-4gb", "2 fields", ...
        FieldsRole,      // [{field, before, after}]: before "" when added, after "" when removed
        CostBeforeRole,  // "$48.00" a month, "" for a create
        CostAfterRole,   // "$96.00", "" for a delete
        CostDeltaRole,   // "+$48.00", "−$24.00", "" when unchanged
        OverlapCostRole, // replace blue/green: the rate while both pools run; else ""
        CapacityDipRole, // replace in place: the nodes the cluster is without; else 0
        DestructiveRole, // bool: the step needs the destructive confirmation
        ReasonsRole,     // why it is destructive
        NotesRole,       // things to know, and warnings (a replaced pool made again)
        WarningRole,     // bool: a note here is a warning, not plain information
        StateRole,       // "planned", "not-sent", "settling", "applied", "failed"
        StateTextRole,   // the state as a person reads it
    };
    Q_ENUM(Role)

    explicit PlanStepModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    bool manyClusters() const { return m_manyClusters; }

    // A new plan: every row anew, all "planned". `warnings` are keyed by
    // step index (the order of the plan's clusters, then operations).
    void setPlan(const core::ManifestPlan& plan, const QHash<int, QStringList>& warnings = {});
    // What a run's journal says of each step (its steps follow the plan's).
    void setStates(const core::ApplyJournal& journal);

    // The row's role values by name, for tests and the text form.
    Q_INVOKABLE QVariantMap row(int index) const;

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        core::PlanOperation operation;
        QString clusterName;
        QVariantList fields;
        QString summary;
        QStringList warnings;
        QString state = QStringLiteral("planned");
        QString stateText;
    };

    static Row makeRow(const core::PlanOperation& operation, const QString& clusterName);

    QList<Row> m_rows;
    bool m_manyClusters = false;
};

} // namespace app
