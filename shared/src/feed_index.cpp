// newsrail — building the feed index.
//
// Index of this file
// [SECTION] Helpers: body prefix, URL keys
// [SECTION] Build
// [SECTION] Lookups
// [SECTION] Vector maths
#include "newsrail/feed_index.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "newsrail/normalize.h"
#include "newsrail/tokenize.h"

namespace newsrail {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Helpers: body prefix, URL keys
//-----------------------------------------------------------------------------

// Returns the first `max_words` whitespace-separated words of `text`.
std::string_view first_words(std::string_view text, std::size_t max_words) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && in_word && ++words == max_words) return text.substr(0, i);
    in_word = !space;
  }
  return text;
}

// Splits a URL into the key by host + path + query ("example.com/a/b?x") and by path + query
// ("/a/b?x"): scheme, "www.", fragment and a trailing slash are ignored; the host is lower-cased.
void url_keys(std::string_view url, std::string& host_key, std::string& path_key) {
  host_key.clear();
  path_key.clear();
  if (const std::size_t hash = url.find('#'); hash != std::string_view::npos)
    url = url.substr(0, hash);
  std::string_view host;
  if (const std::size_t scheme = url.find("://"); scheme != std::string_view::npos &&
                                                  url.find('/') > scheme) {
    url.remove_prefix(scheme + 3);
    const std::size_t slash = url.find_first_of("/?");
    host = url.substr(0, slash);
    url = slash == std::string_view::npos ? std::string_view("/") : url.substr(slash);
  } else if (url.substr(0, 2) == "//") {
    url.remove_prefix(2);
    const std::size_t slash = url.find_first_of("/?");
    host = url.substr(0, slash);
    url = slash == std::string_view::npos ? std::string_view("/") : url.substr(slash);
  }
  if (host.substr(0, 4) == "www.") host.remove_prefix(4);
  path_key.assign(url.data(), url.size());
  if (path_key.empty() || path_key[0] != '/') path_key.insert(path_key.begin(), '/');
  while (path_key.size() > 1 && path_key.back() == '/') path_key.pop_back();
  if (!host.empty()) {
    for (char c : host) host_key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    host_key += path_key;
  }
}

float smooth_idf(std::size_t n, std::size_t df) {
  return static_cast<float>(std::log((static_cast<double>(n) + 1.0) / (static_cast<double>(df) + 0.5)));
}

