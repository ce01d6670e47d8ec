// libFuzzer: the yaml-cpp path (core/yamlcppreader.h) on any bytes: syntax
// errors are reported, never thrown out; aliases stay shared, not expanded.
#include "core/yamlcppreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char*>(data), qsizetype(size));
    core::yamltree::Document scratch;
    core::yamltree::SyntaxError error;
    std::size_t documents = 0;
    core::yamltree::readWithYamlCpp(
        yaml, scratch, [&](const core::yamltree::Document&) { ++documents; }, &error);
    return 0;
}
