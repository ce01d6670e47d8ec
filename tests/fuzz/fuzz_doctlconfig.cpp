// libFuzzer: doctl's config.yaml reader (accounts::readDoctlConfig) on any
// bytes: every problem is a sentence, nothing is thrown, no token is quoted
// in a message.
#include "accounts/doctlconfig.h"

#include <QRegularExpression>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char*>(data), qsizetype(size));
    const accounts::DoctlImport result = accounts::readDoctlConfig(yaml);
    for (const accounts::DoctlContext& context : result.contexts) {
        // Bytes that are not UTF-8 read as U+FFFD, and a context *name* may
        // be the same run of them; names are quoted “so” and may be shown.
        if (context.token.size() < 8 || context.token.contains(QChar::ReplacementCharacter))
            continue;
        for (QString error : result.errors) {
            error.remove(QRegularExpression(QStringLiteral("“[^”]*”")));
            if (error.contains(context.token))
                __builtin_trap(); // a message quoted a token
        }
    }
    return 0;
}
