// poolctl cost [--by pool|cluster|size|tag:KEY] [-o table|csv|json|yaml]
#include "costcommand.h"

#include "api/doclient.h"
#include "commands.h"
#include "output.h"
#include "resolve.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

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

void runCost(api::DoClient& client, const QStringList&, const Options& options, Finish finish)
{
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
