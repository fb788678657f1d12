// newsrail — RSS 2.0, Atom 1.0 and RSS 1.0 into a Feed: expat builds a small tree of the
// document, one reader per format fills an Article from each item's element, and one shared step
// applies the rules every format has in common (id, url, title, limits, section, duplicates).
//
// Index of this file
// [SECTION] The XML tree (expat; entity declarations refused)
// [SECTION] Reading elements: text, HTML, dates, people, images
// [SECTION] The three formats
// [SECTION] What every item goes through
// [SECTION] import_feed
#include "newsrail/feed_import.h"

#include <expat.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "newsrail/detail/text_fields.h"
#include "newsrail/detail/windows1252.h"
#include "newsrail/html_text.h"
#include "newsrail/reading_time.h"
#include "newsrail/rfc3339.h"
#include "newsrail/rfc822.h"
#include "newsrail/url.h"
#include "newsrail/utf8.h"

namespace newsrail {
namespace {

// Namespaces, by URI: a feed may bind them to any prefix.
constexpr std::string_view kAtomNs = "http://www.w3.org/2005/Atom";
constexpr std::string_view kRss1Ns = "http://purl.org/rss/1.0/";
constexpr std::string_view kRdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kDcNs = "http://purl.org/dc/elements/1.1/";
constexpr std::string_view kContentNs = "http://purl.org/rss/1.0/modules/content/";
constexpr std::string_view kMediaNs = "http://search.yahoo.com/mrss/";
constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";
constexpr char kNsSeparator = ' ';  // Expat's "URI local" names: a URI holds no space.
constexpr int kMaxDepth = 256;      // Deeper nesting: kError (no feed nests like that).

// ============================================================================================
// [SECTION] The XML tree (expat; entity declarations refused)
// ============================================================================================

struct Node {
  std::string_view ns;  // Namespace URI (in Tree::namespaces); "" = none.
  std::string name;     // Local name; "" = a text node.
  std::string text;     // A text node's characters (UTF-8).
  std::vector<std::pair<std::string, std::string>> attributes;  // "URI local" or "local".
  std::vector<std::size_t> children;                            // Indexes into Tree::nodes.
  int line = 0;
  int column = 0;
};

struct Tree {
  std::vector<Node> nodes;                        // nodes[0] is the root element once parsed.
  std::set<std::string, std::less<>> namespaces;  // Each URI once (a node-based set: views stay).
  std::vector<std::size_t> open;
  std::string error;  // Non-empty: the document cannot be used.
  int error_line = 0;
  int error_column = 0;
  XML_Parser parser = nullptr;

