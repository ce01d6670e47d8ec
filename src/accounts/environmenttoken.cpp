#include "environmenttoken.h"

#include <QtGlobal>

namespace accounts {

std::optional<EnvironmentToken> tokenFromEnvironment()
{
    // DIGITALOCEAN_ACCESS_TOKEN is doctl's and ours; DIGITALOCEAN_TOKEN is what
    // Terraform's provider reads, so a shell set up for either works.
    for (const char* variable : {"DIGITALOCEAN_ACCESS_TOKEN", "DIGITALOCEAN_TOKEN"}) {
        const QString token = qEnvironmentVariable(variable).trimmed();
        if (!token.isEmpty())
            return EnvironmentToken{token, QString::fromLatin1(variable)};
    }
    return std::nullopt;
}

} // namespace accounts
