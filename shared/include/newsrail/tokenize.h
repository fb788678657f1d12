// newsrail — tokens, light stemming and the terms the ranking index matches on.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsrail {

// Returns the space-separated tokens of a normalize_for_match() result, in order, duplicates
// kept; runs of spaces give no empty tokens.
std::vector<std::string> tokenize(std::string_view normalized);

// Returns a conservative light stem of one normalised token; never grows a token except
// English "-ies" -> "-y" and Spanish "-ces" -> "-z" (same length). Rules by script and language:
//  - an Arabic-script token (any language): drops one article prefix (وال بال كال فال لل ال) and
//    then one suffix (ات ون ين ها ه), each only when >= 3 letters remain;
//  - otherwise Spanish rules for "es" (BCP 47, subtags ignored), English rules for anything else;
//  - English: plural -s/-es/-ies ("strikes" -> "strike", "policies" -> "policy", "boxes" ->
//    "box"), never words ending in -ss, -us, -is, nor "news", "always", "series", "hamas", ...;
//  - Spanish: plural -s/-es ("elecciones" -> "eleccion", "ataques" -> "ataque", "luces" ->
//    "luz"), never words ending in -is, -us, nor weekdays and adverbs ("lunes", "despues");
//  - tokens shorter than 4 code points, and digit tokens, come back unchanged.
std::string light_stem(std::string_view token, std::string_view language);

// Returns the matching terms of raw text: normalize_for_match, tokenize, drop 1-code-point tokens,
// bare numbers of 1 to 3 digits (and "21st"-style ordinals; years of 4 digits and "g20" stay), stop
// words of `language` (which include number and time words: "three", "hours", "lunes") and Arabic
// stop words for Arabic-script tokens, then light_stem each, dropping an Arabic-script token whose
// stem is an Arabic stop word ("الساعات" -> "ساع"). Order and duplicates kept (term frequency is
// the caller's).
std::vector<std::string> terms_for_matching(std::string_view text, std::string_view language);

// The per-token step of terms_for_matching: for one token of normalize_for_match output and a
// primary language ("en", "es", "ar" or "", see primary_language), returns false when the token is
// dropped, else true with its term in `term`. Pure: callers may cache it per (language, token).
bool term_for_token(std::string_view token, std::string_view primary_language, std::string& term);

}  // namespace newsrail
