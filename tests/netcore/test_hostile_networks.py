"""Hostile network files: huge, deep, long or padded ones end in a message (exit 2), fast."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from netcore.cli.main import main
from netcore.network.analysis import analyze
from netcore.network.problems import SpecError
from netcore.network.spec import NetworkSpec, load, loads

HEAD = '{"format": "layerlab-network", "version": 1, "input_shape": [2], '


def network(**extra):
    data = {"format": "layerlab-network", "version": 1, "input_shape": [2], "layers": []}
    data.update(extra)
    return json.dumps(data)


def test_ten_thousand_layers_with_dangling_inputs_are_all_reported():
    """Hardening: 10,000 layers with unknown inputs took 281 s (a suggestion search per id):
    every one is still reported, and only the first few get a suggestion."""
    layers = [
        {"id": f"layer_{i}", "type": "Dense", "units": 4, "inputs": [f"missing_{i}"]}
        for i in range(10_000)
    ]
    spec = NetworkSpec.from_dict(json.loads(network(layers=layers)))
    analysis = analyze(spec)  # the time is measured by bench/hostile_files.py
    assert len(analysis.errors) >= 10_000
    assert "unknown input 'missing_0'" in str(analysis.errors[0])


@pytest.mark.parametrize(
    "text, message",
    [
        (HEAD + '"layers": ' + "[" * 50_000 + "]" * 50_000 + "}", "nested too deeply"),
        (HEAD + '"layers": [], "name": ' + "9" * 5000 + "}", "a whole number of 5,000 digits"),
        (network(name="x" * 10_000_000), "name has 10,000,000 characters; at most 200"),
        (network(layers=[{"id": "d"}]), "net.json: layer 'd', field 'type': needs a layer"),
        (network(layers=[{"id": "x" * 500, "type": "Dense"}]), "longer than 100 characters"),
    ],
    ids=["deep", "huge-int", "long-name", "no-type", "long-id"],
)
def test_hostile_files_end_in_a_message(tmp_path, capsys, text, message):
    path = tmp_path / "net.json"
    path.write_text(text)
    with pytest.raises(SpecError, match=message):
        load(path)
    assert main(["summary", str(path)]) == 2
    err = capsys.readouterr().err
    assert message.split(":")[-1].strip()[:20] in err and "Traceback" not in err


def test_a_byte_order_mark_is_fine_and_stale_layout_entries_are_dropped(tmp_path):
    path = tmp_path / "net.json"
    text = network(
        layers=[{"id": "d", "type": "Dense", "units": 1}],
        layout={"d": [0, 0], "gone": [1, 1], **{f"pad{i}": [0, 0] for i in range(1000)}},
    )
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    spec = load(path)
    assert set(spec.layout) == {"d"}


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "net.json"
    with open(path, "wb") as fh:
        fh.truncate(40 << 20)
    with pytest.raises(
        SpecError, match="net.json: 41,943,040 bytes; a network file may be at most"
    ):
        load(path)
    assert "more than" not in str(loads(network()).name)


def _load_in_child(path) -> subprocess.CompletedProcess:
    """``load`` in a child limited to 2 GB and 60 s: before the fix these read forever."""
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
        "from netcore.network.problems import SpecError\n"
        "from netcore.network.spec import load\n"
        "try:\n"
        "    load(sys.argv[1])\n"
        "except SpecError as exc:\n"
        "    print('SpecError:', exc)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parents[2],
    )


@pytest.mark.parametrize("kind", ["dev-zero", "fifo"])
def test_a_link_to_a_device_or_a_pipe_is_refused_at_once_with_its_name(tmp_path, kind):
    """A network file that is a symlink to /dev/zero (its size says 0 bytes) was read until
    memory ran out; a FIFO hung the reader."""
    path = tmp_path / "net.json"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    done = _load_in_child(path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith(f"SpecError: {path}: is a ")
    assert "not a file" in done.stdout


@pytest.mark.parametrize(
    "value, found",
    [
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("-Infinity", "-Infinity"),
        ("1e400", "1e400"),
        ("9" * 5000, "a whole number of 5,000 digits"),
    ],
)
def test_numbers_json_cannot_hold_name_the_layer_and_the_field(tmp_path, value, found):
    path = tmp_path / "net.json"
    layer = '{"id": "drop", "type": "Dropout", "rate": ' + value + "}"
    path.write_text(HEAD + '"layers": [' + layer + "]}")
    with pytest.raises(SpecError) as caught:
        load(path)
    assert str(caught.value) == (
        f"{path}: layer 'drop', field 'rate': {found} is not a number a network file can "
        "hold; write an ordinary number, such as 0.5 or 128"
    )


def test_numbers_outside_layers_are_named_by_their_place(tmp_path):
    path = tmp_path / "net.json"
    path.write_text(HEAD.replace("[2]", "[NaN, 2]") + '"layers": [], "layout": {"a": [1, 1e999]}}')
    with pytest.raises(SpecError) as caught:
        load(path)
    assert str(caught.value).splitlines() == [
        f"{path}: field 'input_shape[0]': NaN is not a number a network file can hold; "
        "write an ordinary number, such as 0.5 or 128",
        f"{path}: field 'layout.a[1]': 1e999 is not a number a network file can hold; "
        "write an ordinary number, such as 0.5 or 128",
    ]


def test_text_that_is_not_unicode_is_refused_naming_the_layer_and_the_field(tmp_path):
    """A lone surrogate (JSON '\\ud800') loaded, then every save failed with a
    UnicodeEncodeError."""
    path = tmp_path / "net.json"
    layer = '{"id": "d", "type": "Dense", "units": 1, "activation": "relu\\udc00"}'
    path.write_text(HEAD + '"name": "a\\ud800b", "layers": [' + layer + "]}")
    with pytest.raises(SpecError) as caught:
        load(path)
    assert str(caught.value).splitlines() == [
        f"{path}: field 'name': 'a\\ud800b' holds half of a character (a lone surrogate); "
        "write it again in plain text",
        f"{path}: layer 'd', field 'activation': 'relu\\udc00' holds half of a character "
        "(a lone surrogate); write it again in plain text",
    ]


def test_a_rename_the_file_could_not_hold_is_refused_and_a_good_one_reopens(tmp_path):
    """An id of 500 characters was accepted by a rename, saved, and the file then refused
    to open ("longer than 100 characters")."""
    from netcore.network.editing import EditError, rename_layer
    from netcore.network.spec import save

    spec = loads(network(layers=[{"id": "d", "type": "Dense", "units": 1}]))
    with pytest.raises(EditError, match="the id has 500 characters; at most 100"):
        rename_layer(spec, "d", "x" * 500)
    with pytest.raises(EditError) as caught:
        rename_layer(spec, "d", "a b")
    assert str(caught.value) == (
        "id 'a b' has characters Keras does not accept in layer names; use only letters A–Z "
        "and a–z, digits, '_', '-' and '.'"
    )
    rename_layer(spec, "d", "-d.1")
    save(spec, tmp_path / "net.json")
    assert load(tmp_path / "net.json").ids() == ["-d.1"]


def test_an_id_with_a_line_break_cannot_break_a_message_in_two(tmp_path):
    """Each problem is one line naming the file (the CLI prints one per line); an id holding
    a line break or another control character is shown escaped."""
    path = tmp_path / "net.json"
    path.write_text(network(layers=[{"id": "a\nb", "type": "Dense", "inputs": [None]}]))
    with pytest.raises(SpecError) as caught:
        load(path)
    assert str(caught.value) == (
        f"{path}: layer 'a\\nb', field 'inputs': must be a list of layer ids, not a list "
        'holding null; e.g. ["a", "b"]'
    )
    spec = loads(network(layers=[{"id": "\r", "type": "Dense", "units": 1}]))
    (problem,) = analyze(spec).problems
    assert str(problem) == (
        "\\r: id '\\r' has characters Keras does not accept in layer names; use only letters "
        "A–Z and a–z, digits, '_', '-' and '.'"
    )
