"""Projects handed over by someone else cannot hurt the machine: declared sizes are checked before
anything is allocated, sizes that lie cost nothing, and every refusal is a ``SpecError`` naming
the file and the member — for ``load_project``, ``layerlab project`` and the window alike."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import numpy as np
import pytest

from netcore.cli.main import main
from netcore.network.problems import SpecError
from netcore.network.spec import load
from netcore.project.fileformat import MAX_RUNS, load_project, save_project
from netcore.project.model import Project
from netcore.resources import preset_paths


def base_meta(tmp_path) -> dict:
    path = save_project(tmp_path / "base.layerlab", Project(spec=load(preset_paths()["xor-mlp"])))
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("project.json"))


def write_project(path: Path, meta: dict, members: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.json", json.dumps(meta))
        for name, data in (members or {}).items():
            zf.writestr(name, data, compress_type=zipfile.ZIP_STORED)
    return path


def npy_header(shape: tuple[int, ...], descr: str = "<f4") -> bytes:
    """An ``.npy`` header declaring ``shape`` (what follows it is up to the caller)."""
    text = f"{{'descr': '{descr}', 'fortran_order': False, 'shape': {tuple(shape)!r}, }}"
    text += " " * (63 - (len(text) + 10) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text.encode()


def npz_of(members: dict[str, bytes], compression=zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def npz_bomb(member: str, megabytes: int) -> bytes:
    """An ``.npz`` whose one ``.npy`` member is ``megabytes`` MB of zeros, compressed ~1000×."""
    inner = io.BytesIO()
    with (
        zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf,
        zf.open(member, "w", force_zip64=True) as fh,
    ):
        fh.write(npy_header((megabytes << 20,), "|u1"))
        for _ in range(megabytes):
            fh.write(bytes(1 << 20))
    return inner.getvalue()


def lying_zip(path: Path, name: str, real_bytes: int, others: dict[str, bytes]) -> Path:
    """A zip whose member ``name`` is declared as 100 bytes but whose data expands to
    ``real_bytes`` (the central directory says small, the data says large)."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = b" " * (1 << 20)
    data = b"".join(squeeze.compress(block) for _ in range(real_bytes >> 20)) + squeeze.flush()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for other, content in others.items():
            zf.writestr(other, content)
        zf.writestr(name, b"x" * 100)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    name_len, extra_len = struct.unpack(
        "<HH", raw[info.header_offset + 26 : info.header_offset + 30]
    )
    start = info.header_offset + 30 + name_len + extra_len
    new = raw[:start] + data + raw[start + info.compress_size :]
    grown = len(data) - info.compress_size
    struct.pack_into("<I", new, info.header_offset + 18, len(data))
    end = new.rfind(b"PK\x05\x06")
    directory = struct.unpack("<I", new[end + 16 : end + 20])[0] + grown
    struct.pack_into("<I", new, end + 16, directory)
    at = directory
    while new[at : at + 4] == b"PK\x01\x02":
        n, e, c = struct.unpack("<HHH", new[at + 28 : at + 34])
        if bytes(new[at + 46 : at + 46 + n]).decode() == name:
            struct.pack_into("<I", new, at + 20, len(data))  # compressed size: the truth
        at += 46 + n + e + c
    path.write_bytes(bytes(new))
    return path


