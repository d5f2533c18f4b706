// What a Qt program says on stderr when it runs without a desktop session, which scripts and CI logs
// read: Qt's runtime-folder warning, named away, and the offscreen platform's size-hint notices,
// left out. Shared by strata, strata-cli and the GUI tests.
#pragma once

namespace strata::headless {

/// Names Qt's own fallback runtime folder (<tmp>/runtime-<uid>) when XDG_RUNTIME_DIR is unset, so that
/// Qt makes it without a warning. Before the application object.
void nameRuntimeFolder();
/// Leaves out "This plugin does not support ..." (the offscreen platform's windows take no size hints
/// and cannot be raised); every other message goes where it went.
void quietOffscreenNotices();

} // namespace strata::headless
