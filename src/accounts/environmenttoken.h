#pragma once

#include <QString>
#include <optional>

namespace accounts {

// A token given for one run through the environment, and which variable held it.
struct EnvironmentToken
{
    QString token;
    QString variable;
};

// DIGITALOCEAN_ACCESS_TOKEN first, then DIGITALOCEAN_TOKEN (the name Terraform's
// provider reads). A variable that is empty or only blanks counts as unset.
std::optional<EnvironmentToken> tokenFromEnvironment();

} // namespace accounts
