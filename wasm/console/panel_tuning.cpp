// newsrail console — Tuning: one slider for every field of RankingOptions (weights, half-lives and
// windows in hours, thresholds, the MMR lambda ...). Every list updates while a slider is dragged.
// A field that differs from its default has its name in the accent colour; right-click a slider
// to reset that field. "Export config" shows ranking_options_to_json() in a read-only box and
// copies it to the clipboard: the widget takes it as data-config. "Reset" restores the defaults.
//
// Index of this file
// [SECTION] Slider rows
// [SECTION] The option groups
// [SECTION] Export, reset, panel
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "console_api.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "newsrail/ranking_options.h"
#include "panels.h"
#include "platform_web.h"
#include "ui_common.h"

namespace nrc {
namespace {

std::string g_exported;      // The text of the export box ("" = box hidden).
double g_exported_time = 0;  // ImGui time of the last export, for the "copied" note.
const char* g_group = "";    // "read_next", "most_read", "ticker": names the sliders' rects.

void NoteSliderRect(const char* name) { NoteRect((std::string(g_group) + "." + name).c_str()); }

//-----------------------------------------------------------------------------
// [SECTION] Slider rows
//-----------------------------------------------------------------------------

// Starts a row of the options table: the field name (accent when changed) with its help.
void Label(const char* name, bool changed, const char* help) {
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  ImGui::AlignTextToFramePadding();
  if (changed)
    TextColored(color::kAccent, "%s", name);
  else
    ImGui::TextUnformatted(name);
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(Em(24));
    ImGui::TextUnformatted(help);
    if (changed) TextMuted("Changed from the default; right-click the slider to reset.");
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  ImGui::TableSetColumnIndex(1);
  ImGui::SetNextItemWidth(-FLT_MIN);
}

// Right-click on the last slider: reset to the default. Returns true when it did.
template <typename T>
bool ResetMenu(T& value, const T& def) {
  bool reset = false;
  if (ImGui::BeginPopupContextItem()) {
    if (ImGui::MenuItem("Reset to default", nullptr, false, value != def)) {
      value = def;
      reset = true;
    }
    ImGui::EndPopup();
  }
  return reset;
}

bool Number(const char* name, double& value, double def, double lo, double hi, const char* format,
            const char* help) {
  ImGui::PushID(name);
  Label(name, value != def, help);
  bool changed = ImGui::SliderScalar("##v", ImGuiDataType_Double, &value, &lo, &hi, format);
  NoteSliderRect(name);
  changed |= ResetMenu(value, def);
  ImGui::PopID();
  return changed;
}

// A duration shown in `unit` seconds (3600 = hours); `lo`, `hi` in that unit.
bool Duration(const char* name, Seconds& value, Seconds def, double unit, double lo, double hi,
              const char* format, const char* help) {
  ImGui::PushID(name);
  Label(name, value != def, help);
  double v = static_cast<double>(value) / unit;
  bool changed = ImGui::SliderScalar("##v", ImGuiDataType_Double, &v, &lo, &hi, format);
  if (changed) value = static_cast<Seconds>(std::llround(v * unit));
  NoteSliderRect(name);
  changed |= ResetMenu(value, def);
  ImGui::PopID();
  return changed;
}

bool Count(const char* name, std::size_t& value, std::size_t def, int lo, int hi,
           const char* help) {
  ImGui::PushID(name);
  Label(name, value != def, help);
  int v = static_cast<int>(value);
  bool changed = ImGui::SliderInt("##v", &v, lo, hi);
  if (changed) value = static_cast<std::size_t>(std::max(v, lo));
  NoteSliderRect(name);
  changed |= ResetMenu(value, def);
  ImGui::PopID();
  return changed;
}

bool Flag(const char* name, bool& value, bool def, const char* help) {
  ImGui::PushID(name);
  Label(name, value != def, help);
  bool changed = ImGui::Checkbox("##v", &value);
  NoteSliderRect(name);
  changed |= ResetMenu(value, def);
  ImGui::PopID();
  return changed;
}

bool BeginOptionsTable(const char* id) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchProp)) return false;
  ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthFixed, Em(11.5f));
  ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
  return true;
}

//-----------------------------------------------------------------------------
// [SECTION] The option groups
//-----------------------------------------------------------------------------

