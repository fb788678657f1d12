// newsrail — HTML to plain text, for JSON Feed `content_html`.
#pragma once

#include <string>
#include <string_view>

namespace newsrail {

// Returns the readable text of an HTML fragment as valid UTF-8 (even for invalid input), never
// throws:
//  - tags and comments dropped; the contents of script, style, noscript, template, iframe, svg
//    and head dropped (an unclosed one drops the rest of the input; head also ends at <body>);
//  - block elements (p, div, h1-h6, ul, ol, table, blockquote, section, article, figure, hr, ...)
//    give "\n\n" between paragraphs, br/li/tr give "\n" (two br in a row give "\n\n");
//  - runs of whitespace (incl. U+00A0/&nbsp;) collapse to one space, lines are trimmed, the
//    result has no leading or trailing whitespace;
//  - character references: every numeric one (&#39; &#x27;; 0, surrogates and > U+10FFFF give
//    U+FFFD, 0x80-0x9F are read as windows-1252 like browsers do; ';' optional) and the 253 named
//    ones of HTML 4 plus &apos; (';' required); an unknown one is kept as written;
//  - a '<' that does not start a tag ("a < b", "</ b") is kept as text.
std::string html_to_text(std::string_view html);

}  // namespace newsrail
