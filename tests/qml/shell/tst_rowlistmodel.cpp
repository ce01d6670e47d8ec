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
};

QTEST_GUILESS_MAIN(RowListModelTest)
#include "tst_rowlistmodel.moc"
