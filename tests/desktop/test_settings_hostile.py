"""A bad settings value, or a settings file that is no file at all, never stops the window:
the value is dropped and said in the status bar, the file is set aside, the window starts."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from desktop.project.files import settings

ROOT = Path(__file__).resolve().parents[2]


def start(qtbot, dialogs):
    """The window as `layerlab` starts it (language, window, recovery offer, first network)."""
    from desktop.shell.app import start_window

    window = start_window(dialogs=dialogs, probe_devices=False)
    qtbot.addWidget(window)
    return window


BAD_VALUES = [
    ("window/geometry", "hello"),
    ("window/geometry", 12),
    ("window/geometry", ["a", "b"]),
    ("workspaces/states/design", "not a layout"),
    ("workspaces/states/train", 3.5),
    ("workspaces/current", ["design"]),
    ("appearance/zoom", float("inf")),
    ("appearance/zoom", float("nan")),
    ("appearance/zoom", "9" * 5000),
    ("appearance/theme", 5),
    ("appearance/colourBlind", [1, 2]),
    ("ui/language", 12),
    ("ui/language", "x" * 100_000),
    ("recent", ["/" + "a" * 5000]),
    ("recent", ["/tmp/a\0b"]),
    ("recent", 5),
    ("recent", [None, 3, ["/x"]]),
    ("last_folder", "/" + "b" * 5000),
    ("last_folder", 7),
]


def _rounds():
    """The bad values in as few starts as can hold them (one value per key in each start):
    every window started costs time, and each key is still tried with each bad value."""
    rounds: list[dict] = []
    for key, value in BAD_VALUES:
        for r in rounds:
            if key not in r:
                r[key] = value
                break
        else:
            rounds.append({key: value})
    return rounds


@pytest.mark.parametrize("bad", _rounds(), ids=lambda r: ",".join(f"{k}" for k in r)[:60])
def test_bad_values_are_dropped_and_said_and_the_window_starts(qtbot, dialogs, bad):
    for key, value in bad.items():
        settings().setValue(key, value)
    window = start(qtbot, dialogs)
    window.show()
    said = window.statusBar().currentMessage()
    window.files.open_chosen()  # reads the last folder, said then
    said += window.statusBar().currentMessage()
    assert dialogs.errors == []
    assert window.files.recent() == []
    for key in bad:
        assert settings().value(key) in (None, [])  # dropped from the file
        assert repr(key) in said  # and said


def test_good_values_are_kept(qtbot, dialogs, tmp_path):
    kept = tmp_path / "kept.json"
    kept.write_text("{}")
    s = settings()
    s.setValue("recent", [str(kept), "/" + "a" * 5000])
    s.setValue("appearance/zoom", 2)
    s.setValue("appearance/theme", "dark")
    s.setValue("appearance/colourBlind", "true")
    window = start(qtbot, dialogs)
    assert window.files.recent() == [kept]
    assert window.appearance.zoom == 2 and window.appearance.theme == "dark"
    assert window.appearance.colour_blind
    assert "Settings not used: 'recent'" in window.statusBar().currentMessage()
    assert "'recent': 1 unusable" in window.statusBar().toolTip()  # and why


def test_a_geometry_saved_at_close_comes_back(qtbot, dialogs):
    first = start(qtbot, dialogs)
    first.resize(700, 500)
    first.save_window_state()  # as closing does
    assert isinstance(settings().value("window/geometry"), QByteArray)
    second = start(qtbot, dialogs)
    assert (second.width(), second.height()) == (700, 500)
    assert "reset" not in second.statusBar().currentMessage()


# ------------------------------------------------------------------ the file itself, in a process

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from desktop.shell.app import start_window
    from desktop.project.dialogs import Dialogs

    class Quiet(Dialogs):
        def ask(self, title, text):
            print("asked:", title, flush=True)
            return False
        def error(self, title, text):
            print("error:", title, text, flush=True)

    app = QApplication(sys.argv)
    window = start_window(dialogs=Quiet(), probe_devices=False)
    print("STATUS:", window.statusBar().currentMessage(), flush=True)
    window.close()
    from desktop.project.files import settings
    settings().setValue("ui/language", "fr")
    print("SAVED:", settings().value("ui/language"), flush=True)
    """
)


def run_app(config: Path, timeout: int = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LAYERLAB_CONFIG_DIR": str(config)}
    return subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _symlink_to_dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _huge(path: Path) -> None:
    with open(path, "w") as fh:
        fh.write('{"format": "layerlab-settings", "values": {"x": "')
        fh.write("a" * 20_000_000)
        fh.write('"}}')


def _deep(path: Path) -> None:
    path.write_text("[" * 200_000 + "]" * 200_000)


def _folder(path: Path) -> None:
    path.mkdir()


def _text(content: bytes):
    return lambda path: path.write_bytes(content)


HOSTILE_FILES = {
    "symlink-to-dev-zero": (_symlink_to_dev_zero, "is a device"),
    "fifo": (_fifo, "is a pipe (FIFO)"),
    "huge": (_huge, "bytes; a settings file may be at most 1,000,000 bytes"),
    "deeply-nested": (_deep, "nested too deeply"),
    "folder": (_folder, "is a folder"),
    "not-json": (_text(b"{window/geometry = hello"), "not JSON"),
    "not-utf8": (_text(b"\xff\xfe\x00{}"), "not UTF-8"),
    "a-list": (_text(b"[1, 2, 3]"), "not a LayerLab settings file"),
    "values-a-list": (
        _text(b'{"format": "layerlab-settings", "values": []}'),
        "not a LayerLab settings file",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", list(HOSTILE_FILES))
def test_a_settings_file_that_cannot_be_read_is_set_aside(tmp_path, kind):
    from desktop.settings_store import settings_path

    config = tmp_path / "config"
    config.mkdir()
    make, reason = HOSTILE_FILES[kind]
    path = config / settings_path().name
    make(path)
    result = run_app(config)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert "error:" not in result.stdout and "asked:" not in result.stdout
    status = result.stdout.split("STATUS:")[1].split("\n")[0]
    assert "could not be read" in status and reason in status, status
    assert "was kept as layerlab-settings-unreadable-" in status
    kept = list(config.glob("layerlab-settings-unreadable-*"))
    assert len(kept) == 1  # renamed, not deleted
    assert "SAVED: fr" in result.stdout  # and a new file is written in its place
    assert path.is_file() and not path.is_symlink()


LEGACY_DEEP_VARIANT = (
    "[General]\nrecent=/one, /two\n[ui]\nlanguage=it\njunk=@Variant("
    + "\\0\\0\\0\\t\\0\\0\\0\\x1" * 100_000
    + "\\0\\0\\0\\t\\0\\0\\0\\0)\n"
)


@pytest.mark.slow
def test_an_earlier_versions_ini_file_is_read_as_text_never_decoded(tmp_path):
    """Qt decodes every @Variant of an INI file while parsing it: 100,000 nested lists
    overflowed the stack (a segmentation fault at every start). Only plain values are taken."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "layerlab.ini").write_text(LEGACY_DEEP_VARIANT)
    result = run_app(config)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "SAVED: fr" in result.stdout


def test_an_earlier_versions_plain_values_carry_over(qtbot, dialogs, tmp_path):
    from netcore.fileio import config_dir

    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "layerlab.ini").write_text(
        "[General]\nlast_folder=/tmp\n[appearance]\nzoom=2\ntheme=dark\n[ui]\nlanguage=en\n"
    )
    window = start(qtbot, dialogs)
    assert window.appearance.zoom == 2 and window.appearance.theme == "dark"
    assert window.language_choice == "en"
