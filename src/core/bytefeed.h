#pragma once

#include <QtGlobal>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace core {

// An answer's bytes while they arrive: one thread appends them as the network
// gives them, another reads them (a scan, core/clusterpagescan.h) and waits
// where they have not come yet. So a page is read while it is still being
// received, not after, which over a real network is most of the time a large
// page takes.
//
// The bytes stay where they were put (the room is taken up front, up to the
// largest answer that is read at all, and the system gives it pages only as
// they are written), so the reader can hold pointers into them. The room of
// a feed that ended is reused by the next.
class ByteFeed
{
public:
    explicit ByteFeed(qsizetype capacity);
    ~ByteFeed(); // its room is kept for the next feed of the same capacity
    ByteFeed(const ByteFeed&) = delete;
    ByteFeed& operator=(const ByteFeed&) = delete;

    // --- the writing thread
    // Room for the next bytes: write up to room() bytes at space(), then commit().
    char* space() { return m_bytes.get() + m_written; }
    qsizetype room() const { return m_capacity - m_written; }
    void commit(qsizetype count);
    // No more bytes will come (also when the transfer failed: the reader
    // then meets the end of what there is).
    void finish();

    // --- the reading thread
    const char* data() const { return m_bytes.get(); }
    // Waits until at least `count` bytes are there or no more will come, and
    // gives how many are there.
    qsizetype waitFor(qsizetype count);

    // --- either, once finish() was called
    qsizetype size() const;

private:
    const qsizetype m_capacity;
    std::unique_ptr<char[]> m_bytes;
    qsizetype m_written = 0; // the writer's own count
    mutable std::mutex m_mutex;
    std::condition_variable m_arrived;
    qsizetype m_published = 0; // under m_mutex: what the reader may read
    bool m_finished = false;   // under m_mutex
};

} // namespace core
