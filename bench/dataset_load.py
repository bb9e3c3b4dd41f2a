"""Load times of the bundled MNIST: cold (decode the IDX files, fill the cache) and warm (from
the cache), each in a fresh process, median of several runs; and plain Keras-style decoding
(gzip + NumPy) of the same files in the same run for comparison.

    uv run python bench/dataset_load.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile

CHILD = r"""
import json, os, time, resource
t = time.perf_counter()
if os.environ["MODE"] == "plain":
    import gzip, numpy as np
    from netcore.datasets.mnist import mnist_dir
    d = mnist_dir()
    def imgs(n):
        raw = gzip.open(d / n, "rb").read()
        return (np.frombuffer(raw, np.uint8, offset=16).reshape(-1, 28, 28, 1) / 255).astype("float32")
    x = imgs("train-images-idx3-ubyte.gz"); xt = imgs("t10k-images-idx3-ubyte.gz")
else:
    from netcore.datasets import load_dataset
    ds = load_dataset("mnist")
    x = ds.x_train
    float(x[::1000].sum())
elapsed = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "max_rss_mb": rss}))
"""


def run(mode: str, cache: str) -> dict:
    env = {"MODE": mode, "LAYERLAB_CACHE_DIR": cache, "PATH": ""}
    import os

    env = {**os.environ, **env}
    out = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="the smallest real run, seconds")
    args = parser.parse_args()
    if args.smoke:
        args.repeats = 1
    results: dict[str, list[dict]] = {
        "plain numpy decode": [],
        "cold (decode + cache)": [],
        "warm (cache)": [],
    }
    for _ in range(args.repeats):
        with tempfile.TemporaryDirectory() as cache:
            results["plain numpy decode"].append(run("plain", cache))
            results["cold (decode + cache)"].append(run("layerlab", cache))
            results["warm (cache)"].append(run("layerlab", cache))
    print(
        f"MNIST 60,000 + 10,000, float32 (arrays: {70000 * 784 * 4 / 2**20:.0f} MiB), median of {args.repeats}"
    )
    plain = statistics.median(r["seconds"] for r in results["plain numpy decode"])
    for name, runs in results.items():
        sec = statistics.median(r["seconds"] for r in runs)
        rss = statistics.median(r["max_rss_mb"] for r in runs)
        print(
            f"  {name:24s} {sec * 1000:8.0f} ms   ratio to plain {sec / plain:5.2f}   peak RSS {rss:5.0f} MiB"
        )


if __name__ == "__main__":
    main()
