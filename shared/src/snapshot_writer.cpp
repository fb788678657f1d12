// newsrail — writing the index snapshot (snapshot.h, shared/schema/snapshot.fbs): what
// `newsrail pack --format binary` writes. snapshot_reader.cpp reads it.
#include <algorithm>
#include <map>
#include <utility>
#include <vector>

#include "newsrail/snapshot.h"
#include "snapshot_generated.h"  // flatc's, in the build folder (shared/CMakeLists.txt)

namespace newsrail {

namespace {

using Builder = flatbuffers::FlatBufferBuilder;
template <typename T>
using Offset = flatbuffers::Offset<T>;

// Repeated strings (sections, languages, tags) are written once (CreateSharedString).
Offset<flatbuffers::String> shared(Builder& b, const std::string& s) {
  return s.empty() ? 0 : b.CreateSharedString(s);
}
Offset<flatbuffers::String> text(Builder& b, const std::string& s) {
  return s.empty() ? 0 : b.CreateString(s);
}
Offset<flatbuffers::Vector<Offset<flatbuffers::String>>> shared_list(
    Builder& b, const std::vector<std::string>& list) {
  if (list.empty()) return 0;
  std::vector<Offset<flatbuffers::String>> out;
  out.reserve(list.size());
  for (const std::string& s : list) out.push_back(b.CreateSharedString(s));
  return b.CreateVector(out);
}

// The offsets of one article's strings and vectors. The writer makes each kind for every article
// in turn (all titles, then all URLs, ...) so like bytes sit together and compress well, then the
// tables that point at them.
struct ArticleParts {
  Offset<flatbuffers::String> id, url, title, summary, language, image_url, image_alt, image_credit;
  Offset<flatbuffers::Vector<Offset<flatbuffers::String>>> authors, related;
  Offset<flatbuffers::Vector<std::int32_t>> tags, tag_ids;
  Offset<flatbuffers::Vector<const fb::ViewCount*>> views;
  Offset<flatbuffers::Vector<std::uint32_t>> term_ids, title_terms;
  Offset<flatbuffers::Vector<std::uint16_t>> term_ids16, title_terms16, term_counts16;
  Offset<flatbuffers::Vector<float>> term_weights;
  Offset<fb::Image> image;
};

std::vector<ArticleParts> write_article_parts(Builder& b, const FeedIndex& index,
                                              const std::map<std::string, std::int32_t>& written) {
  const std::size_t n = index.size();
  std::vector<ArticleParts> parts(n);
  auto each = [&](auto&& make) {
    for (std::size_t i = 0; i < n; ++i) make(parts[i], index.article(i), index.indexed(i));
  };
  using A = const Article&;
  using X = const IndexedArticle&;
  each([&](ArticleParts& p, A a, X) { p.id = text(b, a.id); });
  each([&](ArticleParts& p, A a, X) { p.title = text(b, a.title); });
  each([&](ArticleParts& p, A a, X) { p.url = text(b, a.url); });
  each([&](ArticleParts& p, A a, X) { p.summary = text(b, a.summary); });
  each([&](ArticleParts& p, A a, X) { p.image_url = text(b, a.image.url); });
  each([&](ArticleParts& p, A a, X) { p.image_alt = text(b, a.image.alt); });
  each([&](ArticleParts& p, A a, X) { p.image_credit = shared(b, a.image.credit); });
  each([&](ArticleParts& p, A a, X) { p.language = shared(b, a.language); });
  each([&](ArticleParts& p, A a, X) { p.authors = shared_list(b, a.authors); });
  each([&](ArticleParts& p, A a, X) { p.related = shared_list(b, a.related); });
  each([&](ArticleParts& p, A a, X) {
    if (a.tags.empty()) return;
    std::vector<std::int32_t> tags;
    for (const std::string& tag : a.tags) tags.push_back(written.at(tag));
    p.tags = b.CreateVector(tags);
  });
  each([&](ArticleParts& p, A a, X) {
    if (a.views.empty()) return;
    std::vector<fb::ViewCount> views;
    for (const ViewCount& v : a.views) views.emplace_back(v.window, v.views);
    p.views = b.CreateVectorOfStructs(views);
  });
  // 16-bit ids and counts when every one of the snapshot fits (snapshot.fbs).
  bool whole_counts = true;
  for (std::size_t i = 0; i < n && whole_counts; ++i)
    for (const TermWeight& c : index.indexed(i).counts)
      whole_counts = whole_counts && c.weight >= 1 && c.weight <= 65535 &&
                     c.weight == static_cast<float>(static_cast<std::uint16_t>(c.weight));
  const bool small_ids = index.term_count() <= 65536;
  each([&](ArticleParts& p, A, X x) {
    if (small_ids) {
      std::vector<std::uint16_t> ids;
      for (const TermWeight& c : x.counts) ids.push_back(static_cast<std::uint16_t>(c.term));
      p.term_ids16 = b.CreateVector(ids);
    } else {
      std::vector<std::uint32_t> ids;
      for (const TermWeight& c : x.counts) ids.push_back(c.term);
      p.term_ids = b.CreateVector(ids);
    }
  });
  each([&](ArticleParts& p, A, X x) {
    if (whole_counts) {
      std::vector<std::uint16_t> counts;
      for (const TermWeight& c : x.counts) counts.push_back(static_cast<std::uint16_t>(c.weight));
      p.term_counts16 = b.CreateVector(counts);
    } else {
      std::vector<float> weights;
      for (const TermWeight& c : x.counts) weights.push_back(c.weight);
      p.term_weights = b.CreateVector(weights);
    }
  });
  each([&](ArticleParts& p, A, X x) {
    if (small_ids) {
      std::vector<std::uint16_t> ids(x.title_terms.begin(), x.title_terms.end());
      p.title_terms16 = b.CreateVector(ids);
    } else {
      p.title_terms = b.CreateVector(x.title_terms);
    }
  });
  each([&](ArticleParts& p, A, X x) { p.tag_ids = b.CreateVector(x.tags); });
  each([&](ArticleParts& p, A a, X) {
    if (!a.image.url.empty())
      p.image = fb::CreateImage(b, p.image_url, p.image_alt, p.image_credit);
  });
  return parts;
}

Offset<fb::Article> write_article(Builder& b, const ArticleParts& p, const Article& a,
                                  const IndexedArticle& x,
                                  const std::map<std::string, std::int32_t>& written) {
  auto label = [&](const std::string& s) { return s.empty() ? -1 : written.at(s); };
  fb::ArticleBuilder article(b);
  article.add_id(p.id);
  article.add_url(p.url);
  article.add_title(p.title);
  article.add_summary(p.summary);
  article.add_authors(p.authors);
  article.add_section(label(a.section));
  article.add_region(label(a.region));
  article.add_tags(p.tags);
  article.add_language(p.language);
  article.add_published(a.published);
  article.add_modified(a.modified);
  article.add_image(p.image);
  article.add_reading_minutes(a.reading_minutes);
  article.add_views(p.views);
  article.add_related(p.related);
  article.add_recommend(a.recommend);
  article.add_term_ids(p.term_ids);
  article.add_term_ids16(p.term_ids16);
  article.add_term_weights(p.term_weights);
  article.add_term_counts16(p.term_counts16);
  article.add_title_terms(p.title_terms);
  article.add_title_terms16(p.title_terms16);
  article.add_tag_ids(p.tag_ids);
  article.add_section_id(x.section);
  article.add_region_id(x.region);
  return article.Finish();
}

}  // namespace

std::string write_snapshot(const FeedIndex& index) {
  const Feed& feed = index.feed();
  Builder b(1024 + index.size() * 512);
  // Labels as written, in text order (the same index gives the same bytes); articles name them by
  // position. An index built from a feed has every article's tags, section and region among them;
  // one built from parts may not, so they are added.
  std::map<std::string, LabelId> ids(index.written_labels().begin(), index.written_labels().end());
  for (std::size_t i = 0; i < index.size(); ++i) {
    const Article& a = index.article(i);
    for (const std::string& tag : a.tags) ids.emplace(tag, index.label_id(tag));
    for (const std::string* label : {&a.section, &a.region})
      if (!label->empty()) ids.emplace(*label, index.label_id(*label));
  }
  std::map<std::string, std::int32_t> written;  // text -> position
  std::vector<std::string> written_texts;
  std::vector<std::int32_t> written_ids;
  for (const auto& [label, id] : ids) {
    written.emplace(label, static_cast<std::int32_t>(written_texts.size()));
    written_texts.push_back(label);
    written_ids.push_back(id);
  }

  const std::vector<ArticleParts> parts = write_article_parts(b, index, written);
  std::vector<Offset<fb::Article>> items;
  items.reserve(index.size());
  for (std::size_t i = 0; i < index.size(); ++i)
    items.push_back(write_article(b, parts[i], index.article(i), index.indexed(i), written));
  std::vector<Offset<fb::BreakingItem>> breaking;
  for (const BreakingItem& line : feed.breaking)
    breaking.push_back(fb::CreateBreakingItem(b, text(b, line.id), text(b, line.text),
                                              text(b, line.url), line.published, line.expires,
                                              line.priority));
  std::vector<Offset<flatbuffers::String>> terms;
  terms.reserve(index.term_count());
  for (std::size_t t = 0; t < index.term_count(); ++t)
    terms.push_back(b.CreateString(index.term_text(static_cast<TermId>(t))));

  const auto title = text(b, feed.title), home = text(b, feed.home_page_url),
             feed_url = text(b, feed.feed_url), language = shared(b, feed.language);
  const auto sections = shared_list(b, feed.sections), regions = shared_list(b, feed.regions);
  const auto items_vector = b.CreateVector(items);
  const auto breaking_vector = b.CreateVector(breaking);
  const auto terms_vector = b.CreateVector(terms), labels = shared_list(b, index.labels()),
             written_labels = shared_list(b, written_texts);
  const auto written_label_ids = b.CreateVector(written_ids);
  fb::SnapshotBuilder snapshot(b);
  snapshot.add_version(kSnapshotVersion);
  snapshot.add_title(title);
  snapshot.add_home_page_url(home);
  snapshot.add_feed_url(feed_url);
  snapshot.add_language(language);
  snapshot.add_generated_at(feed.generated_at);
  snapshot.add_sections(sections);
  snapshot.add_regions(regions);
  snapshot.add_items(items_vector);
  snapshot.add_breaking(breaking_vector);
  snapshot.add_terms(terms_vector);
  snapshot.add_labels(labels);
  snapshot.add_written_labels(written_labels);
  snapshot.add_written_label_ids(written_label_ids);
  fb::FinishSnapshotBuffer(b, snapshot.Finish());
  return std::string(reinterpret_cast<const char*>(b.GetBufferPointer()), b.GetSize());
}

}  // namespace newsrail
