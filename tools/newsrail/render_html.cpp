// newsrail CLI — the HTML fragment of `newsrail render` (see render_html.h).
#include "render_html.h"

#include "newsrail/rfc3339.h"

namespace newsrail::cli {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

// Lines of markup, each at its depth.
class Lines {
 public:
  void add(int depth, const std::string& line) {
    out_.append(static_cast<std::size_t>(depth) * 2, ' ');
    out_ += line;
    out_ += '\n';
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// ` lang="..." dir="..."`: the fragment's language, which may differ from the page's.
std::string language_attributes(const UiStrings& s) {
  return " lang=\"" + html_escape(s.language) + "\" dir=\"" + (s.rtl ? "rtl" : "ltr") + "\"";
}

// The fragment's outer element: a <div>, or with `region` a <section> named by the heading `id`
// (or, without one, by `label`).
std::string open_outer(const char* css_class, const UiStrings& s, bool region, const char* id,
                       const std::string& label) {
  std::string out = std::string(region ? "<section" : "<div") + " class=\"" + css_class + "\"";
  if (region && id) out += std::string(" aria-labelledby=\"") + id + "\"";
  if (region && !id) out += " aria-label=\"" + html_escape(label) + "\"";
  return out + language_attributes(s) + ">";
}
const char* close_outer(bool region) { return region ? "</section>" : "</div>"; }

// A heading, with its id when it names a region.
std::string heading(const char* tag, const char* css_class, const std::string& text,
                    const char* id) {
  std::string out = std::string("<") + tag + " class=\"" + css_class + "\"";
  if (id) out += std::string(" id=\"") + id + "\"";
  return out + ">" + html_escape(text) + "</" + tag + ">";
}

// <a class="CLASS" href="URL">TEXT</a>, or a <span class="CLASS"> when there is no URL.
std::string link(const char* css_class, const std::string& url, const std::string& text) {
  if (url.empty())
    return std::string("<span class=\"") + css_class + "\">" + html_escape(text) + "</span>";
  return std::string("<a class=\"") + css_class + "\" href=\"" + html_escape(url) + "\">" +
         html_escape(text) + "</a>";
}

// A Most Read or Read Next module: its heading (id `id` when it names the region), then the list
// as <LIST_TAG class="LIST_CLASS">, one <li class="ITEM_CLASS"> per article, whose content
// `write(article)` adds at depth 3.
template <typename Write>
void article_module(Lines& out, const FeedIndex& index, const RankedList& list, const UiStrings& s,
                    bool region, const char* id, const std::string& title,
                    const std::string& list_tag, const char* list_class, const char* item_class,
                    Write&& write) {
  if (!region) id = nullptr;
  out.add(0, open_outer("module", s, region, id, ""));
  out.add(1, heading("h2", "module__title", title, id));
  out.add(1, "<" + list_tag + " class=\"" + list_class + "\">");
  for (const RankedItem& item : list.items) {
    out.add(2, std::string("<li class=\"") + item_class + "\">");
    write(index.article(item.index));
    out.add(2, "</li>");
  }
  out.add(1, "</" + list_tag + ">");
  out.add(0, close_outer(region));
}

void most_read(Lines& out, const FeedIndex& index, const RankedList& list, const UiStrings& s,
               bool region) {
  article_module(out, index, list, s, region, "newsrail-most-read-title", s.most_read, "ol",
                 "most-read", "most-read__item", [&](const Article& a) {
                   out.add(3, link("most-read__link", a.url, a.title));
                   std::string meta;
                   if (!a.section.empty())
                     meta += "<span class=\"meta__section\">" + html_escape(a.section) + "</span>";
                   if (a.published != 0) {
                     if (!meta.empty()) meta += ' ';
                     meta += "<time datetime=\"" + format_rfc3339(a.published) + "\">" +
                             html_escape(format_date(a.published, s)) + "</time>";
                   }
                   if (!meta.empty()) out.add(3, "<p class=\"meta\">" + meta + "</p>");
                 });
}

void read_next(Lines& out, const FeedIndex& index, const RankedList& list, const UiStrings& s,
               bool region) {
  article_module(
      out, index, list, s, region, "newsrail-read-next-title", s.read_next, "ul", "cards", "card",
      [&](const Article& a) {
        if (!a.image.url.empty())
          out.add(3, "<img class=\"card__image\" src=\"" + html_escape(a.image.url) +
                         "\" width=\"640\" height=\"360\" alt=\"" + html_escape(a.image.alt) +
                         "\" loading=\"lazy\">");
        out.add(3, "<div class=\"card__body\">");
        if (!a.section.empty())
          out.add(4, "<p class=\"card__section\">" + html_escape(a.section) + "</p>");
        out.add(4, "<h3 class=\"card__title\">" + link("card__link", a.url, a.title) + "</h3>");
        out.add(3, "</div>");
      });
}

void ticker(Lines& out, const FeedIndex& index, const RankedList& list, const UiStrings& s,
            bool region) {
  out.add(0, open_outer("ticker-fallback", s, region, nullptr, s.breaking));
  out.add(1, "<p class=\"ticker-fallback__label\">" + html_escape(s.breaking) + "</p>");
  out.add(1, "<ul class=\"ticker-fallback__list\" tabindex=\"0\" aria-label=\"" +
                 html_escape(s.breaking_list) + "\">");
  for (const RankedItem& item : list.items) {
    const BreakingItem& line = index.feed().breaking[item.index];
    out.add(2, "<li>" + link("ticker-fallback__link", line.url, line.text) + "</li>");
  }
  out.add(1, "</ul>");
  out.add(0, close_outer(region));
}

}  // namespace

std::string render_fragment(FragmentKind kind, const FeedIndex& index, const RankedList& list,
                            const UiStrings& strings, bool region) {
  if (list.items.empty()) return "";
  Lines out;
  if (kind == FragmentKind::kMostRead) most_read(out, index, list, strings, region);
  if (kind == FragmentKind::kReadNext) read_next(out, index, list, strings, region);
  if (kind == FragmentKind::kTicker) ticker(out, index, list, strings, region);
  return out.take();
}

}  // namespace newsrail::cli
