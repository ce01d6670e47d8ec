#pragma once

#include <QDateTime>
#include <QObject>

namespace sim {

// The simulator's notion of "now". Demo mode runs on real time; tests switch
// to manual time and move it with advance(), so the node lifecycle and the
// rate-limit windows are tested without a single sleep.
class SimClock : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        RealTime,
        Manual
    };

    explicit SimClock(QObject* parent = nullptr);

    QDateTime now() const;
    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }
    Mode mode() const { return m_mode; }

    // Manual mode, frozen at `start` (default: a fixed, whole-second instant).
    void setManual(const QDateTime& start = QDateTime());
    void setRealTime();
    // Moves time forward in either mode (in real time it adds an offset).
    void advance(int seconds);

Q_SIGNALS:
    void advanced();

private:
    Mode m_mode = Mode::RealTime;
    QDateTime m_manualNow;
    qint64 m_offsetSecs = 0;
};

} // namespace sim
