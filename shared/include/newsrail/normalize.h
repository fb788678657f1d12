// newsrail — text normalisation for matching (English, Spanish, Arabic first; any script safe).
#pragma once

#include <string>
#include <string_view>

namespace newsrail {

// Returns `text` folded for matching: lower case (ASCII, Latin, Greek, Cyrillic, Armenian),
// Latin accents and ligatures folded to ASCII (á->a, ñ->n, ß->ss, æ->ae, ł->l, ﬁ->fi), Greek
// tonos and Cyrillic ё folded; Arabic tashkeel, Quranic marks and tatweel removed, alef forms
// -> ا, ى/ی/ئ -> ي, ة -> ه, ؤ -> و, ک -> ك, presentation forms -> letters; Arabic-Indic,
// Persian, Devanagari and fullwidth digits -> ASCII; zero-width, bidi and soft-hyphen characters
// removed (they join); every punctuation, symbol, emoji, control or space -> one ASCII space;
// no leading or trailing space. Letters of other scripts pass through unchanged. Invalid UTF-8
// acts as a space. Output is valid UTF-8; never throws.
std::string normalize_for_match(std::string_view text);

}  // namespace newsrail
