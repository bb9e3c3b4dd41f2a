"""The app always starts: a damaged recovery file is set aside (renamed, never deleted) with a
message, and an uncreatable or unwritable settings folder does not stop it."""

import zipfile

import pytest

from desktop.project.files import recovery_path
from desktop.shell.mainwindow import MainWindow
from netcore.network.spec import load
from netcore.project.fileformat import save_project
from netcore.project.model import Project
from netcore.resources import preset_paths


def write_recovery(project_json=None, info=None, raw: bytes | None = None):
    path = recovery_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if raw is not None:
        path.write_bytes(raw)
    elif project_json is None:
        save_project(path, Project(load(preset_paths()["xor-mlp"])))
    else:
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("project.json", project_json)
    if info is not None:
        path.with_suffix(".json").write_text(info)
    return path


def launch(qtbot, dialogs):
    window = MainWindow(dialogs=dialogs, probe_devices=False)
    qtbot.addWidget(window)
    recovered = window.files.offer_recovery()
    return window, recovered


DEEP = (
    '{"format": "layerlab-project", "version": 2, "network": ' + "[" * 100_000 + "]" * 100_000 + "}"
)


@pytest.mark.parametrize(
    "project_json, raw",
    [
        ("[]", None),
        ('{"format": "layerlab-project", "version": 99}', None),
        (DEEP, None),
        (None, b"PK\x03\x04 damaged"),
        ('{"format": "layerlab-project", "version": 2, "network": 5}', None),
    ],
    ids=["list", "newer", "deeply-nested", "damaged-zip", "network-number"],
)
def test_a_damaged_recovery_file_is_set_aside_and_the_app_starts(qtbot, dialogs, project_json, raw):
    path = write_recovery(project_json, raw=raw)
    window, recovered = launch(qtbot, dialogs)
    assert not recovered
    (title, text) = dialogs.errors[-1]
    assert title == "Cannot recover" and "was kept as recovery-unreadable-" in text
    kept = list(path.parent.glob("recovery-unreadable-*.layerlab"))
    assert len(kept) == 1 and not path.exists()
    # the next launch does not ask again
    dialogs.asked.clear()
    second, recovered = launch(qtbot, dialogs)
    assert not recovered and "Recover unsaved work?" not in dialogs.asked


@pytest.mark.parametrize(
    "info", ["[]", '{"saved_at": "yesterday"}', '{"saved_at": 1e20}', '{"original": 5}', "{"]
)
def test_odd_recovery_notes_still_recover_the_work(qtbot, dialogs, info):
    write_recovery(info=info)
    window, recovered = launch(qtbot, dialogs)
    assert recovered and window.document.spec.name == "XOR MLP (2-2-1)"
    assert window.document.path is None


def test_an_uncreatable_settings_folder_does_not_stop_the_app(
    qtbot, dialogs, tmp_path, monkeypatch
):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("LAYERLAB_CONFIG_DIR", str(blocker / "config"))
    window, recovered = launch(qtbot, dialogs)
    assert not recovered
    window.files.new_from_template("xor-mlp")
    window.document.edit("rename", lambda spec: setattr(spec, "name", "changed"))
    assert window.files.write_recovery() is False  # cannot be written: said by False, no crash
    dialogs.save_answer = "discard"
    window.close()
