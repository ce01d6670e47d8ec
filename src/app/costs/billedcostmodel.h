#pragma once

#include "app/shell/rowlistmodel.h"
#include "app/shell/workspace.h"
#include "core/billedcost.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace api {
class BillingClient;
}

namespace app {

// "Billed vs estimated": one row per cluster of a month, the amount on
// DigitalOcean's invoice beside the estimate from the history of node counts
// (history.sqlite, the same the cost charts read), the difference and what
// explains it (core::billing::compareBilled). Past months come from past
// invoices, this month from the preview with its updated_at. A token without
// billing:read gets `scopeMissing` and a message; nothing else depends on it.
class BilledCostModel : public RowListModel<core::billing::BilledRow>
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Workspace* workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    // Where the history lives; empty: the workspace's data folder, else the default.
    Q_PROPERTY(QString historyPath READ historyPath WRITE setHistoryPath NOTIFY historyPathChanged)
    // "2026-12 (so far)", "2026-11", ...: the preview first, then past invoices.
    Q_PROPERTY(QStringList months READ months NOTIFY monthsChanged)
    Q_PROPERTY(int monthIndex READ monthIndex WRITE setMonthIndex NOTIFY monthsChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(bool scopeMissing READ scopeMissing NOTIFY stateChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY comparisonChanged)
    Q_PROPERTY(QString billedTotalText READ billedTotalText NOTIFY comparisonChanged)
    Q_PROPERTY(QString estimatedTotalText READ estimatedTotalText NOTIFY comparisonChanged)
    Q_PROPERTY(QString differenceTotalText READ differenceTotalText NOTIFY comparisonChanged)
    Q_PROPERTY(qint64 billedTotalCents READ billedTotalCents NOTIFY comparisonChanged)
    Q_PROPERTY(qint64 estimatedTotalCents READ estimatedTotalCents NOTIFY comparisonChanged)

public:
    enum Role
    {
        ClusterNameRole = Qt::UserRole + 1,
        ExistsRole,
        BilledCentsRole,
        EstimatedCentsRole,
        DifferenceCentsRole,
        BilledTextRole,
        EstimatedTextRole,
        DifferenceTextRole,
        ExplanationRole,
    };

    explicit BilledCostModel(QObject* parent = nullptr);
    ~BilledCostModel() override;

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Workspace* workspace() const { return m_workspace; }
    void setWorkspace(Workspace* workspace);
    QString historyPath() const { return m_historyPath; }
    void setHistoryPath(const QString& path);
    QStringList months() const;
    int monthIndex() const { return m_monthIndex; }
    void setMonthIndex(int index);
    bool loading() const { return m_loading; }
    QString errorText() const { return m_errorText; }
    bool scopeMissing() const { return m_scopeMissing; }
    QString periodText() const;
    QString billedTotalText() const;
    QString estimatedTotalText() const;
    QString differenceTotalText() const;
    qint64 billedTotalCents() const { return m_comparison.billedTotalCents; }
    qint64 estimatedTotalCents() const { return m_comparison.estimatedTotalCents; }
    const core::billing::BilledComparison& comparison() const { return m_comparison; }

    // Reads the invoice list again, then the chosen month's items.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void workspaceChanged();
    void historyPathChanged();
    void monthsChanged();
    void stateChanged();
    void comparisonChanged();

protected:
    QString keyOf(const core::billing::BilledRow& row) const override { return row.clusterName; }

private:
    struct Month
    {
        core::billing::InvoiceSummary invoice;
        bool preview = false;
    };

    void loadMonth();
    void fail(const api::ApiError& error);
    void setLoading(bool loading);
    QList<core::PoolSample> history(const QDateTime& from, const QDateTime& to) const;

    QPointer<Workspace> m_workspace;
    std::unique_ptr<api::BillingClient> m_billing;
    QString m_historyPath;
    QList<Month> m_months;
    int m_monthIndex = 0;
    bool m_loading = false;
    QString m_errorText;
    bool m_scopeMissing = false;
    core::billing::BilledComparison m_comparison;
    int m_generation = 0; // answers to an older question are dropped
    QObject m_context;    // the context of the calls in flight: replaced to drop them
};

} // namespace app
