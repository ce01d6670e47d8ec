#pragma once

#include <QString>

namespace accounts {

// Where the active token came from, for the window to say.
struct TokenSource
{
    enum class Kind
    {
        None,        // no token (signed out)
        Environment, // name = the variable
        Keychain,    // name = the context
        File,        // name = the context
        Demo         // the simulator; name unused
    };

    Kind kind = Kind::None;
    QString name;

    static TokenSource environment(const QString& variable);
    static TokenSource keychain(const QString& context);
    static TokenSource file(const QString& context);
    static TokenSource demo();

    // A short sentence: "token from DIGITALOCEAN_ACCESS_TOKEN",
    // "token of context “work” from the keychain", ...
    QString describe() const;

    friend bool operator==(const TokenSource&, const TokenSource&) = default;
};

} // namespace accounts
