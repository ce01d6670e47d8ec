#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// DigitalOcean's billing answers as values: the invoice list with its preview,
// one invoice's items, the balance. Amounts arrive as decimal strings in USD
// ("12.34") and are kept in integer cents. The answers' JSON types are
// checked before this (dojsoncheck.h); these readers refuse an amount that is
// not a decimal number, naming the field.
namespace core::billing {

inline const QString KubernetesProduct = QStringLiteral("Kubernetes Clusters");

struct InvoiceSummary
{
    QString uuid;
    QString invoiceId;
    QString period; // YYYY-MM
    qint64 amountCents = 0;
    QDateTime updatedAt; // the preview's "as of"; invalid on past invoices

    friend bool operator==(const InvoiceSummary&, const InvoiceSummary&) = default;
};

struct InvoiceList
{
    QList<InvoiceSummary> invoices; // as listed (newest first)
    std::optional<InvoiceSummary> preview;

    friend bool operator==(const InvoiceList&, const InvoiceList&) = default;
};

struct InvoiceItem
{
    QString product;
    QString resourceUuid;
    QString resourceId;
    QString groupDescription; // for DOKS: the cluster's name
    QString description;
    qint64 amountCents = 0;
    double duration = 0.0; // in durationUnit
    QString durationUnit;  // "Hours"
    QDateTime start;
    QDateTime end;
    QString projectName;

    double hours() const;
    friend bool operator==(const InvoiceItem&, const InvoiceItem&) = default;
};

struct Balance
{
    qint64 monthToDateBalanceCents = 0;
    qint64 accountBalanceCents = 0;
    qint64 monthToDateUsageCents = 0;
    QDateTime generatedAt;

    friend bool operator==(const Balance&, const Balance&) = default;
};

// "12.34" → 1234, "-0.5" → -50, "7" → 700; more than two decimals round half
// away from zero. Nothing for anything else ("", "12,34", "1e3", "$5").
std::optional<qint64> centsFromAmount(const QString& text);
// 1234 → "12.34".
QString amountText(qint64 cents);

// Each returns "" or the first problem, naming the field
// ("invoice_items[3].amount: expected an amount in dollars such as \"12.34\", found \"abc\"").
QString readInvoiceList(const QJsonArray& invoices, const QJsonValue& preview, InvoiceList* out);
QString readInvoiceItems(const QJsonArray& items, QList<InvoiceItem>* out);
QString readBalance(const QJsonObject& balance, Balance* out);

// The period an invoice covers: [first day of `period`, first day of the next month), UTC.
std::optional<std::pair<QDateTime, QDateTime>> periodBounds(const QString& period);

} // namespace core::billing
