#pragma once

#include "sim/tables.h"

#include <QByteArray>

namespace sim {

class IdSource;

// Reads a seed (resources/seed/*.json; format in resources/seed/README.md)
// into the tables. Nodes in transitional states start their clock at `now`.
bool loadSeed(const QByteArray& json, const QDateTime& now, IdSource& ids, Tables* tables,
              Settings* settings, QString* error);

// The sizes catalog (a /v2/sizes answer) into the tables.
bool loadSizesCatalog(const QByteArray& json, Tables* tables, QString* error);

} // namespace sim
