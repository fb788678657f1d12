// newsrail — the JSON reader: one pass, an explicit stack (no recursion), a flat tape.
//
// Index of this file
// [SECTION] Parser: values, strings, numbers
// [SECTION] JsonValue
// [SECTION] Helpers for messages
#include "newsrail/json_reader.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "newsrail/utf8.h"

namespace newsrail {

namespace {

constexpr std::uint8_t kInDecoded = 1;  // A string's text lives in decoded_, not in the input.
constexpr std::uint8_t kInt64 = 2;      // A number without fraction or exponent, in int64.
constexpr std::uint8_t kBigUint64 = 4;  // A number without fraction or exponent, in big_uint64.

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Describes the character at `pos` for a message: "'x'", "U+00E9", "the end of the input".
std::string describe(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return "the end of the input";
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c >= 0x21 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
  bool valid = false;
  const char32_t cp = decode_utf8(text, pos, valid);
  if (!valid) return "a byte that is not UTF-8";
  static const char kHex[] = "0123456789ABCDEF";
  std::string out = "U+";
  for (int shift = cp > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 0xF];
  return out;
}

std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// True when one of the 8 bytes of `w` ends a plain run of string text: '"', '\\', a control
// character (< 0x20) or a byte of a multi-byte UTF-8 sequence (>= 0x80). Exact, whatever the
// byte order: each test is the classic "has a zero byte" / "has a byte below n" bit trick.
bool has_special_byte(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  const auto has_zero = [&](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHighs;
  return (has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\')) | below_space |
          (w & kHighs)) != 0;
}

// 10^0 .. 10^22 are exact doubles: with a mantissa below 2^53 one multiplication or division
// gives the correctly rounded result (Clinger's fast path).
constexpr double kExactPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Parser: values, strings, numbers
//-----------------------------------------------------------------------------

class JsonParser {
 public:
  explicit JsonParser(JsonDocument& doc) : doc_(doc), text_(doc.input_) {}

  bool run() {
    std::vector<std::uint32_t> stack;                    // Open containers, innermost last.
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // A UTF-8 byte order mark: RFC 8259 8.1.
    skip_space();
  value:
    if (pos_ >= text_.size()) return fail("expected a value, not the end of the input");
    switch (text_[pos_]) {
      case '{':
      case '[': {
        if (stack.size() >= JsonDocument::kMaxDepth)
          return fail("nested deeper than " + std::to_string(JsonDocument::kMaxDepth) + " levels");
        const bool object = text_[pos_] == '{';
        const std::uint32_t node = add(object ? JsonType::kObject : JsonType::kArray);
        doc_.nodes_[node].count = 0;
        stack.push_back(node);
        ++pos_;
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == (object ? '}' : ']')) {
          ++pos_;
          close(stack);
          goto after_value;
        }
        if (object) goto key;
        goto value;
      }
      case '"':
        if (!string()) return false;
        goto after_value;
      case 't':
        if (!literal("true", JsonType::kBoolean)) return false;
        doc_.nodes_.back().boolean = true;
        goto after_value;
      case 'f':
        if (!literal("false", JsonType::kBoolean)) return false;
        doc_.nodes_.back().boolean = false;
        goto after_value;
      case 'n':
        if (!literal("null", JsonType::kNull)) return false;
        goto after_value;
      default:
        if (text_[pos_] == '-' || is_digit(text_[pos_])) {
          if (!number()) return false;
          goto after_value;
        }
        return fail("expected a value, not " + describe(text_, pos_));
    }
  key:
    skip_space();
    if (pos_ >= text_.size() || text_[pos_] != '"')
      return fail("expected a member name in double quotes, not " + describe(text_, pos_));
    if (!string()) return false;
    skip_space();
    if (pos_ >= text_.size() || text_[pos_] != ':')
      return fail("expected ':' after a member name, not " + describe(text_, pos_));
    ++pos_;
    skip_space();
    goto value;
  after_value:
    if (stack.empty()) {
      skip_space();
      if (pos_ < text_.size())
        return fail("expected the end of the input after the value, not " + describe(text_, pos_));
      return true;
    }
    {
      JsonDocument::Node& top = doc_.nodes_[stack.back()];
      ++top.count;
      const bool object = top.type == JsonType::kObject;
      skip_space();
      if (pos_ < text_.size() && text_[pos_] == ',') {
        ++pos_;
        skip_space();
        if (object) goto key;
        goto value;
      }
      if (pos_ < text_.size() && text_[pos_] == (object ? '}' : ']')) {
        ++pos_;
        close(stack);
        goto after_value;
      }
      return fail(object
                      ? "expected ',' or '}' after an object member, not " + describe(text_, pos_)
                      : "expected ',' or ']' after an array element, not " + describe(text_, pos_));
    }
  }

 private:
  bool fail(std::string message) {
    doc_.error_.offset = std::min(pos_, text_.size());
    doc_.error_.message = std::move(message);
    return false;
  }

  void skip_space() {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
  }

  std::uint32_t add(JsonType type) {
    const auto index = static_cast<std::uint32_t>(doc_.nodes_.size());
    JsonDocument::Node& n = doc_.nodes_.emplace_back();
    n.type = type;
    n.next = index + 1;
    n.int64 = 0;
    return index;
  }

  void close(std::vector<std::uint32_t>& stack) {
    doc_.nodes_[stack.back()].next = static_cast<std::uint32_t>(doc_.nodes_.size());
    stack.pop_back();
  }

  bool literal(std::string_view word, JsonType type) {
    if (text_.substr(pos_, word.size()) != word) {
      // Point at the first character that differs.
      std::size_t i = 0;
      while (pos_ + i < text_.size() && i < word.size() && text_[pos_ + i] == word[i]) ++i;
      pos_ += i;
      return fail("expected '" + std::string(word) + "', not " + describe(text_, pos_));
    }
    add(type);
    pos_ += word.size();
    return true;
  }

  // Reads 4 hex digits at pos_ (after "\u").
  bool hex4(std::uint32_t& out) {
    out = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
      if (pos_ >= text_.size())
        return fail("expected 4 hex digits after \\u, not the end of the input");
      const char c = text_[pos_];
      out <<= 4;
      if (c >= '0' && c <= '9')
        out |= static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f')
        out |= static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        out |= static_cast<std::uint32_t>(c - 'A' + 10);
      else
        return fail("expected 4 hex digits after \\u, not " + describe(text_, pos_));
    }
    return true;
  }

