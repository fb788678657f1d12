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
#include <cstdint>
#include <cstring>
#include <limits>
#include <utility>

#include "newsrail/normalize.h"
#include "newsrail/stop_words.h"
#include "newsrail/tokenize.h"
#include "newsrail/url.h"

namespace newsrail {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Helpers: body prefix, URL keys
//-----------------------------------------------------------------------------

// The keys a URL is looked up by (url.h's url_match_key): host + path + query
// ("example.com/a/b?x=1"; "" for a relative URL), path + query ("/a/b?x=1") and the path alone.
void url_keys(std::string_view url, std::string& host_key, std::string& path_key,
              std::string& bare_path) {
  UrlMatchKey key = url_match_key(url);
  bare_path = std::move(key.path);
  path_key = bare_path;
  if (!key.query.empty()) path_key.append("?").append(key.query);
  host_key.clear();
  if (!key.host.empty()) host_key.append(key.host).append(path_key);
}

// Remembers, for one index build, what term (or -1: dropped) each (language, token) gives, so the
// stop-word check, stemming and term interning run once per distinct token rather than per use.
// Open addressing; a slot keeps 32 bits of the hash beside the entry's number, so a probe reads
// an entry (and compares its key) only when those bits match. Keys are copied once.
class TokenMemo {
 public:
  TokenMemo() : slots_(1u << 12) {}

  template <typename Compute>
  std::int32_t lookup(char lang, std::string_view token, Compute&& compute) {
    const std::uint64_t h = hash(lang, token);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    std::size_t mask = slots_.size() - 1;
    for (std::size_t k = h & mask;; k = (k + 1) & mask) {
      const Slot slot = slots_[k];
      if (slot.entry == 0) break;
      if (slot.tag != tag) continue;
      const Entry& entry = entries_[slot.entry - 1];
      if (entry.lang == lang && entry.key == token) return entry.term;
    }
    const std::int32_t term = compute();
    entries_.push_back({std::string(token), h, term, lang});
    if (entries_.size() * 2 > slots_.size()) {
      rehash(slots_.size() * 2);
    } else {
      place(h, entries_.size());
    }
    return term;
  }

 private:
  // Mixes 8 bytes at a time (a byte-serial hash such as FNV-1a costs a multiply per byte, and
  // every token of every article is hashed); each step is a bijection of the state, and the
  // final mix (MurmurHash3's) spreads every byte into the low bits the table indexes by.
  static std::uint64_t hash(char lang, std::string_view token) {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = static_cast<unsigned char>(lang) + (token.size() << 8);
    std::size_t i = 0;
    for (; i + 8 <= token.size(); i += 8) {
      std::uint64_t w;
      std::memcpy(&w, token.data() + i, 8);
      h = (h ^ w) * kMul;
      h ^= h >> 32;
    }
    if (i < token.size()) {
      std::uint64_t w = 0;
      for (std::size_t k = 0; i + k < token.size(); ++k)
        w |= static_cast<std::uint64_t>(static_cast<unsigned char>(token[i + k])) << (8 * k);
      h = (h ^ w) * kMul;
    }
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 33);
  }

  struct Slot {
    std::uint32_t tag = 0;    // The high 32 bits of the entry's hash.
    std::uint32_t entry = 0;  // 0 = empty, else 1 + index into entries_.
  };
  struct Entry {
    std::string key;
    std::uint64_t hash;
    std::int32_t term;
    char lang;
  };

  void place(std::uint64_t h, std::size_t entry) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t k = h & mask;
    while (slots_[k].entry != 0) k = (k + 1) & mask;
    slots_[k] = {static_cast<std::uint32_t>(h >> 32), static_cast<std::uint32_t>(entry)};
  }

  void rehash(std::size_t size) {
    slots_.assign(size, Slot{});
    for (std::size_t e = 0; e < entries_.size(); ++e) place(entries_[e].hash, e + 1);
  }

  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
};

// Calls `f(token)` for each space-separated token of normalize_for_match output.
template <typename F>
void for_each_token(std::string_view s, F&& f) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) f(s.substr(i, j - i));
    i = j + 1;
  }
}

