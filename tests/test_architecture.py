"""The house rules that keep the code base in shape: netcore is Qt-free, resources ship."""

import os
import pkgutil
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import netcore

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_hold():
    exe = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(exe)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken" in result.stdout


def test_every_netcore_module_imports_with_qt_unavailable():
    """Like napari's core tests without Qt: PySide6/pyqtgraph imports fail in this process."""
    modules = [m.name for m in pkgutil.walk_packages(netcore.__path__, "netcore.")]
    code = (
        "import sys\n"
        "for blocked in ('PySide6', 'pyqtgraph', 'shiboken6', 'desktop'):\n"
        "    sys.modules[blocked] = None\n"
        f"for name in {modules!r}:\n"
        "    __import__(name)\n"
        "print('imported', len(sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert len(modules) >= 8


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
