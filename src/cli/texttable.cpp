#include "texttable.h"

namespace cli {

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const QStringList& row : m_rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    QString out;
    for (const QStringList& row : m_rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            line += last ? row.at(column) : row.at(column).leftJustified(widths[column] + 2);
        }
        out += line + u'\n';
    }
    return out;
}

} // namespace cli
