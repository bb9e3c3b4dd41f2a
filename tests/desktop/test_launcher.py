"""The launcher says what to install when Qt's X11 plugin cannot load, instead of Qt's abort."""

from desktop import launcher
from desktop.shell.platform_check import XCB_LIBRARIES, uses_xcb, window_problem


def fake_loader(missing):
    def load(name):
        if name in missing:
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    return load


def test_missing_xcb_libraries_are_named_with_the_apt_line():
    env = {"DISPLAY": ":0"}
    problem = window_problem(env, fake_loader({"libxcb-cursor.so.0", "libxcb-icccm.so.4"}))
    assert "libxcb-icccm.so.4, libxcb-cursor.so.0" in problem
    assert "sudo apt-get install libxcb-icccm4 libxcb-cursor0" in problem
    assert window_problem(env, fake_loader(set())) is None


def test_only_the_x11_platform_is_checked():
    assert uses_xcb({}, "linux") and uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not uses_xcb({}, "darwin") and not uses_xcb({}, "win32")
    assert "DISPLAY is not set" in window_problem({}, fake_loader(set(XCB_LIBRARIES)))


def test_the_launcher_prints_it_and_exits_1_without_starting_qt(monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr("desktop.shell.platform_check.ctypes.CDLL", fake_loader({"libEGL.so.1"}))
    monkeypatch.setattr("desktop.shell.app.run", lambda: 0 / 0)  # the window must not be tried
    assert launcher.main([]) == 1
    err = capsys.readouterr().err
    assert "libEGL.so.1" in err and "apt-get install libegl1" in err and "Traceback" not in err
