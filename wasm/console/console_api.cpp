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

#include <nlohmann/json.hpp>

#include "newsrail/ranking_options.h"
#include "panels.h"
#include "platform_web.h"
#include "theme.h"

namespace nrc {
namespace {

using json = nlohmann::ordered_json;

ConsoleState* g_state = nullptr;
Theme* g_theme = nullptr;
std::string g_reply;  // What the last nrc_get / nrc_export_config returned (valid until the next).
std::map<std::string, std::array<float, 4>> g_rects;  // CSS pixels: x, y, width, height.

const char* Reply(std::string text) {
  g_reply = std::move(text);
  return g_reply.c_str();
}

json ListJson(const newsrail::RankedList& list, const std::string& request, bool articles) {
  json ids = json::array(), placements = json::array(), scores = json::array();
  json breakdowns = json::array();
  for (const newsrail::RankedItem& item : list.items) {
    ids.push_back(item.id);
    placements.push_back(newsrail::placement_name(item.placement));
    scores.push_back(item.score);
    json terms = json::object();
    for (const newsrail::ScoreTerm& t : item.breakdown) terms[t.name] = t.value;
    breakdowns.push_back(std::move(terms));
  }
  json j;
  j["request"] = json::parse(request, nullptr, false);
  j["ids"] = ids;
  if (articles) j["placements"] = placements;
  j["scores"] = scores;
  j["breakdowns"] = breakdowns;
  j["notes"] = list.notes;
  return j;
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

EMSCRIPTEN_KEEPALIVE void nrc_load_url(const char* url) {
  if (nrc::g_state) nrc::LoadUrl(*nrc::g_state, url);
}

//-----------------------------------------------------------------------------
// [SECTION] nrc_get()
//-----------------------------------------------------------------------------

EMSCRIPTEN_KEEPALIVE const char* nrc_get(const char* what_ptr) {
  using nrc::json;
  if (!nrc::g_state) return nrc::Reply("null");
  nrc::g_state->Update();  // Answers reflect every nrc_set() so far, without waiting for a frame.
  const nrc::ConsoleState& s = *nrc::g_state;
  const std::string what = what_ptr ? what_ptr : "";
  json j;
  if (what == "status") {
    j["loaded"] = s.has_feed();
    j["loading"] = s.status().loading;
    j["source"] = s.status().loaded_from;
    j["error"] = s.status().error;
    j["items"] = s.feed().items.size();
    j["breaking"] = s.feed().breaking.size();
    j["diagnostics"] = s.diagnostics().size();
    j["generation"] = s.status().generation;
    j["lists_generation"] = s.lists().generation;
    j["font"] = nrc::g_theme && nrc::g_theme->font_loaded();
    j["font_settled"] = nrc::g_theme && nrc::g_theme->font_settled();
    j["dpr"] = nrc::g_theme ? nrc::g_theme->dpr() : 0.0f;
    j["display"] = {ImGui::GetIO().DisplaySize.x, ImGui::GetIO().DisplaySize.y};
    j["frames"] = ImGui::GetFrameCount();
  } else if (what == "selection") {
    j["article"] = s.selection.article;
    j["now"] = s.selection.now;
    j["window"] = nrc::WindowLabel(s.selection.window);
    j["section"] = s.selection.section;
    j["trending"] = s.selection.trending;
    j["history"] = json::array();
    for (const newsrail::HistoryEntry& e : s.history.entries) j["history"].push_back(e.id);
  } else if (what == "diagnostics") {
    j = json::array();
    for (const newsrail::Diagnostic& d : s.diagnostics())
      j.push_back({{"severity", newsrail::severity_name(d.severity)},
                   {"path", d.path},
                   {"message", d.message}});
  } else if (what == "health") {
    const nrc::FeedHealth& h = s.health();
    j["missing_image"] = h.missing_image.size();
    j["missing_summary"] = h.missing_summary.size();
    j["future_items"] = h.future_items.size();
    j["duplicate_groups"] = h.duplicates.size();
    j["expired_lines"] = h.expired_lines;
    j["future_lines"] = h.future_lines;
  } else if (what == "config") {
    j = json::parse(newsrail::ranking_options_to_json(s.options), nullptr, false);
  } else if (what == "export") {
    j = nrc::ExportedConfig();
  } else if (what == "rects") {
    for (const auto& [name, r] : nrc::g_rects) j[name] = {r[0], r[1], r[2], r[3]};
  } else if (what == "read_next") {
    j = nrc::ListJson(s.lists().read_next, s.ReadNextRequestJson(), true);
  } else if (what == "most_read") {
    j = nrc::ListJson(s.lists().most_read, s.MostReadRequestJson(), true);
  } else if (what == "ticker") {
    j = nrc::ListJson(s.lists().ticker, s.TickerRequestJson(), false);
  } else {
    j = nullptr;
  }
  return nrc::Reply(j.dump(-1, ' ', false, json::error_handler_t::replace));
}

//-----------------------------------------------------------------------------
// [SECTION] nrc_set(), nrc_export_config()
//-----------------------------------------------------------------------------

EMSCRIPTEN_KEEPALIVE int nrc_set(const char* key_ptr, const char* value_ptr) {
  using nrc::json;
  if (!nrc::g_state || !key_ptr || !value_ptr) return 0;
  nrc::ConsoleState& s = *nrc::g_state;
  const std::string key = key_ptr;
  const json v = json::parse(value_ptr, nullptr, false);
  if (v.is_discarded()) return 0;

  if (key == "article" && v.is_string()) {
    if (!v.get<std::string>().empty() && !s.index().find(v.get<std::string>())) return 0;
    s.selection.article = v.get<std::string>();
  } else if (key == "now" && v.is_number_integer()) {
    s.selection.now = v.get<newsrail::Seconds>();
  } else if (key == "window" && v.is_string()) {
    const newsrail::Seconds w = newsrail::parse_duration(v.get<std::string>());
    if (w <= 0) return 0;
    s.selection.window = w;
  } else if (key == "section" && v.is_string()) {
    s.selection.section = v.get<std::string>();
  } else if (key == "trending" && v.is_boolean()) {
    s.selection.trending = v.get<bool>();
  } else if (key == "read" && v.is_string()) {
    const auto i = s.index().find(v.get<std::string>());
    if (!i) return 0;
    s.RecordRead(*i);
  } else if (key == "page_is_read" && v.is_boolean()) {
    s.selection.page_is_read = v.get<bool>();
  } else if (key == "clear_history") {
    s.history.entries.clear();
  } else if (key == "options" && v.is_object()) {
    newsrail::Diagnostics diagnostics;
    const newsrail::RankingOptions o = newsrail::ranking_options_from_json(v.dump(), diagnostics);
    if (!diagnostics.empty()) return 0;
    s.options = o;
  } else {
    // "<module>.<field>": through the options' own JSON, so the same ranges apply.
    const std::size_t dot = key.find('.');
    if (dot == std::string::npos) return 0;
    json o = json::parse(newsrail::ranking_options_to_json(s.options), nullptr, false);
    const std::string module = key.substr(0, dot), field = key.substr(dot + 1);
    if (!o.contains(module) || !o[module].is_object() || !o[module].contains(field)) return 0;
    o[module][field] = v;
    newsrail::Diagnostics diagnostics;
    const newsrail::RankingOptions parsed =
        newsrail::ranking_options_from_json(o.dump(), diagnostics);
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
