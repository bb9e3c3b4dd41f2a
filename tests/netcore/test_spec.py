"""The network file format: reading, writing, versioning and refusing bad files clearly."""

import json

import pytest

from netcore.network import spec as specmod
from netcore.network.problems import SpecError
from netcore.network.spec import LayerSpec, NetworkSpec, load, loads, save
from netcore.resources import preset_paths
from tests.netcore.helpers import make_spec

LENET_TEXT = preset_paths()["lenet5"].read_text()


def test_round_trip_keeps_everything(tmp_path):
    spec = loads(LENET_TEXT)
    spec.layout = {"conv1": [10.0, 20.5]}
    spec.layers[-1].inputs = ["fc2"]
    path = tmp_path / "net.json"
    save(spec, path)
    again = load(path)
    assert again == spec
    assert json.loads(path.read_text())["format"] == "layerlab-network"


def test_kernel_size_int_and_pair_both_accepted():
    data = json.loads(LENET_TEXT)
    data["layers"][0]["kernel_size"] = [5, 5]
    from netcore.network.analysis import analyze

    a = analyze(NetworkSpec.from_dict(data))
    b = analyze(loads(LENET_TEXT))
    assert a.layers["conv1"].params == b.layers["conv1"].params
    assert a.total_params == b.total_params == 61706


def test_malformed_json_gives_line_and_column():
    text = '{\n  "format": "layerlab-network",\n  "version": 1\n  "layers": []\n}'
    with pytest.raises(SpecError) as exc:
        loads(text, "net.json")
    assert str(exc.value) == "net.json: malformed JSON at line 4, column 3: Expecting ',' delimiter"


def test_future_version_is_refused_saying_so():
    data = json.loads(LENET_TEXT)
    data["version"] = 7
    with pytest.raises(SpecError, match="written by a later LayerLab .*version 7.*reads version 1"):
        NetworkSpec.from_dict(data, "x.json")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([1, 2], "must hold a JSON object, not a list"),
        ({"format": "keras", "version": 1}, 'not a LayerLab network (format is "keras"'),
        ({"format": "layerlab-network", "version": "1"}, "version must be a whole number"),
        ({"format": "layerlab-network", "version": 1, "layers": {}}, "layers must be a list"),
    ],
)
def test_files_that_are_not_networks(data, expected):
    with pytest.raises(SpecError, match=expected.replace("(", r"\(")):
        NetworkSpec.from_dict(data, "f.json")


def test_all_structural_problems_are_listed_together():
    data = {
        "format": "layerlab-network",
        "version": 1,
        "colour": "red",
        "layers": [{"type": "Dense"}, 5, {"id": "x", "type": "Dense", "inputs": "a"}],
    }
    with pytest.raises(SpecError) as exc:
        NetworkSpec.from_dict(data, "f.json")
    lines = str(exc.value).splitlines()
    assert len(lines) == 4
    assert "f.json: unknown key 'colour'" in lines[0]
    assert "layers[0] needs an 'id'" in lines[1]
    assert "layers[1] must be an object, not a number" in lines[2]
    assert lines[3] == (
        "f.json: layer 'x', field 'inputs': must be a list of layer ids, not a string; "
        'e.g. ["a", "b"]'
    )


def test_a_type_or_an_input_of_the_wrong_kind_names_the_file_the_layer_and_the_field():
    data = {
        "format": "layerlab-network",
        "version": 1,
        "layers": [{"id": "x", "type": 5, "inputs": [None, "input"]}],
        "output": 3,
    }
    with pytest.raises(SpecError) as exc:
        NetworkSpec.from_dict(data, "f.json")
    assert str(exc.value).splitlines() == [
        "f.json: layer 'x', field 'type': needs a layer type such as \"Dense\", not a number",
        "f.json: layer 'x', field 'inputs': must be a list of layer ids, not a list holding "
        'null; e.g. ["a", "b"]',
        "f.json: field 'output': must be a layer id (a string), not a number",
    ]


def test_unreadable_files(tmp_path):
    with pytest.raises(SpecError, match="no such file"):
        load(tmp_path / "missing.json")
    with pytest.raises(SpecError, match="is a folder"):
        load(tmp_path)
    binary = tmp_path / "b.json"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(SpecError, match="not a text file"):
        load(binary)


def test_failed_save_leaves_the_old_file_untouched(tmp_path, monkeypatch):
    path = tmp_path / "net.json"
    path.write_text(LENET_TEXT)
    spec = loads(LENET_TEXT)
    spec.name = "changed"

    def broken(self):
        raise RuntimeError("disk full")

    monkeypatch.setattr(NetworkSpec, "to_json", broken)
    with pytest.raises(RuntimeError):
        save(spec, path)
    assert path.read_text() == LENET_TEXT
    assert list(tmp_path.iterdir()) == [path]  # no temp file left behind


def test_saved_file_is_one_layer_per_line(tmp_path):
    spec = loads(LENET_TEXT)
    text = spec.to_json()
    assert '    {"id": "conv1", "type": "Conv2D"' in text
    # the top keys, one a line (the recommended training settings on one), then the layers
    assert '  "training": {"optimizer": "adam",' in text
    assert text.count("\n") == len(spec.layers) + 10


def test_implicit_inputs_and_unique_ids():
    spec = NetworkSpec(
        input_shape=[2],
        layers=[
            LayerSpec("dense1", "Dense", {"units": 1}),
            LayerSpec("dense2", "Dense", {"units": 1}),
        ],
    )
    assert spec.inputs_of(0) == [specmod.INPUT_ID]
    assert spec.inputs_of(1) == ["dense1"]
    assert spec.unique_id("dense") == "dense3"
    assert spec.output_id() == "dense2"


def test_a_saved_network_always_opens_again(tmp_path):
    """A 300-character name (typed in the editor) was saved, and the file then refused to
    open ("name has 300 characters; at most 200"); names and descriptions past the limits
    are shortened when saved, visibly."""
    spec = make_spec([2], ("d", "Dense", {"units": 1}))
    spec.name, spec.description = "n" * 300, "d" * 30_000
    save(spec, tmp_path / "net.json")
    again = load(tmp_path / "net.json")
    assert again.name == "n" * 199 + "…" and len(again.description) == 20_000
    assert again.description.endswith("d…")
