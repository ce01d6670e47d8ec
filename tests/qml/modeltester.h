#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>

// Checks every signal and answer of `model` against Qt's model contract for
// as long as `owner` lives; a broken insert, remove or dataChanged fails the
// running test.
inline void watchModel(QAbstractItemModel* model, QObject* owner)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 owner);
}
