// newsrail console — the C ABI of the console (see console_api.h).
//
// Index of this file
// [SECTION] Binding and rectangles
// [SECTION] Loading (fetch bridge, file drop, font, paste)
// [SECTION] nrc_get()
// [SECTION] nrc_set(), nrc_export_config()
#include "console_api.h"

#include <emscripten/emscripten.h>

#include <array>
#include <map>
#include <string>

#include "newsrail/json.h"
#include "newsrail/ranking_options.h"
#include "panels.h"
#include "platform_web.h"
#include "theme.h"
#include "ui_common.h"

namespace nrc {
namespace {

using newsrail::Json;

ConsoleState* g_state = nullptr;
Theme* g_theme = nullptr;
std::string g_reply;  // What the last nrc_get / nrc_export_config returned (valid until the next).
std::map<std::string, std::array<float, 4>> g_rects;          // CSS pixels: x, y, width, height.
std::map<std::string, std::pair<std::string, bool>> g_texts;  // Text drawn, cut off.

const char* Reply(std::string text) {
  g_reply = std::move(text);
  return g_reply.c_str();
}

// Returns {"request": ..., "ids": [...], "placements": [...], "scores": [...], "score_text":
// [...], "breakdowns": [...], "notes": [...]} for one list ("placements" only for articles).
Json ListJson(const newsrail::RankedList& list, const std::string& request, bool articles) {
  Json request_json = newsrail::parse_json(request);
  if (request_json.is_discarded()) request_json = nullptr;
  Json ids = Json::array(), placements = Json::array(), scores = Json::array();
  Json breakdowns = Json::array();
  std::vector<double> values;
  for (const newsrail::RankedItem& item : list.items) {
    ids.push_back(item.id);
    placements.push_back(newsrail::placement_name(item.placement));
    scores.push_back(item.score);
    values.push_back(item.score);
    Json terms = Json::object();
    for (const newsrail::ScoreTerm& t : item.breakdown) terms[t.name] = t.value;
    breakdowns.push_back(std::move(terms));
  }
  Json out = {{"request", std::move(request_json)}, {"ids", std::move(ids)}};
  if (articles) out["placements"] = std::move(placements);
  out["scores"] = std::move(scores);
  out["score_text"] = FormatColumn(values);  // As the table's Score column shows them.
  out["breakdowns"] = std::move(breakdowns);
  out["notes"] = list.notes;
  return out;
}

// The ranking options with options[module][field] replaced by `value`; empty when there is no
// such field. Goes through the options' own JSON, so the same names and ranges apply.
std::string OptionsWithField(const newsrail::RankingOptions& options, const std::string& module,
                             const std::string& field, const Json& value) {
  Json doc = newsrail::parse_json(newsrail::ranking_options_to_json(options));
  const Json* group = newsrail::json_member(doc, module.c_str());
  if (!group || !group->is_object() || group->find(field) == group->end()) return {};
  doc[module][field] = value;
  return newsrail::write_json(doc);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Binding and rectangles
//-----------------------------------------------------------------------------

void BindApi(ConsoleState* state, Theme* theme) {
  g_state = state;
  g_theme = theme;
}

void NoteRect(const char* name) {
  NoteRect(name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void NoteRect(const char* name, ImVec2 min, ImVec2 max) {
  const float dpr = g_theme && g_theme->dpr() > 0 ? g_theme->dpr() : 1.0f;
  g_rects[name] = {min.x / dpr, min.y / dpr, (max.x - min.x) / dpr, (max.y - min.y) / dpr};
}

void ForgetRects(const char* prefix) {
  const std::string p = prefix;
  for (auto it = g_rects.lower_bound(p); it != g_rects.end() && it->first.rfind(p, 0) == 0;)
    it = g_rects.erase(it);
}

void NoteText(const char* name, const std::string& text, bool clipped) {
  g_texts[name] = {text, clipped};
}

void LoadUrl(ConsoleState& state, const std::string& url) {
  state.feed_url = url;
  state.BeginLoad(url);
  platform::FetchFeed(url);
}

}  // namespace nrc

extern "C" {

//-----------------------------------------------------------------------------
// [SECTION] Loading (fetch bridge, file drop, font, paste)
//-----------------------------------------------------------------------------

EMSCRIPTEN_KEEPALIVE void nrc_feed_loading(const char* source) {
  if (nrc::g_state) nrc::g_state->BeginLoad(source);
}

EMSCRIPTEN_KEEPALIVE void nrc_feed_loaded(const char* bytes, int size, const char* source) {
  if (nrc::g_state && size >= 0)
    nrc::g_state->LoadFeed(std::string_view(bytes, static_cast<std::size_t>(size)), source);
}

EMSCRIPTEN_KEEPALIVE void nrc_feed_failed(const char* source, const char* message) {
  if (nrc::g_state) nrc::g_state->LoadFailed(source, message);
}

EMSCRIPTEN_KEEPALIVE void nrc_font_loaded(unsigned char* ttf, int size) {
  if (nrc::g_theme) nrc::g_theme->SetFont(ttf, size > 0 ? static_cast<std::size_t>(size) : 0);
}

EMSCRIPTEN_KEEPALIVE void nrc_paste(const char* text) { nrc::platform::SetPastedText(text); }

// A click task set (click_eval.h's JSON), dropped on the page or given by a script.
EMSCRIPTEN_KEEPALIVE void nrc_tasks_loaded(const char* text, const char* source) {
  if (nrc::g_state && text) nrc::g_state->LoadClickTasks(text, source ? source : "");
}

EMSCRIPTEN_KEEPALIVE void nrc_load_url(const char* url) {
  if (nrc::g_state) nrc::LoadUrl(*nrc::g_state, url);
}

//-----------------------------------------------------------------------------
// [SECTION] nrc_get()
//-----------------------------------------------------------------------------

EMSCRIPTEN_KEEPALIVE const char* nrc_get(const char* what_ptr) {
  if (!nrc::g_state) return nrc::Reply("null");
  nrc::g_state->Update();  // Answers reflect every nrc_set() so far, without waiting for a frame.
  const nrc::ConsoleState& s = *nrc::g_state;
  const std::string what = what_ptr ? what_ptr : "";
  nrc::Json j;
  if (what == "status") {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    j = {{"loaded", s.has_feed()},
         {"loading", s.status().loading},
         {"source", s.status().loaded_from},
         {"requested", s.status().source},
         {"error", s.status().error},
         {"items", s.feed().items.size()},
         {"breaking", s.feed().breaking.size()},
         {"diagnostics", s.diagnostics().size()},
         {"generation", s.status().generation},
         {"lists_generation", s.lists().generation},
         {"font", nrc::g_theme && nrc::g_theme->font_loaded()},
         {"font_settled", nrc::g_theme && nrc::g_theme->font_settled()},
         {"dpr", nrc::g_theme ? nrc::g_theme->dpr() : 0.0f},
         {"display", {display.x, display.y}},
         {"frames", ImGui::GetFrameCount()}};
  } else if (what == "selection") {
    nrc::Json history = nrc::Json::array();
    for (const newsrail::HistoryEntry& e : s.history.entries) history.push_back(e.id);
    j = {{"article", s.selection.article}, {"now", s.selection.now},
         {"live", s.selection.live},       {"window", newsrail::format_window(s.selection.window)},
         {"section", s.selection.section}, {"trending", s.selection.trending},
         {"history", std::move(history)}};
  } else if (what == "diagnostics") {
    j = nrc::Json::array();
    for (const newsrail::Diagnostic& d : s.diagnostics())
      j.push_back({{"severity", newsrail::severity_name(d.severity)},
                   {"path", d.path},
                   {"message", d.message}});
  } else if (what == "health") {
    const nrc::FeedHealth& h = s.health();
    j = {{"missing_image", h.missing_image.size()}, {"missing_summary", h.missing_summary.size()},
         {"future_items", h.future_items.size()},   {"duplicate_groups", h.duplicates.size()},
         {"expired_lines", h.expired_lines},        {"future_lines", h.future_lines}};
  } else if (what == "config") {
    return nrc::Reply(newsrail::ranking_options_to_json(s.options));
  } else if (what == "export") {
    j = nrc::ExportedConfig();  // The exported text, as one JSON string.
  } else if (what == "rects") {
    j = nrc::Json::object();
    for (const auto& [name, r] : nrc::g_rects) j[name] = r;
  } else if (what == "texts") {
    j = nrc::Json::object();
    for (const auto& [name, t] : nrc::g_texts) j[name] = {{"text", t.first}, {"clipped", t.second}};
  } else if (what == "clicks") {
    const nrc::ClickBench& c = s.click_bench();
    j = {{"tasks", c.tasks.size()},    {"source", c.source},
         {"mrr", c.metrics.mrr},       {"hr10", c.metrics.hr10},
         {"ndcg10", c.metrics.ndcg10}, {"defaults_mrr", c.defaults.mrr},
         {"missing", c.missing},       {"ms", c.ms}};
  } else if (what == "read_next") {
    j = nrc::ListJson(s.lists().read_next, s.ReadNextRequestJson(), true);
  } else if (what == "most_read") {
    j = nrc::ListJson(s.lists().most_read, s.MostReadRequestJson(), true);
  } else if (what == "ticker") {
    j = nrc::ListJson(s.lists().ticker, s.TickerRequestJson(), false);
  }
  return nrc::Reply(newsrail::write_json(j));
}

//-----------------------------------------------------------------------------
// [SECTION] nrc_set(), nrc_export_config()
//-----------------------------------------------------------------------------

EMSCRIPTEN_KEEPALIVE int nrc_set(const char* key_ptr, const char* value_ptr) {
  if (!nrc::g_state || !key_ptr || !value_ptr) return 0;
  nrc::ConsoleState& s = *nrc::g_state;
  const std::string key = key_ptr;
  const std::string_view text = value_ptr;
  const nrc::Json v = newsrail::parse_json(text);
  if (v.is_discarded()) return 0;

  if (key == "article" && v.is_string()) {
    const std::string article(newsrail::json_text(v));
    if (!article.empty() && !s.index().find(article)) return 0;
    s.selection.article = article;
  } else if (key == "now" && newsrail::json_is_int64(v)) {
    s.selection.now = v.get<std::int64_t>();
    s.selection.live = false;
  } else if (key == "live" && v.is_boolean()) {
    s.selection.live = v.get<bool>();
  } else if (key == "window" && v.is_string()) {
    const newsrail::Seconds w = newsrail::parse_duration(newsrail::json_text(v));
    if (w <= 0) return 0;
    s.selection.window = w;
  } else if (key == "section" && v.is_string()) {
    s.selection.section = newsrail::json_text(v);
  } else if (key == "trending" && v.is_boolean()) {
    s.selection.trending = v.get<bool>();
  } else if (key == "read" && v.is_string()) {
    const auto i = s.index().find(newsrail::json_text(v));
    if (!i) return 0;
    s.RecordRead(*i);
  } else if (key == "page_is_read" && v.is_boolean()) {
    s.selection.page_is_read = v.get<bool>();
  } else if (key == "clear_history") {
    s.history.entries.clear();
  } else if (key == "options" && v.is_object()) {
    newsrail::Diagnostics diagnostics;
    const newsrail::RankingOptions o = newsrail::ranking_options_from_json(text, diagnostics);
    if (!diagnostics.empty()) return 0;
    s.options = o;
  } else {
    // "<module>.<field>": through the options' own JSON, so the same ranges apply.
    const std::size_t dot = key.find('.');
    if (dot == std::string::npos) return 0;
    const std::string edited =
        nrc::OptionsWithField(s.options, key.substr(0, dot), key.substr(dot + 1), v);
    if (edited.empty()) return 0;
    newsrail::Diagnostics diagnostics;
    const newsrail::RankingOptions parsed =
        newsrail::ranking_options_from_json(edited, diagnostics);
    if (!diagnostics.empty()) return 0;
    s.options = parsed;
  }
  s.Changed();
  return 1;
}

EMSCRIPTEN_KEEPALIVE const char* nrc_export_config() {
  if (!nrc::g_state) return nrc::Reply("null");
  return nrc::Reply(nrc::ExportConfig(*nrc::g_state));
}

}  // extern "C"
