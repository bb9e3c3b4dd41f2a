"""File → Open on damaged or hostile files: a dialog naming the file and the problem, and the
project stays exactly as it was."""

import json
import zipfile

import pytest

from netcore.resources import preset_paths

NETWORK = json.loads(preset_paths()["xor-mlp"].read_text())


def project_zip(path, meta=None, members=None):
    meta = meta or {"format": "layerlab-project", "version": 1, "network": NETWORK}
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.json", meta if isinstance(meta, str) else json.dumps(meta))
        for name, data in (members or {}).items():
            zf.writestr(name, data)
    return path


CASES = {
    "history-list": lambda p: project_zip(p, members={"history.json": "[1, 2, 3]"}),
    "history-bad-rows": lambda p: project_zip(
        p, members={"history.json": json.dumps({"epochs": [{"loss": "high"}]})}
    ),
    "confusion-string": lambda p: project_zip(
        p, members={"history.json": json.dumps({"class_names": ["a", "b"], "confusion": "many"})}
    ),
    "deeply-nested": lambda p: project_zip(p, "[" * 100_000 + "]" * 100_000),
    "huge-integer": lambda p: project_zip(
        p, '{"format": "layerlab-project", "version": ' + "9" * 5000 + "}"
    ),
    "zip-bomb": lambda p: _bomb(p),
}


def _bomb(path):
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf,
        zf.open("project.json", "w", force_zip64=True) as fh,
    ):
        for _ in range(40):
            fh.write(b" " * (1 << 20))
    return path


@pytest.mark.parametrize("kind", list(CASES))
def test_a_bad_project_is_a_dialog_and_nothing_changes(window, dialogs, tmp_path, kind):
    window.files.new_from_template("lenet5")
    before = window.project.project()
    path = CASES[kind](tmp_path / f"{kind}.layerlab")
    assert not window.files.open(path)
    title, text = dialogs.errors[-1]
    assert title == "Cannot open" and f"{kind}.layerlab" in text
    after = window.project.project()
    assert after.spec == before.spec and after.dataset == before.dataset
    assert window.document.path is None


@pytest.mark.slow
def test_a_keras_model_with_open_sizes_is_a_dialog(window, dialogs, tmp_path):
    import keras

    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    window.files.new_from_template("xor-mlp")
    inputs = keras.Input((None, None, 1))
    outputs = keras.layers.Dense(2)(keras.layers.GlobalAveragePooling2D()(inputs))
    keras.Model(inputs, outputs).save(tmp_path / "open.keras")
    assert not window.files.open(tmp_path / "open.keras")
    title, text = dialogs.errors[-1]
    assert title == "Cannot open this model" and "open.keras" in text
    assert window.document.spec.name == "XOR MLP (2-2-1)"
