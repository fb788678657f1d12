// newsrail — names of the rules that place an item in a ranked list.
#include "newsrail/ranked.h"

namespace newsrail {

const char* placement_name(Placement placement) {
  switch (placement) {
    case Placement::kPinned:
      return "pinned";
    case Placement::kScored:
      return "scored";
    case Placement::kForYou:
      return "for-you";
    case Placement::kFillSection:
      return "fill-section";
    case Placement::kFillOverall:
      return "fill-overall";
  }
  return "scored";  // Unreachable for valid enumerators; keeps -Wreturn-type quiet.
}

}  // namespace newsrail
