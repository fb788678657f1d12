// newsrail (private) — how diagnostics name a JSON value's type: "an object", "a number", ...
#pragma once

#include <nlohmann/json.hpp>

namespace newsrail::detail {

// Returns "null", "an object", "an array", "a string", "a boolean" or "a number". Never throws.
template <typename Json>
const char* json_type_name(const Json& v) {
  using t = typename Json::value_t;
  switch (v.type()) {
    case t::null:
      return "null";
    case t::object:
      return "an object";
    case t::array:
      return "an array";
    case t::string:
      return "a string";
    case t::boolean:
      return "a boolean";
    case t::number_integer:
    case t::number_unsigned:
    case t::number_float:
      return "a number";
    default:
      return "an unsupported value";
  }
}

}  // namespace newsrail::detail
