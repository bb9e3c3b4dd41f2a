"""Training speed of LayerLab's compiled engine against plain ``model.fit``, measured in the
same run (this machine is noisy: runs alternate, figures are medians, the goal is a ratio).

1. Toy: 2-16-16-2 tanh on the 300 spiral points, SGD 0.1, batch 10: steady epochs per second
   (goal ≥ 100; plain fit ≈ 8).
2. The whole command: ``layerlab train`` for 300 epochs vs a plain-Keras script doing the same
   (import, build, fit with the same validation split, evaluate), each a fresh process
   (goal ≥ 5× faster).
3. MNIST steady epochs: MLP 784-512-512-10 at batch 128 (goal ≥ 1.5×), LeNet-5 at batch 32
   (goal ≥ 1.3×), the MLP at batch 1 on a slice of MNIST (goal ≥ 2×).

    uv run python bench/training_speed.py [--repeats 3] [--only toy,cli,mnist]
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

from netcore.datasets import load_dataset  # noqa: E402
from netcore.models import tfruntime  # noqa: E402
from netcore.models.builder import build_model  # noqa: E402
from netcore.network.spec import load  # noqa: E402
from netcore.resources import preset_paths  # noqa: E402
from netcore.training.config import TrainConfig  # noqa: E402
from netcore.training.engine import prepare, run  # noqa: E402
from netcore.training.events import EpochEnd  # noqa: E402
from netcore.training.kerasparts import (  # noqa: E402
    in_memory,
    make_metrics,
    make_optimizer,
    make_targets,
)


def plain_epoch_seconds(prepared) -> list[float]:
    """Each epoch's seconds under plain ``fit`` (same model, data, batch, validation)."""
    keras = tfruntime.keras()
    cfg, ds, plan = prepared.config, prepared.dataset, prepared.plan
    keras.utils.set_random_seed(cfg.seed)
    model = build_model(prepared.spec, prepared.analysis)
    model.compile(optimizer=make_optimizer(cfg), loss=plan.loss, metrics=make_metrics(plan))
    times: list[float] = []

    class EpochTimer(keras.callbacks.Callback):
        def on_epoch_begin(self, epoch, logs=None):
            self.t = time.perf_counter()

        def on_epoch_end(self, epoch, logs=None):
            times.append(time.perf_counter() - self.t)

    val = None
    if ds.x_val is not None and len(ds.x_val):
        val = (in_memory(ds.x_val), make_targets(ds.y_val, plan, ds.num_classes))
    model.fit(
        in_memory(ds.x_train),
        make_targets(ds.y_train, plan, ds.num_classes),
        batch_size=prepared.batch_size,
        epochs=cfg.epochs,
        validation_data=val,
        shuffle=True,
        verbose=0,
        callbacks=[EpochTimer()],
    )
    return times


def engine_epoch_seconds(prepared) -> list[float]:
    events: list = []
    run(prepared, events.append)
    return [e.metrics["seconds"] for e in events if isinstance(e, EpochEnd)]


def steady(seconds: list[float], skip: int) -> float:
    return statistics.median(seconds[skip:])


def compare(name: str, prepared, repeats: int, engine_skip: int, goal: float) -> None:
    ratios, plain_all, engine_all = [], [], []
    for i in range(repeats):
        results = {}
        for kind in ("plain", "engine") if i % 2 == 0 else ("engine", "plain"):
            if kind == "plain":
                results[kind] = steady(plain_epoch_seconds(prepared), 1)
            else:
                results[kind] = steady(engine_epoch_seconds(prepared), engine_skip)
        plain_all.append(results["plain"])
        engine_all.append(results["engine"])
        ratios.append(results["plain"] / results["engine"])
        print(
            f"  {name} run {i + 1}: plain {results['plain'] * 1000:.2f} ms/epoch, "
            f"engine {results['engine'] * 1000:.2f} ms/epoch, ratio {ratios[-1]:.2f}",
            flush=True,
        )
    plain, engine = statistics.median(plain_all), statistics.median(engine_all)
    print(
        f"{name}: plain fit {1 / plain:.1f} epochs/s ({plain * 1000:.1f} ms), engine "
        f"{1 / engine:.1f} epochs/s ({engine * 1000:.2f} ms); median ratio "
        f"{statistics.median(ratios):.2f}x (goal >= {goal}x)",
        flush=True,
    )


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
TOY_CONFIG = {"optimizer": "sgd", "learning_rate": 0.1, "batch_size": 10}


