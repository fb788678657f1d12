// newsrail — the reader's profile over one feed (reader_profile.h).
#include "newsrail/reader_profile.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "newsrail/normalize.h"

namespace newsrail {
namespace {

// Sums of read weights per label, over label ids: labels the feed lacks keep their normalised
// text, as they still set the strongest weight the shares are taken of.
struct LabelWeights {
  std::vector<double> by_id;                        // By LabelId.
  std::unordered_map<std::string, double> unknown;  // Key: normalised label.

  void add(LabelId id, const std::string& unknown_key, double weight) {
    if (id < 0) {
      unknown[unknown_key] += weight;
      return;
    }
    const auto k = static_cast<std::size_t>(id);
    if (by_id.size() <= k) by_id.resize(k + 1, 0);
    by_id[k] += weight;
  }
  // Turns the sums into shares of the strongest; false when empty.
  bool to_shares() {
    double strongest = 0;
    for (double w : by_id) strongest = std::max(strongest, w);
    for (const auto& kv : unknown) strongest = std::max(strongest, kv.second);
    if (strongest <= 0) return false;
    for (double& w : by_id) w /= strongest;
    return true;
  }
};

// A label of the history resolved against the index: its id, or, for one the feed lacks, its
// normalised text ("" = no label at all). Only labels the feed lacks are normalised.
LabelId resolve_label(const FeedIndex& index, const std::string& label, std::string& unknown_key) {
  unknown_key.clear();
  const LabelId id = index.label_id(label);
  if (id < 0 && !label.empty()) normalize_for_match(label, unknown_key);
  return id;
}

double share(const std::vector<double>& v, LabelId id) {
  return id >= 0 && static_cast<std::size_t>(id) < v.size() ? v[static_cast<std::size_t>(id)] : 0.0;
}

void mix(std::uint64_t& h, const void* data, std::size_t size) {
  const auto* p = static_cast<const unsigned char*>(data);
  for (std::size_t k = 0; k < size; ++k) {
    h ^= p[k];
    h *= 1099511628211ULL;
  }
}

void mix(std::uint64_t& h, const std::string& s) {
  mix(h, s.data(), s.size());
  const std::uint64_t size = s.size();  // Delimits: "ab"+"c" differs from "a"+"bc".
  mix(h, &size, sizeof size);
}

}  // namespace

ReaderProfile reader_profile(const FeedIndex& index, const ReadingHistory& history,
                             Seconds half_life) {
  ReaderProfile p;
  p.read.assign(index.size(), 0);
  if (history.entries.empty()) return p;
  Seconds newest = history.entries.front().time;
  for (const HistoryEntry& e : history.entries) newest = std::max(newest, e.time);

  LabelWeights sections, tags;
  std::vector<std::pair<LabelId, std::string>> entry_tags;
  std::unordered_map<TermId, double> terms;
  std::string key;
  for (const HistoryEntry& e : history.entries) {
    const auto i = index.find(e.id);
    if (i) p.read[*i] = 1;
    const double weight = read_weight(e.time, newest, half_life);
    if (!(weight > 0)) continue;  // Underflow: keeps ancient reads out entirely.

    const LabelId section = resolve_label(index, e.section, key);
    if (section >= 0 || !key.empty()) sections.add(section, key, weight);

    entry_tags.clear();  // Each tag counts once per read, whatever its spelling variants.
    for (const std::string& tag : e.tags) {
      const LabelId id = resolve_label(index, tag, key);
      if (id < 0 && key.empty()) continue;
      const auto same = [&](const std::pair<LabelId, std::string>& t) {
        return id >= 0 ? t.first == id : t.first < 0 && t.second == key;
      };
      if (std::find_if(entry_tags.begin(), entry_tags.end(), same) == entry_tags.end())
        entry_tags.emplace_back(id, key);
    }
    for (const auto& [id, unknown_key] : entry_tags) tags.add(id, unknown_key, weight);

    if (i)
      for (const TermWeight& t : index.indexed(*i).vector)
        terms[t.term] += weight * static_cast<double>(t.weight);
  }
  if (sections.to_shares()) p.section_share = std::move(sections.by_id);
  if (tags.to_shares()) p.tag_share = std::move(tags.by_id);

  // The strongest terms (ties: smaller id), L2-normalised, sorted by term.
  std::vector<std::pair<TermId, double>> v(terms.begin(), terms.end());
  const auto stronger = [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  };
  if (v.size() > kProfileTerms) {
    std::partial_sort(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(kProfileTerms), v.end(),
                      stronger);
    v.resize(kProfileTerms);
  }
  double sum = 0;
  for (const auto& t : v) sum += t.second * t.second;
  if (sum > 0) {
    const double inv = 1.0 / std::sqrt(sum);
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    p.terms.reserve(v.size());
    for (const auto& [term, w] : v) p.terms.push_back({term, static_cast<float>(w * inv)});
  }
  return p;
}

AffinityParts affinity_parts(const ReaderProfile& profile, const IndexedArticle& x, double text) {
  AffinityParts parts;
  parts.sections = share(profile.section_share, x.section);
  double first = 0, second = 0;
  if (!profile.tag_share.empty())
    for (LabelId t : x.tags) {
      const double s = share(profile.tag_share, t);
      if (s > first) {
        second = first;
        first = s;
      } else if (s > second) {
        second = s;
      }
    }
  parts.tags = (first + second) / 2;
  if (text >= 0)
    parts.text = text;
  else if (!profile.terms.empty() && !x.vector.empty())
    parts.text = cosine(profile.terms, x.vector);
  return parts;
}

std::vector<std::pair<std::string, double>> strongest_terms(const FeedIndex& index,
                                                            const ReaderProfile& profile,
                                                            std::size_t n) {
  std::vector<std::pair<std::string, double>> out;
  std::vector<TermWeight> v = profile.terms;
  std::sort(v.begin(), v.end(), [](const TermWeight& a, const TermWeight& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
  });
  for (const TermWeight& t : v) {
    if (out.size() >= n) break;
    if (t.term < index.term_count()) out.emplace_back(index.term_text(t.term), t.weight);
  }
  return out;
}

std::uint64_t history_fingerprint(const ReadingHistory& history) {
  std::uint64_t h = 14695981039346656037ULL;
  for (const HistoryEntry& e : history.entries) {
    mix(h, e.id);
    mix(h, &e.time, sizeof e.time);
    mix(h, e.section);
    const std::uint64_t tags = e.tags.size();
    mix(h, &tags, sizeof tags);
    for (const std::string& t : e.tags) mix(h, t);
  }
  return h;
}

const ReaderProfile& ReaderProfileCache::get(const FeedIndex& index, std::uint64_t index_revision,
                                             const ReadingHistory& history, Seconds half_life) {
  const std::uint64_t fingerprint = history_fingerprint(history);
  if (!valid_ || revision_ != index_revision || fingerprint_ != fingerprint ||
      half_life_ != half_life || profile_.read.size() != index.size()) {
    profile_ = reader_profile(index, history, half_life);
    valid_ = true;
    revision_ = index_revision;
    fingerprint_ = fingerprint;
    half_life_ = half_life;
    ++builds_;
  }
  return profile_;
}

}  // namespace newsrail