  bool is_element(std::size_t i) const { return !nodes[i].name.empty(); }
};

void split_name(Tree& tree, const XML_Char* full, Node& node) {
  const std::string_view s(full);
  const std::size_t sep = s.rfind(kNsSeparator);
  if (sep == std::string_view::npos) {
    node.name = std::string(s);
    return;
  }
  const std::string_view uri = s.substr(0, sep);
  auto it = tree.namespaces.find(uri);
  if (it == tree.namespaces.end()) it = tree.namespaces.emplace(uri).first;
  node.ns = *it;
  node.name = std::string(s.substr(sep + 1));
}

void stop(Tree& tree, std::string message) {
  if (tree.error.empty()) {
    tree.error = std::move(message);
    tree.error_line = static_cast<int>(XML_GetCurrentLineNumber(tree.parser));
    tree.error_column = static_cast<int>(XML_GetCurrentColumnNumber(tree.parser)) + 1;
  }
  XML_StopParser(tree.parser, XML_FALSE);
}

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
  Tree& tree = *static_cast<Tree*>(data);
  if (tree.open.size() >= static_cast<std::size_t>(kMaxDepth)) {
    stop(tree, "elements nested deeper than " + std::to_string(kMaxDepth));
    return;
  }
  Node node;
  split_name(tree, name, node);
  for (const XML_Char** a = attributes; a[0] && a[1]; a += 2)
    node.attributes.emplace_back(a[0], a[1]);
  node.line = static_cast<int>(XML_GetCurrentLineNumber(tree.parser));
  node.column = static_cast<int>(XML_GetCurrentColumnNumber(tree.parser)) + 1;
  const std::size_t index = tree.nodes.size();
  if (!tree.open.empty()) tree.nodes[tree.open.back()].children.push_back(index);
  tree.nodes.push_back(std::move(node));
  tree.open.push_back(index);
}

void XMLCALL on_end(void* data, const XML_Char*) {
  Tree& tree = *static_cast<Tree*>(data);
  if (!tree.open.empty()) tree.open.pop_back();
}

void XMLCALL on_text(void* data, const XML_Char* s, int len) {
  Tree& tree = *static_cast<Tree*>(data);
  if (tree.open.empty() || len <= 0) return;
  Node& parent = tree.nodes[tree.open.back()];
  if (!parent.children.empty() && !tree.is_element(parent.children.back())) {
    tree.nodes[parent.children.back()].text.append(s, static_cast<std::size_t>(len));
    return;
  }
  Node text;
  text.text.assign(s, static_cast<std::size_t>(len));
  parent.children.push_back(tree.nodes.size());
  tree.nodes.push_back(std::move(text));  // `parent` is not used past this point.
}

// Any entity declaration (internal or external, general or parameter) stops the parse: external
// entities read files or URLs (XXE), nested internal ones expand exponentially (billion laughs),
// and no feed needs either.
void XMLCALL on_entity_declaration(void* data, const XML_Char* name, int is_parameter_entity,
                                   const XML_Char*, int, const XML_Char*, const XML_Char* system_id,
                                   const XML_Char*, const XML_Char*) {
  Tree& tree = *static_cast<Tree*>(data);
  stop(tree, std::string("the document declares the ") + (system_id ? "external " : "") +
                 (is_parameter_entity ? "parameter " : "") + "entity \"" + name +
                 "\"; entity declarations are refused (external entities, entity expansion)");
}

int XMLCALL on_external_entity(XML_Parser, const XML_Char*, const XML_Char*, const XML_Char*,
                               const XML_Char*) {
  return XML_STATUS_ERROR;  // Never fetched (unreachable once declarations are refused).
}

// Documents declared windows-1252 (or cp1252), which expat does not know: common in older feeds.
// Other unknown encodings stay an error ("unknown encoding").
int XMLCALL on_unknown_encoding(void*, const XML_Char* name, XML_Encoding* info) {
  std::string lower;
  for (const XML_Char* c = name; *c; ++c)
    lower += static_cast<char>(*c >= 'A' && *c <= 'Z' ? *c - 'A' + 'a' : *c);
  if (lower != "windows-1252" && lower != "cp1252" && lower != "x-cp1252") return XML_STATUS_ERROR;
  for (int b = 0; b < 256; ++b)
    info->map[b] = static_cast<int>(detail::windows1252_code_point(static_cast<unsigned char>(b)));
  info->data = nullptr;
  info->convert = nullptr;
  info->release = nullptr;
  return XML_STATUS_OK;
}

Tree parse_tree(std::string_view xml) {
  Tree tree;
  tree.parser = XML_ParserCreateNS(nullptr, kNsSeparator);
  if (!tree.parser) {
    tree.error = "out of memory";
    return tree;
  }
  XML_SetUserData(tree.parser, &tree);
  XML_SetElementHandler(tree.parser, on_start, on_end);
  XML_SetCharacterDataHandler(tree.parser, on_text);
  XML_SetEntityDeclHandler(tree.parser, on_entity_declaration);
  XML_SetExternalEntityRefHandler(tree.parser, on_external_entity);
  XML_SetParamEntityParsing(tree.parser, XML_PARAM_ENTITY_PARSING_NEVER);
  XML_SetUnknownEncodingHandler(tree.parser, on_unknown_encoding, nullptr);
  tree.nodes.reserve(xml.size() / 32 + 16);
  const XML_Status status =
      XML_Parse(tree.parser, xml.data(), static_cast<int>(xml.size()), XML_TRUE);
  if (status != XML_STATUS_OK && tree.error.empty()) {
    tree.error =
        std::string("not well-formed XML: ") + XML_ErrorString(XML_GetErrorCode(tree.parser));
    tree.error_line = static_cast<int>(XML_GetCurrentLineNumber(tree.parser));
    tree.error_column = static_cast<int>(XML_GetCurrentColumnNumber(tree.parser)) + 1;
  }
  XML_ParserFree(tree.parser);
  tree.parser = nullptr;
  tree.open.clear();
  return tree;
}

// ============================================================================================
// [SECTION] Reading elements: text, HTML, dates, people, images
// ============================================================================================

class Reader {
 public:
  Reader(const Tree& tree, const ImportOptions& options, Diagnostics& diagnostics)
      : tree_(tree), options_(options), diagnostics_(diagnostics) {}

