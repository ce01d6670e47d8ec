#pragma once

#include <QDir>
#include <QStandardPaths>

// Empties Qt's test-mode data folder (~/.qttest/share/<test>) and turns test
// mode on, for a GUI test that must not meet an earlier run's apply journal
// or draft there: one would hold Apply back, the other offer a restore.
inline void clearTestDataFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}
