"""Generated code never carries user text unescaped: a network name, a dataset folder's name
or a layer id with quotes, triple quotes, backslashes, newlines or unicode stays text."""

import ast
import subprocess
import sys

import pytest

from netcore.export.keras_script import python_script
from netcore.network.spec import load
from netcore.resources import preset_paths
from netcore.training.config import TrainConfig

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
