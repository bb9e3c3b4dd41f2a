"""Before the window opens on Linux: are the system libraries Qt's X11 (xcb) platform plugin
needs there? Without them Qt aborts with a bare "could not load the Qt platform plugin"; the
launcher says instead which packages to install."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable

# shared library → the Debian/Ubuntu package that has it
XCB_LIBRARIES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
}


def uses_xcb(environ=None, platform: str | None = None) -> bool:
    """Whether Qt will use its X11 plugin: Linux, and no other platform chosen or implied."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_libraries(load: Callable[[str], object] | None = None) -> list[tuple[str, str]]:
    """(library, package) for each library of ``XCB_LIBRARIES`` that cannot be loaded."""
    load = load or ctypes.CDLL
    missing = []
    for library, package in XCB_LIBRARIES.items():
        try:
            load(library)
        except OSError:
            missing.append((library, package))
    return missing


def window_problem(environ=None, load: Callable[[str], object] | None = None) -> str | None:
    """Why the window cannot open here, with what to do; None when it can (as far as we know)."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ):
        return None
    if not environ.get("DISPLAY"):
        return (
            "no display to open the window on (DISPLAY is not set). Run LayerLab on a desktop, "
            "or use the command line: layerlab --help"
        )
    missing = missing_libraries(load)
    if not missing:
        return None
    names = ", ".join(library for library, _ in missing)
    packages = " ".join(package for _, package in missing)
    return (
        f"the window needs system libraries that are not installed: {names}.\n"
        f"On Debian or Ubuntu install them with:\n  sudo apt-get install {packages}"
    )
