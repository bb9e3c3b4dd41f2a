"""Every benchmark still runs: each script in bench/ does its smallest real run (``--smoke``)
and prints its result lines, so none can rot between the times someone measures.

The contract for a bench script (new ones are found by the glob and held to it):
    ``python bench/NAME.py --smoke`` exits with status 0 within SMOKE_SECONDS, with no
    traceback on stderr, and prints at least one result line with a number in it — the same
    lines as a full run, from the same code, on the smallest inputs that exercise it.
"""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = sorted(p for p in (ROOT / "bench").glob("*.py") if not p.name.startswith("_"))
#: A smoke run is seconds here (TensorFlow's import is most of it); this bounds a hang.
SMOKE_SECONDS = 180


def test_the_benchmarks_are_found():
    assert {"startup.py", "ui_latency.py", "overhead.py", "hostile_files.py"} <= {
        p.name for p in SCRIPTS
    }


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_benchmark_runs_in_smoke_mode(script, tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "LAYERLAB_CONFIG_DIR": str(tmp_path / "config"),
        "PYTHONPATH": str(ROOT),
    }
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(script), "--smoke"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=SMOKE_SECONDS,
    )
    seconds = time.perf_counter() - started
    assert result.returncode == 0, (
        f"{script.name}:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    )
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    lines = [line for line in result.stdout.splitlines() if re.search(r"\d", line)]
    assert lines, f"{script.name} printed no result: {result.stdout[-1000:]!r}"
    print(f"{script.name}: {seconds:.1f} s, {len(lines)} result lines")
