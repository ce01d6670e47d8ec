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

    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    QString toString() const;

private:
    QList<QStringList> m_rows;
};

} // namespace cli
