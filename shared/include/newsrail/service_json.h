// newsrail — the service's queries and answers as JSON, in one place: the queries read by
// request_json.h's readers, the answers written by ranking_json.h's and validation_report.h's
// writers, and answer_json(), the one call the adapters that speak JSON (the wasm C ABI) make.
// The CLI builds its queries from flags and prints answers with the same writers, so both give
// the same JSON.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "newsrail/feed_index.h"
#include "newsrail/ranking_options.h"
#include "newsrail/service.h"

namespace newsrail {

// Queries from JSON (request_json.h has the fields). Bad fields are warned about in
// query.diagnostics (JSON pointer) and ignored; never fails, never throws.
MostReadQuery most_read_query_from_json(std::string_view json);
ReadNextQuery read_next_query_from_json(std::string_view json);  // The history inside it.
TickerQuery ticker_query_from_json(std::string_view json);
// {"history": <history JSON or null>, "article": "id or URL", "now": RFC 3339 or epoch seconds}.
RecordReadQuery record_read_query_from_json(std::string_view json);

// Answers as JSON: the lists as articles_to_json / breaking_to_json write them (ranking_json.h),
// the query's diagnostics appended to the notes as "request: <format_diagnostic>"; compact, or
// indented by `indent` spaces per level. Never throw.
std::string answer_to_json(const FeedIndex& index, const MostReadAnswer& answer, int indent = -1);
std::string answer_to_json(const FeedIndex& index, const ReadNextAnswer& answer, int indent = -1);
std::string answer_to_json(const FeedIndex& index, const TickerAnswer& answer, int indent = -1);
// The new history as history_to_json writes it (what the loader keeps in localStorage).
std::string answer_to_json(const RecordReadAnswer& answer);
// The validation report (validation_report_json).
std::string answer_to_json(const ValidateAnswer& answer, int indent = -1);

// The questions answer_json() dispatches.
enum class Question { kMostRead, kReadNext, kTicker, kRecordRead };

// Reads `request` as the question's query, runs it and returns its answer as JSON: what the wasm
// module's nr_most_read, nr_read_next, nr_ticker and nr_record_read return. With `profiles`,
// Read Next takes the reader's profile from it (built again only when the history or
// `index_revision`, the holder's name for the loaded feed, changed). Never throws.
std::string answer_json(const FeedIndex& index, const RankingOptions& options, Question question,
                        std::string_view request, int indent = -1,
                        ReaderProfileCache* profiles = nullptr, std::uint64_t index_revision = 0);

}  // namespace newsrail
