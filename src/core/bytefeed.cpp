#include "bytefeed.h"

namespace core {

// new char[] without a value: the memory is not touched, so a page of the
// room costs nothing until a byte lands on it.
ByteFeed::ByteFeed(qsizetype capacity) : m_capacity(capacity), m_bytes(new char[size_t(capacity)])
{}

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
