#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimer>
#include <algorithm>
#include <optional>

namespace app {

// A list model over value rows that updates by diff: rows are matched by key,
// so a refresh removes, moves, inserts and changes only what differs. Views
// keep their selection and scroll position; nothing is ever reset.
// The diff is linear while the order holds (a refresh of 1,000 rows compares
// each row once), and a run of removed or new rows is announced as one range:
// the first load of 1,000 rows is one insert, not 1,000.
// A changed row is announced with the roles that changed (changedRoles()), or
// not at all when nothing a view shows did. A model that asks for it
// (announceInSlices(), the refreshed lists) announces a refresh that changes
// more than MaxChangedRowsAtOnce rows a slice per frame; the rows themselves,
// and every insert, move and removal, are taken at once, so rows(), the
// selection and the scroll position are right from the start.
template <typename Row> class RowListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const QList<Row>& rows() const { return m_rows; }

    // Rows announced as changed at most at once when sliced; the rest follow
    // one slice per frame.
    static constexpr int MaxChangedRowsAtOnce = 100;
    static constexpr int FrameMs = 16;
    // Changed rows not announced yet (a large refresh, see above).
    int pendingChangedRows() const { return int(m_pending.size()); }

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

    // Announce large changes a slice per frame (see above); off by default.
    void announceInSlices(bool on) { m_sliced = on; }

    // The roles whose data differ between two versions of a row (same key):
    // nullopt for every role (the default), an empty list when nothing a view
    // shows differs, so the new row is taken without a signal.
    virtual std::optional<QList<int>> changedRoles(const Row& before, const Row& after) const
    {
        Q_UNUSED(before);
        Q_UNUSED(after);
        return std::nullopt;
    }

    const Row* rowAt(const QModelIndex& index) const
    {
        return index.isValid() && index.row() < m_rows.size() ? &m_rows.at(index.row()) : nullptr;
    }

    void replaceRows(const QList<Row>& next)
    {
        m_announced = 0;
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
                const std::optional<QList<int>> roles = changedRoles(m_rows.at(i), next.at(i));
                m_rows[i] = next.at(i);
                if (!roles || !roles->isEmpty())
                    announceChanged(i, roles.value_or(QList<int>()));
            }
        }
    }

private:
    // dataChanged for row `i` now, or in a later slice once this refresh
    // announced MaxChangedRowsAtOnce rows. `roles` empty: every role.
    void announceChanged(int i, const QList<int>& roles)
    {
        const QString key = keyOf(m_rows.at(i));
        if (!m_sliced || (m_announced < MaxChangedRowsAtOnce && !m_pending.contains(key))) {
            ++m_announced;
            Q_EMIT dataChanged(index(i), index(i), roles);
            return;
        }
        const auto queued = m_pending.constFind(key);
        if (queued == m_pending.cend()) {
            m_pending.insert(key, roles);
            m_pendingOrder.append(key);
        } else if (!queued->isEmpty()) { // the union; empty (every role) stays so
            QList<int> both = roles.isEmpty() ? QList<int>() : *queued + roles;
            m_pending.insert(key, both);
        }
        if (!m_flushScheduled) {
            m_flushScheduled = true;
            QTimer::singleShot(FrameMs, this, [this] { announceSlice(); });
        }
    }

    void announceSlice()
    {
        m_flushScheduled = false;
        QHash<QString, int> rowOf; // once per slice, not once per row
        rowOf.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            rowOf.insert(keyOf(m_rows.at(i)), i);
        int done = 0;
        while (!m_pendingOrder.isEmpty() && done < MaxChangedRowsAtOnce) {
            const QString key = m_pendingOrder.takeFirst();
            const QList<int> roles = m_pending.take(key);
            const int row = rowOf.value(key, -1);
            if (row < 0)
                continue; // removed since
            ++done;
            Q_EMIT dataChanged(index(row), index(row), roles);
        }
        if (!m_pendingOrder.isEmpty()) {
            m_flushScheduled = true;
            QTimer::singleShot(FrameMs, this, [this] { announceSlice(); });
        }
    }

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
    bool m_sliced = false;
    int m_announced = 0;                  // rows announced by this replaceRows()
    QHash<QString, QList<int>> m_pending; // key → roles still to announce
    QList<QString> m_pendingOrder;        // their keys, in the order found
    bool m_flushScheduled = false;
};

} // namespace app
