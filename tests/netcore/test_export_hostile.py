"""Generated code never carries user text unescaped: a network name, a dataset folder's name
or a layer id with quotes, triple quotes, backslashes, newlines or unicode stays text."""

import ast
import subprocess
import sys

import numpy as np
import pytest

from netcore.export.keras_script import python_script
from netcore.network.problems import UsageError
from netcore.network.spec import load
from netcore.resources import preset_paths
from netcore.training.config import TrainConfig

XOR = str(preset_paths()["xor-mlp"])

HOSTILE = [
    'XOR"""; import os; os.system("touch PWNED"); """',
    "XOR'''; import os; os.system('touch PWNED'); '''",
    'back\\slash \\"""\\ end\\',
    "line one\nimport os; os.system('touch PWNED')\n",
    "ünïcödé — 神经网络 🧠 \u2028 \x00",
    '"; __import__("os").system("touch PWNED") #',
]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_network_names_stay_text_in_the_script(name, tmp_path):
    spec = load(preset_paths()["xor-mlp"])
    spec.name = name
    spec.description = name
    source = python_script(spec, "xor", TrainConfig(epochs=1))
    tree = ast.parse(source)  # valid Python
    doc = ast.get_docstring(tree)
    assert doc.startswith(name.split("\x00")[0][:10])  # the name is in the docstring, as text
    build = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "build_model")
    assert name in ast.get_docstring(build)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "system"]
    assert calls == []  # nothing the name carried became code


@pytest.mark.slow
def test_a_script_of_a_hostile_name_runs_and_runs_nothing_else(tmp_path):
    spec = load(preset_paths()["xor-mlp"])
    spec.name = HOSTILE[0]
    script = tmp_path / "xor.py"
    script.write_text(python_script(spec, "xor", TrainConfig(epochs=1)), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), "--epochs", "1"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert not (tmp_path / "PWNED").exists()


# --------------------------------------------------------------------------- ids and names
# Ids LayerLab accepts (letters, digits, '_', '-', '.') that once became one Python name, a
# keyword, or a name the script itself uses.

HOSTILE_IDS = [
    "a-b", "a.b", "a_b", "a__b", "keras", "np", "tf", "layers", "inputs", "x", "json", "os",
    "print", "sum", "class", "lambda", "None", "match", "build_model", "main", "step", "SEED",
    "load_data", "strategy", "model", "1", "_1", "layer_1", "-lead", "..", "a" * 100,
]  # fmt: skip


def hostile_branches(ids, name="hostile"):
    """input → one Dense(2) per id, all concatenated → Dense(2): 6 + 6·n + 2·2·n + 2 params."""
    from tests.netcore.helpers import make_spec

    branches = [(i, "Dense", {"units": 2}, ["input"]) for i in ids]
    return make_spec(
        [2],
        *branches,
        ("joined", "Concatenate", {}, list(ids)),
        ("out", "Dense", {"units": 2, "activation": "softmax"}),
        name=name,
    )


def built_in_process(source: str):
    """The script's build_model(), run here: the script's code, not LayerLab's builder."""
    module = {"__name__": "exported_script"}
    exec(compile(source, "exported.py", "exec"), module)  # noqa: S102 - our own output
    return module["build_model"]()


def test_ids_that_once_collided_build_the_same_network(keras_seeded):
    from netcore.network.analysis import analyze

    spec = hostile_branches(["a-b", "a.b"])
    source = python_script(spec, "xor", TrainConfig(epochs=1))
    model = built_in_process(source)
    assert model.count_params() == analyze(spec).total_params == 22
    assert [layer.name for layer in model.layers[1:3]] == ["a-b", "a.b"]


def test_ids_that_shadow_modules_keywords_and_the_scripts_names(keras_seeded):
    from netcore.network.analysis import analyze

    spec = hostile_branches(HOSTILE_IDS)
    assert not analyze(spec).errors
    source = python_script(spec, "xor", TrainConfig(epochs=1))
    model = built_in_process(source)
    assert model.count_params() == analyze(spec).total_params
    assert {layer.name for layer in model.layers} >= set(HOSTILE_IDS)


@pytest.mark.slow
def test_a_hostile_script_runs_on_its_own_with_the_same_parameter_count(tmp_path):
    from netcore.network.analysis import analyze

    spec = hostile_branches(HOSTILE_IDS, name="n" * 200)
    script = tmp_path / "hostile.py"
    script.write_text(python_script(spec, "xor", TrainConfig(epochs=1)), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), "--build-only"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"parameters: {analyze(spec).total_params}" in result.stdout.splitlines()


