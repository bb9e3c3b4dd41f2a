"""The house rules that keep the code base in shape: netcore is Qt-free and layered, no import
cycles, the window reaches Keras only through netcore and holds no model, resources ship."""

import ast
import json
import os
import pkgutil
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import netcore

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent


def _contracts() -> list[dict]:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["tool"]["importlinter"]["contracts"]


def _contract(kind: str, **match) -> dict:
    """The one contract of ``kind`` whose fields hold ``match`` (a missing one fails)."""
    found = [
        c
        for c in _contracts()
        if c["type"] == kind and all(set(c.get(k, ())) >= set(v) for k, v in match.items())
    ]
    assert len(found) == 1, f"no single {kind} contract with {match}"
    return found[0]


def test_the_house_rules_are_contracts():
    """The promises the code base makes are written as contracts (deleting one fails)."""
    _contract(
        "forbidden",
        source_modules=["netcore"],
        forbidden_modules=["PySide6", "pyqtgraph", "shiboken6", "desktop"],
    )
    keras = _contract("forbidden", source_modules=["desktop"], forbidden_modules=["keras"])
    assert "tensorflow" in keras["forbidden_modules"]
    assert not keras.get("allow_indirect_imports")  # a chain through netcore counts
    # only the lazy gate's own imports are let through, no other netcore module
    assert {i.split(" -> ")[0] for i in keras.get("ignore_imports", [])} <= {
        "netcore.models.tfruntime",
        "netcore.models.builder",  # an annotation-only import
    }
    protected = _contract("protected", protected_modules=["netcore.models.builder"])
    assert protected["allowed_importers"] == ["netcore"]
    layers = [layer.split("|")[0].split(":")[0].strip() for layer in _contract("layers")["layers"]]
    order = [
        "netcore.cli",
        "netcore.lessons",
        "netcore.training",
        "netcore.models",
        "netcore.network",
    ]
    assert [m for m in layers if m in order] == order
    assert "netcore.project" in _contract("layers")["layers"][layers.index("netcore.lessons") + 1]
    _contract("acyclic_siblings", ancestors=["netcore", "desktop"])


def _lint(root: Path) -> tuple[int, str]:
    """``lint-imports`` on the packages under ``root`` with this project's contracts."""
    exe = Path(sys.executable).with_name("lint-imports")
    env = {**os.environ, "PYTHONPATH": str(root)}
    result = subprocess.run(
        [str(exe), "--no-cache"], cwd=root, env=env, capture_output=True, text=True, timeout=120
    )
    return result.returncode, " ".join((result.stdout + result.stderr).split())


def test_import_linter_contracts_hold():
    code, said = _lint(ROOT)
    assert code == 0, said
    for contract in _contracts():
        assert f"{' '.join(contract['name'].split())} KEPT" in said, said
    assert " 0 broken" in said


def _copy_of_the_code(tmp_path: Path) -> Path:
    """The Python files of both packages and the project's contracts, to break on purpose."""
    keep = shutil.ignore_patterns("__pycache__", "_resources", "*.pyc", "*.json", "*.qm", "*.ts")
    for package in ("netcore", "desktop"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=keep)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


# (file to add a function-level import to, the import, the contract it must break)
VIOLATIONS = {
    "models imports training (upward)": (
        "netcore/models/builder.py",
        "from netcore.training import engine",
        "netcore is layered",
    ),
    "network imports lessons (upward)": (
        "netcore/network/spec.py",
        "from netcore.lessons import budget",
        "netcore is layered",
    ),
    "a command imports the entry point (cycle)": (
        "netcore/cli/summary.py",
        "from netcore.cli import main",
        "no import cycles",
    ),
    "a desktop cycle": (
        "desktop/training/session.py",
        "from desktop.training import panel",
        "no import cycles",
    ),
    "desktop imports keras": (
        "desktop/project/exports.py",
        "import keras",
        "desktop reaches Keras and TensorFlow only",
    ),
    "netcore imports keras past the gate, on desktop's path": (
        "netcore/introspection/tiles.py",
        "import tensorflow",
        "desktop reaches Keras and TensorFlow only",
    ),
    "desktop builds a Keras model": (
        "desktop/project/exports.py",
        "from netcore.models.builder import build_model",
        "only netcore imports the modules that make or hand out Keras models",
    ),
    "the network model imports training": (
        "netcore/network/analysis.py",
        "from netcore.training import config",
        "the network model",
    ),
}


@pytest.mark.parametrize("case", VIOLATIONS)
def test_a_violation_breaks_its_contract(tmp_path, case):
    """The contracts catch what they promise to, even through an import inside a function."""
    path, line, contract = VIOLATIONS[case]
    root = _copy_of_the_code(tmp_path)
    with open(root / path, "a", encoding="utf-8") as f:
        f.write(f"\n\ndef _injected():\n    {line}  # noqa\n")
    code, said = _lint(root)
    assert code == 1, said
    name = next(c["name"] for c in _contracts() if c["name"].startswith(contract))
    assert f"{' '.join(name.split())} BROKEN" in said, said
    module = path.removesuffix(".py").replace("/", ".")
    assert module.rsplit(".", 1)[-1] in said  # the report names where the import is


