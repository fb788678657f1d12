// newsrail console — Tuning: one slider for every option of kRankingOptions (the core's one
// description: key, range, slider max, display unit, help), so the sliders span what the JSON
// reader accepts and show the help `newsrail options --help` prints. Every list updates while a
// slider is dragged. A field that differs from its default has its name in the accent colour;
// right-click a slider to reset that field. "Export config" shows ranking_options_to_json() in a
// read-only box and copies it to the clipboard: the widget takes it as data-config. "Reset"
// restores the defaults.
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

// Starts a row of the options table: the field name (accent when changed) with its help, range
// and default.
void Label(const newsrail::OptionInfo& option, bool changed) {
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  ImGui::AlignTextToFramePadding();
  if (changed)
    TextColored(color::kAccent, "%s", option.key);
  else
    ImGui::TextUnformatted(option.key);
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(Em(24));
    ImGui::TextUnformatted(option.help);
    TextMuted("%s, default %s", newsrail::option_range_text(option).c_str(),
              newsrail::option_value_text(option, newsrail::RankingOptions{}).c_str());
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

// The slider's ends in the option's display unit: its range, up to its slider max; an exclusive
// minimum starts the slider a thousandth of its span above it.
void SliderRange(const newsrail::OptionInfo& option, double& lo, double& hi) {
  const double unit = newsrail::option_unit_seconds(option);
  hi = option.slider_max / unit;
  lo = option.min / unit;
  if (option.min_exclusive) lo += (hi - lo) / 1000;
}

// `v` (a slider's value, rounded to its format, or one typed with Ctrl+click) inside the option's
// range; an exclusive minimum or a value rounded below the minimum gives the slider's low end.
double Clamp(const newsrail::OptionInfo& option, double v) {
  double lo = 0, hi = 0;
  SliderRange(option, lo, hi);
  lo *= newsrail::option_unit_seconds(option);
  if (!std::isfinite(v) || v < lo) return lo;
  return v > option.max ? option.max : v;
}

// One row: the option's name and its slider (a checkbox for a boolean). Returns true on change.
bool OptionRow(const newsrail::OptionInfo& option, newsrail::RankingOptions& options) {
  newsrail::RankingOptions defaults;
  const newsrail::OptionField& f = option.field;
  ImGui::PushID(option.key);
  Label(option, newsrail::option_number_value(option, options) !=
                    newsrail::option_number_value(option, defaults));
  double lo = 0, hi = 0;
  SliderRange(option, lo, hi);
  const double unit = newsrail::option_unit_seconds(option);
  char format[16];
  bool changed = false;
  switch (f.kind) {
    case newsrail::OptionKind::kNumber: {
      double v = *f.number(options);
      if (ImGui::SliderScalar("##v", ImGuiDataType_Double, &v, &lo, &hi,
                              hi >= 100 ? "%.1f" : "%.2f") &&
          Clamp(option, v) != *f.number(options)) {
        *f.number(options) = Clamp(option, v);
        changed = true;
      }
      NoteSliderRect(option.key);
      changed |= ResetMenu(*f.number(options), *f.number(defaults));
      break;
    }
    case newsrail::OptionKind::kDuration: {
      std::snprintf(format, sizeof format, "%%.%df %s", unit >= 3600 ? 1 : 0, option.unit);
      double v = static_cast<double>(*f.duration(options)) / unit;
      if (ImGui::SliderScalar("##v", ImGuiDataType_Double, &v, &lo, &hi, format)) {
        const double seconds = std::round(Clamp(option, v * unit));
        if (seconds != *f.duration(options)) {
          *f.duration(options) = static_cast<Seconds>(seconds);
          changed = true;
        }
      }
      NoteSliderRect(option.key);
      changed |= ResetMenu(*f.duration(options), *f.duration(defaults));
      break;
    }
    case newsrail::OptionKind::kCount: {
      int v = static_cast<int>(*f.count(options));
      if (ImGui::SliderInt("##v", &v, static_cast<int>(lo), static_cast<int>(hi)) &&
          static_cast<std::size_t>(Clamp(option, v)) != *f.count(options)) {
        *f.count(options) = static_cast<std::size_t>(Clamp(option, v));
        changed = true;
      }
      NoteSliderRect(option.key);
      changed |= ResetMenu(*f.count(options), *f.count(defaults));
      break;
    }
    case newsrail::OptionKind::kBoolean:
      changed = ImGui::Checkbox("##v", f.boolean(options));
      NoteSliderRect(option.key);
      changed |= ResetMenu(*f.boolean(options), *f.boolean(defaults));
      break;
  }
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

// The rows of one group ("read_next", "most_read", "ticker"), in the description's order.
bool Group(const char* group, newsrail::RankingOptions& options) {
  g_group = group;
  if (!BeginOptionsTable((std::string(group) + "_options").c_str())) return false;
  bool c = false;
  for (const newsrail::OptionInfo& option : newsrail::kRankingOptions)
    if (std::string(option.group) == group) c |= OptionRow(option, options);
  ImGui::EndTable();
  // The reader's rule (trending_short shorter than trending_long), kept while sliding.
  newsrail::MostReadOptions& m = options.most_read;
  if (std::string(group) == "most_read" && m.trending_short >= m.trending_long)
    m.trending_short = std::max<Seconds>(m.trending_long / 2, 1);
  return c;
}

// The options whose value differs from their default, by the one description of them.
int CountChanged(const newsrail::RankingOptions& o) {
  const newsrail::RankingOptions defaults;
  int changed = 0;
  for (const newsrail::OptionInfo& option : newsrail::kRankingOptions)
    changed +=
        newsrail::option_number_value(option, o) != newsrail::option_number_value(option, defaults);
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

  // A click task set dropped on the page (bench/click_bench --write-tasks): Read Next's MRR on
  // it, at these options and at the defaults, re-measured as a slider moves.
  const ClickBench& clicks = state.click_bench();
  if (!clicks.tasks.empty()) {
    const newsrail::ClickMetrics& m = clicks.metrics;
    const ImU32 tint = m.mrr >= clicks.defaults.mrr ? color::kGood : color::kWarn;
    TextColored(tint, "Clicks: MRR %.4f", m.mrr);
    NoteRect("click_mrr");
    ImGui::SameLine();
    TextMuted("HR@10 %.3f  nDCG@10 %.3f  (defaults: MRR %.4f)  %zu tasks, %.0f ms", m.hr10,
              m.ndcg10, clicks.defaults.mrr, m.tasks, clicks.ms);
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s%s", clicks.source.c_str(),
                        clicks.missing ? ": some tasks' articles are not in this feed" : "");
  } else if (!clicks.source.empty()) {
    TextColored(color::kWarn, "%s", clicks.source.c_str());
  }

  ImGui::BeginChild("options");
  bool c = false;
  if (ImGui::CollapsingHeader("Read Next", ImGuiTreeNodeFlags_DefaultOpen))
    c |= Group("read_next", state.options);
  if (ImGui::CollapsingHeader("Most Read", ImGuiTreeNodeFlags_DefaultOpen))
    c |= Group("most_read", state.options);
  if (ImGui::CollapsingHeader("Breaking ticker", ImGuiTreeNodeFlags_DefaultOpen))
    c |= Group("ticker", state.options);
  ImGui::EndChild();
  if (c) {
    state.Changed();
    if (!g_exported.empty()) g_exported = newsrail::ranking_options_to_json(state.options);
  }
}

}  // namespace nrc
