// poolctl sizes: droplet sizes and prices, from the day-long disk cache.
#include "api/catalogcache.h"
#include "api/doclient.h"
#include "commands.h"
#include "core/sizefamily.h"
#include "output.h"
#include "resolve.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace cli {

void runSizes(api::DoClient& client, const QStringList&, const Options& options, Finish finish)
{
    client.fetchSizes(
        &client,
        [&client, options, finish](const QList<core::Size>& sizes, const api::ApiError& error) {
            if (error.isError()) {
                printError(error.humanText());
                finish(ExitApiError);
                return;
            }
            TextTable table({QStringLiteral("SLUG"), QStringLiteral("FAMILY"),
                             QStringLiteral("VCPUS"), QStringLiteral("MEMORY"),
                             QStringLiteral("DISK"), QStringLiteral("MONTHLY"),
                             QStringLiteral("HOURLY")});
            QJsonArray json;
            for (const core::Size& size : sizes) {
                table.addRow({size.slug, core::sizeFamily(size), QString::number(size.vcpus),
                              QStringLiteral("%1 GiB").arg(size.memoryMiB / 1024.0),
                              QStringLiteral("%1 GiB").arg(size.diskGiB),
                              dollars(size.priceMonthlyCents),
                              QStringLiteral("$%1").arg(size.priceHourly, 0, 'f', 5)});
                // The family the app groups by, beside DigitalOcean's description.
                QJsonObject row = sizeToJson(size);
                row.insert(QStringLiteral("family"), core::sizeFamily(size));
                json.append(row);
            }
            print(render(options.output, json, table.toString()));
            // The age goes to stderr so that scripts reading stdout get data only.
            QTextStream(stderr) << QCoreApplication::translate("sizes", "prices fetched %1\n")
                                       .arg(api::describeAge(client.sizesFetchedAt(),
                                                             QDateTime::currentDateTimeUtc()));
            finish(ExitOk);
        },
        options.refresh ? api::DoClient::CachePolicy::Refresh
                        : api::DoClient::CachePolicy::UseCache);
}

} // namespace cli
