#include "texttable.h"

namespace cli {

TextTable TextTable::ofRows(QList<QStringList> rows)
{
    TextTable table;
    table.m_rows = std::move(rows);
    return table;
}

QList<qsizetype> TextTable::columnWidths() const
{
    QList<qsizetype> widths;
    for (const QStringList& row : m_rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    return widths;
}

QString TextTable::toString(const QList<qsizetype>& widths) const
{
    QString out;
    for (const QStringList& row : m_rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const QString& cell = row.at(column);
            const bool last = column == row.size() - 1;
            line +=
                last ? cell : cell.leftJustified(std::max(widths.value(column), cell.size()) + 2);
        }
        out += line + u'\n';
    }
    return out;
}

} // namespace cli