void normalise(std::vector<TermWeight>& v) {
  double sum = 0;
  for (const TermWeight& t : v) sum += static_cast<double>(t.weight) * t.weight;
  if (sum <= 0) {
    v.clear();
    return;
  }
  const float inv = static_cast<float>(1.0 / std::sqrt(sum));
  for (TermWeight& t : v) t.weight *= inv;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Build
//-----------------------------------------------------------------------------

TermId FeedIndex::intern_term(const std::string& term) {
  const auto [it, inserted] = term_ids_.try_emplace(term, static_cast<TermId>(terms_.size()));
  if (inserted) terms_.push_back(term);
  return it->second;
}

LabelId FeedIndex::intern_label(std::string_view label) {
  if (label.empty()) return -1;
  std::string key = normalize_for_match(label);
  if (key.empty()) return -1;
  const auto [it, inserted] =
      label_ids_.try_emplace(std::move(key), static_cast<LabelId>(label_ids_.size()));
  return it->second;
}

FeedIndex::FeedIndex(Feed feed, const IndexWeights& weights)
    : feed_(std::move(feed)), weights_(weights) {
  const std::size_t n = feed_.items.size();
  indexed_.resize(n);
  std::vector<float> scratch;         // Weighted counts by term for the article being read.
  std::vector<TermId> touched;        // Terms with a count in `scratch`.
  std::vector<float> body_scratch;    // Body-only counts (for pack).
  std::vector<TermId> body_touched;
  std::vector<std::uint32_t> df;
  std::vector<std::uint32_t> tag_df;
  std::vector<std::vector<TermWeight>> counts(n);

  auto add = [&](const std::vector<std::string>& terms, float weight, bool body,
                 std::vector<TermId>* ids) {
    for (const std::string& term : terms) {
      const TermId id = intern_term(term);
      if (id >= scratch.size()) {
        scratch.resize(id + 1024, 0.f);
        body_scratch.resize(id + 1024, 0.f);
      }
      if (scratch[id] == 0.f) touched.push_back(id);
      scratch[id] += weight;
      if (body) {
        if (body_scratch[id] == 0.f) body_touched.push_back(id);
        body_scratch[id] += 1.f;
      }
      if (ids) ids->push_back(id);
    }
  };

  for (std::size_t i = 0; i < n; ++i) {
    const Article& a = feed_.items[i];
    IndexedArticle& x = indexed_[i];
    const std::string_view lang = a.language.empty() ? std::string_view(feed_.language) : a.language;
    add(terms_for_matching(a.title, lang), weights_.title, false, &x.title_terms);
    for (const std::string& tag : a.tags) {
      add(terms_for_matching(tag, lang), weights_.tags, false, nullptr);
      const LabelId id = intern_label(tag);
      if (id >= 0) x.tags.push_back(id);
    }
    add(terms_for_matching(a.summary, lang), weights_.summary, false, nullptr);
    if (!a.text.empty()) {
      add(terms_for_matching(first_words(a.text, weights_.max_text_words), lang), weights_.text,
          true, nullptr);
    } else {
      for (const WeightedTerm& t : a.terms) {  // A packed feed: body term counts precomputed.
        const TermId id = intern_term(t.term);
        if (id >= scratch.size()) {
          scratch.resize(id + 1024, 0.f);
          body_scratch.resize(id + 1024, 0.f);
        }
        if (scratch[id] == 0.f) touched.push_back(id);
        scratch[id] += weights_.text * t.weight;
        if (body_scratch[id] == 0.f) body_touched.push_back(id);
        body_scratch[id] += t.weight;
      }
    }
    x.section = intern_label(a.section);
    x.region = intern_label(a.region);
    std::sort(x.title_terms.begin(), x.title_terms.end());
    x.title_terms.erase(std::unique(x.title_terms.begin(), x.title_terms.end()), x.title_terms.end());
    std::sort(x.tags.begin(), x.tags.end());
    x.tags.erase(std::unique(x.tags.begin(), x.tags.end()), x.tags.end());

    std::sort(touched.begin(), touched.end());
    std::vector<TermWeight>& c = counts[i];
    c.reserve(touched.size());
    if (df.size() < terms_.size()) df.resize(terms_.size() + 1024, 0);
    for (TermId t : touched) {
      c.push_back({t, static_cast<float>(std::log1p(static_cast<double>(scratch[t])))});
      scratch[t] = 0.f;
      ++df[t];
    }
    touched.clear();
    std::sort(body_touched.begin(), body_touched.end());
    x.body_terms.reserve(body_touched.size());
    for (TermId t : body_touched) {
      x.body_terms.push_back({t, body_scratch[t]});
      body_scratch[t] = 0.f;
    }
    body_touched.clear();
    for (LabelId tag : x.tags) {
      if (tag_df.size() <= static_cast<std::size_t>(tag)) tag_df.resize(tag + 64, 0);
      ++tag_df[static_cast<std::size_t>(tag)];
    }
  }

  // IDF, the articles' normalised vectors and the postings.
  idf_.resize(terms_.size());
  postings_.resize(terms_.size());
  for (std::size_t t = 0; t < terms_.size(); ++t) {
    idf_[t] = smooth_idf(n, df[t]);
    postings_[t].reserve(df[t]);
  }
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<TermWeight>& v = counts[i];
    for (TermWeight& tw : v) tw.weight *= idf_[tw.term];
    normalise(v);
    for (const TermWeight& tw : v)
      postings_[tw.term].push_back({static_cast<std::uint32_t>(i), tw.weight});
    indexed_[i].vector = std::move(v);
  }
  tag_idf_.assign(label_ids_.size(), 0.f);
  for (std::size_t l = 0; l < tag_df.size() && l < tag_idf_.size(); ++l)
    if (tag_df[l] > 0) tag_idf_[l] = smooth_idf(n, tag_df[l]);

  // View windows and the largest count in each.
  for (const Article& a : feed_.items)
    for (const ViewCount& v : a.views) {
      const auto it = std::lower_bound(windows_.begin(), windows_.end(), v.window);
      const std::size_t k = static_cast<std::size_t>(it - windows_.begin());
      if (it == windows_.end() || *it != v.window) {
        windows_.insert(it, v.window);
        max_views_.insert(max_views_.begin() + static_cast<std::ptrdiff_t>(k), v.views);
      } else {
        max_views_[k] = std::max(max_views_[k], v.views);
      }
    }
  index_urls();
}