bool ReadNextGroup(newsrail::ReadNextOptions& o) {
  const newsrail::ReadNextOptions d;
  bool c = false;
  g_group = "read_next";
  if (!BeginOptionsTable("read_next_options")) return false;
  c |= Number("text_weight", o.text_weight, d.text_weight, 0, 3, "%.2f",
              "Weight of the TF-IDF cosine with the current article (title and tags weigh 3x, "
              "summary 2x).");
  c |= Number("tags_weight", o.tags_weight, d.tags_weight, 0, 3, "%.2f",
              "Weight of the IDF-weighted share of the current article's tags.");
  c |= Number("section_weight", o.section_weight, d.section_weight, 0, 1, "%.2f", "Same section.");
  c |= Number("region_weight", o.region_weight, d.region_weight, 0, 1, "%.2f", "Same region.");
  c |= Number("freshness_weight", o.freshness_weight, d.freshness_weight, 0, 1, "%.2f",
              "Weight of 2^(-age / freshness_half_life).");
  c |= Number("popularity_weight", o.popularity_weight, d.popularity_weight, 0, 3, "%.2f",
              "Weight of log(1 + views) / log(1 + most views in the feed), in popularity_window.");
  c |= Number("affinity_weight", o.affinity_weight, d.affinity_weight, 0, 1, "%.2f",
              "Weight of the reader's leaning to the article's section and tags (their history).");
  c |= Number("read_penalty", o.read_penalty, d.read_penalty, 0, 2, "%.2f",
              "Subtracted from articles already read, when they are kept (exclude_read off).");
  c |= Duration("freshness_half_life", o.freshness_half_life, d.freshness_half_life, 3600, 1, 336,
                "%.1f h", "Age at which freshness halves.");
  c |= Duration("popularity_window", o.popularity_window, d.popularity_window, 3600, 1, 168,
                "%.0f h", "View window popularity reads (the nearest one the feed has is used).");
  c |= Duration("max_age", o.max_age, d.max_age, 86400, 0, 90, "%.1f d",
                "Older candidates are left out (pins excepted); 0 = no bound.");
  c |= Number("relevance_threshold", o.relevance_threshold, d.relevance_threshold, 0, 1, "%.3f",
              "Minimum text + tags contribution to count as related; below it an article can only "
              "come in as fill.");
  c |= Number("diversity_lambda", o.diversity_lambda, d.diversity_lambda, 0, 1, "%.2f",
              "MMR: 1 = relevance only, lower = more diverse (similar picks are pushed down).");
  c |= Number("duplicate_similarity", o.duplicate_similarity, d.duplicate_similarity, 0, 1, "%.2f",
              "Cosine to a chosen article at or above which a candidate is the same story.");
  c |= Flag("exclude_read", o.exclude_read, d.exclude_read,
            "Leave out articles in the reader's history.");
  c |= Count("query_terms", o.query_terms, d.query_terms, 1, 100,
             "Strongest terms of the current article used to find candidates.");
  ImGui::EndTable();
  return c;
}

bool MostReadGroup(newsrail::MostReadOptions& o) {
  const newsrail::MostReadOptions d;
  bool c = false;
  g_group = "most_read";
  if (!BeginOptionsTable("most_read_options")) return false;
  c |= Duration("half_life", o.half_life, d.half_life, 3600, 0, 168, "%.1f h",
                "Recency decay of views by article age; 0 = none.");
  c |= Duration("max_age", o.max_age, d.max_age, 86400, 0, 30, "%.1f d",
                "Older articles are left out; 0 = no bound.");
  c |= Duration("trending_short", o.trending_short, d.trending_short, 3600, 1, 48, "%.0f h",
                "Trending mode: the fast window (shorter than trending_long).");
  c |= Duration("trending_long", o.trending_long, d.trending_long, 3600, 2, 336, "%.0f h",
                "Trending mode: the window the fast one is compared with.");
  if (o.trending_short >= o.trending_long)
    o.trending_short = std::max<Seconds>(o.trending_long / 2, 1);
  c |= Number("trending_smoothing", o.trending_smoothing, d.trending_smoothing, 0.1, 100, "%.1f",
              "Views added to both windows, so 1 view in an hour is not a trend.");
  c |= Number("duplicate_title_similarity", o.duplicate_title_similarity,
              d.duplicate_title_similarity, 0, 1, "%.2f",
              "Title term Jaccard at or above which two articles are the same story (one shown).");
  c |= Flag("include_unrecommended", o.include_unrecommended, d.include_unrecommended,
            "List items with recommend: false (e.g. sponsored) too; off = left out.");
  ImGui::EndTable();
  return c;
}

