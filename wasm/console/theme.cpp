// newsrail console — fonts and style (see theme.h).
//
// Index of this file
// [SECTION] Fonts
// [SECTION] Style
// [SECTION] Theme::Apply()
#include "theme.h"

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "console_glyphs.h"
#include "imgui.h"
#include "ui_common.h"

namespace nrc {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Fonts
//-----------------------------------------------------------------------------

void BuildFonts(const std::vector<unsigned char>& ttf, float dpr) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  if (!ttf.empty()) {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // Theme owns the bytes.
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    const float size = std::round(kFontSizeCss * dpr);
    atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf.data()),
                                static_cast<int>(ttf.size()), size, &cfg, kGlyphRanges);
  } else {
    ImFontConfig cfg;
    cfg.SizePixels = std::round(13.0f * dpr);
    atlas->AddFontDefault(&cfg);
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Style
//-----------------------------------------------------------------------------

ImVec4 Rgb(int r, int g, int b, float a = 1.0f) {
  return ImVec4(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f,
                static_cast<float>(b) / 255.0f, a);
}

// A dense, dark tool style: square tiled panels, small paddings, one blue accent.
ImGuiStyle MakeStyle(float dpr) {
  ImGuiStyle s;
  ImGui::StyleColorsDark(&s);
  s.WindowPadding = ImVec2(8, 6);
  s.FramePadding = ImVec2(6, 3);
  s.CellPadding = ImVec2(5, 2);
  s.ItemSpacing = ImVec2(6, 4);
  s.ItemInnerSpacing = ImVec2(4, 4);
  s.IndentSpacing = 14;
  s.ScrollbarSize = 12;
  s.GrabMinSize = 9;
  s.WindowRounding = 0;
  s.ChildRounding = 2;
  s.FrameRounding = 3;
  s.PopupRounding = 3;
  s.GrabRounding = 3;
  s.TabRounding = 3;
  s.ScrollbarRounding = 6;
  s.WindowBorderSize = 1;
  s.FrameBorderSize = 0;
  s.WindowTitleAlign = ImVec2(0.0f, 0.5f);

  // Each colour that stands in more than one place is named once here.
  const ImVec4 accent = Rgb(94, 162, 255);
  const ImVec4 well = Rgb(24, 27, 32);    // Child windows, scrollbar track.
  const ImVec4 bar = Rgb(34, 38, 46);     // Title and menu bars, popups.
  const ImVec4 field = Rgb(40, 45, 55);   // Frames, idle tabs.
  const ImVec4 border = Rgb(48, 54, 66);  // Borders, separators.
  auto with_alpha = [](ImVec4 v, float a) { return ImVec4(v.x, v.y, v.z, a); };

  ImVec4* c = s.Colors;
  c[ImGuiCol_Text] = Rgb(226, 230, 236);
  c[ImGuiCol_TextDisabled] = Rgb(132, 138, 150);
  c[ImGuiCol_WindowBg] = Rgb(28, 31, 37);
  c[ImGuiCol_ChildBg] = well;
  c[ImGuiCol_PopupBg] = with_alpha(bar, 0.98f);
  c[ImGuiCol_Border] = border;
  c[ImGuiCol_FrameBg] = field;
  c[ImGuiCol_FrameBgHovered] = Rgb(50, 57, 70);
  c[ImGuiCol_FrameBgActive] = Rgb(58, 66, 82);
  c[ImGuiCol_TitleBg] = bar;
  c[ImGuiCol_TitleBgActive] = Rgb(38, 46, 62);
  c[ImGuiCol_TitleBgCollapsed] = bar;
  c[ImGuiCol_MenuBarBg] = bar;
  c[ImGuiCol_ScrollbarBg] = with_alpha(well, 0.6f);
  c[ImGuiCol_ScrollbarGrab] = Rgb(64, 72, 88);
  c[ImGuiCol_ScrollbarGrabHovered] = Rgb(80, 90, 110);
  c[ImGuiCol_ScrollbarGrabActive] = Rgb(96, 108, 132);
  c[ImGuiCol_CheckMark] = accent;
  c[ImGuiCol_SliderGrab] = with_alpha(accent, 0.85f);
  c[ImGuiCol_SliderGrabActive] = accent;
  c[ImGuiCol_Button] = Rgb(48, 56, 70);
  c[ImGuiCol_ButtonHovered] = Rgb(62, 74, 96);
  c[ImGuiCol_ButtonActive] = Rgb(70, 110, 170);
  c[ImGuiCol_Header] = with_alpha(accent, 0.22f);
  c[ImGuiCol_HeaderHovered] = with_alpha(accent, 0.30f);
  c[ImGuiCol_HeaderActive] = with_alpha(accent, 0.40f);
  c[ImGuiCol_Separator] = border;
  c[ImGuiCol_SeparatorHovered] = with_alpha(accent, 0.6f);
  c[ImGuiCol_SeparatorActive] = accent;
  c[ImGuiCol_ResizeGrip] = with_alpha(accent, 0.15f);
  c[ImGuiCol_ResizeGripHovered] = with_alpha(accent, 0.5f);
  c[ImGuiCol_ResizeGripActive] = accent;
  c[ImGuiCol_Tab] = field;
  c[ImGuiCol_TabHovered] = Rgb(62, 80, 110);
  c[ImGuiCol_TabActive] = Rgb(52, 70, 100);
  c[ImGuiCol_TabUnfocused] = field;
  c[ImGuiCol_TabUnfocusedActive] = Rgb(48, 60, 82);
  c[ImGuiCol_PlotHistogram] = accent;
  c[ImGuiCol_PlotHistogramHovered] = Rgb(140, 190, 255);
  c[ImGuiCol_TableHeaderBg] = Rgb(36, 41, 50);
  c[ImGuiCol_TableBorderStrong] = Rgb(52, 58, 70);
  c[ImGuiCol_TableBorderLight] = Rgb(42, 47, 57);
  c[ImGuiCol_TableRowBg] = Rgb(0, 0, 0, 0);
  c[ImGuiCol_TableRowBgAlt] = Rgb(255, 255, 255, 0.025f);
  c[ImGuiCol_TextSelectedBg] = with_alpha(accent, 0.35f);
  c[ImGuiCol_NavHighlight] = accent;
  s.ScaleAllSizes(dpr);
  return s;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Theme::Apply()
//-----------------------------------------------------------------------------

void Theme::SetFont(unsigned char* ttf, std::size_t size) {
  if (ttf && size > 0) {
    ttf_.assign(ttf, ttf + size);
    dirty_ = true;
  }
  std::free(ttf);
  font_settled_ = true;
}

bool Theme::Apply(float dpr) {
  if (!dirty_ && dpr == dpr_) return false;
  dirty_ = false;
  dpr_ = dpr;
  BuildFonts(ttf_, dpr);
  SetUnicodeFont(!ttf_.empty());
  ImGui::GetStyle() = MakeStyle(dpr);
  return true;
}

}  // namespace nrc
