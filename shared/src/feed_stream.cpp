// newsrail — a JSON Feed document through nlohmann-json's SAX parser (detail/feed_stream.h).
//
// Index of this file
// [SECTION] Input: the feed's bytes, with overflowing numbers read as null
// [SECTION] Building one value (an item, a top-level member)
// [SECTION] The handler: where each value of the document goes
// [SECTION] stream_feed
#include "newsrail/detail/feed_stream.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "newsrail/utf8.h"

namespace newsrail::detail {
namespace {

using json = Json;
using value_t = json::value_t;

//-----------------------------------------------------------------------------
// [SECTION] Input: the feed's bytes, with overflowing numbers read as null
//-----------------------------------------------------------------------------

// A number token nlohmann-json refused as beyond the double range: bytes [begin, end) of the feed.
struct Patch {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// What the lexer has read so far, shared by the iterators of one pass.
struct Cursor {
  const char* base = nullptr;
  const char* read = nullptr;         // One past the last byte the lexer took.
  const char* first_patch = nullptr;  // Where the first patch begins (or the end of input).
  const std::vector<Patch>* patches = nullptr;
  Patch newest;  // The patch found by the pass before this one: its null gets the warning.
};

// The forward iterator nlohmann-json's iterator input adapter reads the feed through. Each step
// records how far the lexer got (for the position of an error the handler raises), and the bytes
// of a patched number read as "null" padded with spaces, so every other byte keeps its offset.
class ByteIterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = char;

  ByteIterator() = default;
  ByteIterator(const char* p, Cursor* cursor) : p_(p), cursor_(cursor) {}

  char operator*() const { return p_ < cursor_->first_patch ? *p_ : patched(); }
  ByteIterator& operator++() {
    cursor_->read = ++p_;
    return *this;
  }
  ByteIterator operator++(int) {
    ByteIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const ByteIterator& o) const { return p_ == o.p_; }
  bool operator!=(const ByteIterator& o) const { return p_ != o.p_; }

 private:
  char patched() const {
    const auto at = static_cast<std::size_t>(p_ - cursor_->base);
    for (const Patch& patch : *cursor_->patches)
      if (at >= patch.begin && at < patch.end) {
        const std::size_t k = at - patch.begin;
        return k < 4 ? "null"[k] : ' ';
      }
    return *p_;
  }

  const char* p_ = nullptr;
  Cursor* cursor_ = nullptr;
};

//-----------------------------------------------------------------------------
// [SECTION] Building one value (an item, a top-level member)
//-----------------------------------------------------------------------------

// Builds one JSON value from SAX events, as nlohmann-json's own DOM parser does (a duplicate key
// keeps the last value). Pointers into the tree stay valid: a parent array grows only after the
// child on the stack is complete, and object members live in a std::map.
class ValueBuilder {
 public:
  template <typename Value>
  void scalar(Value&& v) {
    *slot() = json(std::forward<Value>(v));
  }
  void open(value_t type) {
    json* v = slot();
    *v = json(type);
    stack_.push_back(v);
  }
  void key(json::string_t& k) { member_ = &(*stack_.back())[std::move(k)]; }
  void close() { stack_.pop_back(); }
  bool complete() const { return stack_.empty(); }

  json& value() { return value_; }
  void reset() {
    value_ = json();
    stack_.clear();
    member_ = nullptr;
  }

  // Returns the JSON pointer, below the value's own, of the slot the next scalar goes to (the
  // rare path of a number beyond the double range: keys are found by address).
  std::string slot_pointer() const {
    std::string out;
    for (std::size_t i = 0; i < stack_.size(); ++i) {
      const json& parent = *stack_[i];
      const json* child = i + 1 < stack_.size() ? stack_[i + 1] : nullptr;
      if (parent.is_array()) {
        const std::size_t index = child ? parent.size() - 1 : parent.size();
        out += "/" + std::to_string(index);
        continue;
      }
      if (!child) child = member_;
      for (auto it = parent.begin(); it != parent.end(); ++it)
        if (&*it == child) {
          out += "/" + json_pointer_escape(it.key());
          break;
        }
    }
    return out;
  }

 private:
  json* slot() {
    if (stack_.empty()) return &value_;
    json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.get_ref<json::array_t&>().emplace_back();
      return &parent.get_ref<json::array_t&>().back();
    }
    return member_;
  }

  json value_;
  std::vector<json*> stack_;
  json* member_ = nullptr;
};

//-----------------------------------------------------------------------------
// [SECTION] The handler: where each value of the document goes
//-----------------------------------------------------------------------------

// Levels: 0 is the root value, 1 a member of the root object ("items" among them), 2 an element
// of "items". A value opened at level L is built (a member, an item within the limit), skipped
// (past the item limit, or inside a root that is not an object) or structural (the root object,
// the items array) until its close brings the depth back to L.
class FeedHandler {
 public:
  FeedHandler(const StreamLimits& limits, ItemSink& sink, FeedStream& out, Cursor& cursor,
              std::size_t events_done, Diagnostics& overflow_warnings)
      : limits_(limits),
        sink_(sink),
        out_(out),
        cursor_(cursor),
        events_done_(events_done),
        overflow_warnings_(overflow_warnings) {}

