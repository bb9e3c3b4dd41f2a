"""Zip bombs in .keras models and .layerlab projects are refused from their sizes, before
anything is unpacked, by ``layerlab predict``, ``layerlab project`` and File → Open alike."""

import resource
import zipfile

import pytest

from netcore import zipcheck
from netcore.cli.main import main
from netcore.models.kerasfile import ModelError, load_keras_model
from netcore.network.problems import SpecError
from netcore.project.fileformat import load_project


def bomb(path, name="config.json", megabytes=40):
    """A small zip whose one member expands to ``megabytes`` of spaces."""
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf,
        zf.open(name, "w", force_zip64=True) as fh,
    ):
        for _ in range(megabytes):
            fh.write(b" " * (1 << 20))
    return path


def test_a_highly_compressed_member_is_refused_with_its_sizes(tmp_path):
    path = bomb(tmp_path / "m.keras")
    assert path.stat().st_size < 200_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ModelError, match=r"config.json is compressed [\d,]+ times"):
        load_keras_model(path)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 30_000  # KB


def test_too_much_in_all_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(zipcheck, "MAX_UNPACKED", 10 << 20)
    monkeypatch.setattr(zipcheck, "MAX_RATIO", 10**9)
    path = bomb(tmp_path / "p.layerlab", "project.json", megabytes=12)
    with pytest.raises(SpecError, match="would unpack to 12,582,912 bytes"):
        load_project(path)


def test_the_cli_says_so_and_exits_2(tmp_path, capsys):
    model = bomb(tmp_path / "m.keras")
    image = tmp_path / "d.png"
    from PIL import Image

    Image.new("L", (28, 28)).save(image)
    assert main(["predict", str(model), str(image)]) == 2
    err = capsys.readouterr().err
    assert "refused as a zip bomb" in err and "Traceback" not in err
    assert main(["project", str(bomb(tmp_path / "p.layerlab", "project.json"))]) == 2
    assert "refused as a zip bomb" in capsys.readouterr().err


@pytest.mark.parametrize("content", [b"", b"just text", b"PK\x03\x04truncated"])
def test_empty_text_and_truncated_models_are_damaged_not_missing(tmp_path, content):
    path = tmp_path / "m.keras"
    path.write_bytes(content)
    with pytest.raises(ModelError, match="damaged or not a .keras model"):
        load_keras_model(path)