  // Reads one escape at pos_ (just after the backslash) and appends its UTF-8 to decoded_.
  bool escape() {
    if (pos_ >= text_.size()) return fail("a string is not closed");
    const char c = text_[pos_];
    std::string& out = doc_.decoded_;
    switch (c) {
      case '"':
        out += '"';
        break;
      case '\\':
        out += '\\';
        break;
      case '/':
        out += '/';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'u': {
        const std::size_t at = pos_ - 1;
        ++pos_;
        std::uint32_t cp = 0;
        if (!hex4(cp)) return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF) {
          pos_ = at;
          return fail("a lone low surrogate \\u escape (U+DC00-U+DFFF) in a string");
        }
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          std::uint32_t low = 0;
          if (text_.substr(pos_, 2) != "\\u") {
            pos_ = at;
            return fail("a high surrogate \\u escape must be followed by a low one");
          }
          pos_ += 2;
          if (!hex4(low)) return false;
          if (low < 0xDC00 || low > 0xDFFF) {
            pos_ = at;
            return fail("a high surrogate \\u escape must be followed by a low one");
          }
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(out, static_cast<char32_t>(cp));
        return true;
      }
      default:
        return fail("unknown escape \\" + describe(text_, pos_) + " in a string");
    }
    ++pos_;
    return true;
  }

  // Reads the string at pos_ (on its opening quote) into a node.
  bool string() {
    const std::size_t start = ++pos_;
    std::size_t decoded_start = std::string::npos;  // Set once an escape is seen.
    std::size_t copied = start;                     // Input before it is in decoded_.
    for (;;) {
      // The common case: plain ASCII, 8 bytes at a time, then byte by byte up to what stops it.
      while (pos_ + 8 <= text_.size() && !has_special_byte(load8(text_.data() + pos_))) pos_ += 8;
      while (pos_ < text_.size()) {
        const unsigned char c = static_cast<unsigned char>(text_[pos_]);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
        ++pos_;
      }
      if (pos_ >= text_.size()) {
        pos_ = start - 1;
        return fail("a string is not closed");
      }
      const unsigned char c = static_cast<unsigned char>(text_[pos_]);
      if (c == '"') break;
      if (c < 0x20)
        return fail("a raw control character (" + describe(text_, pos_) +
                    ") in a string; write it as an escape such as \\n");
      if (c >= 0x80) {
        std::size_t p = pos_;
        bool valid = false;
        decode_utf8(text_, p, valid);
        if (!valid) return fail("a byte that is not UTF-8 in a string");
        pos_ = p;
        continue;
      }
      // A backslash: from here on the string is decoded into decoded_.
      if (decoded_start == std::string::npos) decoded_start = doc_.decoded_.size();
      doc_.decoded_.append(text_.data() + copied, pos_ - copied);
      ++pos_;
      if (!escape()) return false;
      copied = pos_;
    }
    const std::uint32_t node = add(JsonType::kString);
    JsonDocument::Node& n = doc_.nodes_[node];
    if (decoded_start == std::string::npos) {
      n.text.offset = static_cast<std::uint32_t>(start);
      n.text.length = static_cast<std::uint32_t>(pos_ - start);
    } else {
      doc_.decoded_.append(text_.data() + copied, pos_ - copied);
      n.flags = kInDecoded;
      n.text.offset = static_cast<std::uint32_t>(decoded_start);
      n.text.length = static_cast<std::uint32_t>(doc_.decoded_.size() - decoded_start);
    }
    ++pos_;  // The closing quote.
    return true;
  }

