// libFuzzer: doctl's config.yaml reader (accounts::readDoctlConfig) on any
// bytes: every problem is a sentence, nothing is thrown, no token is quoted
// in a message.
#include "accounts/doctlconfig.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char*>(data), qsizetype(size));
    const accounts::DoctlImport result = accounts::readDoctlConfig(yaml);
    for (const accounts::DoctlContext& context : result.contexts)
        for (const QString& error : result.errors)
            if (context.token.size() >= 8 && error.contains(context.token))
                __builtin_trap(); // a message quoted a token
    return 0;
}
