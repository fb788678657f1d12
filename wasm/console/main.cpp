// newsrail console — entry point: a GLFW window on the page's canvas with a WebGL2 context, Dear
// ImGui over its GLFW and OpenGL3 backends, the frame loop, the device pixel ratio, window
// resizes and the mouse wheel.
//
// The console draws in device pixels: the canvas' backing store is its CSS size times
// devicePixelRatio (Emscripten's GLFW does not do this itself), Dear ImGui's display size is that
// backing store, mouse positions arrive in it (Emscripten scales them to the canvas), and fonts
// and style are scaled by the DPR (theme.cpp). So text is rasterised at its final size.
//
// Index of this file
// [SECTION] Canvas size and DPR
// [SECTION] Input the GLFW port gets wrong (wheel, quick keys, clipboard)
// [SECTION] Frame
// [SECTION] main()
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "console_api.h"
#include "console_state.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "layout.h"
#include "platform_web.h"
#include "theme.h"

namespace nrc {
namespace {

struct App {
  GLFWwindow* window = nullptr;
  ConsoleState state;
  Theme theme;
  int canvas_w = 0, canvas_h = 0;  // Backing store, device pixels.
  float canvas_dpr = 0;            // The DPR the canvas was sized for.
  bool resized = true;             // The browser window changed size since the last fit.
  bool ready = false;              // The first frame with the final font has been drawn.
  // Idle throttle: with no input for a second, only every kIdleEvery-th animation frame is drawn.
  double last_activity = 0;  // Seconds (glfwGetTime).
  double mouse_x = -1, mouse_y = -1;
  int drawn_generation = -1;  // Lists generation last drawn.
  unsigned skipped = 0;
};

constexpr unsigned kIdleEvery = 10;  // ~6 frames per second when idle.
constexpr double kIdleAfter = 1.0;   // Seconds without input.

App* g_app = nullptr;
bool g_input = false;  // A key, character, wheel or resize event arrived since the last frame.
constexpr const char* kCanvas = "#canvas";

//-----------------------------------------------------------------------------
// [SECTION] Canvas size and DPR
//-----------------------------------------------------------------------------

EM_BOOL OnResize(int, const EmscriptenUiEvent*, void*) {
  g_app->resized = true;
  return EM_FALSE;
}

// Sizes the canvas' backing store to its CSS box (the page's stylesheet fills the viewport with
// it) times the DPR.
void FitCanvas(App& app, float dpr) {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
  const int w = std::max(1, static_cast<int>(std::lround(css_w * dpr)));
  const int h = std::max(1, static_cast<int>(std::lround(css_h * dpr)));
  if (w != app.canvas_w || h != app.canvas_h) emscripten_set_canvas_element_size(kCanvas, w, h);
  app.canvas_w = w;
  app.canvas_h = h;
  app.canvas_dpr = dpr;
  app.resized = false;
}

//-----------------------------------------------------------------------------
// [SECTION] Input the GLFW port gets wrong (wheel, quick keys, clipboard)
//-----------------------------------------------------------------------------

// Emscripten 3.1.6's GLFW passes the DOM wheel deltas unscaled and with the browser's sign; one
// notch is 100 pixels in Chromium. Dear ImGui wants +1 per notch up.
EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void*) {
  double unit = 1.0;
  if (e->deltaMode == DOM_DELTA_PIXEL) unit = 100.0;
  if (e->deltaMode == DOM_DELTA_LINE) unit = 3.0;
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheel -= static_cast<float>(e->deltaY / unit);
  io.MouseWheelH -= static_cast<float>(e->deltaX / unit);
  g_input = true;
  return EM_TRUE;  // No page scroll.
}

// Dear ImGui 1.86 polls key state once per frame, so a key pressed and released between two
// frames (a quick tap, a synthetic key press) would be missed: its release waits for a frame.
struct KeyEvent {
  int key, scancode, mods;
};
std::vector<int> g_unseen_presses;
std::vector<KeyEvent> g_deferred_releases;

void OnKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
  g_input = true;
  if (action == GLFW_RELEASE &&
      std::find(g_unseen_presses.begin(), g_unseen_presses.end(), key) != g_unseen_presses.end()) {
    g_deferred_releases.push_back({key, scancode, mods});
    return;
  }
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
  if (action == GLFW_PRESS) g_unseen_presses.push_back(key);
}

