// newsrail console — shared widgets and formatting (see ui_common.h).
//
// Index of this file
// [SECTION] Text
// [SECTION] Formatting
// [SECTION] Scores and placements
// [SECTION] Tooltips
#include "ui_common.h"

#include <algorithm>
#include <cfloat>
#include <cinttypes>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <string>
#include <vector>

#include "console_state.h"
#include "imgui_internal.h"
#include "newsrail/ranking_options.h"
#include "newsrail/rfc3339.h"

namespace nrc {

//-----------------------------------------------------------------------------
// [SECTION] Text
//-----------------------------------------------------------------------------

namespace {
bool g_unicode = false;
}  // namespace

void SetUnicodeFont(bool unicode) { g_unicode = unicode; }

const char* Symbol(Sym symbol) {
  switch (symbol) {
    case Sym::kBullet:
      return g_unicode ? "\xE2\x97\x8F" : "o";
    case Sym::kCheck:
      return g_unicode ? "\xE2\x9C\x93" : "+";
    case Sym::kCross:
      return g_unicode ? "\xE2\x9C\x97" : "x";
    case Sym::kDelta:
      return g_unicode ? "\xCE\x94" : "+/-";
    case Sym::kUp:
      return g_unicode ? "\xE2\x86\x91" : "^";
    case Sym::kDown:
      return g_unicode ? "\xE2\x86\x93" : "v";
  }
  return "?";
}

void TextColored(ImU32 color, const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextV(fmt, args);
  ImGui::PopStyleColor();
  va_end(args);
}

void TextMuted(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  ImGui::PushStyleColor(ImGuiCol_Text, color::kMuted);
  ImGui::TextV(fmt, args);
  ImGui::PopStyleColor();
  va_end(args);
}

void HelpMarker(const char* text) {
  ImGui::SameLine(0, Em(0.3f));
  ImGui::PushStyleColor(ImGuiCol_Text, color::kMuted);
  ImGui::TextUnformatted("(?)");
  ImGui::PopStyleColor();
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(Em(26));
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

const BidiText& Bidi(const std::string& text) {
  static BidiCache cache;
  return cache.Get(text);
}

std::string Isolate(const std::string& text) { return "\xE2\x81\xA8" + text + "\xE2\x81\xA9"; }

void TextBidi(const std::string& text, ImU32 color) {
  const BidiText& b = Bidi(text);
  if (b.rtl) {
    const float w = ImGui::CalcTextSize(b.visual.c_str()).x;
    const float avail = ImGui::GetContentRegionAvail().x;
    if (w < avail) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - w);
  }
  if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextUnformatted(b.visual.c_str(), b.visual.c_str() + b.visual.size());
  if (color) ImGui::PopStyleColor();
}

void TextBidiWrapped(const std::string& text, float wrap_width, ImU32 color) {
  ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  const bool rtl = Bidi(text).rtl;
  // The logical lines, as Dear ImGui's own wrapping breaks them (blanks at a break dropped).
  std::vector<std::string> lines;
  const char* s = text.data();
  const char* end = s + text.size();
  while (s < end) {
    const char* nl = std::find(s, end, '\n');
    const char* e = nl == s ? s : font->CalcWordWrapPositionA(scale, s, nl, wrap_width);
    if (e == s && s < nl) {  // One glyph at least.
      unsigned int c = 0;
      e = s + ImTextCharFromUtf8(&c, s, nl);
    }
    lines.emplace_back(s, e);
    s = e;
    while (s < end && (*s == ' ' || *s == '\t')) ++s;
    if (s < end && *s == '\n' && s == nl) ++s;
  }
  float box = 0;
  for (const std::string& line : lines)
    box = std::max(box, ImGui::CalcTextSize(Bidi(line).visual.c_str()).x);
  if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushTextWrapPos(-1.0f);  // The lines are broken already: a visual line must not be.
  const float x = ImGui::GetCursorPosX();
  for (const std::string& line : lines) {
    const BidiText& b = Bidi(line);
    if (rtl) ImGui::SetCursorPosX(x + box - ImGui::CalcTextSize(b.visual.c_str()).x);
    ImGui::TextUnformatted(b.visual.c_str(), b.visual.c_str() + b.visual.size());
  }
  ImGui::PopTextWrapPos();
  if (color) ImGui::PopStyleColor();
}

namespace {

// Draws `visual` right-aligned against `right`, its left part replaced by an ellipsis so that
// what is drawn fits in `width` (a right-to-left line keeps its beginning, which is on the right).
void RenderTextEllipsisLeft(ImDrawList* draw, ImVec2 pos, float right, float width,
                            const std::string& visual, float full_width) {
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const float scale = size / font->FontSize;
  char ellipsis[5] = "...";
  if (font->EllipsisChar != static_cast<ImWchar>(-1))
    ImTextCharToUtf8(ellipsis, font->EllipsisChar);
  const float ellipsis_w = font->CalcTextSizeA(size, FLT_MAX, 0, ellipsis).x;
  const char* s = visual.data();
  const char* end = s + visual.size();
  float w = full_width;
  while (s < end && w > width - ellipsis_w) {
    unsigned int c = 0;
    s += ImTextCharFromUtf8(&c, s, end);
    w -= font->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
  }
  const ImU32 col = ImGui::GetColorU32(ImGuiCol_Text);
  draw->AddText(font, size, ImVec2(right - w - ellipsis_w, pos.y), col, ellipsis);
  draw->AddText(font, size, ImVec2(right - w, pos.y), col, s, end);
}

}  // namespace

bool TextClipped(const std::string& text, float width, bool tooltip) {
  if (width <= 0) width = ImGui::GetContentRegionAvail().x;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight();
  ImGui::Dummy(ImVec2(width, h));
  // The clip rectangle reaches into the item spacing so descenders and '_' are not cut.
  const ImVec2 max(pos.x + width, pos.y + ImGui::GetTextLineHeightWithSpacing());
  const BidiText& b = Bidi(text);
  const ImVec2 full = ImGui::CalcTextSize(b.visual.c_str());
  const bool clipped = full.x > width;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (!b.rtl)
    ImGui::RenderTextEllipsis(draw, pos, max, max.x, max.x, b.visual.c_str(),
                              b.visual.c_str() + b.visual.size(), &full);
  else if (!clipped)
    draw->AddText(ImVec2(max.x - full.x, pos.y), ImGui::GetColorU32(ImGuiCol_Text),
                  b.visual.c_str(), b.visual.c_str() + b.visual.size());
  else
    RenderTextEllipsisLeft(draw, pos, max.x, width, b.visual, full.x);
  if (tooltip && clipped && ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    TextBidiWrapped(text, Em(30));
    ImGui::EndTooltip();
  }
  return clipped;
}

void SameLineOrWrap(float width) {
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  const float x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
  if (x + width <= right) ImGui::SameLine();
}

bool LimitInput(int* limit, int step_fast, int max) {
  ImGui::SameLine(0, Em(1));
  ImGui::TextUnformatted("Limit");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(Em(5));
  const bool changed = ImGui::InputInt("##limit", limit, 1, step_fast);
  *limit = std::clamp(*limit, 0, max);
  return changed;
}

void SectionLabel(const char* label) {
  ImGui::PushStyleColor(ImGuiCol_Text, color::kAccent);
  ImGui::TextUnformatted(label);
  ImGui::PopStyleColor();
}

//-----------------------------------------------------------------------------
// [SECTION] Formatting
//-----------------------------------------------------------------------------

std::string FormatUtc(Seconds t) {
  if (t == 0) return "(none)";
  std::string s = newsrail::format_rfc3339(t);  // YYYY-MM-DDTHH:MM:SSZ
  if (s.size() == 20) {
    s[10] = ' ';
    s.pop_back();
  }
  return s;
}

std::string FormatSpan(Seconds seconds) {
  const long long s = std::llabs(static_cast<long long>(seconds));
  char buf[48];
  if (s >= 86400)
    std::snprintf(buf, sizeof buf, "%lldd %lldh", s / 86400, s % 86400 / 3600);
  else if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%lldh %02lldm", s / 3600, s % 3600 / 60);
  else if (s >= 60)
    std::snprintf(buf, sizeof buf, "%lldm", s / 60);
  else
    std::snprintf(buf, sizeof buf, "%llds", s);
  return buf;
}

std::string FormatRelative(Seconds t, Seconds now) {
  if (t == 0) return "(none)";
  const Seconds d = now - t;
  if (d == 0) return "now";
  return d > 0 ? FormatSpan(d) + " ago" : "in " + FormatSpan(-d);
}

std::string FormatAge(Seconds t, Seconds now) {
  if (t == 0) return "-";
  return t > now ? "in " + FormatSpan(t - now) : FormatSpan(now - t);
}

std::string FormatNumber(double value, int decimals) {
  if (!std::isfinite(value)) return value != value ? "-" : (value > 0 ? "inf" : "-inf");
  char text[352];  // Room for any double with 9 decimals.
  std::snprintf(text, sizeof text, "%.*f", std::clamp(decimals, 0, 9), std::fabs(value));
  const std::string digits = text;
  const std::size_t point = std::min(digits.find('.'), digits.size());
  // The sign only when the rounded text is not zero ("-0.000" would be noise).
  const bool negative = value < 0 && digits.find_first_not_of("0.") != std::string::npos;
  std::string out = negative ? "-" : "";
  for (std::size_t i = 0; i < point; ++i) {
    if (i > 0 && (point - i) % 3 == 0)
      out += g_unicode ? "\xE2\x80\x89" : ",";  // U+2009 thin space
    out += digits[i];
  }
  return out + digits.substr(point);
}

int DecimalsFor(double magnitude) {
  magnitude = std::fabs(magnitude);
  return magnitude >= 1000 ? 0 : magnitude >= 10 ? 2 : 3;
}

std::vector<std::string> FormatColumn(const std::vector<double>& values) {
  bool whole = true;
  double largest = 0;
  for (double v : values) {
    whole = whole && std::isfinite(v) && v == std::round(v);
    if (std::isfinite(v)) largest = std::max(largest, std::fabs(v));
  }
  const int decimals = whole ? 0 : DecimalsFor(largest);
  std::vector<std::string> out;
  out.reserve(values.size());
  for (double v : values) out.push_back(FormatNumber(v, decimals));
  return out;
}

std::string FormatScore(double score) { return FormatNumber(score, DecimalsFor(score)); }

std::string FormatCount(long long n) { return FormatNumber(static_cast<double>(n), 0); }

std::string FormatCountShort(long long n) {
  const double a = std::fabs(static_cast<double>(n));
  if (a < 10000) return FormatCount(n);
  static const char* const kUnits[] = {"k", "M", "G", "T", "P"};
  double scaled = static_cast<double>(n) / 1000;
  int unit = 0;
  while (std::fabs(scaled) >= 999.5 && unit < 4) {
    scaled /= 1000;
    ++unit;
  }
  char text[32];
  std::snprintf(text, sizeof text, std::fabs(scaled) < 99.95 ? "%.1f%s" : "%.0f%s", scaled,
                kUnits[unit]);
  return text;
}

void TextRight(const std::string& text, ImU32 colour) {
  const float w = ImGui::CalcTextSize(text.c_str()).x;
  const float room = ImGui::GetContentRegionAvail().x;
  if (room > w) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - w);
  TextColored(colour, "%s", text.c_str());
}

