// newsrail — the feed index, built once per feed load: per-article TF-IDF vectors over title,
// summary, text and tags (language-aware through the text utilities), ids for tags, sections and
// regions, an inverted index of terms, and lookups by id and URL. Every ranking call reads it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "newsrail/model.h"

namespace newsrail {

using TermId = std::uint32_t;
using LabelId = std::int32_t;  // A section, region or tag; -1 = none.

struct TermWeight {
  TermId term = 0;
  float weight = 0;
};

struct Posting {
  std::uint32_t article = 0;
  float weight = 0;
};

// What the index knows of one article, beside the Article itself (same position).
struct IndexedArticle {
  std::vector<TermWeight> vector;   // L2-normalised TF-IDF, sorted by term id; may be empty.
  std::vector<TermWeight> counts;   // Field-weighted term counts before log and IDF, by term
                                    // (what `pack` ships as _newsrail.terms).
  std::vector<TermId> title_terms;  // Sorted, unique: for near-duplicate headlines.
  std::vector<LabelId> tags;        // Sorted, unique tag ids (tags compared normalised).
  LabelId section = -1;
  LabelId region = -1;
  std::string
      language;  // Primary subtag, lower case ("en", "ar"); the feed's when the item has none.
};

// Weights of the fields when an article's terms are counted.
struct IndexWeights {
  float title = 3;
  float tags = 3;
  float summary = 2;
  float text = 1;
  std::size_t max_text_words = 400;  // Body tokens read per article (the lede carries the topic).
};

class FeedIndex {
 public:
  FeedIndex() = default;
  // Builds the index of `feed` (moved in). Cost: linear in the words read. Never throws.
  explicit FeedIndex(Feed feed, const IndexWeights& weights = {});

  // What tokenising a feed gives (and a snapshot holds, snapshot.h): the feed, whose texts and
  // packed terms may be empty, and for each article its counts, title terms, tag, section and
  // region ids; the terms and labels by id; each label as written with its id.
  struct Parts {
    Feed feed;
    std::vector<IndexedArticle> indexed;  // Parallel to feed.items; only the fields named above.
    std::vector<std::string> terms;       // By TermId.
    std::vector<std::string> labels;      // By LabelId, normalised.
    std::vector<std::pair<std::string, LabelId>> written_labels;
  };
  // Builds the rest of the index from `parts` as the constructor does after tokenising (IDF,
  // vectors, postings, views, lookups), so both give the same index.
  // Contract: ids below terms.size() / labels.size(), each article's counts sorted by term with
  // weights > 0, title terms and tags sorted unique (read_snapshot checks them). Never throws.
  static FeedIndex from_parts(Parts parts);

  // Labels by id (normalised) and as the feed writes them, for writing a snapshot.
  const std::vector<std::string>& labels() const { return labels_; }
  const std::unordered_map<std::string, LabelId>& written_labels() const {
    return written_label_ids_;
  }

  const Feed& feed() const { return feed_; }
  std::size_t size() const { return feed_.items.size(); }
  const Article& article(std::size_t i) const { return feed_.items[i]; }
  const IndexedArticle& indexed(std::size_t i) const { return indexed_[i]; }

  // Returns the position of the article whose id, or URL, is `id_or_url`; nullopt when none.
  // URLs are compared by url_match_key (url.h: fragment, tracking parameters such as utm_* and
  // fbclid, scheme and "www." ignored): host + path + query first, then path + query (one side
  // relative, or another host), then the path alone when exactly one item has that path.
  std::optional<std::size_t> find(std::string_view id_or_url) const;

  // Returns the position of the article whose headline `title` is (e.g. a page's <title>): the
  // one whose title terms overlap those of `title`, or of a part of it split at " | ", " - ",
  // " – ", " — ", " · " or " :: " (a site name beside the headline), by a Jaccard index at or
  // above `min_similarity` (> 0), more than any other article's; on a tie, the one whose
  // normalised title is that text exactly. nullopt when none or still ambiguous. `language`
  // (BCP 47) stems `title`. Cost: one pass over the articles' title terms. Never throws.
  std::optional<std::size_t> find_title(std::string_view title, std::string_view language,
                                        double min_similarity) const;

  // The article a page is, by the one rule Read Next, Most Read's exclusion and recording a read
  // share: the one whose id or URL is `article` (find), else, when `page_title` is not empty, the
  // one whose headline it is (find_title with `headline_similarity`, the same-story rule's).
  struct Current {
    std::optional<std::size_t> position;
    bool by_title = false;  // Found by its headline, not by its id or URL.
  };
  Current find_current(std::string_view article, std::string_view page_title,
                       std::string_view language, double headline_similarity) const;