  const Node& node(std::size_t i) const { return tree_.nodes[i]; }

  // The first element child named ns:name, or nullptr.
  const Node* child(const Node& n, std::string_view ns, std::string_view name) const {
    for (std::size_t c : n.children) {
      const Node& k = node(c);
      if (k.name == name && k.ns == ns) return &k;
    }
    return nullptr;
  }
  std::vector<const Node*> children(const Node& n, std::string_view ns,
                                    std::string_view name) const {
    std::vector<const Node*> out;
    for (std::size_t c : n.children) {
      const Node& k = node(c);
      if (k.name == name && k.ns == ns) out.push_back(&k);
    }
    return out;
  }
  static std::string_view attribute(const Node& n, std::string_view key) {
    for (const auto& [k, v] : n.attributes)
      if (k == key) return v;
    return {};
  }

  // Every character of the element and its descendants, in order.
  void append_text(const Node& n, std::string& out) const {
    if (n.name.empty()) out += n.text;
    for (std::size_t c : n.children) append_text(node(c), out);
  }
  // Its text with whitespace runs collapsed to one space and trimmed (a plain-text field).
  std::string plain(const Node* n) const {
    if (!n) return {};
    std::string raw, out;
    append_text(*n, raw);
    for (char c : raw) {
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (space) {
        if (!out.empty() && out.back() != ' ') out += ' ';
      } else {
        out += c;
      }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  }
  // The element's content as HTML source: its text as written (HTML escaped in the XML), child
  // elements (unescaped markup, XHTML) as tags by local name; `escape_text` for XHTML, whose text
  // is text, not HTML source.
  void append_markup(const Node& n, bool escape_text, std::string& out) const {
    for (std::size_t c : n.children) {
      const Node& k = node(c);
      if (k.name.empty()) {
        if (!escape_text) {
          out += k.text;
          continue;
        }
        for (char ch : k.text) out += ch == '<' ? "&lt;" : ch == '&' ? "&amp;" : std::string(1, ch);
        continue;
      }
      out += '<' + k.name + '>';
      append_markup(k, escape_text, out);
      out += "</" + k.name + '>';
    }
  }
  std::string html(const Node* n) const {
    if (!n) return {};
    std::string markup;
    append_markup(*n, false, markup);
    return html_to_text(markup);
  }
  // An Atom text construct: type="text" (default), "html" or "xhtml".
  std::string atom_text(const Node* n) const {
    if (!n) return {};
    const std::string_view type = attribute(*n, "type");
    if (type == "html" || type == "text/html") return html(n);
    if (type == "xhtml" || type == "application/xhtml+xml") {
      std::string markup;
      append_markup(*n, true, markup);
      return html_to_text(markup);
    }
    return plain(n);
  }

  // A date of an RSS 2.0 (RFC 822, or RFC 3339 as some feeds write) or of Atom / Dublin Core
  // (RFC 3339, or RFC 822): 0 and a warning when it is neither.
  Seconds date(const Node* n, const std::string& path, const char* kept) {
    if (!n) return 0;
    const std::string text = plain(n);
    if (text.empty()) return 0;
    if (auto t = parse_rfc822(text)) return *t;
    if (auto t = parse_rfc3339(text)) return *t;
    warn(path, *n,
         std::string("not a date (RFC 822 or RFC 3339): \"") +
             std::string(truncate_utf8(text, 60)) + "\"; " + kept);
    return 0;
  }

  void warn(const std::string& path, const Node& where, std::string message) {
    diagnostics_.push_back(
        {Severity::kWarning, path, std::move(message), where.line, where.column});
  }

  const ImportOptions& options() const { return options_; }
  Diagnostics& diagnostics() { return diagnostics_; }

 private:
  const Tree& tree_;
  const ImportOptions& options_;
  Diagnostics& diagnostics_;
};

constexpr const char* kWithoutDate = "the item is kept without its date";
constexpr const char* kWithoutModified = "the item is kept without its modification date";

// "jo@example.com (Jo Smith)" (RSS 2.0 author) -> "Jo Smith"; anything else as written.
std::string rss_author_name(std::string text) {
  const std::size_t open = text.find('(');
  const std::size_t close = text.rfind(')');
  if (open != std::string::npos && close != std::string::npos && close > open + 1 &&
      text.substr(0, open).find('@') != std::string::npos)
    return text.substr(open + 1, close - open - 1);
  return text;
}

void add_unique(std::vector<std::string>& list, std::string value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
    list.push_back(std::move(value));
}

// An image an item offers (media:content, media:thumbnail, an enclosure or an Atom enclosure).
struct ImageCandidate {
  std::string url;
  std::int64_t area = 0;  // width x height when given, else 0.
  std::string alt;
  std::string credit;
};

std::int64_t dimension(std::string_view text) {
  std::int64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || v > 100000) return 0;
    v = v * 10 + (c - '0');
  }
  return v;
}

