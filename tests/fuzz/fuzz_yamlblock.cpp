// libFuzzer: the block YAML reader (core/yamlblockreader.h) on any bytes.
// Whatever it accepts must be a well-formed tree; it must never crash, hang
// or read out of bounds (ASan + UBSan are on in build-asan).
#include "core/yamlblockreader.h"

#include <cstddef>
#include <cstdint>

namespace {

// Walks every node once: links that point outside the tree would trip ASan.
std::size_t walk(const core::yamltree::Document& document, const core::yamltree::Node& node,
                 int depth)
{
    using Type = core::yamltree::Node::Type;
    if (depth > 10000)
        __builtin_trap(); // the reader promised a bounded depth
    std::size_t count = 1;
    if (node.type == Type::Sequence)
        for (std::size_t i = 0; i < node.size; ++i)
            count += walk(document, document.item(node, i), depth + 1);
    else if (node.type == Type::Map)
        for (std::size_t i = 0; i < node.size; ++i)
            count += walk(document, document.key(node, i), depth + 1) +
                     walk(document, document.value(node, i), depth + 1);
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    core::yamltree::Document scratch;
    std::size_t nodes = 0;
    core::yamltree::readBlockYaml(std::string_view(reinterpret_cast<const char*>(data), size),
                                  scratch, [&](const core::yamltree::Document& document) {
                                      if (!document.isEmpty())
                                          nodes += walk(document, document.root(), 0);
                                  });
    return nodes == std::size_t(-1); // keeps the walk from being optimised away
}