def toy(repeats: int) -> None:
    from netcore.network.spec import NetworkSpec

    spec = NetworkSpec.from_dict(TOY)
    cfg = TrainConfig(**TOY_CONFIG, epochs=40)
    plain = prepare(spec, load_dataset("spirals"), cfg)
    engine = prepare(spec, load_dataset("spirals"), TrainConfig(**TOY_CONFIG, epochs=600))
    # the engine's first calls compile and size themselves: its steady state is after them
    ratios, plain_all, engine_all = [], [], []
    for i in range(repeats):
        p = steady(plain_epoch_seconds(plain), 1)
        e = steady(engine_epoch_seconds(engine), 100)
        plain_all.append(p)
        engine_all.append(e)
        ratios.append(p / e)
        print(f"  toy run {i + 1}: plain {1 / p:.1f} epochs/s, engine {1 / e:.0f} epochs/s")
    print(
        f"toy 2-16-16-2 spirals batch 10: plain fit {1 / statistics.median(plain_all):.1f} "
        f"epochs/s, engine {1 / statistics.median(engine_all):.0f} epochs/s (goal >= 100); "
        f"median ratio {statistics.median(ratios):.0f}x",
        flush=True,
    )


PLAIN_SCRIPT = textwrap.dedent(
    """
    import os, sys, time
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import numpy as np
    import keras
    data = np.load(sys.argv[1])
    keras.utils.set_random_seed(0)
    model = keras.Sequential([
        keras.Input((2,)),
        keras.layers.Dense(16, activation="tanh"),
        keras.layers.Dense(16, activation="tanh"),
        keras.layers.Dense(2, activation="softmax"),
    ])
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy"])
    model.fit(data["x_train"], data["y_train"], batch_size=10, epochs=int(sys.argv[2]),
              validation_data=(data["x_val"], data["y_val"]), shuffle=True, verbose=0)
    print(model.evaluate(data["x_test"], data["y_test"], verbose=0))
    """
)


def cli(repeats: int, epochs: int = 300) -> None:
    import numpy as np

    from netcore.network.spec import NetworkSpec

    folder = Path(tempfile.mkdtemp())
    spec_path = folder / "toy.json"
    spec_path.write_text(json.dumps(TOY))
    split = prepare(NetworkSpec.from_dict(TOY), load_dataset("spirals"), TrainConfig()).dataset
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
    }
    times: dict[str, list[float]] = {"layerlab": [], "plain": []}
    for i in range(repeats):
        for name in ("plain", "layerlab") if i % 2 == 0 else ("layerlab", "plain"):
            t = time.perf_counter()
            done = subprocess.run(commands[name], cwd=ROOT, env=env, capture_output=True, text=True)
            times[name].append(time.perf_counter() - t)
            if done.returncode != 0:
                raise SystemExit(f"{name} failed: {done.stderr[-2000:]}")
        print(
            f"  {epochs} epochs, whole process, run {i + 1}: plain script "
            f"{times['plain'][-1]:.1f} s, layerlab train {times['layerlab'][-1]:.1f} s",
            flush=True,
        )
    plain, ours = statistics.median(times["plain"]), statistics.median(times["layerlab"])
    print(
        f"layerlab train {epochs} epochs (whole process): {ours:.1f} s vs plain Keras script "
        f"{plain:.1f} s; {plain / ours:.1f}x faster (goal >= 5x)",
        flush=True,
    )


def mnist(repeats: int) -> None:
    data = load_dataset("mnist")
    base = {"optimizer": "sgd", "learning_rate": 0.1, "validation_split": 0.1}
    cases = [
        ("MNIST MLP 784-512-512-10 batch 128", "mnist-mlp-512", 128, 60000, 4, 1.5),
        ("LeNet-5 batch 32", "lenet5", 32, 60000, 3, 1.3),
        ("MNIST MLP batch 1 (6,000 digits)", "mnist-mlp-512", 1, 6000, 3, 2.0),
    ]
    for title, preset, batch, samples, epochs, goal in cases:
        data_slice = load_dataset("mnist")
        data_slice.x_train, data_slice.y_train = data.x_train[:samples], data.y_train[:samples]
        data_slice.x_test, data_slice.y_test = data.x_test[:1000], data.y_test[:1000]
        cfg = TrainConfig(**base, batch_size=batch, epochs=epochs)
        prepared = prepare(load(preset_paths()[preset]), data_slice, cfg)
        compare(title, prepared, repeats, 1, goal)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", default="toy,cli,mnist")
    parser.add_argument("--smoke", action="store_true", help="the smallest real run, seconds")
    args = parser.parse_args()
    if args.smoke:
        args.repeats, args.only = 1, "toy"
    parts = args.only.split(",")
    if "toy" in parts:
        toy(args.repeats)
    if "cli" in parts:
        cli(args.repeats)
    if "mnist" in parts:
        mnist(args.repeats)


if __name__ == "__main__":
    main()