// media:content / media:thumbnail / media:group (recursively), with the alt and credit of the
// element itself or, failing that, of its parent (`alt`, `credit`).
void media_candidates(Reader& r, const Node& parent, const std::string& alt,
                      const std::string& credit, std::vector<ImageCandidate>& out) {
  const std::string own_alt = r.plain(r.child(parent, kMediaNs, "description"));
  const std::string own_credit = r.plain(r.child(parent, kMediaNs, "credit"));
  const std::string& a = own_alt.empty() ? alt : own_alt;
  const std::string& c = own_credit.empty() ? credit : own_credit;
  for (std::size_t i : parent.children) {
    const Node& n = r.node(i);
    if (n.ns != kMediaNs) continue;
    if (n.name == "group") {
      media_candidates(r, n, a, c, out);
      continue;
    }
    if (n.name != "content" && n.name != "thumbnail") continue;
    const std::string_view medium = Reader::attribute(n, "medium");
    const std::string_view type = Reader::attribute(n, "type");
    if (n.name == "content" &&
        ((!medium.empty() && medium != "image") || (!type.empty() && type.rfind("image/", 0) != 0)))
      continue;
    ImageCandidate candidate;
    candidate.url = trim_url(Reader::attribute(n, "url"));
    candidate.area =
        dimension(Reader::attribute(n, "width")) * dimension(Reader::attribute(n, "height"));
    candidate.alt = r.plain(r.child(n, kMediaNs, "description"));
    if (candidate.alt.empty()) candidate.alt = a;
    candidate.credit = r.plain(r.child(n, kMediaNs, "credit"));
    if (candidate.credit.empty()) candidate.credit = c;
    out.push_back(std::move(candidate));
  }
}

// The largest http(s) candidate (the first of equals); an empty Image when there is none.
Image best_image(const std::vector<ImageCandidate>& candidates) {
  const ImageCandidate* best = nullptr;
  for (const ImageCandidate& c : candidates)
    if (classify_url(c.url) == UrlKind::kHttp && (!best || c.area > best->area)) best = &c;
  if (!best) return {};
  return {best->url, best->alt, best->credit};
}

// ============================================================================================
// [SECTION] The three formats
// ============================================================================================

// One item as its format gives it, before the shared rules.
struct RawItem {
  Article article;  // title, summary, text, authors, tags, dates, image filled by the format.
  std::string guid;
  std::string link;
  bool guid_is_link = false;  // RSS 2.0 guid without isPermaLink="false": also the item's URL.
  std::vector<ImageCandidate> images;
  const Node* where = nullptr;
};

