#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QString>
#include <algorithm>

namespace app {

// A list model over value rows that updates by diff: rows are matched by key,
// so a refresh removes, moves, inserts and changes only what differs. Views
// keep their selection and scroll position; nothing is ever reset.
// The diff is linear while the order holds (a refresh of 1,000 rows compares
// each row once), and a run of removed or new rows is announced as one range:
// the first load of 1,000 rows is one insert, not 1,000.
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
        if (m_rows.isEmpty()) {
            if (!next.isEmpty()) {
                beginInsertRows({}, 0, int(next.size()) - 1);
                m_rows = next;
                endInsertRows();
            }
            return;
        }
        QSet<QString> present; // the keys the model holds now
        present.reserve(m_rows.size());
        for (const Row& row : std::as_const(m_rows))
            present.insert(keyOf(row));
        for (int i = 0; i < next.size(); ++i) {
            const QString key = keyOf(next.at(i));
            if (!present.contains(key)) {
                // This row and the new ones after it, up to the next known key.
                int last = i;
                while (last + 1 < next.size() && !present.contains(keyOf(next.at(last + 1))))
                    ++last;
                beginInsertRows({}, i, last);
                for (int k = i; k <= last; ++k)
                    m_rows.insert(k, next.at(k));
                endInsertRows();
                i = last;
                continue;
            }
            const int found = keyOf(m_rows.at(i)) == key ? i : indexOfKey(key, i + 1);
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
        QSet<QString> kept;
        kept.reserve(next.size());
        for (const Row& row : next)
            kept.insert(keyOf(row));
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (kept.contains(keyOf(m_rows.at(i))))
                continue;
            int first = i; // the run of removed rows that ends at i
            while (first > 0 && !kept.contains(keyOf(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, i);
            m_rows.remove(first, i - first + 1);
            endRemoveRows();
            i = first;
        }
    }

    QList<Row> m_rows;
};

} // namespace app
