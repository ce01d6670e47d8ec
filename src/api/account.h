#pragma once

#include <QString>

namespace api {

// The part of GET /v2/account that Pool Studio shows and relies on.
struct Account
{
    QString email;
    QString uuid;
    QString teamName;
    QString status;
    int dropletLimit = 0;

    friend bool operator==(const Account&, const Account&) = default;
};

} // namespace api
