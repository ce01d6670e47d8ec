#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cli {

// A plain-text table for a terminal: a header row and aligned columns, two
// spaces apart, no trailing blanks. Fit for people and for `awk`.
class TextTable
{
public:
    explicit TextTable(QStringList header) : m_rows{std::move(header)} {}
    // Rows without a header: a later page of a listing (clusterlisting.h).
    static TextTable ofRows(QList<QStringList> rows);

    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    QString toString() const { return toString(columnWidths()); }

    // The widest cell of each column.
    QList<qsizetype> columnWidths() const;
    // The rows with the columns `widths` wide; a cell wider than its column
    // still has two spaces after it (it only pushes the rest of its row).
    QString toString(const QList<qsizetype>& widths) const;

private:
    TextTable() = default;
    QList<QStringList> m_rows;
};

} // namespace cli