RawItem read_rss2_item(Reader& r, const Node& item, const std::string& path) {
  RawItem raw;
  raw.where = &item;
  Article& a = raw.article;
  if (const Node* guid = r.child(item, "", "guid")) {
    raw.guid = r.plain(guid);
    raw.guid_is_link = Reader::attribute(*guid, "isPermaLink") != "false";
  }
  raw.link = r.plain(r.child(item, "", "link"));
  a.title = r.html(r.child(item, "", "title"));
  a.summary = r.html(r.child(item, "", "description"));
  a.text = r.html(r.child(item, kContentNs, "encoded"));
  for (const Node* n : r.children(item, kDcNs, "creator")) add_unique(a.authors, r.html(n));
  for (const Node* n : r.children(item, "", "author"))
    add_unique(a.authors, rss_author_name(r.html(n)));
  if (const Node* d = r.child(item, "", "pubDate"))
    a.published = r.date(d, path + "/date_published", kWithoutDate);
  else
    a.published = r.date(r.child(item, kDcNs, "date"), path + "/date_published", kWithoutDate);
  if (const Node* u = r.child(item, kAtomNs, "updated"))
    a.modified = r.date(u, path + "/date_modified", kWithoutModified);
  for (const Node* n : r.children(item, "", "category")) add_unique(a.tags, r.plain(n));
  media_candidates(r, item, "", "", raw.images);
  for (const Node* n : r.children(item, "", "enclosure"))
    if (Reader::attribute(*n, "type").rfind("image/", 0) == 0)
      raw.images.push_back({trim_url(Reader::attribute(*n, "url")), 0, {}, {}});
  return raw;
}

// Atom's link of relation `rel` ("alternate" also matches a link without rel).
std::string atom_link(Reader& r, const Node& parent, std::string_view rel) {
  for (const Node* n : r.children(parent, kAtomNs, "link")) {
    const std::string_view has = Reader::attribute(*n, "rel");
    if (has == rel || (has.empty() && rel == "alternate"))
      return trim_url(Reader::attribute(*n, "href"));
  }
  return {};
}

void atom_authors(Reader& r, const Node& parent, std::vector<std::string>& out) {
  for (const Node* n : r.children(parent, kAtomNs, "author"))
    add_unique(out, r.plain(r.child(*n, kAtomNs, "name")));
}

RawItem read_atom_entry(Reader& r, const Node& entry, const std::string& path,
                        const std::vector<std::string>& feed_authors) {
  RawItem raw;
  raw.where = &entry;
  Article& a = raw.article;
  raw.guid = r.plain(r.child(entry, kAtomNs, "id"));
  raw.link = atom_link(r, entry, "alternate");
  a.title = r.atom_text(r.child(entry, kAtomNs, "title"));
  a.summary = r.atom_text(r.child(entry, kAtomNs, "summary"));
  if (const Node* content = r.child(entry, kAtomNs, "content");
      content && Reader::attribute(*content, "src").empty())
    a.text = r.atom_text(content);
  atom_authors(r, entry, a.authors);
  if (a.authors.empty()) a.authors = feed_authors;  // An entry inherits the feed's authors.
  const Node* published = r.child(entry, kAtomNs, "published");
  const Node* updated = r.child(entry, kAtomNs, "updated");
  a.modified = r.date(updated, path + "/date_modified", kWithoutModified);
  a.published = published ? r.date(published, path + "/date_published", kWithoutDate) : a.modified;
  for (const Node* n : r.children(entry, kAtomNs, "category"))
    add_unique(a.tags, std::string(Reader::attribute(*n, "term")));
  media_candidates(r, entry, "", "", raw.images);
  for (const Node* n : r.children(entry, kAtomNs, "link"))
    if (Reader::attribute(*n, "rel") == "enclosure" &&
        Reader::attribute(*n, "type").rfind("image/", 0) == 0)
      raw.images.push_back({trim_url(Reader::attribute(*n, "href")), 0, {}, {}});
  return raw;
}

RawItem read_rss1_item(Reader& r, const Node& item, const std::string& path) {
  RawItem raw;
  raw.where = &item;
  Article& a = raw.article;
  raw.guid = trim_url(Reader::attribute(item, std::string(kRdfNs) + kNsSeparator + "about"));
  raw.link = r.plain(r.child(item, kRss1Ns, "link"));
  a.title = r.html(r.child(item, kRss1Ns, "title"));
  a.summary = r.html(r.child(item, kRss1Ns, "description"));
  a.text = r.html(r.child(item, kContentNs, "encoded"));
  for (const Node* n : r.children(item, kDcNs, "creator")) add_unique(a.authors, r.html(n));
  a.published = r.date(r.child(item, kDcNs, "date"), path + "/date_published", kWithoutDate);
  for (const Node* n : r.children(item, kDcNs, "subject")) add_unique(a.tags, r.plain(n));
  media_candidates(r, item, "", "", raw.images);
  return raw;
}

