// poolctl cost [--by pool|cluster|size|tag:KEY] [-o table|csv|json|yaml]
// poolctl cost --billed [--month YYYY-MM] [-o table|csv|json|yaml]
#include "costcommand.h"

#include "api/billingclient.h"
#include "api/doclient.h"
#include "commands.h"
#include "core/billedcost.h"
#include "output.h"
#include "resolve.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>
#include <memory>

namespace cli {

namespace {

QJsonObject bandToJson(const core::CostBand& band)
{
    return {{QStringLiteral("min_monthly_cents"), band.minCents},
            {QStringLiteral("monthly_cents"), band.currentCents},
            {QStringLiteral("max_monthly_cents"), band.maxCents},
            {QStringLiteral("monthly"), core::plainDollars(band.currentCents)}};
}

} // namespace

QJsonObject costToJson(const QString& by, const QList<core::CostGroup>& groups,
                       const QStringList& unpricedSizes)
{
    QJsonArray rows;
    core::CostBand total;
    for (const core::CostGroup& group : groups) {
        QJsonObject row = bandToJson(group.band);
        row.insert(QStringLiteral("group"), group.label());
        row.insert(QStringLiteral("kind"), group.kind == core::CostGroup::Kind::Value ? "value"
                                           : group.kind == core::CostGroup::Kind::Untagged
                                               ? "untagged"
                                               : "control_plane");
        row.insert(QStringLiteral("pool_ids"), QJsonArray::fromStringList(group.poolIds));
        row.insert(QStringLiteral("nodes"), group.nodes);
        rows.append(row);
        total += group.band;
    }
    return {{QStringLiteral("estimate"), true},
            {QStringLiteral("by"), by},
            {QStringLiteral("groups"), rows},
            {QStringLiteral("total"), bandToJson(total)},
            {QStringLiteral("unpriced_sizes"), QJsonArray::fromStringList(unpricedSizes)}};
}

QString costTable(const QString& by, const QList<core::CostGroup>& groups)
{
    TextTable table({by.toUpper(), QStringLiteral("POOLS"), QStringLiteral("NODES"),
                     QStringLiteral("MIN"), QStringLiteral("MONTHLY"), QStringLiteral("MAX")});
    core::CostBand total;
    for (const core::CostGroup& group : groups) {
        table.addRow({group.label(), QString::number(group.poolIds.size()),
                      QString::number(group.nodes), dollars(group.band.minCents),
                      dollars(group.band.currentCents), dollars(group.band.maxCents)});
        total += group.band;
    }
    table.addRow({QStringLiteral("TOTAL"), QString(), QString(), dollars(total.minCents),
                  dollars(total.currentCents), dollars(total.maxCents)});
    return table.toString();
}

namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cost)
};

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QJsonObject billedToJson(const core::billing::BilledComparison& c)
{
    QJsonArray rows;
    for (const core::billing::BilledRow& row : c.rows)
        rows.append(QJsonObject{
            {QStringLiteral("cluster"), row.clusterName},
            {QStringLiteral("cluster_id"), row.clusterId},
            {QStringLiteral("exists"), row.exists},
            {QStringLiteral("billed_cents"), row.billedCents},
            {QStringLiteral("estimated_cents"), row.estimatedCents},
            {QStringLiteral("difference_cents"), row.differenceCents},
            {QStringLiteral("has_estimate"), row.hasEstimate},
            {QStringLiteral("billed_nodes"), row.billedNodes},
            {QStringLiteral("estimated_nodes"), row.estimatedNodes},
            {QStringLiteral("explanations"), QJsonArray::fromStringList(row.explanations)}});
    return {{QStringLiteral("billed"), true},
            {QStringLiteral("period"), c.period},
            {QStringLiteral("invoice_uuid"), c.invoiceUuid},
            {QStringLiteral("preview"), c.preview},
            {QStringLiteral("from"), timeText(c.from)},
            {QStringLiteral("to"), timeText(c.to)},
            {QStringLiteral("updated_at"),
             c.updatedAt.isValid() ? QJsonValue(timeText(c.updatedAt)) : QJsonValue()},
            {QStringLiteral("estimate_source"), QStringLiteral("live_nodes")},
            {QStringLiteral("clusters"), rows},
            {QStringLiteral("total"),
             QJsonObject{
                 {QStringLiteral("billed_cents"), c.billedTotalCents},
                 {QStringLiteral("estimated_cents"), c.estimatedTotalCents},
                 {QStringLiteral("difference_cents"), c.billedTotalCents - c.estimatedTotalCents}}},
            {QStringLiteral("other_products_cents"), c.otherProductsCents}};
}