bool TickerGroup(newsrail::TickerOptions& o) {
  const newsrail::TickerOptions d;
  bool c = false;
  g_group = "ticker";
  if (!BeginOptionsTable("ticker_options")) return false;
  c |= Duration("default_lifetime", o.default_lifetime, d.default_lifetime, 3600, 0.25, 48,
                "%.2f h", "How long a line without date_expires stays up.");
  c |= Duration("future_tolerance", o.future_tolerance, d.future_tolerance, 60, 0, 120, "%.0f min",
                "Lines dated this far ahead of now still show (clock skew).");
  c |= Number("duplicate_text_similarity", o.duplicate_text_similarity, d.duplicate_text_similarity,
              0, 1, "%.2f", "Term Jaccard at or above which two lines are the same (one shown).");
  ImGui::EndTable();
  return c;
}

int CountChanged(const newsrail::RankingOptions& o) {
  const std::string a = newsrail::ranking_options_to_json(o);
  const std::string b = newsrail::ranking_options_to_json(newsrail::RankingOptions{});
  // Lines of the pretty JSON that differ = fields that differ.
  int changed = 0;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const std::size_t ei = std::min(a.find('\n', i), a.size()),
                      ej = std::min(b.find('\n', j), b.size());
    if (a.compare(i, ei - i, b, j, ej - j) != 0) ++changed;
    i = ei + 1;
    j = ej + 1;
  }
  return changed;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Export, reset, panel
//-----------------------------------------------------------------------------

std::string ExportConfig(ConsoleState& state) {
  g_exported = newsrail::ranking_options_to_json(state.options);
  g_exported_time = ImGui::GetTime();
  platform::SetClipboardText(g_exported.c_str());
  return g_exported;
}

const std::string& ExportedConfig() { return g_exported; }

void DrawTuningPanel(ConsoleState& state) {
  if (ImGui::Button("Export config")) ExportConfig(state);
  NoteRect("export_config");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "Show the options as JSON and copy them: give them to the widget as "
        "data-config, or to the CLI as --options");
  ImGui::SameLine();
  if (ImGui::Button("Reset")) {
    state.ResetOptions();
    if (!g_exported.empty()) g_exported = newsrail::ranking_options_to_json(state.options);
  }
  NoteRect("reset_options");
  ImGui::SameLine();
  const int changed = CountChanged(state.options);
  if (changed == 0)
    TextMuted("defaults");
  else
    TextColored(color::kAccent, "%d field%s changed", changed, changed == 1 ? "" : "s");
  if (!g_exported.empty() && ImGui::GetTime() - g_exported_time < 2.5) {
    ImGui::SameLine();
    TextColored(color::kGood, "copied to the clipboard");
  }

  if (!g_exported.empty()) {
    const float h = std::min(Em(14), ImGui::GetContentRegionAvail().y * 0.45f);
    ImGui::InputTextMultiline("##exported", &g_exported, ImVec2(-FLT_MIN, h),
                              ImGuiInputTextFlags_ReadOnly);
    NoteRect("exported_config");
    if (ImGui::SmallButton("Copy again")) platform::SetClipboardText(g_exported.c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("Hide")) g_exported.clear();
  }

  ImGui::BeginChild("options");
  bool c = false;
  if (ImGui::CollapsingHeader("Read Next", ImGuiTreeNodeFlags_DefaultOpen))
    c |= ReadNextGroup(state.options.read_next);
  if (ImGui::CollapsingHeader("Most Read", ImGuiTreeNodeFlags_DefaultOpen))
    c |= MostReadGroup(state.options.most_read);
  if (ImGui::CollapsingHeader("Breaking ticker", ImGuiTreeNodeFlags_DefaultOpen))
    c |= TickerGroup(state.options.ticker);
  ImGui::EndChild();
  if (c) {
    state.Changed();
    if (!g_exported.empty()) g_exported = newsrail::ranking_options_to_json(state.options);
  }
}

}  // namespace nrc
