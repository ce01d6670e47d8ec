#include "billedinvoice.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace core::billing {
namespace {

// Tr::tr(), not a free tr(): lupdate then files messages under the same context
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::billing)
};

QString badAmount(const QString& path, const QJsonValue& value)
{
    return Tr::tr("%1: expected an amount in dollars such as \"12.34\", found \"%2\"")
        .arg(path, value.toString());
}

// An amount field: absent reads as 0 (DO leaves some out), present must be one.
QString readAmount(const QJsonObject& object, const char* key, const QString& path, qint64* out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        *out = 0;
        return {};
    }
    const auto cents = centsFromAmount(value.toString());
    if (!value.isString() || !cents)
        return badAmount(path + QLatin1Char('.') + QLatin1String(key), value);
    *out = *cents;
    return {};
}

QString readTime(const QJsonObject& object, const char* key, const QString& path, QDateTime* out)
{
    const QString text = object.value(QLatin1String(key)).toString();
    if (text.isEmpty()) {
        *out = {};
        return {};
    }
    *out = QDateTime::fromString(text, Qt::ISODate);
    if (!out->isValid())
        return Tr::tr("%1.%2: expected a time such as \"2020-01-01T00:00:00Z\", found \"%3\"")
            .arg(path, QLatin1String(key), text);
    *out = out->toUTC();
    return {};
}

QString readSummary(const QJsonObject& o, const QString& path, InvoiceSummary* out)
{
    out->uuid = o.value(u"invoice_uuid").toString();
    out->invoiceId = o.value(u"invoice_id").toString();
    out->period = o.value(u"invoice_period").toString();
    if (!out->period.isEmpty() && !periodBounds(out->period))
        return Tr::tr("%1.invoice_period: expected a month such as \"2020-01\", found \"%2\"")
            .arg(path, out->period);
    if (QString p = readAmount(o, "amount", path, &out->amountCents); !p.isEmpty())
        return p;
    return readTime(o, "updated_at", path, &out->updatedAt);
}

} // namespace

double InvoiceItem::hours() const
{
    if (durationUnit.compare(u"minutes", Qt::CaseInsensitive) == 0)
        return duration / 60.0;
    if (durationUnit.compare(u"seconds", Qt::CaseInsensitive) == 0)
        return duration / 3600.0;
    return duration; // DO writes "Hours"
}

std::optional<qint64> centsFromAmount(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(-?)([0-9]{1,15})(?:\\.([0-9]{1,9}))?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const bool negative = !m.captured(1).isEmpty();
    qint64 cents = m.captured(2).toLongLong() * 100;
    const QString fraction = m.captured(3) + QStringLiteral("000");
    cents += fraction.left(2).toLongLong();
    if (fraction.at(2) >= u'5') // half away from zero
        ++cents;
    return negative ? -cents : cents;
}

QString amountText(qint64 cents)
{
    const qint64 a = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString readInvoiceList(const QJsonArray& invoices, const QJsonValue& preview, InvoiceList* out)
{
    *out = {};
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        InvoiceSummary s;
        if (QString p =
                readSummary(invoices.at(i).toObject(), QStringLiteral("invoices[%1]").arg(i), &s);
            !p.isEmpty())
            return p;
        out->invoices.append(s);
    }
    if (preview.isObject()) {
        InvoiceSummary s;
        if (QString p = readSummary(preview.toObject(), QStringLiteral("invoice_preview"), &s);
            !p.isEmpty())
            return p;
        out->preview = s;
    }
    return {};
}

QString readInvoiceItems(const QJsonArray& items, QList<InvoiceItem>* out)
{
    out->clear();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("invoice_items[%1]").arg(i);
        const QJsonObject o = items.at(i).toObject();
        InvoiceItem item;
        item.product = o.value(u"product").toString();
        item.resourceUuid = o.value(u"resource_uuid").toString();
        item.resourceId = o.value(u"resource_id").toString();
        item.groupDescription = o.value(u"group_description").toString();
        item.description = o.value(u"description").toString();
        item.durationUnit = o.value(u"duration_unit").toString();
        item.projectName = o.value(u"project_name").toString();
        if (QString p = readAmount(o, "amount", path, &item.amountCents); !p.isEmpty())
            return p;
        const QString duration = o.value(u"duration").toString();
        if (!duration.isEmpty()) {
            bool ok = false;
            item.duration = duration.toDouble(&ok);
            if (!ok || item.duration < 0)
                return Tr::tr(
                           "%1.duration: expected a number of hours such as \"744\", found \"%2\"")
                    .arg(path, duration);
        }
        if (QString p = readTime(o, "start_time", path, &item.start); !p.isEmpty())
            return p;
        if (QString p = readTime(o, "end_time", path, &item.end); !p.isEmpty())
            return p;
        out->append(item);
    }
    return {};
}

QString readBalance(const QJsonObject& o, Balance* out)
{
    *out = {};
    // Top-level fields: named "balance.<key>" so the message says which answer.
    auto amount = [&](const char* key, qint64* cents) {
        return readAmount(o, key, QStringLiteral("balance"), cents);
    };
    if (QString p = amount("month_to_date_balance", &out->monthToDateBalanceCents); !p.isEmpty())
        return p;
    if (QString p = amount("account_balance", &out->accountBalanceCents); !p.isEmpty())
        return p;
    if (QString p = amount("month_to_date_usage", &out->monthToDateUsageCents); !p.isEmpty())
        return p;
    return readTime(o, "generated_at", QStringLiteral("balance"), &out->generatedAt);
}

std::optional<std::pair<QDateTime, QDateTime>> periodBounds(const QString& period)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{4})-([0-9]{2})$"));
    const QRegularExpressionMatch m = re.match(period);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (!first.isValid())
        return std::nullopt;
    const QDateTime from(first, QTime(0, 0), QTimeZone::utc());
    return std::make_pair(from, from.addMonths(1));
}

} // namespace core::billing