// Sorts distinct term ids, all below `universe`. When the vocabulary is small next to the ids'
// n log n (an article touches a few hundred terms), one sweep of a bitmap (`bits`, all zero
// before and after) is cheaper than comparing.
void sort_distinct(std::vector<TermId>& ids, std::size_t universe,
                   std::vector<std::uint64_t>& bits) {
  const std::size_t words = (universe + 63) / 64;
  if (words > 4 * ids.size()) {
    std::sort(ids.begin(), ids.end());
    return;
  }
  if (bits.size() < words) bits.resize(words, 0);
  for (TermId t : ids) bits[t / 64] |= std::uint64_t{1} << (t % 64);
  std::size_t k = 0;
  for (std::size_t w = 0; w < words; ++w) {
    for (std::uint64_t b = bits[w]; b != 0; b &= b - 1)
      ids[k++] = static_cast<TermId>(w * 64 + static_cast<std::size_t>(__builtin_ctzll(b)));
    bits[w] = 0;
  }
}

template <typename T>
void sort_unique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Returns |a ∩ b| of two sorted unique lists.
std::size_t shared_count(const std::vector<TermId>& a, const std::vector<TermId>& b) {
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
  return common;
}

float smooth_idf(std::size_t n, std::size_t df) {
  return static_cast<float>(
      std::log((static_cast<double>(n) + 1.0) / (static_cast<double>(df) + 0.5)));
}

void normalise(std::vector<TermWeight>& v) {
  double sum = 0;
  for (const TermWeight& t : v) sum += static_cast<double>(t.weight) * t.weight;
  if (sum <= 0) {
    v.clear();
    return;
  }
  const double inv = 1.0 / std::sqrt(sum);
  if (inv <= std::numeric_limits<float>::max()) {
    for (TermWeight& t : v) t.weight *= static_cast<float>(inv);
  } else {  // Weights so small (1e-40) that 1/norm is no float: scale in double, never to inf.
    for (TermWeight& t : v) t.weight = static_cast<float>(t.weight * inv);
  }
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
  const auto [it, inserted] = label_ids_.try_emplace(key, static_cast<LabelId>(labels_.size()));
  if (inserted) labels_.push_back(std::move(key));
  return it->second;
}

FeedIndex::FeedIndex(Feed feed, const IndexWeights& weights)
    : feed_(std::move(feed)), weights_(weights) {
  indexed_.resize(feed_.items.size());
  index_terms();
  index_views();
  index_urls();
}

FeedIndex FeedIndex::from_parts(Parts parts) {
  FeedIndex index;
  index.feed_ = std::move(parts.feed);
  index.indexed_ = std::move(parts.indexed);
  index.indexed_.resize(index.feed_.items.size());
  index.terms_ = std::move(parts.terms);
  index.term_ids_.reserve(index.terms_.size());
  for (std::size_t t = 0; t < index.terms_.size(); ++t)
    index.term_ids_.try_emplace(index.terms_[t], static_cast<TermId>(t));
  index.labels_ = std::move(parts.labels);
  index.label_ids_.reserve(index.labels_.size());
  for (std::size_t l = 0; l < index.labels_.size(); ++l)
    index.label_ids_.try_emplace(index.labels_[l], static_cast<LabelId>(l));
  for (auto& [text, id] : parts.written_labels)
    index.written_label_ids_.try_emplace(std::move(text), id);
  index.finish_terms();
  index.index_views();
  index.index_urls();
  return index;
}

