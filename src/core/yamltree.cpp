#include "yamltree.h"

#include <algorithm>

namespace core::yamltree {

namespace {

// Both are at most Unbounded (2^62), so the test itself cannot overflow;
// a + b of two Unbounded values would (found by fuzz_yamlcpp under UBSan).
std::int64_t saturatedSum(std::int64_t a, std::int64_t b)
{
    return a >= Node::Unbounded - b ? Node::Unbounded : a + b;
}

} // namespace

void Document::clear()
{
    m_nodes.clear();
    m_links.clear();
    m_pending.clear();
    m_open.clear();
    m_texts.clear();
}

std::uint32_t Document::add(const Node& node)
{
    const auto index = std::uint32_t(m_nodes.size());
    m_nodes.push_back(node);
    return index;
}

void Document::attach(std::uint32_t index)
{
    if (m_open.empty())
        return; // the root
    m_pending.push_back(index);
    Open& parent = m_open.back();
    parent.expanded = saturatedSum(parent.expanded, m_nodes[index].expanded);
}

std::uint32_t Document::addNull(int line, int column)
{
    Node node;
    node.line = line;
    node.column = column;
    const std::uint32_t index = add(node);
    attach(index);
    return index;
}

std::uint32_t Document::addScalar(int line, int column, std::string_view text, bool plain)
{
    Node node;
    node.type = Node::Type::Scalar;
    node.plain = plain;
    node.line = line;
    node.column = column;
    node.text = text;
    const std::uint32_t index = add(node);
    attach(index);
    return index;
}

std::uint32_t Document::open(Node::Type collection, int line, int column)
{
    Node node;
    node.type = collection;
    node.line = line;
    node.column = column;
    // Until it closes, an alias to it is an alias to an ancestor: a cycle.
    node.expanded = Node::Unbounded;
    const std::uint32_t index = add(node);
    m_open.push_back({index, m_pending.size(), 1});
    return index;
}

void Document::close()
{
    const Open done = m_open.back();
    m_open.pop_back();
    Node& node = m_nodes[done.node];
    node.first = std::uint32_t(m_links.size());
    const std::size_t children = m_pending.size() - done.firstPending;
    node.size = std::uint32_t(node.type == Node::Type::Map ? children / 2 : children);
    m_links.insert(m_links.end(), m_pending.begin() + std::ptrdiff_t(done.firstPending),
                   m_pending.end());
    m_pending.resize(done.firstPending);
    node.expanded = done.expanded;
    attach(done.node);
}

void Document::addAlias(std::uint32_t index)
{
    attach(index);
}

std::string_view Document::keep(std::string text)
{
    return m_texts.emplace_back(std::move(text));
}

} // namespace core::yamltree