//-----------------------------------------------------------------------------
// [SECTION] Scores and placements
//-----------------------------------------------------------------------------

ImU32 TermColor(const std::string& name) {
  struct Entry {
    const char* name;
    ImU32 color;
  };
  static const Entry kColors[] = {
      {"text", IM_COL32(86, 148, 240, 255)},      {"tags", IM_COL32(64, 186, 172, 255)},
      {"section", IM_COL32(156, 118, 226, 255)},  {"region", IM_COL32(214, 118, 178, 255)},
      {"freshness", IM_COL32(120, 196, 96, 255)}, {"popularity", IM_COL32(236, 152, 64, 255)},
      {"affinity", IM_COL32(224, 206, 80, 255)},  {"read", IM_COL32(232, 84, 84, 255)},
      {"diversity", IM_COL32(206, 96, 120, 255)}, {"views", IM_COL32(236, 152, 64, 255)},
      {"trend", IM_COL32(96, 204, 226, 255)},     {"decay", IM_COL32(232, 84, 84, 255)},
      {"priority", IM_COL32(236, 152, 64, 255)},
  };
  for (const Entry& e : kColors)
    if (name == e.name) return e.color;
  return IM_COL32(170, 170, 170, 255);
}

ImU32 PlacementColor(newsrail::Placement placement) {
  switch (placement) {
    case newsrail::Placement::kPinned:
      return IM_COL32(190, 140, 255, 255);
    case newsrail::Placement::kScored:
      return color::kGood;
    case newsrail::Placement::kForYou:
      return TermColor("affinity");
    case newsrail::Placement::kFillSection:
      return color::kWarn;
    case newsrail::Placement::kFillOverall:
      return color::kMuted;
  }
  return color::kMuted;
}