  // Returns the id of a normalised, stemmed term, or nullopt when no article has it.
  std::optional<TermId> term_id(std::string_view term) const;
  const std::string& term_text(TermId term) const { return terms_[term]; }
  float idf(TermId term) const { return idf_[term]; }
  const std::vector<Posting>& postings(TermId term) const { return postings_[term]; }
  std::size_t term_count() const { return terms_.size(); }

  // Tag, section and region labels (normalised for matching) and the tags' IDF.
  // -1 when unknown; `label` as written (one the feed has is found without normalising).
  LabelId label_id(std::string_view label) const;
  float tag_idf(LabelId tag) const {
    return tag >= 0 ? tag_idf_[static_cast<std::size_t>(tag)] : 0;
  }

  // Returns an L2-normalised TF-IDF vector for free text (e.g. a page title when the article
  // being read is not in the feed); terms the feed lacks are dropped.
  std::vector<TermWeight> vectorize(std::string_view text, std::string_view language) const;

  // Returns true when some article is in `language` (a primary subtag, as primary_subtag gives).
  bool has_language(std::string_view language) const;

  // Articles carrying tag `tag`, ascending.
  const std::vector<std::uint32_t>& tag_postings(LabelId tag) const;

  // The views of every article in `window` (-1 where an article has none), or nullptr when no
  // article has that window. One flat column per window: cheap to scan.
  const std::vector<std::int64_t>* views_column(Seconds window) const;

  // The view windows (seconds) the feed's articles carry, ascending.
  const std::vector<Seconds>& windows() const { return windows_; }
  // Returns the largest view count of any article in `window` (0 when none).
  std::int64_t max_views(Seconds window) const;
  // Returns the window of windows() nearest to `asked` (by ratio of lengths; the shorter on a
  // tie), `asked` itself when the feed has it, or 0 when the feed has no views at all.
  Seconds nearest_window(Seconds asked) const;

 private:
  TermId intern_term(const std::string& term);
  LabelId intern_label(std::string_view label);
  void index_terms();   // Tokenises the articles into counts, then finish_terms().
  void finish_terms();  // IDF, vectors, postings, tags' IDF and postings, languages.
  void index_views();
  void index_urls();

  Feed feed_;
  IndexWeights weights_;
  std::vector<IndexedArticle> indexed_;
  std::vector<std::string> terms_;
  std::unordered_map<std::string, TermId> term_ids_;
  std::vector<float> idf_;
  std::vector<std::vector<Posting>> postings_;
  std::unordered_map<std::string, LabelId> label_ids_;          // key: normalised label
  std::vector<std::string> labels_;                             // by LabelId: normalised
  std::unordered_map<std::string, LabelId> written_label_ids_;  // key: a label as the feed has it
  std::vector<float> tag_idf_;                                  // by LabelId (0 for non-tags)
  std::vector<std::vector<std::uint32_t>> tag_postings_;        // by LabelId
  std::unordered_map<std::string, std::size_t> by_id_;
  static constexpr std::size_t kAmbiguous = SIZE_MAX;     // by_bare_path_: several items have it.
  std::unordered_map<std::string, std::size_t> by_url_;   // key: host (no www.) + path + query
  std::unordered_map<std::string, std::size_t> by_path_;  // key: path + query
  std::unordered_map<std::string, std::size_t> by_bare_path_;  // key: path; or kAmbiguous
  std::vector<std::string> languages_;                         // Sorted primary subtags present.
  std::vector<Seconds> windows_;
  std::vector<std::int64_t> max_views_;                   // parallel to windows_
  std::vector<std::vector<std::int64_t>> views_columns_;  // parallel to windows_
};

// Returns the lower-cased primary subtag of a BCP 47 tag: "es-419" -> "es", "AR" -> "ar".
std::string primary_subtag(std::string_view bcp47);

// Returns the cosine of two L2-normalised sparse vectors sorted by term (a dot product).
double cosine(const std::vector<TermWeight>& a, const std::vector<TermWeight>& b);

// Returns |a ∩ b| / |a ∪ b| of two sorted unique lists (0 when both are empty).
double jaccard(const std::vector<TermId>& a, const std::vector<TermId>& b);

}  // namespace newsrail
