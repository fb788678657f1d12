// newsrail — word counts and reading time of article text.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsrail {

// Words per minute behind reading_minutes().
constexpr std::size_t kWordsPerMinute = 200;

// Returns the number of words in UTF-8 `text`: maximal runs of characters other than Unicode
// whitespace (incl. U+00A0, U+3000), hyphens, dashes and slashes (- / U+2010..U+2015 U+2212)
// that hold at least one letter or digit of any script. So "it's", "U.S." and "6,000" count 1,
// "Nagorno-Karabakh" and "and/or" count 2, a lone "—" or "..." counts 0. Invalid bytes are
// neither whitespace nor letters. Never allocates.
std::size_t count_words(std::string_view text);

// Returns the reading time in whole minutes: max(1, ceil(words / 200)); never overflows.
int reading_minutes(std::size_t words);

}  // namespace newsrail