// ============================================================================================
// [SECTION] What every item goes through
// ============================================================================================

// The first segment of an http(s) URL's path when the path has more than one ("/news/x" ->
// "news"); "" otherwise.
std::string first_path_segment(std::string_view url) {
  std::size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : url.find('/', start + 3);
  if (start == std::string_view::npos) return {};
  const std::size_t end = url.find_first_of("?#", start);
  const std::string_view path =
      url.substr(start, end == std::string_view::npos ? end : end - start);
  std::vector<std::string_view> segments;
  for (std::size_t i = 0; i < path.size();) {
    const std::size_t next = std::min(path.find('/', i), path.size());
    if (next > i) segments.push_back(path.substr(i, next - i));
    i = next + 1;
  }
  return segments.size() >= 2 ? std::string(segments[0]) : std::string();
}

class ItemRules {
 public:
  ItemRules(Reader& reader, Feed& feed, std::size_t& skipped)
      : r_(reader), limits_(reader.options().limits), feed_(feed), skipped_(skipped) {}

  // Applies the shared rules to `raw` (the document's item `index`) and appends it to the feed,
  // or skips it with a warning.
  void add(RawItem raw, std::size_t index) {
    const std::string path = "/items/" + std::to_string(index);
    const Node& where = *raw.where;
    if (feed_.items.size() >= limits_.max_items) {
      if (!warned_max_items_)
        r_.warn(path, where,
                "more than " + std::to_string(limits_.max_items) + " items; the rest are skipped");
      warned_max_items_ = true;
      ++skipped_;
      return;
    }
    Article& a = raw.article;
    // The url: the link, else an RSS guid that is a permalink; http(s) or relative only.
    std::string url = trim_url(raw.link);
    if (url.empty() && raw.guid_is_link && classify_url(raw.guid) == UrlKind::kHttp)
      url = trim_url(raw.guid);
    std::string dropped;  // Why the link was dropped, if it was.
    if (!url.empty() && !is_safe_url(url))
      dropped =
          "link must be http(s) or relative, not \"" + std::string(truncate_utf8(url, 40)) + "\"";
    else if (url.size() > limits_.max_url_bytes)
      dropped = "link longer than " + std::to_string(limits_.max_url_bytes) + " bytes";
    if (!dropped.empty()) url.clear();
    if (classify_url(url) == UrlKind::kRelative && looks_like_host_without_scheme(url)) {
      r_.warn(path + "/url", where,
              "link \"" + std::string(truncate_utf8(url, 40)) +
                  "\" looks like a host without a scheme; read as https://" +
                  std::string(truncate_utf8(url, 40)));
      url = "https://" + url;
      if (url.size() > limits_.max_url_bytes) url.clear();
    }
    a.url = url;
    a.id = detail::clean_line(raw.guid.empty() ? url : raw.guid);
    if (a.id.empty())
      return skip(path, where,
                  "no id (guid, id or rdf:about) and no usable link" +
                      (dropped.empty() ? std::string() : " (" + dropped + ")"));
    if (!dropped.empty()) r_.warn(path + "/url", where, dropped + "; the item is kept without it");
    if (a.id.size() > limits_.max_id_bytes)
      return skip(path, where, "id longer than " + std::to_string(limits_.max_id_bytes) + " bytes");
    a.title = detail::clean_line(a.title);
    if (a.title.empty()) return skip(path, where, "no title");
    if (!ids_.insert(a.id).second)
      return skip(path, where,
                  "duplicate id \"" + std::string(truncate_utf8(a.id, 60)) +
                      "\" (the first item with it is kept)");
    // The JSON reader's cleaning (one-line fields collapsed, texts trimmed), so that what is
    // written reads back unchanged.
    a.summary = detail::trim(a.summary);
    a.text = detail::trim(a.text);
    clip(a.title, limits_.max_title_bytes, path + "/title", where);
    clip(a.summary, limits_.max_summary_bytes, path + "/summary", where);
    clip(a.text, limits_.max_text_bytes, path + "/content_text", where);
    clean_list(a.authors);
    clean_list(a.tags);
    clip_list(a.authors, path + "/authors", where);
    clip_list(a.tags, path + "/tags", where);
    switch (r_.options().section_from) {
      case SectionFrom::kCategory:
        if (!a.tags.empty()) a.section = a.tags.front();
        break;
      case SectionFrom::kPath:
        a.section = first_path_segment(a.url);
        break;
      case SectionFrom::kNone:
        break;
    }
    a.section = detail::clean_line(a.section);
    clip(a.section, limits_.max_field_bytes, path + "/_newsrail/section", where);
    a.image = best_image(raw.images);
    a.image.alt = detail::clean_line(a.image.alt);
    a.image.credit = detail::clean_line(a.image.credit);
    if (a.image.url.empty() && !raw.images.empty())
      r_.warn(path + "/image", where, "no http(s) image among the item's media; it has none");
    if (a.image.url.size() > limits_.max_url_bytes) a.image = {};
    clip(a.image.alt, limits_.max_field_bytes, path + "/_newsrail/image_alt", where);
    clip(a.image.credit, limits_.max_field_bytes, path + "/_newsrail/image_credit", where);
    if (!a.modified || a.modified < a.published) a.modified = a.published;
    if (!a.published) a.published = a.modified;
    a.reading_minutes =
        std::min(600, reading_minutes(count_words(a.summary) + count_words(a.text)));
    feed_.items.push_back(std::move(a));
  }

