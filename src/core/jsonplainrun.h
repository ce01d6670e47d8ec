#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// The end of the plain run at `at`: the first byte before `end` that a JSON
// string reader has to look at (a quote, a backslash, a control character or
// a byte of a UTF-8 sequence), or `end`. Most of a DigitalOcean answer is the
// inside of strings (ids, names, timestamps), so the readers skip those
// sixteen or eight bytes at a time instead of testing every byte four ways,
// and take the stop's place from the mask instead of stepping up to it.
namespace core::json {

inline bool stopsPlainRun(unsigned char c)
{
    return c == '"' || c == '\\' || c < 0x20 || c >= 0x80;
}

// The bytes after the last whole block, one at a time.
inline const char* plainRunEndBytewise(const char* at, const char* end)
{
    while (at < end && !stopsPlainRun(static_cast<unsigned char>(*at)))
        ++at;
    return at;
}

// Eight bytes at a time in a 64-bit word: works on any machine.
inline const char* plainRunEndWords(const char* at, const char* end)
{
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t high = 0x8080808080808080u;
    // A byte of x is zero: (x - ones) & ~x has its high bit (no misses; a
    // borrow can only mark bytes after a real hit, so the first mark is real).
    const auto anyZero = [](std::uint64_t x) { return (x - ones) & ~x; };
    while (end - at >= 8) {
        std::uint64_t word;
        std::memcpy(&word, at, sizeof word);
        const std::uint64_t stops = (anyZero(word ^ (ones * '"')) | anyZero(word ^ (ones * '\\')) |
                                     ((word - ones * 0x20) & ~word) | word) &
                                    high;
        if (stops) {
            if constexpr (std::endian::native == std::endian::little)
                return at + std::countr_zero(stops) / 8;
            else
                return plainRunEndBytewise(at, end);
        }
        at += 8;
    }
    return plainRunEndBytewise(at, end);
}

#if defined(__SSE2__)
// Sixteen bytes at a time (every x86-64 has SSE2). A signed comparison with
// 0x20 catches both control characters and bytes from 0x80 on, which are
// negative as signed bytes.
inline const char* plainRunEndVector(const char* at, const char* end)
{
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    while (end - at >= 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
        const __m128i stops = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, backslash)),
            _mm_cmplt_epi8(block, space));
        if (const int mask = _mm_movemask_epi8(stops))
            return at + std::countr_zero(static_cast<unsigned>(mask));
        at += 16;
    }
    return plainRunEndWords(at, end);
}
#endif

inline const char* plainRunEnd(const char* at, const char* end)
{
#if defined(__SSE2__)
    return plainRunEndVector(at, end);
#else
    return plainRunEndWords(at, end);
#endif
}

} // namespace core::json