void PlacementBadge(newsrail::Placement placement) {
  TextColored(PlacementColor(placement), "%s", newsrail::placement_name(placement));
}

void BreakdownBar(const std::vector<newsrail::ScoreTerm>& terms, double scale, float width) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, h));
  if (scale <= 0) scale = 1;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float top = p.y + h * 0.18f, bottom = p.y + h * 0.82f;
  dl->AddRectFilled(ImVec2(p.x, top), ImVec2(p.x + width, bottom), IM_COL32(255, 255, 255, 14));
  float x = p.x;
  double gross = 0, lost = 0;
  for (const newsrail::ScoreTerm& t : terms) {
    if (t.value > 0) {
      const float w = static_cast<float>(t.value / scale) * width;
      const float x1 = std::min(x + w, p.x + width);
      if (x1 > x) dl->AddRectFilled(ImVec2(x, top), ImVec2(x1, bottom), TermColor(t.name));
      x = x1;
      gross += t.value;
    } else {
      lost -= t.value;
    }
  }
  if (lost > 0) {
    const float net = p.x + static_cast<float>(std::max(gross - lost, 0.0) / scale) * width;
    const float end = std::min(x, p.x + width);
    dl->AddRectFilled(ImVec2(std::min(net, end), bottom - h * 0.16f),
                      ImVec2(end, bottom + h * 0.1f), color::kBad);
  }
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    double sum = 0;
    for (const newsrail::ScoreTerm& t : terms) {
      ImGui::ColorButton("##c", ImGui::ColorConvertU32ToFloat4(TermColor(t.name)),
                         ImGuiColorEditFlags_NoTooltip, ImVec2(h * 0.7f, h * 0.7f));
      ImGui::SameLine();
      ImGui::TextUnformatted(t.name.c_str());
      ImGui::SameLine(Em(7));
      ImGui::Text("%+.4f", t.value);
      sum += t.value;
    }
    ImGui::Separator();
    ImGui::TextUnformatted("score");
    ImGui::SameLine(Em(7));
    ImGui::Text("%+.4f", sum);
    ImGui::EndTooltip();
  }
}

