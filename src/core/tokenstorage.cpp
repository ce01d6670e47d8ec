#include "tokenstorage.h"

namespace core {

TokenStorage tokenStorageFor(bool keychainAvailable, bool fileChosen)
{
    if (keychainAvailable)
        return TokenStorage::Keychain;
    return fileChosen ? TokenStorage::File : TokenStorage::Nowhere;
}

} // namespace core
