"""The two MNIST presets reach what the lecture and the README promise, on this machine's CPU,
through LayerLab's own training engine (the same path as the window's Start):

* (a) LeNet-5 (``lenet5``) trained as the preset recommends (its "training" settings, as the
  window takes them when the preset opens: Adam 0.001 falling to 0 along a cosine, batch 32,
  5 epochs), on all 60,000 training digits: goal ≥ 99.0 % test accuracy as the median over
  seeds;
* (b) the lecture's MLP table (``mnist-mlp-512``, whose settings are the lecture's: SGD lr
  0.1, batch 128, 40 epochs): goal ≥ 98.0 % test accuracy in ≤ 60 s of training on CPU. It is
  long, so it runs once.

Each line gives the test accuracy, the training seconds (the sum of the epochs, as the window
shows them) and the wall time including building; the machine's load average comes first,
because a shared machine's seconds mean little without it.

    uv run python bench/preset_accuracy.py [--only lenet|mlp] [--seeds 0,1,2]
    uv run python bench/preset_accuracy.py --network other.json   # a variant in place of LeNet-5
    uv run python bench/preset_accuracy.py --smoke    # 1 epoch on 512 digits, seconds
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import time

from netcore.datasets import load_dataset
from netcore.network.spec import load
from netcore.resources import preset_paths
from netcore.training.config import TrainConfig
from netcore.training.engine import train
from netcore.training.events import Finished

ALL_DIGITS = TrainConfig(validation_split=0.0)  # under each preset's own settings
LENET_GOAL, MLP_GOAL, MLP_SECONDS = 0.990, 0.980, 60.0


def one_run(spec, data, config: TrainConfig) -> tuple[float, float, float]:
    """Train once; return (test accuracy, training seconds, wall seconds)."""
    start = time.perf_counter()
    _, final = train(spec, data, config)
    wall = time.perf_counter() - start
    if not isinstance(final, Finished):
        raise SystemExit(f"training failed: {final}")
    return (
        float(final.test["accuracy"]),
        sum(row["seconds"] for row in final.history),
        wall,
    )


def lenet(data, network: str, seeds: list[int], smoke: bool) -> None:
    spec = load(network)
    config = _recommended(spec, smoke)
    accuracies = []
    for seed in seeds:
        accuracy, seconds, wall = one_run(spec, data, dataclasses.replace(config, seed=seed))
        accuracies.append(accuracy)
        print(
            f"  LeNet-5 seed {seed}: test accuracy {accuracy * 100:.2f} %, training "
            f"{seconds:.1f} s, wall {wall / 60:.2f} min, load {_load()}",
            flush=True,
        )
    median = statistics.median(accuracies)
    print(
        f"LeNet-5 ({os.path.basename(network)}), {config.optimizer} lr {config.lr:g} "
        f"({config.schedule}), batch {config.batch_size}, {config.epochs} epochs, seeds {','.join(map(str, seeds))}: median "
        f"test accuracy {median * 100:.2f} % (min {min(accuracies) * 100:.2f}, max "
        f"{max(accuracies) * 100:.2f}; goal ≥ {LENET_GOAL * 100:.1f} %: "
        f"{'met' if median >= LENET_GOAL else 'NOT met'})",
        flush=True,
    )


def mlp(data, seed: int, smoke: bool) -> None:
    spec = load(preset_paths()["mnist-mlp-512"])
    config = _recommended(spec, smoke)
    accuracy, seconds, wall = one_run(spec, data, dataclasses.replace(config, seed=seed))
    met = accuracy >= MLP_GOAL and seconds <= MLP_SECONDS
    print(
        f"MNIST MLP 784-512-512-10, {config.optimizer} lr {config.lr:g}, batch {config.batch_size}, "
        f"{config.epochs} epochs, seed {seed}: test accuracy {accuracy * 100:.2f} %, training "
        f"{seconds:.1f} s, wall {wall:.1f} s, load {_load()} (goal ≥ {MLP_GOAL * 100:.1f} % "
        f"and ≤ {MLP_SECONDS:.0f} s: {'met' if met else 'NOT met'})",
        flush=True,
    )


def _recommended(spec, smoke: bool) -> TrainConfig:
    """The settings ``spec`` recommends, on all the training digits (a smoke run: 1 epoch)."""
    config = ALL_DIGITS.with_settings(spec.training, spec.name)
    return dataclasses.replace(config, epochs=1, xla=False) if smoke else config


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=["lenet", "mlp"], default=None)
    parser.add_argument("--seeds", default="0,1,2", help="LeNet-5's seeds; the median is kept")
    parser.add_argument("--mlp-seed", type=int, default=0)
    parser.add_argument("--network", default=None, help="a LeNet-5 variant's file to measure")
    parser.add_argument("--smoke", action="store_true", help="1 epoch on 512 digits, seconds")
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    data = load_dataset("mnist")
    if args.smoke:
        data.x_train, data.y_train = data.x_train[:512], data.y_train[:512]
        data.x_test, data.y_test = data.x_test[:256], data.y_test[:256]
        seeds = seeds[:1]
    print(f"load average before: {_load()} on {os.cpu_count()} cores", flush=True)
    if args.only in (None, "lenet"):
        lenet(data, args.network or str(preset_paths()["lenet5"]), seeds, args.smoke)
    if args.only in (None, "mlp"):
        mlp(data, args.mlp_seed, args.smoke)


if __name__ == "__main__":
    main()
