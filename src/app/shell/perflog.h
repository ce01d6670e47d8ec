#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace app {

// How long the GUI thread spends applying a refresh, step by step. Off
// unless asked for: QT_LOGGING_RULES="poolstudio.perf.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcPerf)

// Logs "<what> <ms> ms" to lcPerf when it goes out of scope.
class PerfStep
{
public:
    explicit PerfStep(const char* what) : m_what(what)
    {
        if (lcPerf().isDebugEnabled())
            m_timer.start();
    }
    ~PerfStep()
    {
        if (m_timer.isValid())
            qCDebug(lcPerf, "%s %.2f ms", m_what, double(m_timer.nsecsElapsed()) / 1e6);
    }
    PerfStep(const PerfStep&) = delete;
    PerfStep& operator=(const PerfStep&) = delete;

private:
    const char* m_what;
    QElapsedTimer m_timer;
};

} // namespace app