  bool number() {
    const std::size_t start = pos_;
    const bool negative = text_[pos_] == '-';
    if (negative) ++pos_;
    if (pos_ >= text_.size() || !is_digit(text_[pos_]))
      return fail("expected a digit after '-', not " + describe(text_, pos_));
    std::uint64_t mantissa = 0;
    int digits = 0;   // Significant digits kept in mantissa (at most 19).
    int dropped = 0;  // Integer digits that did not fit (each multiplies by 10).
    if (text_[pos_] == '0') {
      ++pos_;
      if (pos_ < text_.size() && is_digit(text_[pos_]))
        return fail("a number must not start with 0 (a leading zero)");
    } else {
      for (; pos_ < text_.size() && is_digit(text_[pos_]); ++pos_) {
        if (digits < 19) {
          mantissa = mantissa * 10 + static_cast<std::uint64_t>(text_[pos_] - '0');
          ++digits;
        } else {
          ++dropped;
        }
      }
    }
    bool integral = true;
    int exponent = dropped;
    bool inexact = dropped > 0;
    if (pos_ < text_.size() && text_[pos_] == '.') {
      integral = false;
      ++pos_;
      if (pos_ >= text_.size() || !is_digit(text_[pos_]))
        return fail("expected a digit after '.', not " + describe(text_, pos_));
      for (; pos_ < text_.size() && is_digit(text_[pos_]); ++pos_) {
        const int d = text_[pos_] - '0';
        if (digits >= 19) {
          inexact = inexact || d != 0;
          continue;
        }
        mantissa = mantissa * 10 + static_cast<std::uint64_t>(d);
        if (mantissa != 0) ++digits;  // Zeros right after the point are not significant.
        --exponent;
      }
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
      integral = false;
      ++pos_;
      bool exp_negative = false;
      if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-'))
        exp_negative = text_[pos_++] == '-';
      if (pos_ >= text_.size() || !is_digit(text_[pos_]))
        return fail("expected a digit in the exponent, not " + describe(text_, pos_));
      int e = 0;
      for (; pos_ < text_.size() && is_digit(text_[pos_]); ++pos_)
        if (e < 100000) e = e * 10 + (text_[pos_] - '0');
      exponent += exp_negative ? -e : e;
    }
    const std::uint32_t node = add(JsonType::kNumber);
    JsonDocument::Node& n = doc_.nodes_[node];
    if (integral && dropped == 1) {  // 20 digits: may still fit std::uint64_t.
      const char last = text_[pos_ - 1];
      const std::uint64_t digit = static_cast<std::uint64_t>(last - '0');
      if (mantissa <= (UINT64_MAX - digit) / 10) {
        mantissa = mantissa * 10 + digit;
        dropped = 0;
      }
    }
    if (integral && dropped == 0) {
      if (!negative && mantissa > static_cast<std::uint64_t>(INT64_MAX)) {
        n.flags = kBigUint64;
        n.big_uint64 = mantissa;
        return true;
      }
      if (negative && mantissa > static_cast<std::uint64_t>(INT64_MAX) + 1) {
        n.number = -static_cast<double>(mantissa);
        return true;
      }
      n.flags = kInt64;
      n.int64 =
          negative ? static_cast<std::int64_t>(0 - mantissa) : static_cast<std::int64_t>(mantissa);
      return true;
    }
    if (!inexact && mantissa < (std::uint64_t{1} << 53) && exponent >= -22 && exponent <= 22) {
      double d = static_cast<double>(mantissa);
      d = exponent < 0 ? d / kExactPowers[-exponent] : d * kExactPowers[exponent];
      n.number = negative ? -d : d;
      return true;
    }
    // The rare number the fast path cannot round correctly: the C library's strtod does.
    const std::string copy(text_.substr(start, pos_ - start));
    n.number = std::strtod(copy.c_str(), nullptr);
    return true;
  }

