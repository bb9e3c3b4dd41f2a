"""The two MNIST presets reach what the lecture and the README promise, on this machine's CPU,
through LayerLab's own training engine (the same path as the window's Start):

* (a) LeNet-5 (``lenet5``) with Adam at its default rate, batch 32 (the window's default),
  5 epochs, all 60,000 training digits: goal ≥ 99.0 % test accuracy as the median over seeds;
* (b) the lecture's MLP table (``mnist-mlp-512``): SGD lr 0.1, batch 128, 40 epochs: goal
  ≥ 98.0 % test accuracy in ≤ 60 s of training on CPU. It is long, so it runs once.

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

LENET = TrainConfig(optimizer="adam", batch_size=32, epochs=5, validation_split=0.0)
MLP = TrainConfig(
    optimizer="sgd", learning_rate=0.1, batch_size=128, epochs=40, validation_split=0.0
)
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


def lenet(data, network: str, seeds: list[int], config: TrainConfig) -> None:
    spec = load(network)
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
        f"LeNet-5 ({os.path.basename(network)}), adam lr {config.lr:g}, batch "
        f"{config.batch_size}, {config.epochs} epochs, seeds {','.join(map(str, seeds))}: median "
        f"test accuracy {median * 100:.2f} % (min {min(accuracies) * 100:.2f}, max "
        f"{max(accuracies) * 100:.2f}; goal ≥ {LENET_GOAL * 100:.1f} %: "
        f"{'met' if median >= LENET_GOAL else 'NOT met'})",
        flush=True,
    )


def mlp(data, seed: int, config: TrainConfig) -> None:
    spec = load(preset_paths()["mnist-mlp-512"])
    accuracy, seconds, wall = one_run(spec, data, dataclasses.replace(config, seed=seed))
    met = accuracy >= MLP_GOAL and seconds <= MLP_SECONDS
    print(
        f"MNIST MLP 784-512-512-10, sgd lr {config.lr:g}, batch {config.batch_size}, "
        f"{config.epochs} epochs, seed {seed}: test accuracy {accuracy * 100:.2f} %, training "
        f"{seconds:.1f} s, wall {wall:.1f} s, load {_load()} (goal ≥ {MLP_GOAL * 100:.1f} % "
        f"and ≤ {MLP_SECONDS:.0f} s: {'met' if met else 'NOT met'})",
        flush=True,
    )


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
    lenet_config, mlp_config, seeds = LENET, MLP, [int(s) for s in args.seeds.split(",")]
    data = load_dataset("mnist")
    if args.smoke:
        data.x_train, data.y_train = data.x_train[:512], data.y_train[:512]
        data.x_test, data.y_test = data.x_test[:256], data.y_test[:256]
        lenet_config = dataclasses.replace(lenet_config, epochs=1, xla=False)
        mlp_config = dataclasses.replace(mlp_config, epochs=1, xla=False)
        seeds = seeds[:1]
    print(f"load average before: {_load()} on {os.cpu_count()} cores", flush=True)
    if args.only in (None, "lenet"):
        lenet(data, args.network or str(preset_paths()["lenet5"]), seeds, lenet_config)
    if args.only in (None, "mlp"):
        mlp(data, args.mlp_seed, mlp_config)


if __name__ == "__main__":
    main()