 private:
  void skip(const std::string& path, const Node& where, const std::string& why) {
    r_.warn(path, where, why + "; the item is skipped");
    ++skipped_;
  }
  void clip(std::string& value, std::size_t max, const std::string& path, const Node& where) {
    if (value.size() <= max) return;
    value = std::string(truncate_utf8(value, max));
    while (!value.empty() && detail::is_line_space(value.back())) value.pop_back();
    r_.warn(path, where, "longer than " + std::to_string(max) + " bytes; truncated");
  }
  void clip_list(std::vector<std::string>& list, const std::string& path, const Node& where) {
    if (list.size() > limits_.max_list_entries) {
      list.resize(limits_.max_list_entries);
      r_.warn(path, where,
              "more than " + std::to_string(limits_.max_list_entries) + " entries; the first kept");
    }
    for (std::string& s : list) clip(s, limits_.max_field_bytes, path, where);
  }
  // One-line entries, cleaned, without empty ones or repeats.
  static void clean_list(std::vector<std::string>& list) {
    std::vector<std::string> out;
    for (const std::string& s : list) add_unique(out, detail::clean_line(s));
    list = std::move(out);
  }

  Reader& r_;
  const ParseLimits& limits_;
  Feed& feed_;
  std::size_t& skipped_;
  std::unordered_set<std::string> ids_;
  bool warned_max_items_ = false;
};

// ============================================================================================
// [SECTION] import_feed
// ============================================================================================

FeedFormat detect(const Node& root) {
  if (root.ns.empty() && root.name == "rss") return FeedFormat::kRss2;
  if (root.ns == kAtomNs && root.name == "feed") return FeedFormat::kAtom;
  if (root.ns == kRdfNs && root.name == "RDF") return FeedFormat::kRss1;
  return FeedFormat::kUnknown;
}

std::string home_page(std::string url) { return classify_url(url) == UrlKind::kHttp ? url : ""; }

}  // namespace

const char* feed_format_name(FeedFormat format) {
  switch (format) {
    case FeedFormat::kRss2:
      return "RSS 2.0";
    case FeedFormat::kAtom:
      return "Atom 1.0";
    case FeedFormat::kRss1:
      return "RSS 1.0";
    case FeedFormat::kUnknown:
      break;
  }
  return "unknown";
}

