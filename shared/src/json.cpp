// newsrail — helpers over nlohmann-json shared by the core's readers and writers (json.h).
#include "newsrail/json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "newsrail/utf8.h"

namespace newsrail {

Json parse_json(std::string_view text, std::string* error) {
  Json out;
  if (!error) return Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  // The SAX DOM parser reports the error through its handler instead of throwing.
  struct Handler : nlohmann::detail::json_sax_dom_parser<Json> {
    explicit Handler(Json& j) : json_sax_dom_parser(j, false) {}
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
      message = e.what();
      return false;
    }
    std::string message;
  } handler(out);
  if (!Json::sax_parse(text.begin(), text.end(), &handler)) {
    std::string_view m = handler.message;
    if (const std::size_t bracket = m.find("] "); m.substr(0, 1) == "[" && bracket != m.npos)
      m.remove_prefix(bracket + 2);
    *error = std::string(m);
    return Json(Json::value_t::discarded);
  }
  return out;
}

const char* json_type_name(Json::value_t type) {
  switch (type) {
    case Json::value_t::null:
    case Json::value_t::discarded:
      return "null";
    case Json::value_t::boolean:
      return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
      return "a number";
    case Json::value_t::string:
      return "a string";
    case Json::value_t::array:
      return "an array";
    case Json::value_t::object:
      return "an object";
    case Json::value_t::binary:
      return "binary data";
  }
  return "unknown";
}

const Json* json_member(const Json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

bool json_is_int64(const Json& value) {
  return value.is_number_integer() &&
         (!value.is_number_unsigned() ||
          value.get<std::uint64_t>() <= static_cast<std::uint64_t>(INT64_MAX));
}

bool json_is_big_uint64(const Json& value) {
  return value.is_number_unsigned() &&
         value.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX);
}

double float_for_json(float value) {
  if (!std::isfinite(value)) return 0;
  char digits[32];
  for (int precision = 1; precision <= 9; ++precision) {  // 9 digits always round-trip a float.
    std::snprintf(digits, sizeof digits, "%.*g", precision, static_cast<double>(value));
    if (std::strtof(digits, nullptr) == value) break;
  }
  return std::strtod(digits, nullptr);
}

std::string write_json(const Json& value, int indent) {
  return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

namespace {

std::string cut_excerpt(std::string text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  return std::string(truncate_utf8(text, max_bytes < 3 ? 0 : max_bytes - 3)) + "...";
}

}  // namespace

std::string json_excerpt(const Json& value, std::size_t max_bytes) {
  return cut_excerpt(write_json(value), max_bytes);
}

std::string json_excerpt_string(std::string_view text, std::size_t max_bytes) {
  return cut_excerpt(write_json(Json(std::string(text))), max_bytes);
}

}  // namespace newsrail