void FeedIndex::index_terms() {
  const std::size_t n = feed_.items.size();
  TokenMemo memo;
  std::vector<float> scratch;   // Weighted counts by term for the article being read.
  std::vector<TermId> touched;  // Terms with a count in `scratch`.
  std::vector<std::uint64_t> sort_bits;
  std::string normalized, term;

  auto count = [&](TermId id, float weight) {
    if (id >= scratch.size()) scratch.resize(id + 1024, 0.f);
    if (scratch[id] == 0.f) touched.push_back(id);
    scratch[id] += weight;
  };
  // Counts the terms of `text` with `weight` (at most `max_tokens` tokens); `ids` gets them too.
  auto add_text = [&](std::string_view text, char lang, std::string_view primary, float weight,
                      std::size_t max_tokens, std::vector<TermId>* ids) {
    if (text.empty()) return;
    normalize_for_match(text, normalized, max_tokens);
    for_each_token(normalized, [&](std::string_view token) {
      const std::int32_t id = memo.lookup(lang, token, [&] {
        return term_for_token(token, primary, term) ? static_cast<std::int32_t>(intern_term(term))
                                                    : -1;
      });
      if (id >= 0) {
        if (weight > 0) count(static_cast<TermId>(id), weight);
        if (ids) ids->push_back(static_cast<TermId>(id));
      }
    });
  };

  // Labels (as written) and packed terms go through the memo too, under keys of their own: most
  // repeat from article to article, and a hit costs no normalising and no std::string.
  constexpr char kLabelKey = 'L', kPackedTermKey = 'T';
  auto label = [&](const std::string& text) {
    return memo.lookup(kLabelKey, text, [&] {
      const LabelId id = intern_label(text);
      written_label_ids_.try_emplace(text, id);
      return id;
    });
  };

  for (std::size_t i = 0; i < n; ++i) {
    const Article& a = feed_.items[i];
    IndexedArticle& x = indexed_[i];
    const std::string_view language = a.language.empty() ? feed_.language : a.language;
    const std::string_view primary = primary_language(language);
    // The memo's language key: one per rule set (primary_language gives "en", "es", "ar" or "").
    const char lang = primary == "en" ? 'e' : primary == "es" ? 's' : primary == "ar" ? 'a' : '?';
    const bool packed = a.text.empty() && !a.terms.empty();
    // A packed article's terms are its field-weighted counts already: only the title is read,
    // for near-duplicate headlines.
    add_text(a.title, lang, primary, packed ? 0.f : weights_.title, SIZE_MAX, &x.title_terms);
    for (const std::string& tag : a.tags) {
      if (!packed) add_text(tag, lang, primary, weights_.tags, SIZE_MAX, nullptr);
      const LabelId id = label(tag);
      if (id >= 0) x.tags.push_back(id);
    }
    if (packed) {
      for (const WeightedTerm& t : a.terms) {
        const std::int32_t id = memo.lookup(
            kPackedTermKey, t.term, [&] { return static_cast<std::int32_t>(intern_term(t.term)); });
        count(static_cast<TermId>(id), t.weight);
      }
    } else {
      add_text(a.summary, lang, primary, weights_.summary, SIZE_MAX, nullptr);
      add_text(a.text, lang, primary, weights_.text, weights_.max_text_words, nullptr);
    }
    x.section = label(a.section);
    x.region = label(a.region);
    sort_unique(x.title_terms);
    sort_unique(x.tags);

    sort_distinct(touched, terms_.size(), sort_bits);
    x.counts.reserve(touched.size());
    for (TermId t : touched) {
      x.counts.push_back({t, scratch[t]});
      scratch[t] = 0.f;
    }
    touched.clear();
  }
  finish_terms();
}

void FeedIndex::finish_terms() {
  const std::size_t n = feed_.items.size();
  std::vector<std::uint32_t> df(terms_.size(), 0);
  std::vector<std::uint32_t> tag_df(labels_.size(), 0);
  for (std::size_t i = 0; i < n; ++i) {
    IndexedArticle& x = indexed_[i];
    for (const TermWeight& c : x.counts) ++df[c.term];
    for (LabelId tag : x.tags) ++tag_df[static_cast<std::size_t>(tag)];
    x.language =
        primary_subtag(feed_.items[i].language.empty() ? feed_.language : feed_.items[i].language);
    if (!x.language.empty() &&
        !std::binary_search(languages_.begin(), languages_.end(), x.language))
      languages_.insert(std::upper_bound(languages_.begin(), languages_.end(), x.language),
                        x.language);
  }

  // IDF, the articles' normalised vectors and the postings.
  idf_.resize(terms_.size());
  postings_.resize(terms_.size());
  for (std::size_t t = 0; t < terms_.size(); ++t) {
    idf_[t] = smooth_idf(n, df[t]);
    postings_[t].reserve(df[t]);
  }
  for (std::size_t i = 0; i < n; ++i) {
    IndexedArticle& x = indexed_[i];
    x.vector.resize(x.counts.size());
    for (std::size_t k = 0; k < x.counts.size(); ++k) {
      const TermWeight& c = x.counts[k];
      x.vector[k] = {c.term,
                     static_cast<float>(std::log1p(static_cast<double>(c.weight))) * idf_[c.term]};
    }
    normalise(x.vector);
    for (const TermWeight& tw : x.vector)
      postings_[tw.term].push_back({static_cast<std::uint32_t>(i), tw.weight});
  }
  tag_idf_.assign(labels_.size(), 0.f);
  tag_postings_.assign(labels_.size(), {});
  for (std::size_t l = 0; l < tag_df.size() && l < tag_idf_.size(); ++l)
    if (tag_df[l] > 0) {
      tag_idf_[l] = smooth_idf(n, tag_df[l]);
      tag_postings_[l].reserve(tag_df[l]);
    }
  for (std::size_t i = 0; i < n; ++i)
    for (LabelId tag : indexed_[i].tags)
      tag_postings_[static_cast<std::size_t>(tag)].push_back(static_cast<std::uint32_t>(i));
}