def load_in_child(path: Path) -> tuple[int, str]:
    """(peak memory in MB, the error) of ``load_project(path)`` in a fresh process: the peak of
    this process is a high-water mark that earlier tests may already have raised (and
    ``ru_maxrss`` survives the exec, so the child reads its own VmHWM)."""
    code = (
        "import sys\n"
        "from netcore.network.problems import SpecError\n"
        "from netcore.project.fileformat import load_project\n"
        "try:\n"
        "    load_project(sys.argv[1]); message = 'opened'\n"
        "except SpecError as exc:\n"
        "    message = str(exc)\n"
        "status = open('/proc/self/status').read().split('VmHWM:')[1].split()[0]\n"
        "print(int(status) // 1024)\n"
        "print(message)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    peak, message = done.stdout.split("\n", 1)
    return int(peak), message


# -- sizes declared before anything is allocated --------------------------------------------


def test_an_npy_header_claiming_a_trillion_numbers_is_refused_with_its_figure(tmp_path):
    weights = npz_of({"hidden/0.npy": npy_header((10**6, 10**6)) + bytes(64)})
    path = write_project(tmp_path / "huge.layerlab", base_meta(tmp_path), {"weights.npz": weights})
    with pytest.raises(SpecError) as info:
        load_project(path)
    text = str(info.value)
    assert str(path) in text and "weights.npz: hidden/0" in text
    assert "1000000×1000000" in text and "1,000,000,000,000 numbers" in text


def test_an_npy_header_that_promises_more_than_follows_is_damaged(tmp_path):
    weights = npz_of({"hidden/0.npy": npy_header((2, 2)) + bytes(4)})
    path = write_project(tmp_path / "short.layerlab", base_meta(tmp_path), {"weights.npz": weights})
    with pytest.raises(SpecError, match=r"hidden/0: the header declares 2×2 float32 \(16 bytes\)"):
        load_project(path)


def test_a_nested_npz_bomb_is_refused_before_it_expands(tmp_path):
    path = write_project(
        tmp_path / "nested.layerlab",
        base_meta(tmp_path),
        {"weights.npz": npz_bomb("hidden/0.npy", 600)},
    )
    peak, message = load_in_child(path)
    assert peak < 250  # MB: nothing near the 600 MB it would expand to
    assert "weights.npz" in message and str(path) in message


def test_a_member_whose_data_outgrows_its_declared_size_costs_nothing(tmp_path):
    path = lying_zip(
        tmp_path / "lying.layerlab",
        "history.json",
        300 << 20,
        {"project.json": json.dumps(base_meta(tmp_path) | {"version": 1}).encode()},
    )
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("history.json").file_size == 100  # the directory says small
    peak, message = load_in_child(path)
    assert peak < 250  # MB; zipfile.read took the whole 300 MB here
    assert "damaged project file" in message and str(path) in message


def test_a_million_empty_runs_are_refused_at_once(tmp_path):
    meta = base_meta(tmp_path) | {"runs": [{}] * 10**6}
    path = write_project(tmp_path / "runs.layerlab", meta)
    assert path.stat().st_size < 20_000
    with pytest.raises(SpecError, match=f"1,000,000 runs; a project keeps at most {MAX_RUNS:,}"):
        load_project(path)


def test_runs_of_a_million_epochs_are_refused(tmp_path):
    meta = base_meta(tmp_path) | {"runs": [{"epochs": [{"loss": 1.0}] * 1_000_001}]}
    path = write_project(tmp_path / "epochs.layerlab", meta)
    with pytest.raises(SpecError, match="1,000,001 epochs in all"):
        load_project(path)


# -- special files ---------------------------------------------------------------------------


def test_a_link_to_dev_zero_or_a_fifo_is_refused_not_read(tmp_path):
    zero = tmp_path / "zero.layerlab"
    zero.symlink_to("/dev/zero")
    with pytest.raises(SpecError, match="zero.layerlab: is a device"):
        load_project(zero)
    fifo = tmp_path / "fifo.layerlab"
    os.mkfifo(fifo)
    with pytest.raises(SpecError, match=r"fifo.layerlab: is a pipe \(FIFO\)"):
        load_project(fifo)


# -- wrong types in project.json -------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"network": {"layers": "many"}},
        {"network": []},
        {"runs": [{"epochs": [{"loss": [1]}]}]},
        {"weights": [1]},
        {"weights": {"note": 5}},
        {"dataset": {"path": 5}},
        {"dataset": {"name": ["circles"]}},
        {"training": {"epochs": [1]}},
        {"training": {"batch_size": {"a": 1}}},
    ],
)
def test_fields_of_the_wrong_type_are_the_projects_own_error(tmp_path, change):
    path = write_project(tmp_path / "typed.layerlab", base_meta(tmp_path) | change)
    with pytest.raises(SpecError) as info:
        load_project(path)
    assert str(path) in str(info.value)


# -- the command line ------------------------------------------------------------------------


def hostile_projects(tmp_path) -> list[Path]:
    meta = base_meta(tmp_path)
    weights = npz_of({"hidden/0.npy": npy_header((10**6, 10**6)) + bytes(64)})
    zero = tmp_path / "zero.layerlab"
    zero.symlink_to("/dev/zero")
    fifo = tmp_path / "fifo.layerlab"
    os.mkfifo(fifo)
    return [
        write_project(tmp_path / "huge.layerlab", meta, {"weights.npz": weights}),
        write_project(tmp_path / "runs.layerlab", meta | {"runs": [{}] * (MAX_RUNS + 1)}),
        write_project(tmp_path / "typed.layerlab", meta | {"network": []}),
        lying_zip(tmp_path / "lying.layerlab", "history.json", 8 << 20, {"project.json": b"{}"}),
        zero,
        fifo,
    ]


def test_layerlab_project_exits_2_on_every_hostile_project(tmp_path, capsys):
    for path in hostile_projects(tmp_path):
        for extra in ([], ["--json"]):
            assert main(["project", str(path), *extra]) == 2, path
            err = capsys.readouterr().err
            assert path.name in err and "Traceback" not in err and "internal error" not in err


def test_the_old_projects_still_open():
    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "projects-v1"
    for path in sorted(fixtures.glob("*.layerlab")):
        project = load_project(path)
        assert project.spec.layers, path


def test_arrays_read_from_a_project_are_writable(tmp_path):
    project = Project(
        spec=load(preset_paths()["xor-mlp"]),
        weights={
            "hidden": [np.ones((2, 2), np.float32), np.zeros(2, np.float32)],
            "out": [np.ones((2, 1), np.float32), np.zeros(1, np.float32)],
        },
    )
    again = load_project(save_project(tmp_path / "w.layerlab", project))
    kernel = again.weights["hidden"][0]
    kernel[0, 0] = 5.0  # Weights by hand edits them in place
    assert kernel.tolist() == [[5.0, 1.0], [1.0, 1.0]]
