"""Smoke-test a built bundle: launch it offscreen in its self-test mode (open a preset, train
one epoch on xor, ask the bundled digit model, quit), then use it as the CLI.

    uv run python packaging/smoke.py dist/layerlab/layerlab
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time


def main() -> int:
    exe = sys.argv[1] if len(sys.argv) > 1 else "dist/layerlab/layerlab"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LAYERLAB_SMOKE_TEST": "1",
        "LAYERLAB_CONFIG_DIR": tempfile.mkdtemp(),
        "LAYERLAB_CACHE_DIR": tempfile.mkdtemp(),
    }
    started = time.perf_counter()
    app = subprocess.run([exe], env=env, capture_output=True, text=True, timeout=600)
    print(app.stdout, end="")
    seconds = time.perf_counter() - started
    ok = app.returncode == 0 and "smoke: PASSED" in app.stdout
    if "QThread: Destroyed" in app.stderr or "Traceback" in app.stderr:
        ok = False
        print(app.stderr[-3000:])
    print(f"window self-test: exit {app.returncode} in {seconds:.1f} s")
    env.pop("LAYERLAB_SMOKE_TEST")
    cli = subprocess.run([exe, "datasets"], env=env, capture_output=True, text=True, timeout=300)
    print(f"CLI 'layerlab datasets': exit {cli.returncode}, {len(cli.stdout.splitlines())} lines")
    ok = ok and cli.returncode == 0 and "mnist" in cli.stdout
    print("SMOKE TEST", "PASSED" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
