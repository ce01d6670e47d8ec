#include "billedcostmodel.h"

#include "api/billingclient.h"
#include "app/shell/money.h"
#include "core/cost.h"
#include "historystore.h"

namespace app {

namespace {

QString signedCents(qint64 cents)
{
    return cents > 0 ? QStringLiteral("+") + formatMoney(cents) : formatMoney(cents);
}

QString utcText(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

BilledCostModel::BilledCostModel(QObject* parent) : RowListModel(parent) {}

BilledCostModel::~BilledCostModel() = default;

QHash<int, QByteArray> BilledCostModel::roleNames() const
{
    return {{ClusterNameRole, "clusterName"},         {ExistsRole, "exists"},
            {BilledCentsRole, "billedCents"},         {EstimatedCentsRole, "estimatedCents"},
            {DifferenceCentsRole, "differenceCents"}, {BilledTextRole, "billedText"},
            {EstimatedTextRole, "estimatedText"},     {DifferenceTextRole, "differenceText"},
            {ExplanationRole, "explanation"}};
}

QVariant BilledCostModel::data(const QModelIndex& index, int role) const
{
    const core::billing::BilledRow* row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case ClusterNameRole:
        return row->clusterName;
    case ExistsRole:
        return row->exists;
    case BilledCentsRole:
        return row->billedCents;
    case EstimatedCentsRole:
        return row->estimatedCents;
    case DifferenceCentsRole:
        return row->differenceCents;
    case BilledTextRole:
        return formatMoney(row->billedCents);
    case EstimatedTextRole:
        return row->hasEstimate ? formatMoney(row->estimatedCents) : tr("no history");
    case DifferenceTextRole:
        return row->hasEstimate ? signedCents(row->differenceCents) : QStringLiteral("–");
    case ExplanationRole: {
        QStringList why = row->explanations;
        if (why.isEmpty() && row->hasEstimate)
            why << (row->differenceCents == 0 ? tr("Billed as estimated.") : QString());
        return why.join(u' ');
    }
    }
    return {};
}

void BilledCostModel::setWorkspace(Workspace* workspace)
{
    if (workspace == m_workspace)
        return;
    m_workspace = workspace;
    m_billing.reset(workspace && workspace->client() ? new api::BillingClient(workspace->client())
                                                     : nullptr);
    Q_EMIT workspaceChanged();
}

void BilledCostModel::setHistoryPath(const QString& path)
{
    if (path == m_historyPath)
        return;
    m_historyPath = path;
    Q_EMIT historyPathChanged();
}

QStringList BilledCostModel::months() const
{
    QStringList out;
    for (const Month& m : m_months)
        out << (m.preview ? tr("%1 (so far)").arg(m.invoice.period) : m.invoice.period);
    return out;
}

void BilledCostModel::setMonthIndex(int index)
{
    if (index == m_monthIndex || index < 0 || index >= m_months.size())
        return;
    m_monthIndex = index;
    Q_EMIT monthsChanged();
    loadMonth();
}

QString BilledCostModel::periodText() const
{
    if (m_comparison.period.isEmpty())
        return {};
    if (m_comparison.preview)
        return tr("%1 so far: the invoice preview as of %2 (updated_at); the estimate runs to the "
                  "same instant.")
            .arg(m_comparison.period, utcText(m_comparison.to));
    return tr("%1: invoice of %2 to %3.")
        .arg(m_comparison.period, utcText(m_comparison.from), utcText(m_comparison.to));
}

QString BilledCostModel::billedTotalText() const
{
    return formatMoney(m_comparison.billedTotalCents);
}

QString BilledCostModel::estimatedTotalText() const
{
    return formatMoney(m_comparison.estimatedTotalCents);
}

QString BilledCostModel::differenceTotalText() const
{
    return signedCents(m_comparison.billedTotalCents - m_comparison.estimatedTotalCents);
}

void BilledCostModel::setLoading(bool loading)
{
    m_loading = loading;
    Q_EMIT stateChanged();
}

void BilledCostModel::fail(const api::ApiError& error)
{
    m_scopeMissing = api::BillingClient::lacksBillingScope(error);
    // The answer itself, with its request id (humanText() would advise write
    // scope for any 403, which is not what billing needs).
    const QString answer = tr("DigitalOcean answered HTTP %1 %2: %3 (request id %4).")
                               .arg(error.httpStatus)
                               .arg(error.id, error.message, error.requestId);
    m_errorText = m_scopeMissing ? api::BillingClient::billingScopeMessage() + u'\n' + answer
                                 : tr("The bill could not be read: %1").arg(error.humanText());
    // No figures of another question under an error that says none could be read.
    m_comparison = {};
    replaceRows({});
    m_loading = false;
    Q_EMIT stateChanged();
    Q_EMIT comparisonChanged();
}

void BilledCostModel::refresh()
{
    if (!m_billing)
        return;
    const int generation = ++m_generation;
    setLoading(true);
    m_billing->fetchInvoices(&m_context, [this, generation](const core::billing::InvoiceList& list,
                                                            const api::ApiError& error) {
        if (generation != m_generation)
            return;
        if (error.isError()) {
            fail(error);
            return;
        }
        const QString chosen =
            m_monthIndex < m_months.size() ? m_months.at(m_monthIndex).invoice.period : QString();
        m_months.clear();
        if (list.preview)
            m_months.append({*list.preview, true});
        for (const core::billing::InvoiceSummary& invoice : list.invoices)
            m_months.append({invoice, false});
        m_monthIndex = 0;
        for (int i = 0; i < m_months.size(); ++i)
            if (m_months.at(i).invoice.period == chosen)
                m_monthIndex = i;
        Q_EMIT monthsChanged();
        loadMonth();
    });
}

QList<core::PoolSample> BilledCostModel::history(const QDateTime& from, const QDateTime& to) const
{
    QString path = m_historyPath;
    if (path.isEmpty() && m_workspace && !m_workspace->dataDirectory().isEmpty())
        path = m_workspace->dataDirectory() + QStringLiteral("/history.sqlite");
    // The rows of this account, as CostModel records them.
    const HistoryStore store(path.isEmpty() ? HistoryStore::defaultPath() : path,
                             m_workspace ? m_workspace->accountUuid() : QString());
    return store.isOpen() ? store.samples(from, to) : QList<core::PoolSample>{};
}

void BilledCostModel::loadMonth()
{
    if (!m_billing || m_monthIndex >= m_months.size()) {
        setLoading(false);
        return;
    }
    const int generation = ++m_generation;
    const Month month = m_months.at(m_monthIndex);
    setLoading(true);
    m_billing->fetchInvoiceItems(
        month.preview ? QStringLiteral("preview") : month.invoice.uuid, &m_context,
        [this, generation, month](const QList<core::billing::InvoiceItem>& items,
                                  const api::ApiError& error) {
            if (generation != m_generation)
                return;
            if (error.isError()) {
                fail(error);
                return;
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const auto [from, to] =
                core::billing::estimateWindow(month.invoice, month.preview, now);
            const QList<core::Cluster> clusters =
                m_workspace ? m_workspace->allClusters() : QList<core::Cluster>{};
            const auto infos = core::billing::clusterInfos(clusters);
            m_comparison = core::billing::compareBilled(
                month.invoice, month.preview, items,
                core::billing::spansFromHistory(history(from, to), infos, from, to), infos, now);
            replaceRows(m_comparison.rows);
            m_errorText.clear();
            m_scopeMissing = false;
            m_loading = false;
            Q_EMIT stateChanged();
            Q_EMIT comparisonChanged();
        });
}

} // namespace app
