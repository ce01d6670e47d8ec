#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

// One YAML document as the manifest codec reads it: every node in one array,
// each with the line and column yaml-cpp gives it. Two readers fill it, the
// fast one for plain block YAML (yamlblockreader.h) and yaml-cpp's event
// parser for everything else (yamlcppreader.h); the codec does not care which.
// A document is reused from one `---` to the next, so a 1,000-document file
// costs one document's memory, not a node graph per document.
namespace core::yamltree {

struct Node
{
    enum class Type : std::uint8_t
    {
        Null,
        Scalar,
        Sequence,
        Map
    };

    // Nodes a full walk visits from here, aliases expanded; this many or
    // more means "without end" (an alias to its own ancestor).
    static constexpr std::int64_t Unbounded = std::int64_t(1) << 62;

    Type type = Type::Null;
    bool plain = false;        // an untagged plain scalar: YAML resolves its type (tag "?")
    int line = 0;              // 1-based; 0 when unknown
    int column = 0;            // 1-based; 0 when unknown
    std::string_view text;     // a scalar's value, UTF-8
    std::uint32_t first = 0;   // children: Document::link(first...)
    std::uint32_t size = 0;    // items of a sequence, pairs of a map
    std::int64_t expanded = 1; // see Unbounded
};

class Document
{
public:
    // Nothing read yet (no root).
    bool isEmpty() const { return m_nodes.empty(); }
    const Node& root() const { return m_nodes.front(); }
    const Node& item(const Node& sequence, std::size_t i) const { return at(sequence.first + i); }
    const Node& key(const Node& map, std::size_t i) const { return at(map.first + 2 * i); }
    const Node& value(const Node& map, std::size_t i) const { return at(map.first + 2 * i + 1); }

    // Building, in document order: the first node added is the root; a node
    // added while a collection is open is its next child (a map takes key,
    // value, key, value...). Each returns the new node's index.
    void clear();
    std::uint32_t addNull(int line, int column);
    std::uint32_t addScalar(int line, int column, std::string_view text, bool plain);
    std::uint32_t open(Node::Type collection, int line, int column);
    void close();
    // An alias: the node at `index` becomes a child here too, shared.
    void addAlias(std::uint32_t index);
    // Keeps `text` alive as long as the document and returns a view of it,
    // for scalars that are not a slice of the input (decoded escapes).
    std::string_view keep(std::string text);

    std::size_t depth() const { return m_open.size(); }

private:
    const Node& at(std::size_t link) const { return m_nodes[m_links[link]]; }
    std::uint32_t add(const Node& node);
    void attach(std::uint32_t index);

    struct Open
    {
        std::uint32_t node;
        std::size_t firstPending;
        std::int64_t expanded;
    };

    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_links;   // children of closed collections, contiguous
    std::vector<std::uint32_t> m_pending; // children of open collections
    std::vector<Open> m_open;
    std::deque<std::string> m_texts;
};

} // namespace core::yamltree
