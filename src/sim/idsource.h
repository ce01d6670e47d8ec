#pragma once

#include <QRandomGenerator>
#include <QString>

namespace sim {

// Makes the identifiers DigitalOcean would: v4 UUIDs, droplet ids, node-name
// suffixes and request ids. Seeded, so a test run is reproducible.
class IdSource
{
public:
    explicit IdSource(quint32 seed = 20250602) : m_rng(seed) {}

    QString uuid();
    QString nodeSuffix(); // 5 lower-case letters and digits, as in "web-pool-x8k2q"
    QString dropletId() { return QString::number(m_nextDroplet++); }
    void setNextDropletId(qint64 id) { m_nextDroplet = id; }

private:
    QRandomGenerator m_rng;
    qint64 m_nextDroplet = 482091337;
};

} // namespace sim