void BreakdownLegend(const std::vector<std::string>& names) {
  const float h = ImGui::GetTextLineHeight();
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) ImGui::SameLine(0, Em(0.6f));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(
        ImVec2(p.x, p.y + h * 0.25f), ImVec2(p.x + h * 0.5f, p.y + h * 0.75f), TermColor(names[i]));
    ImGui::Dummy(ImVec2(h * 0.5f, h));
    ImGui::SameLine(0, Em(0.25f));
    TextMuted("%s", names[i].c_str());
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Tooltips
//-----------------------------------------------------------------------------

void ArticleTooltip(const newsrail::Article& a, Seconds now) {
  ImGui::BeginTooltip();
  const float wrap = Em(30);
  ImGui::PushTextWrapPos(wrap);
  TextBidiWrapped(a.title, wrap);
  TextMuted("%s", a.id.c_str());
  if (!a.url.empty()) TextMuted("%s", a.url.c_str());
  ImGui::Separator();
  TextBidi("Section: " + Isolate(a.section.empty() ? "-" : a.section) + "   Region: " +
           Isolate(a.region.empty() ? "-" : a.region) + "   Language: " + a.language);
  ImGui::Text("Published %s (%s)", FormatUtc(a.published).c_str(),
              FormatRelative(a.published, now).c_str());
  std::string views;
  for (const newsrail::ViewCount& v : a.views)
    views += (views.empty() ? "" : "   ") + newsrail::format_window(v.window) + ": " +
             FormatCount(v.views);
  ImGui::Text("Views: %s", views.empty() ? "(none)" : views.c_str());
  if (!a.tags.empty()) {
    std::string tags;
    for (const std::string& t : a.tags) tags += (tags.empty() ? "" : ", ") + Isolate(t);
    TextBidiWrapped("Tags: " + tags, wrap);
  }
  if (!a.related.empty()) ImGui::Text("Pinned related: %zu", a.related.size());
  if (!a.recommend) TextColored(color::kWarn, "recommend: false (never in Read Next)");
  if (!a.summary.empty()) {
    ImGui::Separator();
    TextBidiWrapped(a.summary, wrap, color::kMuted);
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

}  // namespace nrc
