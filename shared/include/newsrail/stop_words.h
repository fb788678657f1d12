// newsrail — stop words for English, Spanish and Arabic, stored as normalize_for_match() output.
#pragma once

#include <string_view>
#include <vector>

namespace newsrail {

// Returns "en", "es" or "ar" for a BCP 47 tag whose primary subtag is one of them (any case,
// "-" or "_" before subtags: "es-419", "AR_eg"), else "" ; a view of static storage, no allocation.
std::string_view primary_language(std::string_view bcp47);

// Returns true when `normalized_token` (one token of normalize_for_match() output) is a stop word
// of `language` (BCP 47, subtags ignored); false for other languages. Binary search over a
// constant sorted table: no allocation, no mutable state, thread-safe.
bool is_stop_word(std::string_view normalized_token, std::string_view language);

// Returns the sorted stop-word list of `language` (BCP 47), empty when it has none; allocates the
// vector (views of static storage), for tests and tools rather than hot loops.
std::vector<std::string_view> stop_words(std::string_view language);

}  // namespace newsrail
