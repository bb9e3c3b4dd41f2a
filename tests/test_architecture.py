"""The house rules that keep the code base in shape: netcore is Qt-free, resources ship."""

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


def test_the_house_rules_are_contracts():
    """The two promises the code base makes are written as contracts (deleting one fails)."""
    forbidden = {
        c["source_modules"][0]: set(c["forbidden_modules"])
        for c in _contracts()
        if c["type"] == "forbidden"
    }
    assert {"PySide6", "pyqtgraph", "shiboken6", "desktop"} <= forbidden["netcore"]
    assert {"keras", "tensorflow"} <= forbidden["desktop"]


def test_import_linter_contracts_hold():
    contracts = _contracts()
    exe = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(exe)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    said = " ".join(result.stdout.split())  # the report wraps long names
    for contract in contracts:
        assert f"{' '.join(contract['name'].split())} KEPT" in said
    assert f"Contracts: {len(contracts)} kept, 0 broken" in said


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
