#pragma once

#include <QString>
#include <QStringList>

namespace core {

// Edit distance between two words (insert, delete, substitute, swap of two
// neighbours), used to suggest the key or value the user probably meant.
int editDistance(const QString& a, const QString& b);

// The candidate closest to `word`, or an empty string when none is close
// enough to be a plausible typo (distance at most 1 + length / 4, case
// differences count as close).
QString closestMatch(const QString& word, const QStringList& candidates);

} // namespace core