// After NewFrame(): every press so far has been seen; apply the releases that waited.
void FlushKeys(GLFWwindow* window) {
  g_unseen_presses.clear();
  for (const KeyEvent& e : g_deferred_releases)
    ImGui_ImplGlfw_KeyCallback(window, e.key, e.scancode, GLFW_RELEASE, e.mods);
  g_deferred_releases.clear();
}

void OnChar(GLFWwindow* window, unsigned int c) {
  g_input = true;
  ImGui_ImplGlfw_CharCallback(window, c);
}

const char* GetClipboard(void*) { return platform::GetClipboardText(); }

// Returns true when this animation frame should be drawn: always while the editor interacts or
// something changed, else one frame in kIdleEvery (a console left open costs little).
bool ShouldDraw(App& app) {
  const double t = glfwGetTime();
  double mx = 0, my = 0;
  glfwGetCursorPos(app.window, &mx, &my);
  bool active = g_input || mx != app.mouse_x || my != app.mouse_y || app.state.status().loading ||
                app.state.lists().generation != app.drawn_generation ||
                ImGui::GetIO().WantTextInput || ImGui::IsAnyItemActive();
  for (int b = 0; b < 3; ++b) active = active || glfwGetMouseButton(app.window, b) == GLFW_PRESS;
  g_input = false;
  app.mouse_x = mx;
  app.mouse_y = my;
  if (active) app.last_activity = t;
  if (t - app.last_activity < kIdleAfter) return true;
  return app.skipped++ % kIdleEvery == 0;
}
void SetClipboard(void*, const char* text) { platform::SetClipboardText(text); }

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

void Frame() {
  App& app = *g_app;
  const float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (app.resized || dpr != app.canvas_dpr) {
    FitCanvas(app, dpr);
    g_input = true;
  }
  // Until the font fetch settles (at most ~2 s), draw nothing rather than a flash of another font.
  const bool show = app.theme.font_settled() || ImGui::GetFrameCount() > 120;
  if (app.theme.Apply(dpr)) {
    ImGui_ImplOpenGL3_DestroyDeviceObjects();  // NewFrame makes them again, with the new atlas.
    g_input = true;
  }

  glfwPollEvents();
  app.state.Update();  // Recomputes the lists only when an input changed.
  if (!ShouldDraw(app)) return;
  app.drawn_generation = app.state.lists().generation;

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(app.canvas_w), static_cast<float>(app.canvas_h));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  ImGui::NewFrame();
  FlushKeys(app.window);
  if (show) DrawLayout(app.state, dpr);
  ImGui::Render();
  platform::SetCursor(ImGui::GetMouseCursor());

  glViewport(0, 0, app.canvas_w, app.canvas_h);
  glClearColor(0.086f, 0.094f, 0.114f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (show && !app.ready) {
    app.ready = true;
    platform::MarkReady();
  }
}

}  // namespace
}  // namespace nrc

//-----------------------------------------------------------------------------
// [SECTION] main()
//-----------------------------------------------------------------------------

int main() {
  using namespace nrc;
  static App app;
  g_app = &app;

  if (!glfwInit()) {
    std::fprintf(stderr, "[newsrail console] glfwInit failed\n");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  app.window = glfwCreateWindow(1280, 800, "newsrail console", nullptr, nullptr);
  if (!app.window) {
    std::fprintf(stderr, "[newsrail console] no WebGL2 context\n");
    return 1;
  }
  glfwMakeContextCurrent(app.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // Layout is computed, nothing to save.
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplGlfw_InitForOpenGL(app.window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  glfwSetScrollCallback(app.window, nullptr);  // OnWheel instead.
  glfwSetKeyCallback(app.window, OnKey);       // Calls the backend's, releases deferred.
  glfwSetCharCallback(app.window, OnChar);
  io.GetClipboardTextFn = GetClipboard;
  io.SetClipboardTextFn = SetClipboard;
  io.ClipboardUserData = nullptr;

  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, OnResize);
  emscripten_set_wheel_callback(kCanvas, nullptr, false, OnWheel);

  BindApi(&app.state, &app.theme);
  platform::Init();
  platform::FetchFont();
  // ?feed=<url> loads a feed; without it the console waits (the empty state says how to load one).
  const std::string feed = platform::QueryParam("feed");
  if (!feed.empty()) LoadUrl(app.state, feed);

  emscripten_set_main_loop(Frame, 0, true);
  return 0;
}
