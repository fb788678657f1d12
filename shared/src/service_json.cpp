// newsrail — the service's queries and answers as JSON.
#include "newsrail/service_json.h"

#include "newsrail/ranking_json.h"
#include "newsrail/request_json.h"
#include "newsrail/validation_report.h"

namespace newsrail {
namespace {

// The list with the query's diagnostics as notes: request warnings travel with the list.
RankedList with_request_notes(const RankedList& list, const Diagnostics& diagnostics) {
  RankedList out = list;
  for (const Diagnostic& d : diagnostics) out.notes.push_back("request: " + format_diagnostic(d));
  return out;
}

}  // namespace

MostReadQuery most_read_query_from_json(std::string_view json) {
  MostReadQuery query;
  query.request = most_read_request_from_json(json, query.diagnostics);
  return query;
}

ReadNextQuery read_next_query_from_json(std::string_view json) {
  ReadNextQuery query;
  query.request = read_next_request_from_json(json, query.history, query.diagnostics);
  return query;
}

TickerQuery ticker_query_from_json(std::string_view json) {
  TickerQuery query;
  query.request = ticker_request_from_json(json, query.diagnostics);
  return query;
}

RecordReadQuery record_read_query_from_json(std::string_view json) {
  // The same fields as a Read Next request's "history", "article" and "now".
  RecordReadQuery query;
  const ReadNextRequest request =
      read_next_request_from_json(json, query.history, query.diagnostics);
  query.article = request.article;
  query.context = request.context_text;
  query.language = request.language;
  query.now = request.now;
  return query;
}

std::string answer_to_json(const FeedIndex& index, const MostReadAnswer& answer, int indent) {
  return articles_to_json(index, with_request_notes(answer.list, answer.diagnostics), "most-read",
                          answer.now, answer.views_window, indent);
}

std::string answer_to_json(const FeedIndex& index, const ReadNextAnswer& answer, int indent) {
  return articles_to_json(index, with_request_notes(answer.list, answer.diagnostics), "read-next",
                          answer.now, answer.views_window, indent);
}

std::string answer_to_json(const FeedIndex& index, const TickerAnswer& answer, int indent) {
  return breaking_to_json(index.feed(), with_request_notes(answer.list, answer.diagnostics),
                          answer.now, answer.default_lifetime, indent);
}

std::string answer_to_json(const RecordReadAnswer& answer) {
  return history_to_json(answer.history);
}

std::string answer_to_json(const ValidateAnswer& answer, int indent) {
  return answer.snapshot ? validation_report_json(*answer.snapshot, indent)
                         : validation_report_json(answer.parsed, indent);
}

std::string answer_json(const FeedIndex& index, const RankingOptions& options, Question question,
                        std::string_view request, int indent, ReaderProfileCache* profiles,
                        std::uint64_t index_revision) {
  switch (question) {
    case Question::kMostRead:
      return answer_to_json(index, run(index, options, most_read_query_from_json(request)), indent);
    case Question::kReadNext: {
      const ReadNextQuery query = read_next_query_from_json(request);
      if (!profiles) return answer_to_json(index, run(index, options, query), indent);
      const ReaderProfile& profile = profiles->get(index, index_revision, query.history);
      return answer_to_json(index, run(index, options, query, profile), indent);
    }
    case Question::kTicker:
      return answer_to_json(index, run(index, options, ticker_query_from_json(request)), indent);
    case Question::kRecordRead:
      return answer_to_json(run(index, options, record_read_query_from_json(request)));
  }
  return {};
}

}  // namespace newsrail