void FeedIndex::index_urls() {
  std::string host_key, path_key;
  for (std::size_t i = 0; i < feed_.items.size(); ++i) {
    const Article& a = feed_.items[i];
    by_id_.try_emplace(a.id, i);
    if (a.url.empty()) continue;
    url_keys(a.url, host_key, path_key);
    if (!host_key.empty()) by_url_.try_emplace(host_key, i);
    by_path_.try_emplace(path_key, i);
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Lookups
//-----------------------------------------------------------------------------

std::optional<std::size_t> FeedIndex::find(std::string_view id_or_url) const {
  if (id_or_url.empty()) return std::nullopt;
  if (const auto it = by_id_.find(std::string(id_or_url)); it != by_id_.end()) return it->second;
  std::string host_key, path_key;
  url_keys(id_or_url, host_key, path_key);
  if (!host_key.empty()) {
    if (const auto it = by_url_.find(host_key); it != by_url_.end()) return it->second;
  }
  if (path_key.size() > 1)
    if (const auto it = by_path_.find(path_key); it != by_path_.end()) return it->second;
  return std::nullopt;
}

std::optional<TermId> FeedIndex::term_id(std::string_view term) const {
  const auto it = term_ids_.find(std::string(term));
  if (it == term_ids_.end()) return std::nullopt;
  return it->second;
}

LabelId FeedIndex::label_id(std::string_view label) const {
  if (label.empty()) return -1;
  const auto it = label_ids_.find(normalize_for_match(label));
  return it == label_ids_.end() ? -1 : it->second;
}

std::vector<TermWeight> FeedIndex::vectorize(std::string_view text,
                                             std::string_view language) const {
  std::vector<TermWeight> v;
  for (const std::string& term : terms_for_matching(text, language)) {
    const auto id = term_id(term);
    if (!id) continue;
    v.push_back({*id, 1.f});
  }
  std::sort(v.begin(), v.end(), [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
  std::vector<TermWeight> merged;
  for (const TermWeight& t : v) {
    if (!merged.empty() && merged.back().term == t.term)
      merged.back().weight += 1.f;
    else
      merged.push_back(t);
  }
  for (TermWeight& t : merged)
    t.weight = static_cast<float>(std::log1p(static_cast<double>(t.weight))) * idf_[t.term];
  normalise(merged);
  return merged;
}

std::int64_t FeedIndex::max_views(Seconds window) const {
  const auto it = std::lower_bound(windows_.begin(), windows_.end(), window);
  if (it == windows_.end() || *it != window) return 0;
  return max_views_[static_cast<std::size_t>(it - windows_.begin())];
}

Seconds FeedIndex::nearest_window(Seconds asked) const {
  if (windows_.empty()) return 0;
  if (asked <= 0) return windows_.front();
  Seconds best = windows_.front();
  double best_distance = 1e300;
  for (Seconds w : windows_) {  // ascending, so a tie keeps the shorter window
    const double d = std::fabs(std::log(static_cast<double>(w) / static_cast<double>(asked)));
    if (d < best_distance - 1e-12) {
      best_distance = d;
      best = w;
    }
  }
  return best;
}

//-----------------------------------------------------------------------------
// [SECTION] Vector maths
//-----------------------------------------------------------------------------

double cosine(const std::vector<TermWeight>& a, const std::vector<TermWeight>& b) {
  double dot = 0;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].term < b[j].term)
      ++i;
    else if (b[j].term < a[i].term)
      ++j;
    else
      dot += static_cast<double>(a[i++].weight) * b[j++].weight;
  }
  return dot;
}

double jaccard(const std::vector<TermId>& a, const std::vector<TermId>& b) {
  if (a.empty() && b.empty()) return 0;
  std::size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j])
      ++i;
    else if (b[j] < a[i])
      ++j;
    else {
      ++common;
      ++i;
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

}  // namespace newsrail
