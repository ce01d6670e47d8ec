// The diff that keeps views steady on refresh: rows are removed, moved,
// inserted and changed one by one, never reset.
#include "app/shell/rowlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

struct Row
{
    QString key;
    int value = 0;
    friend bool operator==(const Row&, const Row&) = default;
};

class Model : public app::RowListModel<Row>
{
public:
    using RowListModel::replaceRows;
    using RowListModel::RowListModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        const Row* row = rowAt(index);
        return row && role == Qt::DisplayRole
                   ? QVariant(row->key + u'=' + QString::number(row->value))
                   : QVariant();
    }

protected:
    QString keyOf(const Row& row) const override { return row.key; }
};

// A model whose rows have a hidden field (no role shows it) and announces
// large changes in slices, as the cluster, pool and node lists do.
struct RoleRow
{
    QString key;
    int shown = 0;
    int hidden = 0;
    friend bool operator==(const RoleRow&, const RoleRow&) = default;
};

class SlicedModel : public app::RowListModel<RoleRow>
{
public:
    enum
    {
        ShownRole = Qt::UserRole + 1
    };
    using RowListModel::replaceRows;
    explicit SlicedModel(QObject* parent = nullptr) : RowListModel(parent)
    {
        announceInSlices(true);
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        const RoleRow* row = rowAt(index);
        return row && role == ShownRole ? QVariant(row->shown) : QVariant();
    }

protected:
    QString keyOf(const RoleRow& row) const override { return row.key; }
    std::optional<QList<int>> changedRoles(const RoleRow& before,
                                           const RoleRow& after) const override
    {
        return before.shown == after.shown ? QList<int>{} : QList<int>{ShownRole};
    }
};

QList<RoleRow> roleRows(int count, int shown, int hidden = 0)
{
    QList<RoleRow> out;
    for (int i = 0; i < count; ++i)
        out.append({QStringLiteral("k%1").arg(i), shown, hidden});
    return out;
}

QList<Row> rows(std::initializer_list<const char*> keys, int value = 0)
{
    QList<Row> out;
    for (const char* key : keys)
        out.append({QString::fromLatin1(key), value});
    return out;
}

} // namespace

class RowListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endsWithExactlyTheNewRows_data()
    {
        QTest::addColumn<QList<Row>>("before");
        QTest::addColumn<QList<Row>>("after");
        QTest::newRow("fill") << QList<Row>{} << rows({"a", "b", "c"});
        QTest::newRow("empty") << rows({"a", "b"}) << QList<Row>{};
        QTest::newRow("insert middle") << rows({"a", "c"}) << rows({"a", "b", "c"});
        QTest::newRow("remove middle") << rows({"a", "b", "c"}) << rows({"a", "c"});
        QTest::newRow("reverse") << rows({"a", "b", "c", "d"}) << rows({"d", "c", "b", "a"});
        QTest::newRow("mixed") << rows({"a", "b", "c", "d"}) << rows({"e", "c", "a", "f"});
        QTest::newRow("values") << rows({"a", "b"}) << rows({"a", "b"}, 7);
    }
    void endsWithExactlyTheNewRows()
    {
        QFETCH(QList<Row>, before);
        QFETCH(QList<Row>, after);
        Model model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.replaceRows(before);
        QCOMPARE(model.rows(), before);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.replaceRows(after);
        QCOMPARE(model.rows(), after);
        QCOMPARE(resets.count(), 0);
    }

    void changesOnlyTheRowThatChanged()
    {
        Model model;
        model.replaceRows(rows({"a", "b", "c"}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QList<Row> next = rows({"a", "b", "c"});
        next[1].value = 5;
        model.replaceRows(next);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
    }

    void sameRowsSignalNothing()
    {
        Model model;
        model.replaceRows(rows({"a", "b"}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy layout(&model, &QAbstractItemModel::rowsMoved);
        model.replaceRows(rows({"a", "b"}));
        QCOMPARE(changed.count() + layout.count(), 0);
    }

    // A field no role shows changes the row silently; a shown one is
    // announced with its role only.
    void announcesOnlyTheRolesThatChanged()
    {
        SlicedModel model;
        model.replaceRows(roleRows(3, 1));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<RoleRow> next = roleRows(3, 1);
        next[0].hidden = 9;
        next[2].shown = 2;
        model.replaceRows(next);
        QCOMPARE(model.rows(), next);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{SlicedModel::ShownRole});
    }

    // 1,000 changed rows: the rows are the new ones at once, their
    // announcement comes MaxChangedRowsAtOnce a frame; a view's current row
    // (a persistent index) stays on its row throughout.
    void aLargeChangeIsAnnouncedInSlices()
    {
        SlicedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.replaceRows(roleRows(1000, 1));
        const QPersistentModelIndex current = model.index(500);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const QList<RoleRow> next = roleRows(1000, 2);
        model.replaceRows(next);
        QCOMPARE(model.rows(), next);
        QCOMPARE(changed.count(), SlicedModel::MaxChangedRowsAtOnce);
        QCOMPARE(model.pendingChangedRows(), 1000 - SlicedModel::MaxChangedRowsAtOnce);
        QVERIFY(
            QTest::qWaitFor([&] { return changed.count() > SlicedModel::MaxChangedRowsAtOnce; }));
        QCOMPARE(changed.count() % SlicedModel::MaxChangedRowsAtOnce, 0); // whole slices
        QTRY_COMPARE(changed.count(), 1000);
        QCOMPARE(model.pendingChangedRows(), 0);
        QSet<int> announced;
        for (const QList<QVariant>& signal : std::as_const(changed))
            announced.insert(signal.at(0).toModelIndex().row());
        QCOMPARE(announced.size(), 1000);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(current.row(), 500);
        QCOMPARE(current.data(SlicedModel::ShownRole).toInt(), 2);
    }

    // Rows removed while their announcement waits are skipped; rows changed
    // again are announced once.
    void pendingAnnouncementsFollowLaterChanges()
    {
        SlicedModel model;
        model.replaceRows(roleRows(300, 1));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.replaceRows(roleRows(300, 2));
        QList<RoleRow> next = roleRows(300, 3);
        next.remove(250, 50);
        model.replaceRows(next);
        QCOMPARE(model.rows(), next);
        QTRY_COMPARE(model.pendingChangedRows(), 0);
        for (const QList<QVariant>& signal : std::as_const(changed))
            QVERIFY(signal.at(0).toModelIndex().row() < 250);
        QCOMPARE(model.index(10).data(SlicedModel::ShownRole).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(RowListModelTest)
#include "tst_rowlistmodel.moc"
