#pragma once

// What the start benchmarks share: the time since the process was started
// (run.sh passes the shell's clock as BENCH_T0_NS just before exec), the GUI
// thread's busy time, and the peak resident set size.
#include <QByteArray>
#include <QFile>
#include <QtGlobal>
#include <ctime>

namespace bench {

inline qint64 realtimeNs()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Milliseconds since BENCH_T0_NS (the launcher's clock before exec), else
// since the process's start time in /proc (10 ms resolution).
inline double msSinceStart()
{
    const qint64 t0 = qgetenv("BENCH_T0_NS").toLongLong();
    if (t0 > 0)
        return double(realtimeNs() - t0) / 1e6;
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startedSecs = fields.value(19).toDouble() / 100.0; // field 22: clock ticks
    return (uptime.readAll().split(' ').value(0).toDouble() - startedSecs) * 1000.0;
}

// CPU time of every thread of the process so far (the QML type loader's
// and the demo simulator's included).
inline double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

// VmHWM: the most this process has held in memory, in MB.
inline double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace bench
