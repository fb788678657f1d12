// newsrail — a small JSON reader: one pass over the bytes into a flat tape of 16-byte nodes.
//
// Why not a general JSON library: the widget parses a feed of several megabytes on a reader's
// first page view, in WebAssembly. A DOM of std::map and std::string per value (what a general
// library builds) costs most of that time and a quarter of the module's code. The tape holds one
// node per value; strings without escapes point into the input, so reading allocates twice
// (the tape and the decoded escaped strings), not once per value.
//
// Strict RFC 8259 (a leading UTF-8 byte order mark is skipped, as 8.1 allows): no comments, no
// trailing commas, no leading zeros, strings must be valid UTF-8 without raw control characters,
// `\u` surrogates must pair. Duplicate keys are kept in the tape; `find` returns the last (what
// most JSON libraries keep). Never throws.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace newsrail {

enum class JsonType : std::uint8_t { kNull, kBoolean, kNumber, kString, kArray, kObject };

class JsonDocument;

// A read-only view of one value of a JsonDocument; valid while the document (and the input it
// was parsed from) live. A default or "missing" view has exists() == false and reads as null.
class JsonValue {
 public:
  JsonValue() = default;

  bool exists() const { return doc_ != nullptr; }
  JsonType type() const;
  bool is_null() const { return type() == JsonType::kNull; }  // Also true when missing.
  bool is_boolean() const { return type() == JsonType::kBoolean; }
  bool is_number() const { return type() == JsonType::kNumber; }
  bool is_string() const { return type() == JsonType::kString; }
  bool is_array() const { return type() == JsonType::kArray; }
  bool is_object() const { return type() == JsonType::kObject; }

  // A number written without fraction or exponent that fits std::int64_t.
  bool is_int64() const;
  // A number written without fraction or exponent, above INT64_MAX and within std::uint64_t.
  bool is_big_uint64() const;

  // Requires is_boolean().
  bool boolean() const;
  // Requires is_number(). The nearest double (an integer above 2^53 may round).
  double number() const;
  // Requires is_int64().
  std::int64_t int64() const;
  // Requires is_big_uint64().
  std::uint64_t big_uint64() const;
  // Requires is_string(). Escapes decoded; valid UTF-8.
  std::string_view string() const;

  // Arrays: element count; objects: member count (duplicates included); others 0.
  std::size_t size() const;
  // Requires is_array() and i < size(). Costs O(i): prefer elements() to walk an array.
  JsonValue at(std::size_t i) const;
  // The last member called `key`, or a missing value. Objects only (others: missing). O(members).
  JsonValue find(std::string_view key) const;

  struct Member;
  template <bool kMembers>
  class Range;
  using ElementRange = Range<false>;
  using MemberRange = Range<true>;
  // Range-for over an array's elements (empty for other types).
  ElementRange elements() const;
  // Range-for over an object's members in document order (empty for other types).
  MemberRange members() const;

 private:
  friend class JsonDocument;
  JsonValue(const JsonDocument* doc, std::uint32_t node) : doc_(doc), node_(node) {}
  std::uint32_t next() const;  // The node after this value's subtree.

  const JsonDocument* doc_ = nullptr;
  std::uint32_t node_ = 0;
};

struct JsonValue::Member {
  std::string_view key;
  JsonValue value;
};

// Range-for over a container's children: its elements (Range<false>) or members (Range<true>).
template <bool kMembers>
class JsonValue::Range {
 public:
  using Item = std::conditional_t<kMembers, Member, JsonValue>;
  class iterator {
   public:
    Item operator*() const;
    iterator& operator++();
    bool operator!=(const iterator& o) const { return left_ != o.left_; }

   private:
    friend class Range;
    iterator(const JsonDocument* d, std::uint32_t n, std::uint32_t left)
        : doc_(d), node_(n), left_(left) {}
    const JsonDocument* doc_;
    std::uint32_t node_;  // The element's node, or the member's key node (its value's is + 1).
    std::uint32_t left_;
  };
  iterator begin() const { return {doc_, first_, count_}; }
  iterator end() const { return {doc_, 0, 0}; }

 private:
  friend class JsonValue;
  Range(const JsonDocument* d, std::uint32_t first, std::uint32_t count)
      : doc_(d), first_(first), count_(count) {}
  const JsonDocument* doc_;
  std::uint32_t first_;
  std::uint32_t count_;
};

// Where and why a text is not JSON.
struct JsonSyntaxError {
  std::size_t offset = 0;  // Byte offset of the offending character (input size at the end).
  std::string message;     // "expected ',' or ']' after an array element, not ':'"; valid UTF-8.
};

class JsonDocument {
 public:
  // Parses `text`. The document keeps pointers into `text`: keep it alive and unchanged while the
  // document or any of its values are used. Nesting deeper than kMaxDepth is a syntax error, and
  // so is a text of 4 GiB or more.
  static constexpr std::size_t kMaxDepth = 256;
  bool parse(std::string_view text);

  JsonDocument() = default;
  JsonDocument(const JsonDocument&) = delete;  // Values point at their document.
  JsonDocument& operator=(const JsonDocument&) = delete;

  // Requires a successful parse().
  JsonValue root() const { return {this, 0}; }
  // The reason the last parse() failed.
  const JsonSyntaxError& error() const { return error_; }

 private:
  friend class JsonValue;
  friend class JsonParser;
  struct Text {
    std::uint32_t offset;  // Into the input, or into decoded_ (kInDecoded).
    std::uint32_t length;
  };
  struct Node {
    std::uint32_t next = 0;  // Index of the node after this value's subtree.
    JsonType type = JsonType::kNull;
    std::uint8_t flags = 0;
    union {
      Text text;
      std::uint32_t count;  // Containers: elements, or members.
      double number;
      std::int64_t int64;
      std::uint64_t big_uint64;
      bool boolean;
    };
  };
  static_assert(sizeof(double) == 8, "a node is 16 bytes");

  std::string_view input_;
  std::vector<Node> nodes_;
  std::string decoded_;  // Strings that had escapes, decoded.
  JsonSyntaxError error_;
};

// Returns "null", "an object", "an array", "a string", "a boolean" or "a number" (for messages).
const char* json_type_name(JsonValue v);

// Returns (1-based) line and column (in bytes) of byte `offset` in `text`.
void json_line_and_column(std::string_view text, std::size_t offset, int& line, int& column);

}  // namespace newsrail
