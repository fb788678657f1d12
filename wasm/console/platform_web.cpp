// newsrail console — the browser side, in EM_JS (see platform_web.h).
//
// JavaScript here is written for the C preprocessor: double quotes only, no template literals.
//
// Index of this file
// [SECTION] Set-up: drop, paste, window.newsrailConsole
// [SECTION] Fetching
// [SECTION] Clipboard, cursor, query string
#include "platform_web.h"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <string>

// clang-format off

//-----------------------------------------------------------------------------
// [SECTION] Set-up: drop, paste, window.newsrailConsole
//-----------------------------------------------------------------------------

EM_JS(void, nrc_js_init, (), {
  // Strings in and out of the module's memory.
  Module.nrcWithString = function(text, fn) {
    var size = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    try { return fn(ptr); } finally { _free(ptr); }
  };
  Module.nrcDeliverFeed = function(bytes, source) {
    var ptr = _malloc(bytes.length + 1);
    HEAPU8.set(bytes, ptr);
    try {
      Module.nrcWithString(source, function(s) { _nrc_feed_loaded(ptr, bytes.length, s); });
    } finally { _free(ptr); }
  };
  // A click task set (click_eval.h's JSON, which starts {"tasks":) rather than a feed.
  Module.nrcDeliverTasks = function(text, source) {
    Module.nrcWithString(text, function(t) {
      Module.nrcWithString(source, function(s) { _nrc_tasks_loaded(t, s); });
    });
  };
  Module.nrcDeliverError = function(source, message) {
    Module.nrcWithString(source, function(s) {
      Module.nrcWithString(message, function(m) { _nrc_feed_failed(s, m); });
    });
  };

  // A .json file dropped anywhere on the page is loaded like a fetched feed.
  window.addEventListener("dragover", function(e) {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
  });
  window.addEventListener("drop", function(e) {
    e.preventDefault();
    var file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (!file) return;
    Module.nrcWithString(file.name, function(s) { _nrc_feed_loading(s); });
    file.arrayBuffer().then(function(buffer) {
      var bytes = new Uint8Array(buffer);
      if (new TextDecoder().decode(bytes.subarray(0, 9)) === '{"tasks":')
        return Module.nrcDeliverTasks(new TextDecoder().decode(bytes), file.name);
      Module.nrcDeliverFeed(bytes, file.name);
    }, function(err) {
      Module.nrcDeliverError(file.name, "cannot read the file: " + err);
    });
  });

  // Ctrl+V: the paste event arrives before the next frame, when Dear ImGui asks for the text.
  window.addEventListener("paste", function(e) {
    var text = e.clipboardData ? e.clipboardData.getData("text/plain") : "";
    Module.nrcWithString(text, function(p) { _nrc_paste(p); });
  });

  // The hook for tests and scripts: the same C functions the panels call.
  window.newsrailConsole = {
    get: function(what) {
      return JSON.parse(Module.nrcWithString(what, function(p) { return UTF8ToString(_nrc_get(p)); }));
    },
    set: function(key, value) {
      return Module.nrcWithString(key, function(k) {
        return Module.nrcWithString(JSON.stringify(value), function(v) { return _nrc_set(k, v); });
      }) === 1;
    },
    exportConfig: function() { return UTF8ToString(_nrc_export_config()); },
    load: function(url) { Module.nrcWithString(url, function(u) { _nrc_load_url(u); }); },
    loadTasks: function(text, source) { Module.nrcDeliverTasks(text, source || "tasks"); },
  };
});

//-----------------------------------------------------------------------------
// [SECTION] Fetching
//-----------------------------------------------------------------------------

EM_JS(void, nrc_js_fetch_feed, (const char* url_ptr), {
  var url = UTF8ToString(url_ptr);
  fetch(url, { cache: "no-cache" }).then(function(response) {
    if (!response.ok) throw new Error("HTTP " + response.status + " " + response.statusText);
    return response.arrayBuffer();
  }).then(function(buffer) {
    Module.nrcDeliverFeed(new Uint8Array(buffer), url);
  }).catch(function(err) {
    Module.nrcDeliverError(url, "cannot fetch the feed: " + (err && err.message ? err.message : err));
  });
});

EM_JS(void, nrc_js_fetch_font, (), {
  var url = Module["nrcFontUrl"] || new URL("console-font.ttf", document.baseURI).href;
  fetch(url).then(function(response) {
    if (!response.ok) throw new Error("HTTP " + response.status);
    return response.arrayBuffer();
  }).then(function(buffer) {
    var bytes = new Uint8Array(buffer);
    var ptr = _malloc(bytes.length);
    HEAPU8.set(bytes, ptr);
    _nrc_font_loaded(ptr, bytes.length);  // The console keeps (and frees) the buffer.
  }).catch(function(err) {
    console.warn("[newsrail console] no UI font (" + url + "): " + err + "; using the built-in one");
    _nrc_font_loaded(0, 0);
  });
});

//-----------------------------------------------------------------------------
// [SECTION] Clipboard, cursor, query string
//-----------------------------------------------------------------------------

EM_JS(void, nrc_js_copy, (const char* text_ptr), {
  var text = UTF8ToString(text_ptr);
  var fallback = function() {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) {}
    document.body.removeChild(area);
  };
  if (navigator.clipboard && navigator.clipboard.writeText)
    navigator.clipboard.writeText(text).catch(fallback);
  else
    fallback();
});

EM_JS(void, nrc_js_ready, (), {
  var status = document.getElementById("status");
  if (status && status.className != "error") status.hidden = true;
  Module["nrcReady"] = true;
});

EM_JS(void, nrc_js_set_cursor, (int cursor), {
  var names = ["default", "text", "move", "ns-resize", "ew-resize", "nesw-resize", "nwse-resize",
               "pointer", "not-allowed"];
  var css = cursor < 0 ? "none" : (names[cursor] || "default");
  if (Module["canvas"].style.cursor != css) Module["canvas"].style.cursor = css;
});

EM_JS(char*, nrc_js_query_param, (const char* name_ptr), {
  var value = new URLSearchParams(location.search).get(UTF8ToString(name_ptr)) || "";
  var size = lengthBytesUTF8(value) + 1;
  var ptr = _malloc(size);
  stringToUTF8(value, ptr, size);
  return ptr;
});

// clang-format on

namespace nrc::platform {
namespace {
std::string g_clipboard;
}  // namespace

void Init() { nrc_js_init(); }

void FetchFeed(const std::string& url) { nrc_js_fetch_feed(url.c_str()); }

void FetchFont() { nrc_js_fetch_font(); }

void SetClipboardText(const char* text) {
  g_clipboard = text ? text : "";
  nrc_js_copy(g_clipboard.c_str());
}

const char* GetClipboardText() { return g_clipboard.c_str(); }

void SetPastedText(const char* text) { g_clipboard = text ? text : ""; }

void MarkReady() { nrc_js_ready(); }

void SetCursor(int imgui_cursor) { nrc_js_set_cursor(imgui_cursor); }

std::string QueryParam(const char* name) {
  char* value = nrc_js_query_param(name);
  std::string out = value ? value : "";
  std::free(value);
  return out;
}

}  // namespace nrc::platform
