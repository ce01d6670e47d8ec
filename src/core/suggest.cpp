#include "suggest.h"

#include <QList>
#include <algorithm>

namespace core {

int editDistance(const QString& a, const QString& b)
{
    // Optimal string alignment distance: Levenshtein plus transposition,
    // because swapped letters are the most common typo in keys.
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QString closestMatch(const QString& word, const QStringList& candidates)
{
    if (word.isEmpty() || word.size() > 256)
        return {};
    QString best;
    int bestDistance = 0;
    for (const QString& candidate : candidates) {
        if (candidate.compare(word, Qt::CaseInsensitive) == 0)
            return candidate;
        const int distance = editDistance(word.toLower(), candidate.toLower());
        if (best.isEmpty() || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const int allowed = 1 + int(std::max(word.size(), best.size())) / 4;
    return bestDistance <= allowed ? best : QString();
}

} // namespace core
