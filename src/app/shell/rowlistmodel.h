#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <algorithm>

namespace app {

// A list model over value rows that updates by diff: rows are matched by key,
// so a refresh removes, moves, inserts and changes only what differs. Views
// keep their selection and scroll position; nothing is ever reset.
template <typename Row> class RowListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const QList<Row>& rows() const { return m_rows; }

    // Index of the first row at or after `from` with this key, or -1.
    int indexOfKey(const QString& key, int from = 0) const
    {
        for (int i = from; i < m_rows.size(); ++i)
            if (keyOf(m_rows.at(i)) == key)
                return i;
        return -1;
    }

protected:
    virtual QString keyOf(const Row& row) const = 0;

    const Row* rowAt(const QModelIndex& index) const
    {
        return index.isValid() && index.row() < m_rows.size() ? &m_rows.at(index.row()) : nullptr;
    }

    void replaceRows(const QList<Row>& next)
    {
        removeRowsMissingFrom(next);
        for (int i = 0; i < next.size(); ++i) {
            const QString key = keyOf(next.at(i));
            const int found = indexOfKey(key, i);
            if (found < 0) {
                beginInsertRows({}, i, i);
                m_rows.insert(i, next.at(i));
                endInsertRows();
                continue;
            }
            if (found != i) {
                beginMoveRows({}, found, found, {}, i);
                m_rows.move(found, i);
                endMoveRows();
            }
            if (!(m_rows.at(i) == next.at(i))) {
                m_rows[i] = next.at(i);
                Q_EMIT dataChanged(index(i), index(i));
            }
        }
    }

private:
    void removeRowsMissingFrom(const QList<Row>& next)
    {
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            const QString key = keyOf(m_rows.at(i));
            const bool kept = std::any_of(next.begin(), next.end(),
                                          [&](const Row& row) { return keyOf(row) == key; });
            if (!kept) {
                beginRemoveRows({}, i, i);
                m_rows.removeAt(i);
                endRemoveRows();
            }
        }
    }

    QList<Row> m_rows;
};

} // namespace app
