// newsrail — HTML to plain text: a single forward pass over the fragment, no DOM.
//
// Index of this file
//   [SECTION] Character references (named table, windows-1252 remap)
//   [SECTION] Output builder (whitespace collapsing, line and paragraph breaks)
//   [SECTION] Tag scanning (names, attributes, comments, skipped elements)
//   [SECTION] html_to_text
#include "newsrail/html_text.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <utility>

#include "newsrail/detail/windows1252.h"
#include "newsrail/utf8.h"

namespace newsrail {
namespace {

constexpr std::size_t npos = std::string_view::npos;

//-------------------------------------------------------------------------------------------------
// [SECTION] Character references
//-------------------------------------------------------------------------------------------------

struct NamedEntity {
  std::string_view name;
  char32_t cp;
};

// The 252 named character references of HTML 4 plus &apos;, sorted by name (byte order).
constexpr NamedEntity kNamedEntities[] = {
    {"AElig", 0x00C6},   {"Aacute", 0x00C1},  {"Acirc", 0x00C2},    {"Agrave", 0x00C0},
    {"Alpha", 0x0391},   {"Aring", 0x00C5},   {"Atilde", 0x00C3},   {"Auml", 0x00C4},
    {"Beta", 0x0392},    {"Ccedil", 0x00C7},  {"Chi", 0x03A7},      {"Dagger", 0x2021},
    {"Delta", 0x0394},   {"ETH", 0x00D0},     {"Eacute", 0x00C9},   {"Ecirc", 0x00CA},
    {"Egrave", 0x00C8},  {"Epsilon", 0x0395}, {"Eta", 0x0397},      {"Euml", 0x00CB},
    {"Gamma", 0x0393},   {"Iacute", 0x00CD},  {"Icirc", 0x00CE},    {"Igrave", 0x00CC},
    {"Iota", 0x0399},    {"Iuml", 0x00CF},    {"Kappa", 0x039A},    {"Lambda", 0x039B},
    {"Mu", 0x039C},      {"Ntilde", 0x00D1},  {"Nu", 0x039D},       {"OElig", 0x0152},
    {"Oacute", 0x00D3},  {"Ocirc", 0x00D4},   {"Ograve", 0x00D2},   {"Omega", 0x03A9},
    {"Omicron", 0x039F}, {"Oslash", 0x00D8},  {"Otilde", 0x00D5},   {"Ouml", 0x00D6},
    {"Phi", 0x03A6},     {"Pi", 0x03A0},      {"Prime", 0x2033},    {"Psi", 0x03A8},
    {"Rho", 0x03A1},     {"Scaron", 0x0160},  {"Sigma", 0x03A3},    {"THORN", 0x00DE},
    {"Tau", 0x03A4},     {"Theta", 0x0398},   {"Uacute", 0x00DA},   {"Ucirc", 0x00DB},
    {"Ugrave", 0x00D9},  {"Upsilon", 0x03A5}, {"Uuml", 0x00DC},     {"Xi", 0x039E},
    {"Yacute", 0x00DD},  {"Yuml", 0x0178},    {"Zeta", 0x0396},     {"aacute", 0x00E1},
    {"acirc", 0x00E2},   {"acute", 0x00B4},   {"aelig", 0x00E6},    {"agrave", 0x00E0},
    {"alefsym", 0x2135}, {"alpha", 0x03B1},   {"amp", 0x0026},      {"and", 0x2227},
    {"ang", 0x2220},     {"apos", 0x0027},    {"aring", 0x00E5},    {"asymp", 0x2248},
    {"atilde", 0x00E3},  {"auml", 0x00E4},    {"bdquo", 0x201E},    {"beta", 0x03B2},
    {"brvbar", 0x00A6},  {"bull", 0x2022},    {"cap", 0x2229},      {"ccedil", 0x00E7},
    {"cedil", 0x00B8},   {"cent", 0x00A2},    {"chi", 0x03C7},      {"circ", 0x02C6},
    {"clubs", 0x2663},   {"cong", 0x2245},    {"copy", 0x00A9},     {"crarr", 0x21B5},
    {"cup", 0x222A},     {"curren", 0x00A4},  {"dArr", 0x21D3},     {"dagger", 0x2020},
    {"darr", 0x2193},    {"deg", 0x00B0},     {"delta", 0x03B4},    {"diams", 0x2666},
    {"divide", 0x00F7},  {"eacute", 0x00E9},  {"ecirc", 0x00EA},    {"egrave", 0x00E8},
    {"empty", 0x2205},   {"emsp", 0x2003},    {"ensp", 0x2002},     {"epsilon", 0x03B5},
    {"equiv", 0x2261},   {"eta", 0x03B7},     {"eth", 0x00F0},      {"euml", 0x00EB},
    {"euro", 0x20AC},    {"exist", 0x2203},   {"fnof", 0x0192},     {"forall", 0x2200},
    {"frac12", 0x00BD},  {"frac14", 0x00BC},  {"frac34", 0x00BE},   {"frasl", 0x2044},
    {"gamma", 0x03B3},   {"ge", 0x2265},      {"gt", 0x003E},       {"hArr", 0x21D4},
    {"harr", 0x2194},    {"hearts", 0x2665},  {"hellip", 0x2026},   {"iacute", 0x00ED},
    {"icirc", 0x00EE},   {"iexcl", 0x00A1},   {"igrave", 0x00EC},   {"image", 0x2111},
    {"infin", 0x221E},   {"int", 0x222B},     {"iota", 0x03B9},     {"iquest", 0x00BF},
    {"isin", 0x2208},    {"iuml", 0x00EF},    {"kappa", 0x03BA},    {"lArr", 0x21D0},
    {"lambda", 0x03BB},  {"lang", 0x2329},    {"laquo", 0x00AB},    {"larr", 0x2190},
    {"lceil", 0x2308},   {"ldquo", 0x201C},   {"le", 0x2264},       {"lfloor", 0x230A},
    {"lowast", 0x2217},  {"loz", 0x25CA},     {"lrm", 0x200E},      {"lsaquo", 0x2039},
    {"lsquo", 0x2018},   {"lt", 0x003C},      {"macr", 0x00AF},     {"mdash", 0x2014},
    {"micro", 0x00B5},   {"middot", 0x00B7},  {"minus", 0x2212},    {"mu", 0x03BC},
    {"nabla", 0x2207},   {"nbsp", 0x00A0},    {"ndash", 0x2013},    {"ne", 0x2260},
    {"ni", 0x220B},      {"not", 0x00AC},     {"notin", 0x2209},    {"nsub", 0x2284},
    {"ntilde", 0x00F1},  {"nu", 0x03BD},      {"oacute", 0x00F3},   {"ocirc", 0x00F4},
    {"oelig", 0x0153},   {"ograve", 0x00F2},  {"oline", 0x203E},    {"omega", 0x03C9},
    {"omicron", 0x03BF}, {"oplus", 0x2295},   {"or", 0x2228},       {"ordf", 0x00AA},
    {"ordm", 0x00BA},    {"oslash", 0x00F8},  {"otilde", 0x00F5},   {"otimes", 0x2297},
    {"ouml", 0x00F6},    {"para", 0x00B6},    {"part", 0x2202},     {"permil", 0x2030},
    {"perp", 0x22A5},    {"phi", 0x03C6},     {"pi", 0x03C0},       {"piv", 0x03D6},
    {"plusmn", 0x00B1},  {"pound", 0x00A3},   {"prime", 0x2032},    {"prod", 0x220F},
    {"prop", 0x221D},    {"psi", 0x03C8},     {"quot", 0x0022},     {"rArr", 0x21D2},
    {"radic", 0x221A},   {"rang", 0x232A},    {"raquo", 0x00BB},    {"rarr", 0x2192},
    {"rceil", 0x2309},   {"rdquo", 0x201D},   {"real", 0x211C},     {"reg", 0x00AE},
    {"rfloor", 0x230B},  {"rho", 0x03C1},     {"rlm", 0x200F},      {"rsaquo", 0x203A},
    {"rsquo", 0x2019},   {"sbquo", 0x201A},   {"scaron", 0x0161},   {"sdot", 0x22C5},
    {"sect", 0x00A7},    {"shy", 0x00AD},     {"sigma", 0x03C3},    {"sigmaf", 0x03C2},
    {"sim", 0x223C},     {"spades", 0x2660},  {"sub", 0x2282},      {"sube", 0x2286},
    {"sum", 0x2211},     {"sup", 0x2283},     {"sup1", 0x00B9},     {"sup2", 0x00B2},
    {"sup3", 0x00B3},    {"supe", 0x2287},    {"szlig", 0x00DF},    {"tau", 0x03C4},
    {"there4", 0x2234},  {"theta", 0x03B8},   {"thetasym", 0x03D1}, {"thinsp", 0x2009},
    {"thorn", 0x00FE},   {"tilde", 0x02DC},   {"times", 0x00D7},    {"trade", 0x2122},
    {"uArr", 0x21D1},    {"uacute", 0x00FA},  {"uarr", 0x2191},     {"ucirc", 0x00FB},
    {"ugrave", 0x00F9},  {"uml", 0x00A8},     {"upsih", 0x03D2},    {"upsilon", 0x03C5},
    {"uuml", 0x00FC},    {"weierp", 0x2118},  {"xi", 0x03BE},       {"yacute", 0x00FD},
    {"yen", 0x00A5},     {"yuml", 0x00FF},    {"zeta", 0x03B6},     {"zwj", 0x200D},
    {"zwnj", 0x200C},
};

constexpr bool names_are_sorted() {
  for (std::size_t i = 1; i < sizeof(kNamedEntities) / sizeof(kNamedEntities[0]); ++i) {
    if (!(kNamedEntities[i - 1].name < kNamedEntities[i].name)) return false;
  }
  return true;
}
static_assert(names_are_sorted(), "kNamedEntities must be sorted for binary search");

// Returns the code point of a named reference (without '&' and ';'), or 0 when unknown.
char32_t lookup_named(std::string_view name) {
  const auto* first = std::begin(kNamedEntities);
  const auto* last = std::end(kNamedEntities);
  const auto* it = std::lower_bound(
      first, last, name, [](const NamedEntity& e, std::string_view n) { return e.name < n; });
  return (it != last && it->name == name) ? it->cp : 0;
}

char32_t numeric_reference_value(std::uint32_t v) {
  if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0xFFFD;
  // Numeric references 0x80-0x9F name windows-1252 characters in every browser (WHATWG
  // "numeric character reference end state").
  if (v >= 0x80 && v <= 0x9F) return detail::windows1252_code_point(static_cast<unsigned char>(v));
  return v;
}

inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
inline bool is_hex_digit(char c) {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
inline int hex_value(char c) {
  if (c <= '9') return c - '0';
  return (c | 0x20) - 'a' + 10;
}
// HTML's ASCII whitespace (plus vertical tab, which browsers also render as a space).
inline bool is_html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

//-------------------------------------------------------------------------------------------------
// [SECTION] Output builder
//-------------------------------------------------------------------------------------------------

// Appends visible text; whitespace and breaks are held back until the next visible character,
// which trims lines and the ends of the output for free.
class TextBuilder {
 public:
  explicit TextBuilder(std::size_t expected) { out_.reserve(expected); }

  void space() { pending_space_ = true; }
  // A block boundary: 1 = line break, 2 = paragraph break; the stronger pending one wins.
  void block(int level) { pending_breaks_ = std::max(pending_breaks_, level); }
  // <br>: each one adds a line, up to a blank line.
  void line_break() { pending_breaks_ = std::min(2, pending_breaks_ + 1); }

  // `bytes`: valid UTF-8 without whitespace.
  void append(std::string_view bytes) {
    flush();
    out_.append(bytes.data(), bytes.size());
  }
  void append(char32_t cp) {
    flush();
    append_utf8(out_, cp);
  }

  // Adds text that may hold whitespace (collapsed) and invalid UTF-8 (replaced).
  void add_text(std::string_view text) {
    if (is_valid_utf8(text)) {
      add_valid_text(text);
    } else {
      const std::string clean = sanitize_utf8(text);
      add_valid_text(clean);
    }
  }

  std::string take() { return std::move(out_); }

 private:
  static bool is_nbsp_at(std::string_view s, std::size_t i) {
    return static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
           static_cast<unsigned char>(s[i + 1]) == 0xA0;
  }

  void add_valid_text(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
      if (is_html_space(s[i])) {
        space();
        ++i;
      } else if (is_nbsp_at(s, i)) {
        space();
        i += 2;
      } else {
        // Copy the longest stretch that is already collapsed (words and single ' ') at once.
        std::size_t j = i + 1;
        while (j < s.size()) {
          if (s[j] == ' ' && j + 1 < s.size() && !is_html_space(s[j + 1]) &&
              !is_nbsp_at(s, j + 1)) {
            j += 2;
          } else if (is_html_space(s[j]) || is_nbsp_at(s, j)) {
            break;
          } else {
            ++j;
          }
        }
        append(s.substr(i, j - i));
        i = j;
      }
    }
  }

  void flush() {
    if (!out_.empty()) {
      if (pending_breaks_ > 0) {
        out_.append(static_cast<std::size_t>(pending_breaks_), '\n');
      } else if (pending_space_) {
        out_.push_back(' ');
      }
    }
    pending_breaks_ = 0;
    pending_space_ = false;
  }

  std::string out_;
  int pending_breaks_ = 0;
  bool pending_space_ = false;
};

//-------------------------------------------------------------------------------------------------
// [SECTION] Tag scanning
//-------------------------------------------------------------------------------------------------

enum class TagKind {
  kInline,     // Dropped, nothing else (a, b, span, img, ...).
  kParagraph,  // Paragraph break before and after.
  kLine,       // Line break before and after.
  kBr,         // One more line break.
  kCell,       // A space (table cells).
  kSkipRaw,    // Contents dropped up to the matching end tag (raw text: no nesting).
  kSkipNested  // Contents dropped up to the matching end tag, counting nested ones.
};

TagKind classify_tag(std::string_view name) {
  static constexpr std::string_view kParagraph[] = {
      "address", "article",  "aside",      "blockquote", "center",  "details", "dialog", "dl",
      "div",     "fieldset", "figcaption", "figure",     "footer",  "form",    "h1",     "h2",
      "h3",      "h4",       "h5",         "h6",         "header",  "hgroup",  "hr",     "main",
      "nav",     "ol",       "p",          "pre",        "section", "table",   "ul"};
  static constexpr std::string_view kLine[] = {"caption", "dd", "dt", "li", "summary", "tr"};
  if (name.empty()) return TagKind::kInline;
  if (name == "br") return TagKind::kBr;
  if (name == "td" || name == "th") return TagKind::kCell;
  if (name == "script" || name == "style" || name == "noscript" || name == "iframe") {
    return TagKind::kSkipRaw;
  }
  if (name == "svg" || name == "template" || name == "head") return TagKind::kSkipNested;
  for (std::string_view n : kParagraph) {
    if (n == name) return TagKind::kParagraph;
  }
  for (std::string_view n : kLine) {
    if (n == name) return TagKind::kLine;
  }
  return TagKind::kInline;
}

// A lower-cased tag name; names longer than the buffer never match a known tag.
struct TagName {
  char buf[16];
  std::size_t len = 0;
  bool too_long = false;
  std::string_view view() const {
    return too_long ? std::string_view() : std::string_view(buf, len);
  }
};

// Reads a tag name starting at `i` (an ASCII letter); returns the index after it.
std::size_t read_tag_name(std::string_view s, std::size_t i, TagName& name) {
  name.len = 0;
  name.too_long = false;
  while (i < s.size() && !is_html_space(s[i]) && s[i] != '/' && s[i] != '>') {
    if (name.len < sizeof(name.buf)) {
      name.buf[name.len++] = ascii_lower(s[i]);
    } else {
      name.too_long = true;
    }
    ++i;
  }
  return i;
}

// Scans the attributes of a tag from `i` (just after its name) to its '>', honouring quoted
// values. Returns the index after '>', or npos when the input ends inside the tag.
std::size_t scan_tag_end(std::string_view s, std::size_t i, bool& self_closing) {
  const std::size_t n = s.size();
  self_closing = false;
  while (i < n) {
    const char c = s[i];
    if (c == '>') return i + 1;
    if (is_html_space(c)) {
      ++i;
      continue;
    }
    if (c == '/') {
      self_closing = i + 1 < n && s[i + 1] == '>';
      ++i;
      continue;
    }
    // An attribute name (its first character may be anything but whitespace, '/' or '>').
    self_closing = false;
    ++i;
    while (i < n && !is_html_space(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') ++i;
    while (i < n && is_html_space(s[i])) ++i;
    if (i < n && s[i] == '=') {
      ++i;
      while (i < n && is_html_space(s[i])) ++i;
      if (i < n && (s[i] == '"' || s[i] == '\'')) {
        const std::size_t close = s.find(s[i], i + 1);
        if (close == npos) return npos;
        i = close + 1;
      } else {
        while (i < n && !is_html_space(s[i]) && s[i] != '>') ++i;
      }
    }
  }
  return npos;
}

inline bool starts_with_at(std::string_view s, std::size_t i, std::string_view prefix) {
  return s.size() - i >= prefix.size() && s.compare(i, prefix.size(), prefix) == 0;
}

// `s[i..]` starts with "<!--". Returns the index after the comment ("-->" or "--!>"; "<!-->"
// and "<!--->" are empty comments), or s.size() when it never ends.
std::size_t comment_end(std::string_view s, std::size_t i) {
  const std::size_t k = i + 4;
  if (starts_with_at(s, k, ">")) return k + 1;
  if (starts_with_at(s, k, "->")) return k + 2;
  for (std::size_t a = s.find("--", k); a != npos; a = s.find("--", a + 1)) {
    if (starts_with_at(s, a + 2, ">")) return a + 3;
    if (starts_with_at(s, a + 2, "!>")) return a + 4;
  }
  return s.size();
}

// Returns the index after the '>' of the first "</name" (case-insensitive) from `i`, or s.size().
std::size_t skip_raw_text(std::string_view s, std::size_t i, std::string_view name) {
  const std::size_t n = s.size();
  for (std::size_t lt = s.find("</", i); lt != npos; lt = s.find("</", lt + 2)) {
    const std::size_t at = lt + 2;
    if (n - at < name.size()) return n;
    bool same = true;
    for (std::size_t k = 0; k < name.size() && same; ++k) same = ascii_lower(s[at + k]) == name[k];
    const std::size_t after = at + name.size();
    if (!same || (after < n && !is_html_space(s[after]) && s[after] != '/' && s[after] != '>')) {
      continue;
    }
    bool self_closing = false;
    const std::size_t end = scan_tag_end(s, after, self_closing);
    return end == npos ? n : end;
  }
  return n;
}

// Returns the index after the end tag matching an open `name` element whose contents start at
// `i`, counting nested `name` elements; or the '<' of a <body> tag when `stop_at_body`; or
// s.size() when neither comes.
std::size_t skip_element(std::string_view s, std::size_t i, std::string_view name,
                         bool stop_at_body) {
  const std::size_t n = s.size();
  int depth = 1;
  TagName tag;
  for (std::size_t lt = s.find('<', i); lt != npos; lt = s.find('<', lt)) {
    if (starts_with_at(s, lt, "<!--")) {
      lt = comment_end(s, lt);
      continue;
    }
    const bool closing = lt + 1 < n && s[lt + 1] == '/';
    const std::size_t name_at = lt + (closing ? 2 : 1);
    if (name_at >= n || !is_ascii_alpha(s[name_at])) {
      ++lt;
      continue;
    }
    bool self_closing = false;
    const std::size_t end = scan_tag_end(s, read_tag_name(s, name_at, tag), self_closing);
    if (end == npos) return n;
    if (stop_at_body && !closing && tag.view() == "body") return lt;
    if (tag.view() == name) {
      if (closing) {
        if (--depth == 0) return end;
      } else if (!self_closing) {
        ++depth;
      }
    }
    lt = end;
  }
  return n;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] html_to_text
//-------------------------------------------------------------------------------------------------

// Handles the '&' at `i`; returns the index after the reference (or after '&' when it is none).
std::size_t character_reference(std::string_view s, std::size_t i, TextBuilder& out) {
  const std::size_t n = s.size();
  char32_t cp = 0;
  std::size_t j = i + 1;
  if (j < n && s[j] == '#') {
    ++j;
    const bool hex = j < n && (s[j] == 'x' || s[j] == 'X');
    if (hex) ++j;
    const std::size_t digits = j;
    std::uint32_t v = 0;  // Saturates just above U+10FFFF: never overflows.
    while (j < n && (hex ? is_hex_digit(s[j]) : is_ascii_digit(s[j]))) {
      v = std::min<std::uint32_t>(v * (hex ? 16 : 10) + hex_value(s[j]), 0x110000);
      ++j;
    }
    if (j == digits) {
      out.append(std::string_view("&"));
      return i + 1;
    }
    if (j < n && s[j] == ';') ++j;
    cp = numeric_reference_value(v);
  } else {
    while (j < n && j - i <= 32 && is_ascii_alnum(s[j])) ++j;
    if (j == i + 1 || j >= n || s[j] != ';' ||
        (cp = lookup_named(s.substr(i + 1, j - i - 1))) == 0) {
      out.append(std::string_view("&"));
      return i + 1;
    }
    ++j;
  }
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
      cp == 0xA0) {
    out.space();
  } else {
    out.append(cp);
  }
  return j;
}

void apply_block(TagKind kind, TextBuilder& out) {
  switch (kind) {
    case TagKind::kParagraph:
      out.block(2);
      break;
    case TagKind::kLine:
      out.block(1);
      break;
    case TagKind::kBr:
      out.line_break();
      break;
    case TagKind::kCell:
      out.space();
      break;
    default:
      break;
  }
}

// Handles the '<' at `i`; returns the index where text resumes.
std::size_t markup(std::string_view s, std::size_t i, TextBuilder& out) {
  const std::size_t n = s.size();
  const char next = i + 1 < n ? s[i + 1] : '\0';
  if (next == '!') {
    if (starts_with_at(s, i, "<!--")) return comment_end(s, i);
    const std::size_t gt = s.find('>', i + 2);  // <!DOCTYPE>, <![CDATA[...]]>: bogus comments.
    return gt == npos ? n : gt + 1;
  }
  if (next == '?') {
    const std::size_t gt = s.find('>', i + 2);
    return gt == npos ? n : gt + 1;
  }
  TagName tag;
  bool self_closing = false;
  if (next == '/') {
    if (i + 2 < n && s[i + 2] == '>') return i + 3;  // "</>" is ignored.
    if (i + 2 >= n || !is_ascii_alpha(s[i + 2])) {
      out.append(std::string_view("<"));
      return i + 1;
    }
    const std::size_t end = scan_tag_end(s, read_tag_name(s, i + 2, tag), self_closing);
    if (end == npos) return n;
    const TagKind kind = classify_tag(tag.view());
    apply_block(kind, out);
    return end;
  }
  if (!is_ascii_alpha(next)) {
    out.append(std::string_view("<"));
    return i + 1;
  }
  const std::size_t end = scan_tag_end(s, read_tag_name(s, i + 1, tag), self_closing);
  if (end == npos) return n;  // A tag cut off by the end of input: dropped, like browsers do.
  const TagKind kind = classify_tag(tag.view());
  switch (kind) {
    case TagKind::kSkipRaw:
      return skip_raw_text(s, end, tag.view());
    case TagKind::kSkipNested:
      if (self_closing && tag.view() == "svg") return end;  // <svg/> (foreign content).
      return skip_element(s, end, tag.view(), tag.view() == "head");
    default:
      apply_block(kind, out);
      return end;
  }
}

}  // namespace

std::string html_to_text(std::string_view html) {
  TextBuilder out(html.size());
  const std::size_t n = html.size();
  std::size_t i = 0;
  while (i < n) {
    const char c = html[i];
    if (c == '<') {
      i = markup(html, i, out);
    } else if (c == '&') {
      i = character_reference(html, i, out);
    } else {
      std::size_t j = i + 1;
      while (j < n && html[j] != '<' && html[j] != '&') ++j;
      out.add_text(html.substr(i, j - i));
      i = j;
    }
  }
  return out.take();
}

}  // namespace newsrail
