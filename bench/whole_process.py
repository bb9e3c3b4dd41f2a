"""The whole command against plain Keras scripts: ``layerlab train`` for 300 toy epochs vs a
plain-Keras script doing the same (import, build, fit with the same validation split, evaluate)
and the strongest plain script, each a fresh process (goal ≥ 5× plain fit). Also run by
``training_speed.py --only cli``.

    uv run python bench/whole_process.py [--repeats 3] [--epochs 300]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


TOY = {
    "format": "layerlab-network",
    "version": 1,
    "name": "toy",
    "input_shape": [2],
    "layers": [
        {"id": "h1", "type": "Dense", "units": 16, "activation": "tanh"},
        {"id": "h2", "type": "Dense", "units": 16, "activation": "tanh"},
        {"id": "out", "type": "Dense", "units": 2, "activation": "softmax"},
    ],
}


def load_text() -> str:
    return "load " + " ".join(f"{v:.1f}" for v in os.getloadavg())


#: The two plain scripts' common start: the toy built as a Keras user writes it (importing
#: Keras brings TensorFlow in either way).
_SCRIPT_START = """
import os, sys, time
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import numpy as np
import tensorflow as tf
import keras
data = np.load(sys.argv[1])
keras.utils.set_random_seed(0)
model = keras.Sequential([
    keras.Input((2,)),
    keras.layers.Dense(16, activation="tanh"),
    keras.layers.Dense(16, activation="tanh"),
    keras.layers.Dense(2, activation="softmax"),
])
"""

PLAIN_SCRIPT = _SCRIPT_START + textwrap.dedent(
    """
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    model.fit(data["x_train"], data["y_train"], batch_size=10, epochs=int(sys.argv[2]),
              validation_data=(data["x_val"], data["y_val"]), shuffle=True, verbose=0)
    print(model.evaluate(data["x_test"], data["y_test"], verbose=0))
    """
)

STRONG_SCRIPT = _SCRIPT_START + textwrap.dedent(
    """
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"], steps_per_execution=32, jit_compile=True)
    train = (tf.data.Dataset.from_tensor_slices((data["x_train"], data["y_train"]))
             .cache().shuffle(1000).batch(10).prefetch(tf.data.AUTOTUNE))
    val = tf.data.Dataset.from_tensor_slices((data["x_val"], data["y_val"])).batch(10).cache()
    model.fit(train, epochs=int(sys.argv[2]), validation_data=val, verbose=0)
    print(model.evaluate(data["x_test"], data["y_test"], verbose=0))
    """
)


def cli(repeats: int, epochs: int = 300, toy: dict = TOY) -> None:
    import numpy as np

    from netcore.datasets import load_dataset
    from netcore.network.spec import NetworkSpec
    from netcore.training.config import TrainConfig
    from netcore.training.engine import prepare

    folder = Path(tempfile.mkdtemp())
    spec_path = folder / "toy.json"
    spec_path.write_text(json.dumps(toy))
    split = prepare(NetworkSpec.from_dict(toy), load_dataset("spirals"), TrainConfig()).dataset
    np.savez(
        folder / "spirals.npz",
        x_train=split.x_train,
        y_train=split.y_train,
        x_val=split.x_val,
        y_val=split.y_val,
        x_test=split.x_test,
        y_test=split.y_test,
    )
    (folder / "plain.py").write_text(PLAIN_SCRIPT)
    (folder / "strong.py").write_text(STRONG_SCRIPT)
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2")
    commands = {
        "layerlab": [
            sys.executable,
            "-m",
            "netcore",
            "train",
            str(spec_path),
            "--dataset",
            "spirals",
            "--epochs",
            str(epochs),
            "--batch-size",
            "10",
            "--optimizer",
            "sgd",
            "--lr",
            "0.1",
        ],
        "plain": [
            sys.executable,
            str(folder / "plain.py"),
            str(folder / "spirals.npz"),
            str(epochs),
        ],
        "strong": [
            sys.executable,
            str(folder / "strong.py"),
            str(folder / "spirals.npz"),
            str(epochs),
        ],
    }
    env["LAYERLAB_CACHE_DIR"] = str(folder / "cache")  # the first repeat is a first-ever run
    names = ["plain", "strong", "layerlab"]
    times: dict[str, list[float]] = {name: [] for name in names}
    for i in range(repeats):
        for name in names[i % 3 :] + names[: i % 3]:
            t = time.perf_counter()
            done = subprocess.run(commands[name], cwd=ROOT, env=env, capture_output=True, text=True)
            times[name].append(time.perf_counter() - t)
            if done.returncode != 0:
                raise SystemExit(f"{name} failed: {done.stderr[-2000:]}")
        print(
            f"  {epochs} epochs, whole process, run {i + 1}: plain script "
            f"{times['plain'][-1]:.1f} s, strong script {times['strong'][-1]:.1f} s, "
            f"layerlab train {times['layerlab'][-1]:.1f} s ({load_text()})",
            flush=True,
        )
    med = {name: statistics.median(v) for name, v in times.items()}

    def ratio(other):
        return statistics.median(
            a / b for a, b in zip(times[other], times["layerlab"], strict=True)
        )

    print(
        f"layerlab train {epochs} epochs (whole process): {med['layerlab']:.1f} s vs plain "
        f"Keras script {med['plain']:.1f} s ({ratio('plain'):.1f}x, goal >= 5x) and strong "
        f"script {med['strong']:.1f} s ({ratio('strong'):.1f}x); {load_text()}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--smoke", action="store_true", help="the smallest real run, seconds")
    args = parser.parse_args()
    if args.smoke:
        args.repeats, args.epochs = 1, 20
    cli(args.repeats, args.epochs)


if __name__ == "__main__":
    main()
