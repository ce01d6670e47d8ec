#include "bytefeed.h"

namespace core {

namespace {

// The room of the last feed that ended, kept for the next one: the pages its
// bytes landed on are the system's already, and taking them again costs no
// page faults (a thousand for a 4 MB page, 2-3 ms on the thread that copies
// the bytes in, the GUI thread in a refresh). One room is kept at most.
struct SpareRoom
{
    std::mutex mutex;
    std::unique_ptr<char[]> bytes;
    qsizetype capacity = 0;
};

SpareRoom& spareRoom()
{
    static SpareRoom spare;
    return spare;
}

// new char[] without a value: the memory is not touched, so a page of the
// room costs nothing until a byte lands on it.
std::unique_ptr<char[]> roomFor(qsizetype capacity)
{
    SpareRoom& spare = spareRoom();
    std::lock_guard lock(spare.mutex);
    if (spare.bytes && spare.capacity == capacity)
        return std::move(spare.bytes);
    return std::unique_ptr<char[]>(new char[size_t(capacity)]);
}

} // namespace

ByteFeed::ByteFeed(qsizetype capacity) : m_capacity(capacity), m_bytes(roomFor(capacity)) {}

ByteFeed::~ByteFeed()
{
    // A page of 200 clusters with their nodes is under 10 MB; after a larger
    // answer (cut off at the reply limit, say) the memory goes back.
    constexpr qsizetype MostKeptBytes = 16 * 1024 * 1024;
    if (m_written > MostKeptBytes)
        return;
    SpareRoom& spare = spareRoom();
    std::lock_guard lock(spare.mutex);
    spare.bytes = std::move(m_bytes);
    spare.capacity = m_capacity;
}

void ByteFeed::commit(qsizetype count)
{
    Q_ASSERT(count >= 0 && count <= room());
    m_written += count;
    {
        std::lock_guard lock(m_mutex);
        m_published = m_written;
    }
    m_arrived.notify_one();
}

void ByteFeed::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_arrived.notify_one();
}

qsizetype ByteFeed::waitFor(qsizetype count)
{
    std::unique_lock lock(m_mutex);
    m_arrived.wait(lock, [&] { return m_published >= count || m_finished; });
    return m_published;
}

qsizetype ByteFeed::size() const
{
    std::lock_guard lock(m_mutex);
    return m_published;
}

} // namespace core
