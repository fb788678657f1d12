// newsrail — text normalisation for matching (English, Spanish, Arabic first; any script safe).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsrail {

// Returns `text` folded for matching:
//  - lower case (ASCII, Latin, Greek, Cyrillic, Armenian); Latin accents and ligatures folded to
//    ASCII (á->a, ñ->n, ç->c, ü->u, ß->ss, æ->ae, œ->oe, ø->o, ł->l, ﬁ->fi); Greek tonos and
//    final sigma, Cyrillic ё->е folded (й, ї stay distinct); decomposed accents dropped;
//  - Arabic: tashkeel U+064B..U+065F, U+0670, Quranic marks U+06D6..U+06ED and tatweel removed;
//    أ إ آ ٱ -> ا, ى ی ئ -> ي, ة -> ه, ؤ -> و, ک -> ك; presentation forms -> letters (لا, الله);
//  - Arabic-Indic, Persian, Devanagari, fullwidth and super/subscript digits -> ASCII digits;
//  - zero-width, bidi-control and soft-hyphen characters removed (the text around them joins);
//  - punctuation, symbols, emoji, controls and spaces of the common blocks (incl. ، ؛ ؟ « »
//    and U+FFFD from invalid UTF-8) -> one ASCII space; no leading or trailing space;
//  - letters of other scripts (CJK, Hebrew without points, Devanagari ...) pass unchanged.
// Output is valid UTF-8 and idempotent (normalising it again changes nothing); never throws.
std::string normalize_for_match(std::string_view text);

// Writes into `out` (replacing what it held, reusing its capacity) the first `max_tokens`
// space-separated tokens of normalize_for_match(text): all of it by default. Reads `text` only as
// far as those tokens need. No allocation once `out` has grown to the size of the text.
void normalize_for_match(std::string_view text, std::string& out,
                         std::size_t max_tokens = SIZE_MAX);

// The same result as normalize_for_match, without its fast paths: every code point is decoded
// with decode_utf8 and folded on its own. Slower; the reference the fast paths are tested against.
std::string normalize_for_match_reference(std::string_view text);

}  // namespace newsrail
