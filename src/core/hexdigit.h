#pragma once

// The value of one hexadecimal digit, for the byte scanners that read
// `\uXXXX` and `%XX` escapes themselves (JSON keys, cluster pages, YAML).
namespace core {

constexpr int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1; // not a hexadecimal digit
}

} // namespace core
