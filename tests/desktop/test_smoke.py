"""The bundle's self-test mode also works from source (so packaging/smoke.py cannot rot)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_smoke_self_test_from_source(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LAYERLAB_SMOKE_TEST": "1",
        "LAYERLAB_CONFIG_DIR": str(tmp_path / "config"),
        "LAYERLAB_CACHE_DIR": str(tmp_path / "cache"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop.launcher"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("smoke:")]
    assert any(line.startswith("smoke: trained 1 epoch on xor") for line in lines)
    assert "smoke: bundled model reads a drawn 1 as 1" in lines
    assert "smoke: translations load (fr: File → Fichier)" in lines
    shipped = len(list((ROOT / "resources" / "lessons").glob("*.toml")))
    assert f"smoke: {shipped} lessons load, 0 with errors ({shipped} shipped)" in lines
    assert lines[-1].startswith("smoke: PASSED")
    assert "QThread: Destroyed" not in result.stderr
