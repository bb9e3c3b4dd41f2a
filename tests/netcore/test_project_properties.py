"""Generated projects — valid ones, mutated — either open or fail with LayerLab's own error
(``SpecError``, naming the file), never another exception, within the deadline and a memory
bound."""

from __future__ import annotations

import io
import json
import resource
import tempfile
import zipfile
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from netcore.network.problems import SpecError
from netcore.project.fileformat import load_project, save_project
from netcore.project.model import Project, WeightSource
from netcore.resources import preset_paths
from netcore.training.config import TrainConfig
from netcore.training.history import RunRecord
from tests.netcore.test_project_hostile import npy_header

FOLDER = Path(tempfile.mkdtemp(prefix="layerlab-project-properties-"))


def valid_members() -> dict[str, bytes]:
    from netcore.network.spec import load

    project = Project(
        spec=load(preset_paths()["xor-mlp"]),
        training=TrainConfig(epochs=2),
        weights={
            "hidden": [np.ones((2, 2), np.float32), np.zeros(2, np.float32)],
            "out": [np.ones((2, 1), np.float32), np.zeros(1, np.float32)],
        },
        weight_source=WeightSource.HAND_SET,
        runs=[
            RunRecord(
                epochs=[{"loss": 0.5}],
                test={"accuracy": 0.75},
                class_names=["no", "yes"],
                confusion=[[1, 0], [0, 1]],
                test_labels=np.array([0, 1]),
                test_probabilities=np.array([[0.2], [0.9]], np.float32),
            )
        ],
    )
    path = save_project(FOLDER / "valid.layerlab", project)
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


VALID = valid_members()
META = json.loads(VALID["project.json"])

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=True)
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value, prefix=()):
    """Every place in a JSON value (key paths), to mutate one of them."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


PLACES = [p for p in _paths(META) if p]


def _set(value, place, new):
    value = json.loads(json.dumps(value))
    target = value
    for step in place[:-1]:
        target = target[step]
    target[place[-1]] = new
    return value


@st.composite
def npy_members(draw):
    """An ``.npy`` whose header declares a random shape and dtype, followed by random bytes."""
    shape = tuple(draw(st.lists(st.integers(0, 10**7), max_size=4)))
    descr = draw(st.sampled_from(["<f4", "<f8", "|u1", "<i8", "|O", "<c8", "|b1", "V8", ">f4"]))
    tail = draw(st.binary(max_size=64))
    return npy_header(shape, descr) + tail


@st.composite
def projects(draw) -> bytes:
    members = dict(VALID)
    kind = draw(st.sampled_from(["field", "member", "npy", "truncate", "lie", "bytes"]))
    if kind == "field":
        place = draw(st.sampled_from(PLACES))
        members["project.json"] = json.dumps(_set(META, place, draw(json_values))).encode()
    elif kind == "member":
        name = draw(st.sampled_from(sorted(VALID)))
        members[name] = draw(st.binary(max_size=200))
    elif kind == "npy":
        name = draw(st.sampled_from(["weights.npz", "predictions.npz", "starts.npz"]))
        key = draw(st.sampled_from(["hidden/0.npy", "labels.npy", "1/out/0.npy", "x.npy"]))
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w") as zf:
            zf.writestr(key, draw(npy_members()))
        members[name] = inner.getvalue()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    data = bytearray(buffer.getvalue())
    if kind == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif kind == "lie":  # a member's declared size in the central directory, changed
        at = data.rfind(b"PK\x01\x02")
        data[at + 24 : at + 28] = draw(st.integers(0, 2**32 - 1)).to_bytes(4, "little")
    elif kind == "bytes" and data:
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@given(projects())
def test_a_generated_project_opens_or_is_refused_with_a_message(data):
    path = FOLDER / "generated.layerlab"
    path.write_bytes(data)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        project = load_project(path)
    except SpecError as exc:
        assert str(path) in str(exc) or path.name in str(exc), str(exc)
    else:
        assert project.spec is not None
        project.contents()  # what `layerlab project` prints reads every part
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown < 200_000, f"{grown:,} KB for one project of {len(data):,} bytes"