def test_the_build_only_flag_trains_nothing(tmp_path, capsys):
    source = python_script(hostile_branches(["a", "b"]), "xor", TrainConfig(epochs=1))
    assert '"--build-only"' in source and "parameters:" in source


# --------------------------------------------------------------------------- imported layers


def imported(layer_id, keras_config, shape=(2,), out=(2,), trainable=0):
    from netcore.network.spec import LayerSpec

    return LayerSpec(
        layer_id,
        "KerasLayer",
        {
            "layer": {
                "class_name": keras_config["class_name"],
                "keras": keras_config,
                "input_shapes": [list(shape)],
                "output_shape": list(out),
                "trainable": trainable,
                "non_trainable": 0,
            }
        },
    )


def with_imported(layer_id, keras_config):
    """input → the imported layer → branch 'a' (and 'b' from the input) → joined → out."""
    spec = hostile_branches(["a", "b"])
    spec.layers.insert(0, imported(layer_id, keras_config))
    spec.layers[1].inputs = [layer_id]
    return spec


def lambda_config():
    import keras

    return keras.saving.serialize_keras_object(keras.layers.Lambda(lambda t: t * 2))


@pytest.mark.parametrize(
    "config, reason",
    [
        (lambda_config, "Keras cannot rebuild the imported Lambda layer"),
        (lambda: {"module": "keras.layers", "class_name": "MyOwnLayer", "config": {}},
         "Keras cannot rebuild the imported MyOwnLayer layer"),
    ],
)  # fmt: skip
def test_imported_layers_keras_will_not_rebuild_are_refused_at_export(config, reason):
    spec = with_imported("odd", config())
    with pytest.raises(UsageError, match=reason) as caught:
        python_script(spec, "xor", TrainConfig(epochs=1))
    assert "'odd'" in str(caught.value) and "cannot be written into a script" in str(caught.value)


def test_imported_layers_keras_rebuilds_export_and_build(keras_seeded):
    import keras

    from netcore.network.analysis import analyze

    rescale = keras.saving.serialize_keras_object(keras.layers.Rescaling(0.5, offset=float("nan")))
    spec = with_imported("keras", rescale)  # a NaN in its config, an id 'keras'
    source = python_script(spec, "xor", TrainConfig(epochs=1))
    model = built_in_process(source)
    assert model.count_params() == analyze(spec).total_params
    assert np.isnan(model.get_layer("keras").offset)


def test_cli_export_refuses_an_imported_lambda_with_exit_2(tmp_path, capsys):
    from netcore.cli.main import main
    from netcore.network.spec import save

    spec = with_imported("odd", lambda_config())
    save(spec, tmp_path / "net.json")
    out = tmp_path / "net.py"
    code = main(["export", str(tmp_path / "net.json"), "--python", str(out), "--dataset", "xor"])
    err = capsys.readouterr().err
    assert code == 2 and "Lambda" in err and "internal error" not in err, err
    assert not out.exists()


# --------------------------------------------------------------------------- the script's file


@pytest.mark.parametrize("stem", ["keras", "numpy", "tensorflow", "json", "random", "typing"])
def test_a_script_named_like_a_module_it_imports_is_refused(tmp_path, capsys, stem):
    """python keras.py imports itself instead of Keras: the script could never run."""
    from netcore.cli.main import main

    out = tmp_path / f"{stem}.py"
    code = main(["export", XOR, "--python", str(out), "--dataset", "xor"])
    err = capsys.readouterr().err
    assert code == 2 and f"{stem}.py" in err and "would import itself" in err, err
    assert not out.exists()


def test_a_script_path_too_long_or_under_a_file_exits_2(tmp_path, capsys):
    from netcore.cli.main import main

    (tmp_path / "a-file").write_text("not a folder")
    for out in (tmp_path / ("n" * 300 + ".py"), tmp_path / "a-file" / "net.py"):
        code = main(["export", XOR, "--python", str(out), "--dataset", "xor"])
        err = capsys.readouterr().err
        assert code == 2 and "cannot write" in err and "internal error" not in err, err


def test_the_suggested_file_name_is_short_and_never_a_module_name():
    from netcore.export.names import script_file_name

    assert script_file_name("é" * 200, "") == "é" * 80 + ".py"
    assert len(script_file_name("é" * 200, "-cluster").encode()) < 255
    assert script_file_name("keras", "") == "keras-network.py"
    assert script_file_name("../../etc/passwd\n", "-gpus") == "etc_passwd-gpus.py"
    assert script_file_name("", "") == "network.py"
