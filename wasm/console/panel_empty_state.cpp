// newsrail console — the empty state: what the console shows until a feed is loaded. A calm
// panel that says how to load one (?feed= in the page's address, a dropped file, the Feed field);
// when the last attempt failed, the URL and the reason (e.g. "HTTP 404") above it.
#include <string>

#include "console_api.h"
#include "imgui.h"
#include "panels.h"
#include "ui_common.h"

namespace nrc {

void DrawEmptyState(ConsoleState& state) {
  const LoadStatus& st = state.status();
  std::string shown;  // Everything the panel says, for nrc_get("texts").
  auto line = [&](ImU32 colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    shown += (shown.empty() ? "" : "\n") + text;
  };

  ImGui::PushTextWrapPos(0);
  if (st.loading) {
    line(color::kMuted, "Loading " + st.source + " ...");
  } else if (!st.error.empty()) {
    line(color::kBad, std::string(Symbol(Sym::kCross)) + " Could not load " + st.source);
    line(color::kBad, st.error);
  } else {
    line(color::kAccent, "No feed loaded yet");
  }
  ImGui::Spacing();
  line(color::kText,
       "Load a feed: add ?feed=URL to this page's address, or drop a JSON Feed file here.");
  ImGui::Spacing();
  line(color::kMuted,
       "For example console.html?feed=/feeds/newsrail.json. A relative URL is read from this "
       "page's folder; another site's feed needs CORS headers.");
  line(color::kMuted, "You can also type a URL in the Feed field above and press Load.");
  ImGui::PopTextWrapPos();
  NoteText("empty_state", shown, false);
}

}  // namespace nrc
