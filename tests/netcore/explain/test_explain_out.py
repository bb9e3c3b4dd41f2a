"""``layerlab explain … --out PATH``: the heat map goes where the user points, and never
replaces what is there by surprise — through a symlink it writes the link's target and the link
stays a link; a folder or a device is refused (exit 2, a message naming it) before any work."""

import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from netcore.cli.main import main

pytestmark = pytest.mark.slow


@pytest.fixture
def seven(tmp_path) -> Path:
    image = Image.new("L", (200, 200), 0)
    ImageDraw.Draw(image).line([(50, 40), (150, 40), (90, 170)], fill=255, width=14)
    path = tmp_path / "seven.png"
    image.save(path)
    return path


def explain(seven, out) -> int:
    return main(["explain", "--bundled", str(seven), "--method", "saliency", "--out", str(out)])


def test_out_through_a_symlink_writes_its_target_and_keeps_the_link(tmp_path, seven, capsys):
    target = tmp_path / "maps" / "heat.png"
    target.parent.mkdir()
    target.write_bytes(b"an older picture")
    link = tmp_path / "latest.png"
    link.symlink_to(target)
    assert explain(seven, link) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    with Image.open(target) as picture:
        assert picture.format == "PNG" and picture.size == (280, 280)
    assert f"heat map written to {link}" in capsys.readouterr().out
    # a dangling link: the target is created, the link kept
    target.unlink()
    assert explain(seven, link) == 0
    assert link.is_symlink() and target.is_file()


def test_out_onto_a_folder_is_refused_before_any_work(tmp_path, seven, capsys):
    folder = tmp_path / "maps"
    folder.mkdir()
    assert explain(seven, folder) == 2
    captured = capsys.readouterr()
    assert f"{folder}: is a folder; choose a file name to save to" in captured.err
    assert "None" not in captured.err and "Traceback" not in captured.err
    assert captured.out == "" and list(folder.iterdir()) == []
    # and through a link to the folder
    link = tmp_path / "maps-link.png"
    link.symlink_to(folder)
    assert explain(seven, link) == 2
    assert "is a folder; choose a file name" in capsys.readouterr().err
    assert link.is_symlink()


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs a device file")
def test_out_onto_a_device_is_refused(tmp_path, seven, capsys):
    link = tmp_path / "null.png"
    link.symlink_to("/dev/null")
    for out in ("/dev/null", link):
        assert explain(seven, out) == 2
        err = capsys.readouterr().err
        assert f"{out}: is a device; choose a file name to save to" in err
    assert link.is_symlink()


def test_out_under_a_file_names_the_reason(tmp_path, seven, capsys):
    """A path through an ordinary file ("notes.txt/heat.png") cannot be created."""
    (tmp_path / "notes.txt").write_text("mine")
    out = tmp_path / "notes.txt" / "heat.png"
    assert explain(seven, out) == 2
    err = capsys.readouterr().err
    assert f"cannot write {out}: " in err and "None" not in err
    assert (tmp_path / "notes.txt").read_text() == "mine"
