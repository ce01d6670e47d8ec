#pragma once

#include <cstdint>
#include <cstring>

// The end of the plain run at `at`: the first byte before `end` that a JSON
// string reader has to look at (a quote, a backslash, a control character or
// a byte of a UTF-8 sequence), or `end`. Most of a DigitalOcean answer is the
// inside of strings (ids, names, timestamps), so the readers skip those eight
// bytes at a time instead of testing every byte four ways.
namespace core::json {

inline const char* plainRunEnd(const char* at, const char* end)
{
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t high = 0x8080808080808080u;
    // A byte of x is zero: (x - ones) & ~x has its high bit (no misses; a
    // borrow can only mark bytes after a real hit, and a hit stops the skip).
    const auto anyZero = [](std::uint64_t x) { return (x - ones) & ~x; };
    while (end - at >= 8) {
        std::uint64_t word;
        std::memcpy(&word, at, sizeof word);
        const std::uint64_t stops = anyZero(word ^ (ones * '"')) | anyZero(word ^ (ones * '\\')) |
                                    ((word - ones * 0x20) & ~word) | word;
        if (stops & high)
            break;
        at += 8;
    }
    while (at < end) {
        const auto c = static_cast<unsigned char>(*at);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
            break;
        ++at;
    }
    return at;
}

} // namespace core::json
