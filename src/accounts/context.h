#pragma once

#include <QString>

namespace accounts {

// One account or team the app can work with: where its API is and how it was
// last seen. It never holds the token: tokens live only in a TokenStore, found
// by the context's name.
struct Context
{
    QString name;    // unique; also the token store's key
    QString apiUrl;  // empty = the default API URL
    QString email;   // of the account, as GET /v2/account said at sign-in
    QString team;    // team name, as GET /v2/account said at sign-in
    QString storage; // where the token is: "keychain" or "file"

    friend bool operator==(const Context&, const Context&) = default;
};

// The storage values a Context may name.
inline constexpr char StorageKeychain[] = "keychain";
inline constexpr char StorageFile[] = "file";

} // namespace accounts
