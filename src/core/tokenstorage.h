#pragma once

// Where a new token is kept, decided once for the sign-in page, its
// controller and the doctl import.
namespace core {

enum class TokenStorage
{
    Keychain, // the desktop keychain (Secret Service, KWallet)
    File,     // the 0600 token file
    Nowhere,  // refused: no keychain answers and the file was not chosen
};

// The keychain whenever one answers. Without one, the token file only when
// the user chose it, by hand, every time; otherwise nowhere.
TokenStorage tokenStorageFor(bool keychainAvailable, bool fileChosen);

} // namespace core
