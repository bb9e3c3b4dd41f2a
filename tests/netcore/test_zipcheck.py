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


def test_a_member_is_read_only_as_far_as_its_declared_size(tmp_path):
    from tests.netcore.test_project_hostile import lying_zip

    path = lying_zip(tmp_path / "l.zip", "big.txt", 200 << 20, {"small.txt": b"hello"})
    with zipfile.ZipFile(path) as zf:
        assert zipcheck.read_member(zf, "small.txt", 100) == b"hello"
        with pytest.raises(zipfile.BadZipFile, match="Bad CRC-32"):
            zipcheck.read_member(zf, "big.txt", 1 << 20)
        with pytest.raises(zipcheck.ZipBombError, match="big.txt declares 100 bytes"):
            zipcheck.read_member(zf, "big.txt", 10)
    with pytest.raises(zipfile.BadZipFile):
        zipcheck.copy_zip(path, tmp_path / "copy.zip")


def test_the_honest_copy_keeps_every_member(tmp_path):
    source = tmp_path / "s.zip"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a/config.json", '{"x": 1}')
        zf.writestr("b.bin", bytes(range(256)) * 100)
    zipcheck.copy_zip(source, tmp_path / "c.zip")
    with zipfile.ZipFile(source) as a, zipfile.ZipFile(tmp_path / "c.zip") as b:
        assert {n: a.read(n) for n in a.namelist()} == {n: b.read(n) for n in b.namelist()}