void FeedIndex::index_views() {
  for (const Article& a : feed_.items)
    for (const ViewCount& v : a.views) {
      const auto it = std::lower_bound(windows_.begin(), windows_.end(), v.window);
      if (it == windows_.end() || *it != v.window) windows_.insert(it, v.window);
    }
  max_views_.assign(windows_.size(), 0);
  views_columns_.assign(windows_.size(), std::vector<std::int64_t>(feed_.items.size(), -1));
  for (std::size_t i = 0; i < feed_.items.size(); ++i)
    for (const ViewCount& v : feed_.items[i].views) {
      const std::size_t k = static_cast<std::size_t>(
          std::lower_bound(windows_.begin(), windows_.end(), v.window) - windows_.begin());
      views_columns_[k][i] = v.views;
      max_views_[k] = std::max(max_views_[k], v.views);
    }
}

void FeedIndex::index_urls() {
  std::string host_key, path_key, bare_path;
  by_id_.reserve(feed_.items.size());  // One rehash-free pass: each map gets about one key an item.
  by_url_.reserve(feed_.items.size());
  by_path_.reserve(feed_.items.size());
  by_bare_path_.reserve(feed_.items.size());
  for (std::size_t i = 0; i < feed_.items.size(); ++i) {
    const Article& a = feed_.items[i];
    by_id_.try_emplace(a.id, i);
    if (a.url.empty()) continue;
    url_keys(a.url, host_key, path_key, bare_path);
    if (!host_key.empty()) by_url_.try_emplace(host_key, i);
    by_path_.try_emplace(path_key, i);
    const auto [it, inserted] = by_bare_path_.try_emplace(bare_path, i);
    if (!inserted && it->second != i) it->second = kAmbiguous;
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Lookups
//-----------------------------------------------------------------------------

std::optional<std::size_t> FeedIndex::find(std::string_view id_or_url) const {
  if (id_or_url.empty()) return std::nullopt;
  if (const auto it = by_id_.find(std::string(id_or_url)); it != by_id_.end()) return it->second;
  std::string host_key, path_key, bare_path;
  url_keys(id_or_url, host_key, path_key, bare_path);
  if (!host_key.empty()) {
    if (const auto it = by_url_.find(host_key); it != by_url_.end()) return it->second;
  }
  if (path_key.size() > 1)
    if (const auto it = by_path_.find(path_key); it != by_path_.end()) return it->second;
  // No exact match: the path alone, when exactly one item has it (other query parameters, on
  // either side, are then not what tells articles apart).
  if (bare_path.size() > 1)
    if (const auto it = by_bare_path_.find(bare_path);
        it != by_bare_path_.end() && it->second != kAmbiguous)
      return it->second;
  return std::nullopt;
}

FeedIndex::Current FeedIndex::find_current(std::string_view article, std::string_view page_title,
                                           std::string_view language,
                                           double headline_similarity) const {
  Current current;
  current.position = find(article);
  if (!current.position && !page_title.empty()) {
    current.position = find_title(page_title, language, headline_similarity);
    current.by_title = current.position.has_value();
  }
  return current;
}

std::optional<std::size_t> FeedIndex::find_title(std::string_view title, std::string_view language,
                                                 double min_similarity) const {
  // The whole text, then its parts at the separators sites put between headline and site name.
  std::vector<std::string_view> parts = {title};
  for (std::string_view separator :
       {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ", " :: "}) {
    if (title.find(separator) == std::string_view::npos) continue;
    for (std::size_t from = 0;;) {
      const std::size_t at = title.find(separator, from);
      parts.push_back(title.substr(from, at == std::string_view::npos ? at : at - from));
      if (at == std::string_view::npos) break;
      from = at + separator.size();
    }
  }
  struct Part {
    std::vector<TermId> known;  // Sorted, unique.
    std::size_t unknown = 0;    // Distinct terms no article has: in the union, never shared.
    std::string_view text;
  };
  std::vector<Part> keys;
  for (std::string_view text : parts) {
    std::vector<std::string> terms = terms_for_matching(text, language);
    sort_unique(terms);
    Part part;
    part.text = text;
    for (const std::string& term : terms) {
      if (const auto id = term_id(term))
        part.known.push_back(*id);
      else
        ++part.unknown;
    }
    std::sort(part.known.begin(), part.known.end());
    if (!part.known.empty()) keys.push_back(std::move(part));
  }
  if (keys.empty()) return std::nullopt;

  double best = 0;
  std::vector<std::size_t> tied;
  for (std::size_t i = 0; i < indexed_.size(); ++i) {
    const std::vector<TermId>& terms = indexed_[i].title_terms;
    if (terms.empty()) continue;
    double similarity = 0;  // Jaccard, the part's unknown terms counted in the union.
    for (const Part& part : keys) {
      const std::size_t common = shared_count(terms, part.known);
      similarity = std::max(similarity, static_cast<double>(common) /
                                            static_cast<double>(terms.size() + part.known.size() +
                                                                part.unknown - common));
    }
    if (similarity < min_similarity || similarity < best - 1e-9) continue;
    if (similarity > best + 1e-9) tied.clear();
    best = std::max(best, similarity);
    tied.push_back(i);
  }
  if (tied.size() == 1) return tied[0];
  // A tie (a repost, a near-identical headline): the article whose title is one of the texts.
  std::optional<std::size_t> exact;
  for (std::size_t i : tied) {
    const std::string headline = normalize_for_match(feed_.items[i].title);
    for (const Part& part : keys)
      if (normalize_for_match(part.text) == headline) {
        if (exact && *exact != i) return std::nullopt;
        exact = i;
      }
  }
  return exact;
}

std::optional<TermId> FeedIndex::term_id(std::string_view term) const {
  const auto it = term_ids_.find(std::string(term));
  if (it == term_ids_.end()) return std::nullopt;
  return it->second;
}

LabelId FeedIndex::label_id(std::string_view label) const {
  if (label.empty()) return -1;
  // Labels usually come as the feed writes them (a history records the article's own): those
  // need no normalising.
  const std::string key(label);
  if (const auto it = written_label_ids_.find(key); it != written_label_ids_.end())
    return it->second;
  const auto it = label_ids_.find(normalize_for_match(key));
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
  std::sort(v.begin(), v.end(),
            [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
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

bool FeedIndex::has_language(std::string_view language) const {
  return std::binary_search(languages_.begin(), languages_.end(), language);
}

std::string primary_subtag(std::string_view bcp47) {
  std::string out;
  for (char c : bcp47) {
    if (c == '-' || c == '_') break;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return out;
}

const std::vector<std::uint32_t>& FeedIndex::tag_postings(LabelId tag) const {
  static const std::vector<std::uint32_t> kNone;
  if (tag < 0 || static_cast<std::size_t>(tag) >= tag_postings_.size()) return kNone;
  return tag_postings_[static_cast<std::size_t>(tag)];
}

const std::vector<std::int64_t>* FeedIndex::views_column(Seconds window) const {
  const auto it = std::lower_bound(windows_.begin(), windows_.end(), window);
  if (it == windows_.end() || *it != window) return nullptr;
  return &views_columns_[static_cast<std::size_t>(it - windows_.begin())];
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
  const std::size_t common = shared_count(a, b);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

}  // namespace newsrail
