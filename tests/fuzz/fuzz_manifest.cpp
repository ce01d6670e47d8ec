// libFuzzer: the manifest decoder (core::manifest::read) on any bytes, and
// what it reads written and read again: the writer's output must read back
// as the same manifests.
#include "core/manifest.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char*>(data), qsizetype(size));
    const core::manifest::ReadResult result = core::manifest::read(yaml);
    if (result.manifests.isEmpty())
        return 0;
    core::manifest::validate(result.manifests);
    const QByteArray written = core::manifest::writeAll(result.manifests);
    const core::manifest::ReadResult again = core::manifest::read(written);
    if (again.manifests.size() != result.manifests.size())
        __builtin_trap(); // a manifest we write must read back
    return 0;
}
