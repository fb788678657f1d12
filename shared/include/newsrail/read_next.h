// newsrail — Read Next: articles related to the one being read, fresh and diverse, personalised by
// the reader's own history, never empty while the feed has other articles.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "newsrail/feed_index.h"
#include "newsrail/history.h"
#include "newsrail/ranked.h"
#include "newsrail/ranking_options.h"
#include "newsrail/reader_profile.h"

namespace newsrail {

struct ReadNextRequest {
  std::string article;       // Id or URL of the article being read ("" = none).
  std::string context_text;  // Used when the article is not found by id or URL: e.g. the page's
                             // title. When it is an item's headline (FeedIndex::find_title),
                             // that item is the current article; else its text is matched.
  std::string language;      // The reader's (BCP 47): only articles in it are listed, unless the
                             // feed has none; also the language of context_text. "" = any.
  std::size_t limit = 4;
  Seconds now = 0;  // UTC epoch seconds; 0 = the feed's generated_at, resolved by the service
                    // (service.h): read_next() takes it as given (0 = not known: the newest
                    // article's date).
  std::vector<std::string> candidates;  // When not empty: rank only these ids (offline evaluation).
};

// Ranks: editor pins first (in their order, when recommendable and not excluded); every other
// eligible article gets the full score. Those whose text + tags evidence is at or above the
// relevance threshold are "scored" (related); for a reader with a history the others are
// "for-you", and both are ordered together by the score (the reader's affinity part of it),
// re-ranked for diversity (MMR). Without a history the related come first (MMR), then the
// guaranteed fill by the same score: the current article's section ("fill-section"), then the
// feed ("fill-overall"). Equal scores: newer first, then the smaller id. Leaves out the current
// article, articles with recommend:false, articles older than max_age and (by default) articles
// already read. Breakdown terms: "text", "tags", "section", "region", "freshness", "popularity",
// "affinity" (its parts: "sections", "tags", "text"), "read", "diversity". Pure; never throws.
// Two articles that tell the same story (same_story() with same_story_thresholds(options)) are
// never both listed while other articles are left; articles dated more than
// future_tolerance(options) ahead of `now` never are (same_story.h). A context_text is an item's
// headline when their terms overlap as the same-story rule's headline threshold says.
RankedList read_next(const FeedIndex& index, const ReadNextRequest& request,
                     const ReadingHistory& history, const RankingOptions& options);

// The same with the reader's profile already built (reader_profile(index, history), e.g. kept by a
// ReaderProfileCache): what the overload above calls.
RankedList read_next_for_reader(const FeedIndex& index, const ReadNextRequest& request,
                                const ReaderProfile& profile, const RankingOptions& options);

// The same with only Read Next's options: every other option (the future tolerance, the
// headline threshold of the same-story rule) at its default. Callers holding RankingOptions pass
// them whole.
RankedList read_next(const FeedIndex& index, const ReadNextRequest& request,
                     const ReadingHistory& history, const ReadNextOptions& options = {});

}  // namespace newsrail