QString billedTable(const core::billing::BilledComparison& c)
{
    QString head =
        c.preview
            ? Tr::tr("invoice preview %1 (%2 to %3), updated_at %4\n")
                  .arg(c.period, timeText(c.from), timeText(c.to), timeText(c.updatedAt))
            : Tr::tr("invoice %1 (%2 to %3)\n").arg(c.period, timeText(c.from), timeText(c.to));
    TextTable table({QStringLiteral("CLUSTER"), QStringLiteral("BILLED"),
                     QStringLiteral("ESTIMATED"), QStringLiteral("DIFFERENCE"),
                     QStringLiteral("WHY")});
    for (const core::billing::BilledRow& row : c.rows)
        table.addRow({row.exists ? row.clusterName : row.clusterName + Tr::tr(" (gone)"),
                      dollars(row.billedCents),
                      row.hasEstimate ? dollars(row.estimatedCents) : QStringLiteral("-"),
                      dollars(row.differenceCents), row.explanations.join(u' ')});
    table.addRow({QStringLiteral("TOTAL"), dollars(c.billedTotalCents),
                  dollars(c.estimatedTotalCents),
                  dollars(c.billedTotalCents - c.estimatedTotalCents), QString()});
    return head + table.toString();
}

QString billedCsv(const core::billing::BilledComparison& c)
{
    QString out = QStringLiteral("period,updated_at,cluster,exists,billed_cents,estimated_cents,"
                                 "difference_cents,explanations\n");
    auto line = [&](const QString& name, const QString& exists, qint64 billed, qint64 estimated,
                    const QString& why) {
        out += QStringList{c.period,
                           timeText(c.updatedAt),
                           csvField(name),
                           exists,
                           QString::number(billed),
                           QString::number(estimated),
                           QString::number(billed - estimated),
                           csvField(why)}
                   .join(u',') +
               u'\n';
    };
    for (const core::billing::BilledRow& row : c.rows)
        line(row.clusterName, row.exists ? QStringLiteral("true") : QStringLiteral("false"),
             row.billedCents, row.estimatedCents, row.explanations.join(u' '));
    line(QStringLiteral("TOTAL"), QString(), c.billedTotalCents, c.estimatedTotalCents, QString());
    return out;
}

namespace {

// The invoice --month names, or the preview (this month so far) without it.
struct Chosen
{
    core::billing::InvoiceSummary invoice;
    bool preview = false;
    QString problem;
};

Chosen chooseInvoice(const core::billing::InvoiceList& list, const QString& month)
{
    if (list.preview && (month.isEmpty() || month == list.preview->period))
        return {*list.preview, true, {}};
    for (const core::billing::InvoiceSummary& invoice : list.invoices)
        if (invoice.period == month)
            return {invoice, false, {}};
    QStringList periods;
    for (const core::billing::InvoiceSummary& invoice : list.invoices)
        periods << invoice.period;
    return {{},
            false,
            Tr::tr("no invoice for %1; invoices: %2; this month: %3")
                .arg(month.isEmpty() ? Tr::tr("this month") : month,
                     periods.isEmpty() ? Tr::tr("none") : periods.join(QStringLiteral(", ")),
                     list.preview ? list.preview->period : Tr::tr("none"))};
}

void failBilling(const api::ApiError& error, Finish finish)
{
    if (api::BillingClient::lacksBillingScope(error))
        printError(api::BillingClient::billingScopeMessage());
    printError(error.humanText());
    finish(ExitApiError);
}

} // namespace

