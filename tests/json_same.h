// newsrail tests — compares a value of the core's JSON reader with nlohmann-json's DOM of the same
// text (used by tests/unit-json_reader.cpp and tests/fuzz/fuzz_json.cpp).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>

#include <nlohmann/json.hpp>

#include "newsrail/json_reader.h"

namespace newsrail::testing {

// Returns true when `v` and `j` hold the same value: integers as integers, other numbers bit for
// bit (so -0.0 differs from 0.0), strings byte for byte, arrays in order, objects with the same
// keys (of duplicate keys the last, as both readers keep).
inline bool same_as_nlohmann(JsonValue v, const nlohmann::json& j) {
  switch (v.type()) {
    case JsonType::kNull:
      return j.is_null();
    case JsonType::kBoolean:
      return j.is_boolean() && j.get<bool>() == v.boolean();
    case JsonType::kNumber: {
      if (v.is_int64()) return j.is_number_integer() && j.get<std::int64_t>() == v.int64();
      if (v.is_big_uint64())
        return j.is_number_unsigned() && j.get<std::uint64_t>() == v.big_uint64();
      if (!j.is_number_float()) return false;
      const double a = j.get<double>(), b = v.number();
      return std::memcmp(&a, &b, sizeof a) == 0;
    }
    case JsonType::kString:
      return j.is_string() && j.get_ref<const std::string&>() == v.string();
    case JsonType::kArray: {
      if (!j.is_array() || j.size() != v.size()) return false;
      std::size_t i = 0;
      for (const JsonValue e : v.elements())
        if (!same_as_nlohmann(e, j[i++])) return false;
      return true;
    }
    case JsonType::kObject: {
      if (!j.is_object()) return false;
      std::size_t members = 0;
      for (const auto& [key, value] : v.members()) {
        const auto it = j.find(std::string(key));
        if (it == j.end() || !same_as_nlohmann(v.find(key), *it)) return false;
        ++members;
      }
      return j.size() <= members;  // No key of nlohmann's that the tape lacks.
    }
  }
  return false;
}

}  // namespace newsrail::testing