# Functions that take or return a Keras model: the window holds plain values and netcore
# objects (Inspector, DigitClassifier), never a model.
MODEL_FUNCTIONS = {
    "netcore.training.engine": {"run", "train"},
    "netcore.models.kerasfile": {
        "load_keras_model",
        "model_from_bytes",
        "model_to_bytes",
        "save_model",
        "load_weights_file",
        "save_weights_file",
        "spec_from_model",
    },
    "netcore.training.kerasparts": {"snapshot_weights", "apply_weights", "compile_model"},
}


# netcore's objects that own a Keras model keep it in ``.model``; desktop names them so.
MODEL_HOLDERS = ("inspector", "classifier")


def _holder_name(node: ast.expr) -> str:
    if isinstance(node, ast.Call):  # model_state.inspector().model
        node = node.func
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else ""


def keras_objects_in(package: Path) -> list[str]:
    """Where ``package`` reads the Keras model out of an Inspector or a DigitClassifier, or
    imports a function that hands a Keras model over."""
    found = []
    for file in sorted(package.rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        where = file.relative_to(package.parent)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "model"
                and any(h in _holder_name(node.value).lower() for h in MODEL_HOLDERS)
            ):
                found.append(f"{where}:{node.lineno}: {_holder_name(node.value)}.model")
            if isinstance(node, ast.ImportFrom) and node.module in MODEL_FUNCTIONS:
                for alias in node.names:
                    if alias.name in MODEL_FUNCTIONS[node.module]:
                        found.append(f"{where}:{node.lineno}: {node.module}.{alias.name}")
    return sorted(found)


def test_the_window_holds_no_keras_model(tmp_path):
    assert keras_objects_in(ROOT / "desktop") == []
    # the check sees what it looks for
    (tmp_path / "desktop").mkdir()
    (tmp_path / "desktop" / "x.py").write_text(
        "from netcore.training.engine import run\n"
        "def f(self, inspector, view):\n"
        "    view.model().rowCount()\n"
        "    self.model.runs\n"
        "    self.state.inspector().model.save('m.keras')\n"
        "    return self.bundled_classifier.model\n"
    )
    assert keras_objects_in(tmp_path / "desktop") == [
        "desktop/x.py:1: netcore.training.engine.run",
        "desktop/x.py:5: inspector.model",
        "desktop/x.py:6: bundled_classifier.model",
    ]


def test_every_netcore_module_imports_with_qt_unavailable():
    """Like napari's core tests without Qt: PySide6/pyqtgraph imports fail in this process."""
    # netcore.__main__ runs the command line when imported (it exited the child before any
    # other module was imported: this test once checked nothing)
    modules = [
        m.name
        for m in pkgutil.walk_packages(netcore.__path__, "netcore.")
        if not m.name.endswith("__main__")
    ]
    code = (
        "import json, sys\n"
        "for blocked in ('PySide6', 'pyqtgraph', 'shiboken6', 'desktop'):\n"
        "    sys.modules[blocked] = None\n"
        f"for name in {modules!r}:\n"
        "    __import__(name)\n"
        "try:\n"
        "    import PySide6\n"
        "    blocked = False\n"
        "except ImportError:\n"
        "    blocked = True\n"
        "print('REPORT', json.dumps({'blocked': blocked, 'imported': sorted(m for m in sys.modules"
        " if m.startswith('netcore.'))}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert "REPORT " in result.stdout, result.stdout[-2000:]
    report = json.loads(result.stdout.split("REPORT ")[-1])
    assert report["blocked"]  # Qt really was out of reach
    assert set(modules) <= set(report["imported"])
    # the walk found the whole package, not an empty or partial one
    for name in (
        "netcore.cli.main",
        "netcore.network.spec",
        "netcore.fileio",
        "netcore.training.loop",
        "netcore.models.builder",
        "netcore.project.fileformat",
    ):
        assert name in modules


@pytest.mark.skipif(not (os.environ.get("UV") or shutil.which("uv")), reason="needs uv to build")
def test_wheel_carries_resources_and_finds_them(tmp_path):
    uv = os.environ.get("UV") or shutil.which("uv")
    subprocess.run(
        [uv, "build", "--wheel", "--out-dir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("layerlab-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        zf.extractall(tmp_path / "site")
    assert "netcore/_resources/networks/lenet5.json" in names
    code = "from netcore.resources import resource_path; print(resource_path('networks', 'lenet5.json'))"
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert out.startswith(str(tmp_path / "site")), out


def test_no_source_file_is_over_500_lines():
    """The house rule: a file a reader can hold in mind; one that grows past it is split."""
    root = Path(__file__).resolve().parents[1]
    long = {
        str(path.relative_to(root)): count
        for folder in ("netcore", "desktop", "tests", "bench", "packaging")
        for path in (root / folder).rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert long == {}