// The estimate poolctl can make without the app's history: the nodes the API
// shows now, each from its created_at (core::billing::spansFromLiveNodes).
void runBilledCost(api::DoClient& client, const Options& options, Finish finish)
{
    auto billing = std::make_shared<api::BillingClient>(&client);
    withClusters(
        client, finish, [&client, billing, options, finish](const QList<core::Cluster>& clusters) {
            client.fetchSizes(&client, [&client, billing, clusters, options,
                                        finish](const QList<core::Size>& sizes,
                                                const api::ApiError& error) {
                if (error.isError()) {
                    printError(error.humanText());
                    finish(ExitApiError);
                    return;
                }
                billing->fetchInvoices(&client, [&client, billing, clusters, sizes, options,
                                                 finish](const core::billing::InvoiceList& list,
                                                         const api::ApiError& error) {
                    if (error.isError()) {
                        failBilling(error, finish);
                        return;
                    }
                    const Chosen chosen = chooseInvoice(list, options.month);
                    if (!chosen.problem.isEmpty()) {
                        printError(chosen.problem);
                        finish(ExitUsage);
                        return;
                    }
                    const QString uuid =
                        chosen.preview ? QStringLiteral("preview") : chosen.invoice.uuid;
                    billing->fetchInvoiceItems(
                        uuid, &client,
                        [billing, clusters, sizes, options, finish,
                         chosen](const QList<core::billing::InvoiceItem>& items,
                                 const api::ApiError& error) {
                            if (error.isError()) {
                                failBilling(error, finish);
                                return;
                            }
                            const QDateTime now = QDateTime::currentDateTimeUtc();
                            const auto [from, to] =
                                core::billing::estimateWindow(chosen.invoice, chosen.preview, now);
                            const core::billing::BilledComparison c = core::billing::compareBilled(
                                chosen.invoice, chosen.preview, items,
                                core::billing::spansFromLiveNodes(clusters, sizes, from, to),
                                core::billing::clusterInfos(clusters), now);
                            if (options.output == u"csv")
                                print(billedCsv(c));
                            else
                                print(render(options.output, billedToJson(c), billedTable(c)));
                            QTextStream(stderr) << Tr::tr(
                                "estimate: the nodes the API shows now, each from its created_at, "
                                "per second, at most 672 h a node a month, HA control plane "
                                "$40.00/month; nodes removed since are on the bill only\n");
                            finish(ExitOk);
                        });
                });
            });
        });
}

void runCost(api::DoClient& client, const QStringList&, const Options& options, Finish finish)
{
    if (options.billed) {
        runBilledCost(client, options, finish);
        return;
    }
    const QString by = options.by.isEmpty() ? QStringLiteral("pool") : options.by;
    if (!core::costBy({}, by)) {
        printError(QCoreApplication::translate("cost", "unknown grouping \"%1\"; use pool, "
                                                       "cluster, size or tag:KEY")
                       .arg(by));
        QMetaObject::invokeMethod(
            &client, [finish] { finish(ExitUsage); }, Qt::QueuedConnection);
        return;
    }
    withClusters(
        client, finish, [&client, by, options, finish](const QList<core::Cluster>& clusters) {
            client.fetchSizes(&client, [clusters, by, options,
                                        finish](const QList<core::Size>& sizes,
                                                const api::ApiError& error) {
                if (error.isError()) {
                    printError(error.humanText());
                    finish(ExitApiError);
                    return;
                }
                const QList<core::CostLine> lines = core::costLines(clusters, sizes);
                const QList<core::CostGroup> groups = *core::costBy(lines, by);
                QStringList unpriced;
                for (const core::CostLine& line : lines)
                    if (!line.priced && !unpriced.contains(line.size))
                        unpriced << line.size;
                if (options.output == u"csv")
                    print(core::costCsv(groups));
                else
                    print(render(options.output, costToJson(by, groups, unpriced),
                                 costTable(by, groups)));
                QTextStream err(stderr);
                err << QCoreApplication::translate(
                    "cost", "estimate: count x monthly price; HA control plane $40.00/month "
                            "assumed; DigitalOcean bills per second up to 672 hours a month\n");
                if (!unpriced.isEmpty())
                    err << QCoreApplication::translate("cost", "not in the size catalogue (counted "
                                                               "as $0): %1\n")
                               .arg(unpriced.join(QStringLiteral(", ")));
                finish(ExitOk);
            });
        });
}

} // namespace cli