FeedImportResult import_feed(std::string_view xml, const ImportOptions& options) {
  FeedImportResult result;
  if (xml.size() > options.limits.max_feed_bytes ||
      xml.size() > static_cast<std::size_t>(INT32_MAX)) {
    result.diagnostics.push_back({Severity::kError, "",
                                  "the document is " + std::to_string(xml.size()) +
                                      " bytes, more than the limit of " +
                                      std::to_string(options.limits.max_feed_bytes),
                                  0, 0});
    return result;
  }
  const Tree tree = parse_tree(xml);
  if (!tree.error.empty() || tree.nodes.empty()) {
    result.diagnostics.push_back({Severity::kError, "",
                                  tree.error.empty() ? "no root element" : tree.error,
                                  tree.error_line, tree.error_column});
    return result;
  }
  const Node& root = tree.nodes[0];
  result.format = detect(root);
  Reader r(tree, options, result.diagnostics);
  Feed& feed = result.feed;
  const Node* channel = nullptr;  // What holds the feed's title, link and language.
  std::vector<const Node*> items;
  std::vector<std::string> feed_authors;
  const Node* generated = nullptr;  // The document's own date: the feed's generated_at.
  switch (result.format) {
    case FeedFormat::kRss2:
      channel = r.child(root, "", "channel");
      if (!channel) break;
      feed.title = r.html(r.child(*channel, "", "title"));
      feed.home_page_url = home_page(r.plain(r.child(*channel, "", "link")));
      feed.feed_url = home_page(atom_link(r, *channel, "self"));
      feed.language = r.plain(r.child(*channel, "", "language"));
      generated = r.child(*channel, "", "lastBuildDate");
      if (!generated) generated = r.child(*channel, "", "pubDate");
      if (feed.language.empty()) feed.language = r.plain(r.child(*channel, kDcNs, "language"));
      items = r.children(*channel, "", "item");
      break;
    case FeedFormat::kAtom:
      channel = &root;
      feed.title = r.atom_text(r.child(root, kAtomNs, "title"));
      feed.home_page_url = home_page(atom_link(r, root, "alternate"));
      feed.feed_url = home_page(atom_link(r, root, "self"));
      feed.language =
          std::string(Reader::attribute(root, std::string(kXmlNs) + kNsSeparator + "lang"));
      atom_authors(r, root, feed_authors);
      generated = r.child(root, kAtomNs, "updated");
      items = r.children(root, kAtomNs, "entry");
      break;
    case FeedFormat::kRss1:
      channel = r.child(root, kRss1Ns, "channel");
      if (!channel) break;
      feed.title = r.html(r.child(*channel, kRss1Ns, "title"));
      feed.home_page_url = home_page(r.plain(r.child(*channel, kRss1Ns, "link")));
      feed.language = r.plain(r.child(*channel, kDcNs, "language"));
      generated = r.child(*channel, kDcNs, "date");
      items = r.children(root, kRss1Ns, "item");
      break;
    case FeedFormat::kUnknown:
      break;
  }
  if (!channel) {
    const std::string name =
        (root.ns.empty() ? std::string() : "{" + std::string(root.ns) + "}") + root.name;
    result.diagnostics.push_back(
        {Severity::kError, "",
         result.format == FeedFormat::kUnknown
             ? "not a feed: the root element is <" + name +
                   ">, not rss (RSS 2.0), feed (Atom 1.0) or rdf:RDF (RSS 1.0)"
             : std::string("not a feed: ") + feed_format_name(result.format) +
                   " without its channel element",
         root.line, root.column});
    result.feed = {};
    return result;
  }
  if (!options.language.empty()) feed.language = options.language;
  feed.generated_at =
      r.date(generated, "/_newsrail/generated_at", "the feed is kept without its generated_at");
  feed.title = detail::clean_line(feed.title);
  feed.language = detail::clean_line(truncate_utf8(detail::clean_line(feed.language), 64));
  if (feed.title.empty())
    r.warn("/title", *channel, "the feed has no title (JSON Feed requires one)");
  ItemRules rules(r, feed, result.skipped);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string path = "/items/" + std::to_string(i);
    switch (result.format) {
      case FeedFormat::kRss2:
        rules.add(read_rss2_item(r, *items[i], path), i);
        break;
      case FeedFormat::kAtom:
        rules.add(read_atom_entry(r, *items[i], path, feed_authors), i);
        break;
      case FeedFormat::kRss1:
        rules.add(read_rss1_item(r, *items[i], path), i);
        break;
      case FeedFormat::kUnknown:
        break;
    }
  }
  if (items.empty()) r.warn("/items", *channel, "the feed has no items");
  if (feed.generated_at)  // A stale lastBuildDate must not put items in the future.
    for (const Article& a : feed.items)
      feed.generated_at = std::max({feed.generated_at, a.published, a.modified});
  return result;
}

}  // namespace newsrail
