"""Hostile inputs, measured: analysis time of huge networks and the peak memory of the bomb
cases (each in a fresh process, so its peak is its own). Not part of pytest.

    uv run python bench/hostile_files.py
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CASES = {
    "analysis of 10,000 layers with dangling inputs": """
        import json, time
        from netcore.network.spec import NetworkSpec
        from netcore.network.analysis import analyze
        layers = [{"id": f"l{i}", "type": "Dense", "units": 4, "inputs": [f"m{i}"]}
                  for i in range(10_000)]
        spec = NetworkSpec.from_dict({"format": "layerlab-network", "version": 1,
                                      "input_shape": [8], "layers": layers})
        times = []
        for _ in range(5):
            t = time.perf_counter(); analyze(spec); times.append(time.perf_counter() - t)
        print(f"median {sorted(times)[2]:.3f} s")
    """,
    "analysis of a 10,000-layer chain": """
        import time
        from netcore.network.spec import NetworkSpec
        from netcore.network.analysis import analyze
        layers = [{"id": f"l{i}", "type": "Dense", "units": 4} for i in range(10_000)]
        spec = NetworkSpec.from_dict({"format": "layerlab-network", "version": 1,
                                      "input_shape": [8], "layers": layers})
        times = []
        for _ in range(5):
            t = time.perf_counter(); analyze(spec); times.append(time.perf_counter() - t)
        print(f"median {sorted(times)[2]:.3f} s")
    """,
    ".keras whose config.json expands to 3 GiB (predict)": """
        import zipfile
        from netcore.cli.main import main
        with zipfile.ZipFile(DIR + "/bomb.keras", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            with z.open("config.json", "w", force_zip64=True) as fh:
                block = b" " * (1 << 24)
                for _ in range(192):
                    fh.write(block)
        from PIL import Image
        Image.new("L", (28, 28)).save(DIR + "/d.png")
        print("exit", main(["predict", DIR + "/bomb.keras", DIR + "/d.png"]))
    """,
    ".layerlab whose project.json expands to 3 GiB (layerlab project)": """
        import zipfile
        from netcore.cli.main import main
        with zipfile.ZipFile(DIR + "/bomb.layerlab", "w", zipfile.ZIP_DEFLATED) as z:
            with z.open("project.json", "w", force_zip64=True) as fh:
                block = b" " * (1 << 24)
                for _ in range(192):
                    fh.write(block)
        print("exit", main(["project", DIR + "/bomb.layerlab"]))
    """,
    "gzip IDX promising 4 GiB": """
        import gzip, struct
        from netcore.datasets.idx import read_idx
        from netcore.datasets.errors import DatasetError
        with gzip.open(DIR + "/x-idx3-ubyte.gz", "wb") as fh:
            fh.write(bytes([0, 0, 8, 3]) + struct.pack(">3i", 4096, 1024, 1024))
            for _ in range(256):
                fh.write(bytes(1 << 24))
        try:
            read_idx(DIR + "/x-idx3-ubyte.gz")
        except DatasetError as exc:
            print("refused:", str(exc)[-90:])
    """,
}

PEAK = "\nimport resource; print(f'peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB')"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true", help="the two analysis cases, seconds")
    args = parser.parse_args(argv)
    cases = list(CASES.items())[:2] if args.smoke else list(CASES.items())
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        for title, code in cases:
            script = f"DIR = {folder!r}\n" + textwrap.dedent(code) + PEAK
            out = subprocess.run(
                [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True
            )
            lines = (out.stdout + out.stderr).strip().splitlines()
            print(f"{title}:\n  " + "\n  ".join(lines[-3:]))
            failed += out.returncode != 0  # a case that crashed is no measurement
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
