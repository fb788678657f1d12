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

#include "newsrail/json_reader.h"
#include "newsrail/json_writer.h"
#include "newsrail/ranking_options.h"
#include "panels.h"
#include "platform_web.h"
#include "theme.h"
#include "ui_common.h"

namespace nrc {
namespace {

using newsrail::JsonDocument;
using newsrail::JsonValue;
using newsrail::JsonWriter;

ConsoleState* g_state = nullptr;
Theme* g_theme = nullptr;
std::string g_reply;  // What the last nrc_get / nrc_export_config returned (valid until the next).
std::map<std::string, std::array<float, 4>> g_rects;          // CSS pixels: x, y, width, height.
std::map<std::string, std::pair<std::string, bool>> g_texts;  // Text drawn, cut off.

const char* Reply(std::string text) {
  g_reply = std::move(text);
  return g_reply.c_str();
}

// Writes {"request": ..., "ids": [...], "placements": [...], "scores": [...], "breakdowns": [...],
// "notes": [...]} for one list ("placements" only for articles).
void ListJson(JsonWriter& j, const newsrail::RankedList& list, const std::string& request,
              bool articles) {
  j.begin_object().key("request");
  JsonDocument parsed;
  if (parsed.parse(request))
    j.value(parsed.root());
  else
    j.null();
  j.key("ids").begin_array();
  for (const newsrail::RankedItem& item : list.items) j.value(item.id);
  j.end_array();
  if (articles) {
    j.key("placements").begin_array();
    for (const newsrail::RankedItem& item : list.items)
      j.value(newsrail::placement_name(item.placement));
    j.end_array();
  }
  j.key("scores").begin_array();
  for (const newsrail::RankedItem& item : list.items) j.value(item.score);
  std::vector<double> scores;
  for (const newsrail::RankedItem& item : list.items) scores.push_back(item.score);
  j.end_array().key("score_text").begin_array();  // As the table's Score column shows them.
  for (const std::string& text : FormatColumn(scores)) j.value(text);
  j.end_array().key("breakdowns").begin_array();
  for (const newsrail::RankedItem& item : list.items) {
    j.begin_object();
    for (const newsrail::ScoreTerm& t : item.breakdown) j.member(t.name, t.value);
    j.end_object();
  }
  j.end_array().member("notes", list.notes).end_object();
}

// The ranking options with options[module][field] replaced by `value`; empty when there is no
// such field. Goes through the options' own JSON, so the same names and ranges apply.
std::string OptionsWithField(const newsrail::RankingOptions& options, const std::string& module,
                             const std::string& field, JsonValue value) {
  const std::string text = newsrail::ranking_options_to_json(options);
  JsonDocument doc;
  if (!doc.parse(text) || !doc.root().find(module).find(field).exists()) return {};
  JsonWriter j;
  j.begin_object();
  for (const auto& [group, fields] : doc.root().members()) {
    j.key(group);
    if (group != module) {
      j.value(fields);
      continue;
    }
    j.begin_object();
    for (const auto& [name, current] : fields.members())
      j.key(name).value(name == field ? value : current);
    j.end_object();
  }
  return j.end_object().take();
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
  nrc::JsonWriter j;
  if (what == "status") {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    j.begin_object().member("loaded", s.has_feed()).member("loading", s.status().loading);
    j.member("source", s.status().loaded_from).member("requested", s.status().source);
    j.member("error", s.status().error);
    j.member("items", s.feed().items.size()).member("breaking", s.feed().breaking.size());
    j.member("diagnostics", s.diagnostics().size()).member("generation", s.status().generation);
    j.member("lists_generation", s.lists().generation);
    j.member("font", nrc::g_theme && nrc::g_theme->font_loaded());
    j.member("font_settled", nrc::g_theme && nrc::g_theme->font_settled());
    j.member("dpr", nrc::g_theme ? nrc::g_theme->dpr() : 0.0f);
    j.key("display").begin_array().value(display.x).value(display.y).end_array();
    j.member("frames", ImGui::GetFrameCount()).end_object();
  } else if (what == "selection") {
    j.begin_object().member("article", s.selection.article).member("now", s.selection.now);
    j.member("live", s.selection.live);
    j.member("window", nrc::WindowLabel(s.selection.window));
    j.member("section", s.selection.section).member("trending", s.selection.trending);
    j.key("history").begin_array();
    for (const newsrail::HistoryEntry& e : s.history.entries) j.value(e.id);
    j.end_array().end_object();
  } else if (what == "diagnostics") {
    j.begin_array();
    for (const newsrail::Diagnostic& d : s.diagnostics()) {
      j.begin_object().member("severity", newsrail::severity_name(d.severity));
      j.member("path", d.path).member("message", d.message).end_object();
    }
    j.end_array();
  } else if (what == "health") {
    const nrc::FeedHealth& h = s.health();
    j.begin_object().member("missing_image", h.missing_image.size());
    j.member("missing_summary", h.missing_summary.size());
    j.member("future_items", h.future_items.size());
    j.member("duplicate_groups", h.duplicates.size());
    j.member("expired_lines", h.expired_lines).member("future_lines", h.future_lines);
    j.end_object();
  } else if (what == "config") {
    return nrc::Reply(newsrail::ranking_options_to_json(s.options));
  } else if (what == "export") {
    j.value(nrc::ExportedConfig());  // The exported text, as one JSON string.
  } else if (what == "rects") {
    j.begin_object();
    for (const auto& [name, r] : nrc::g_rects) {
      j.key(name).begin_array();
      for (float v : r) j.value(v);
      j.end_array();
    }
    j.end_object();
  } else if (what == "texts") {
    j.begin_object();
    for (const auto& [name, t] : nrc::g_texts)
      j.key(name).begin_object().member("text", t.first).member("clipped", t.second).end_object();
    j.end_object();
  } else if (what == "read_next") {
    nrc::ListJson(j, s.lists().read_next, s.ReadNextRequestJson(), true);
  } else if (what == "most_read") {
    nrc::ListJson(j, s.lists().most_read, s.MostReadRequestJson(), true);
  } else if (what == "ticker") {
    nrc::ListJson(j, s.lists().ticker, s.TickerRequestJson(), false);
  } else {
    j.null();
  }
  return nrc::Reply(j.take());
}

//-----------------------------------------------------------------------------
// [SECTION] nrc_set(), nrc_export_config()
//-----------------------------------------------------------------------------

EMSCRIPTEN_KEEPALIVE int nrc_set(const char* key_ptr, const char* value_ptr) {
  if (!nrc::g_state || !key_ptr || !value_ptr) return 0;
  nrc::ConsoleState& s = *nrc::g_state;
  const std::string key = key_ptr;
  const std::string_view text = value_ptr;
  nrc::JsonDocument doc;
  if (!doc.parse(text)) return 0;
  const nrc::JsonValue v = doc.root();

  if (key == "article" && v.is_string()) {
    const std::string article(v.string());
    if (!article.empty() && !s.index().find(article)) return 0;
    s.selection.article = article;
  } else if (key == "now" && v.is_int64()) {
    s.selection.now = v.int64();
    s.selection.live = false;
  } else if (key == "live" && v.is_boolean()) {
    s.selection.live = v.boolean();
  } else if (key == "window" && v.is_string()) {
    const newsrail::Seconds w = newsrail::parse_duration(v.string());
    if (w <= 0) return 0;
    s.selection.window = w;
  } else if (key == "section" && v.is_string()) {
    s.selection.section = std::string(v.string());
  } else if (key == "trending" && v.is_boolean()) {
    s.selection.trending = v.boolean();
  } else if (key == "read" && v.is_string()) {
    const auto i = s.index().find(v.string());
    if (!i) return 0;
    s.RecordRead(*i);
  } else if (key == "page_is_read" && v.is_boolean()) {
    s.selection.page_is_read = v.boolean();
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