  JsonDocument& doc_;
  std::string_view text_;
  std::size_t pos_ = 0;
};

bool JsonDocument::parse(std::string_view text) {
  input_ = text;
  nodes_.clear();
  decoded_.clear();
  error_ = {};
  if (text.size() >= std::numeric_limits<std::uint32_t>::max()) {
    error_.message = "the text is 4 GiB or more";
    return false;
  }
  nodes_.reserve(text.size() / 16 + 4);
  JsonParser parser(*this);
  if (parser.run()) return true;
  nodes_.clear();
  return false;
}

//-----------------------------------------------------------------------------
// [SECTION] JsonValue
//-----------------------------------------------------------------------------

JsonType JsonValue::type() const { return doc_ ? doc_->nodes_[node_].type : JsonType::kNull; }

bool JsonValue::is_int64() const {
  return is_number() && (doc_->nodes_[node_].flags & kInt64) != 0;
}

bool JsonValue::is_big_uint64() const {
  return is_number() && (doc_->nodes_[node_].flags & kBigUint64) != 0;
}

bool JsonValue::boolean() const { return doc_->nodes_[node_].boolean; }

double JsonValue::number() const {
  const JsonDocument::Node& n = doc_->nodes_[node_];
  if (n.flags & kInt64) return static_cast<double>(n.int64);
  if (n.flags & kBigUint64) return static_cast<double>(n.big_uint64);
  return n.number;
}

std::int64_t JsonValue::int64() const { return doc_->nodes_[node_].int64; }

std::uint64_t JsonValue::big_uint64() const { return doc_->nodes_[node_].big_uint64; }

std::string_view JsonValue::string() const {
  const JsonDocument::Node& n = doc_->nodes_[node_];
  const std::string_view base =
      (n.flags & kInDecoded) ? std::string_view(doc_->decoded_) : doc_->input_;
  return base.substr(n.text.offset, n.text.length);
}

std::size_t JsonValue::size() const {
  const JsonType t = type();
  return t == JsonType::kArray || t == JsonType::kObject ? doc_->nodes_[node_].count : 0;
}

std::uint32_t JsonValue::next() const { return doc_->nodes_[node_].next; }

JsonValue JsonValue::at(std::size_t i) const {
  std::uint32_t node = node_ + 1;
  for (; i > 0; --i) node = doc_->nodes_[node].next;
  return {doc_, node};
}

JsonValue JsonValue::find(std::string_view key) const {
  JsonValue found;
  if (!is_object()) return found;
  for (const Member& m : members())
    if (m.key == key) found = m.value;
  return found;
}

JsonValue::ElementRange JsonValue::elements() const {
  return {doc_, node_ + 1, is_array() ? doc_->nodes_[node_].count : 0u};
}

JsonValue::MemberRange JsonValue::members() const {
  return {doc_, node_ + 1, is_object() ? doc_->nodes_[node_].count : 0u};
}

template <bool kMembers>
typename JsonValue::Range<kMembers>::Item JsonValue::Range<kMembers>::iterator::operator*() const {
  if constexpr (kMembers)
    return {JsonValue(doc_, node_).string(), JsonValue(doc_, node_ + 1)};
  else
    return JsonValue(doc_, node_);
}

template <bool kMembers>
typename JsonValue::Range<kMembers>::iterator& JsonValue::Range<kMembers>::iterator::operator++() {
  node_ = JsonValue(doc_, kMembers ? node_ + 1 : node_).next();
  --left_;
  return *this;
}

template class JsonValue::Range<false>;
template class JsonValue::Range<true>;

//-----------------------------------------------------------------------------
// [SECTION] Helpers for messages
//-----------------------------------------------------------------------------

const char* json_type_name(JsonValue v) {
  switch (v.type()) {
    case JsonType::kNull:
      return "null";
    case JsonType::kBoolean:
      return "a boolean";
    case JsonType::kNumber:
      return "a number";
    case JsonType::kString:
      return "a string";
    case JsonType::kArray:
      return "an array";
    case JsonType::kObject:
      return "an object";
  }
  return "null";
}

void json_line_and_column(std::string_view text, std::size_t offset, int& line, int& column) {
  const std::size_t end = std::min(offset, text.size());
  line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < end; ++i)
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  column = static_cast<int>(end - line_start) + 1;
}

}  // namespace newsrail