  bool null() {
    if (mode_ != Mode::kSkip && newest_patch_read()) note_overflow();
    return scalar(nullptr);
  }
  bool boolean(bool b) { return scalar(b); }
  bool number_integer(json::number_integer_t v) { return scalar(v); }
  bool number_unsigned(json::number_unsigned_t v) { return scalar(v); }
  bool number_float(json::number_float_t v, const json::string_t&) { return scalar(v); }
  bool string(json::string_t& s) { return scalar(std::move(s)); }
  bool binary(json::binary_t&) { return true; }  // JSON text has none.

  bool start_object(std::size_t) { return open(value_t::object); }
  bool start_array(std::size_t) { return open(value_t::array); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(json::string_t& k) {
    if (mode_ == Mode::kBuild)
      builder_.key(k);
    else if (mode_ == Mode::kStructure && depth_ == 1)
      member_key_ = std::move(k);
    return true;
  }

  bool parse_error(std::size_t position, const std::string& token,
                   const nlohmann::detail::exception& e) {
    if (e.id == 406) {  // "number overflow": the caller patches the token and reads again.
      overflow_end_ = position;
      overflow_begin_ = position >= token.size() ? position - token.size() : 0;
      return false;
    }
    error_offset_ = position > 0 ? position - 1 : 0;
    error_message_ = e.what();
    return false;
  }

  bool depth_exceeded() const { return depth_exceeded_; }
  bool overflowed() const { return overflow_end_ > 0; }
  Patch overflow() const { return {overflow_begin_, overflow_end_}; }
  std::size_t error_offset() const { return error_offset_; }
  const std::string& error_message() const { return error_message_; }
  std::size_t events() const { return events_; }

 private:
  enum class Mode { kStructure, kBuild, kSkip };
  enum class Target { kNone, kMember, kItem };

  // Where a value beginning now (at level depth_) goes, outside a built or skipped value.
  template <typename Begin>
  void place(value_t type, Begin&& begin_build) {
    const bool container = type == value_t::object || type == value_t::array;
    if (depth_ == 0) {  // The root.
      out_.root_type = type;
      if (container && type != value_t::object) skip_from(depth_);
      return;
    }
    if (depth_ == 1) {  // A member of the root object.
      if (member_key_ == "items") {
        out_.items_type = type;
        out_.item_count = 0;
        if (type == value_t::array) {
          if (events_++ >= events_done_) sink_.begin_items();
        } else if (container) {
          skip_from(depth_);
        }
        return;
      }
      begin_build(Target::kMember);
      return;
    }
    if (depth_ == 2 && in_items_) {  // An element of "items".
      const std::size_t position = out_.item_count++;
      if (position >= limits_.max_items) {
        if (container) skip_from(depth_);
        return;
      }
      if (events_ < events_done_) {  // Delivered by a pass before: parse it, build nothing.
        ++events_;
        if (container) skip_from(depth_);
        return;
      }
      item_position_ = position;
      begin_build(Target::kItem);
      return;
    }
  }

  template <typename Value>
  bool scalar(Value&& v) {
    if (mode_ == Mode::kBuild) {
      builder_.scalar(std::forward<Value>(v));
      if (depth_ == build_level_) finish();
      return true;
    }
    if (mode_ == Mode::kSkip) return true;
    place(type_of(v), [&](Target target) {
      target_ = target;
      build_level_ = depth_;
      builder_.scalar(std::forward<Value>(v));
      finish();
    });
    return true;
  }

  bool open(value_t type) {
    if (++depth_ > limits_.max_depth) {
      depth_exceeded_ = true;
      error_offset_ = static_cast<std::size_t>(cursor_.read - cursor_.base);
      if (error_offset_ > 0) --error_offset_;
      return false;
    }
    const std::size_t level = depth_ - 1;
    if (mode_ == Mode::kBuild) {
      builder_.open(type);
      return true;
    }
    if (mode_ == Mode::kSkip) return true;
    --depth_;  // place() reads the level of the value.
    place(type, [&](Target target) {
      target_ = target;
      mode_ = Mode::kBuild;
      build_level_ = level;
      builder_.open(type);
    });
    ++depth_;
    if (level == 1 && type == value_t::array && mode_ == Mode::kStructure && member_key_ == "items")
      in_items_ = true;
    return true;
  }

  bool close() {
    --depth_;
    if (mode_ == Mode::kBuild) {
      builder_.close();
      if (depth_ == build_level_) finish();
      return true;
    }
    if (mode_ == Mode::kSkip) {
      if (depth_ == skip_level_) mode_ = Mode::kStructure;
      return true;
    }
    if (depth_ == 1 && in_items_) in_items_ = false;  // The items array closed.
    return true;
  }

  void skip_from(std::size_t level) {
    mode_ = Mode::kSkip;
    skip_level_ = level;
  }

  static value_t type_of(std::nullptr_t) { return value_t::null; }
  static value_t type_of(bool) { return value_t::boolean; }
  static value_t type_of(json::number_integer_t) { return value_t::number_integer; }
  static value_t type_of(json::number_unsigned_t) { return value_t::number_unsigned; }
  static value_t type_of(json::number_float_t) { return value_t::number_float; }
  static value_t type_of(const json::string_t&) { return value_t::string; }

  void finish() {
    mode_ = Mode::kStructure;
    if (target_ == Target::kMember) {
      out_.members[member_key_] = std::move(builder_.value());
    } else if (target_ == Target::kItem) {
      ++events_;
      sink_.item(item_position_, builder_.value());
    }
    builder_.reset();
    target_ = Target::kNone;
  }

  // True when the null just read is the newest patched number (the lexer stands right after
  // its "null").
  bool newest_patch_read() const {
    const Patch& p = cursor_.newest;
    if (p.end == 0) return false;
    const auto read = static_cast<std::size_t>(cursor_.read - cursor_.base);
    return read >= p.begin + 4 && read <= p.end;
  }

  void note_overflow() {
    std::string pointer;
    if (mode_ == Mode::kBuild) {
      pointer =
          target_ == Target::kItem ? "/items/" + std::to_string(item_position_) : "/" + member_key_;
      pointer += builder_.slot_pointer();
    } else if (depth_ == 2 && in_items_) {
      pointer = "/items/" + std::to_string(out_.item_count);
    } else if (depth_ == 1) {
      pointer = "/" + member_key_;
    }
    overflow_warnings_.push_back(
        {Severity::kWarning, pointer, "a number beyond the double range; read as null", 0, 0});
  }

  const StreamLimits& limits_;
  ItemSink& sink_;
  FeedStream& out_;
  Cursor& cursor_;
  const std::size_t events_done_;
  Diagnostics& overflow_warnings_;

  Mode mode_ = Mode::kStructure;
  Target target_ = Target::kNone;
  std::size_t depth_ = 0;
  std::size_t build_level_ = 0;
  std::size_t skip_level_ = 0;
  bool in_items_ = false;
  std::string member_key_;
  std::size_t item_position_ = 0;
  ValueBuilder builder_;
  std::size_t events_ = 0;

  bool depth_exceeded_ = false;
  std::size_t overflow_begin_ = 0, overflow_end_ = 0;
  std::size_t error_offset_ = 0;
  std::string error_message_;
};

// nlohmann-json's messages start with "[json.exception.parse_error.101] parse error at line 2,
// column 13: "; the diagnostic carries the line and column itself. They quote the bytes read up to
// the bad one ("last read: '1\xC3'"), which may end inside a character: made valid UTF-8.
std::string plain_message(const std::string& what) {
  std::string_view m = what;
  if (const std::size_t bracket = m.find("] "); m.substr(0, 1) == "[" && bracket != m.npos)
    m.remove_prefix(bracket + 2);
  if (const std::size_t colon = m.find(": ");
      m.substr(0, 14) == "parse error at" && colon != m.npos)
    m.remove_prefix(colon + 2);
  return sanitize_utf8(m);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] stream_feed
//-----------------------------------------------------------------------------

FeedStream stream_feed(std::string_view text, const StreamLimits& limits, ItemSink& sink) {
  std::vector<Patch> patches;
  Patch newest;
  Diagnostics overflow_warnings;
  std::size_t events_done = 0;  // Sink events delivered by the passes before.
  for (;;) {
    FeedStream out;
    Cursor cursor;
    cursor.base = text.data();
    cursor.read = text.data();
    cursor.patches = &patches;
    cursor.first_patch = text.data() + (patches.empty() ? text.size() : patches.front().begin);
    cursor.newest = newest;
    FeedHandler handler(limits, sink, out, cursor, events_done, overflow_warnings);
    const ByteIterator first(text.data(), &cursor), last(text.data() + text.size(), &cursor);
    const bool ok = json::sax_parse(first, last, &handler);
    out.warnings = overflow_warnings;
    if (ok) return out;

    // A number beyond the double range: read it as null and parse again. The document up to it
    // is the same, so the items delivered so far are not delivered twice.
    if (handler.overflowed() && patches.size() < limits.max_overflows) {
      newest = handler.overflow();
      patches.push_back(newest);
      std::sort(patches.begin(), patches.end(),
                [](const Patch& a, const Patch& b) { return a.begin < b.begin; });
      events_done = handler.events();
      continue;
    }
    out.failed = true;
    std::string message;
    std::size_t offset = handler.error_offset();
    if (handler.depth_exceeded()) {
      message = "nested deeper than " + std::to_string(limits.max_depth) + " levels";
    } else if (handler.overflowed()) {
      offset = handler.overflow().begin;
      message =
          "more than " + std::to_string(limits.max_overflows) + " numbers beyond the double range";
    } else {
      message = plain_message(handler.error_message());
    }
    int line = 0, column = 0;
    line_and_column(text, offset, line, column);
    out.error = {Severity::kError, "", "not valid JSON: " + message, line, column};
    return out;
  }
}

void line_and_column(std::string_view text, std::size_t offset, int& line, int& column) {
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

}  // namespace newsrail::detail
