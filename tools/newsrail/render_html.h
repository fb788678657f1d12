// newsrail CLI — a ranked list as a static HTML fragment (`newsrail render`): the fallback content
// of a <newsrail-*> element for readers without JavaScript and for crawlers. Semantic markup, every
// string escaped, no script, no inline style; the classes are those the demo's site.css styles
// (README.md, "Fallback content", lists them).
#pragma once

#include <string>
#include <string_view>

#include "newsrail/feed_index.h"
#include "newsrail/ranked.h"
#include "ui_strings.h"

namespace newsrail::cli {

// Returns `text` with & < > " ' written as character references: safe as element text and as a
// double- or single-quoted attribute value. (Five characters; no library of ours does it.)
std::string html_escape(std::string_view text);

enum class FragmentKind { kMostRead, kReadNext, kTicker };

// Writes `list` (the service's answer for that module over `index`: article positions, or breaking
// line positions for the ticker) as the module's fragment, one element a line, indented by two
// spaces per level, ending in a newline; "" for an empty list. Links and images are the feed's URLs
// as given (the core keeps only http(s) and relative ones). Dates are absolute: <time datetime>
// in UTC. Never throws.
// With `region`, the fragment is a labelled landmark of its own (<section>, named by its heading,
// id "newsrail-most-read-title" / "newsrail-read-next-title", or, for the ticker, by its label), as
// the widget makes its module on a page that does not put the element in a landmark.
std::string render_fragment(FragmentKind kind, const FeedIndex& index, const RankedList& list,
                            const UiStrings& strings, bool region = false);

}  // namespace newsrail::cli
