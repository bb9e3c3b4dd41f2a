"""The lecture's reference results, reproduced on this machine's CPU:

- MNIST MLP 784-512-512-10 (tanh, softmax, cross-entropy, SGD lr 0.1, batch 128, 40 epochs) on
  all 60,000 training digits: the lecture reports 98.12 % test accuracy ("5 minutes on a GPU").
- LeNet-5 with Adam, 5 epochs: goal ≥ 99.0 % test accuracy.

    uv run python bench/seed_table.py [--mlp-epochs 40] [--lenet-epochs 5] [--seed 0]
"""

from __future__ import annotations

import argparse
import time

from netcore.datasets import load_dataset
from netcore.network.spec import load
from netcore.resources import preset_paths
from netcore.training.config import TrainConfig
from netcore.training.engine import train
from netcore.training.events import EpochEnd


def run(name: str, config: TrainConfig) -> None:
    ds = load_dataset("mnist")

    def listener(event):
        if isinstance(event, EpochEnd):
            m = event.metrics
            print(
                f"  {name} epoch {event.epoch}: loss {m['loss']:.4f} accuracy {m['accuracy']:.4f} ({m['seconds']:.1f} s)",
                flush=True,
            )

    t = time.perf_counter()
    _, final = train(load(preset_paths()[name]), ds, config, listener)
    wall = time.perf_counter() - t
    print(
        f"{name}: {config.optimizer} lr {config.lr:g}, batch {config.batch_size}, {len(final.history)} epochs: "
        f"test accuracy {final.test['accuracy'] * 100:.2f} %, test loss {final.test['loss']:.4f}, "
        f"training {sum(row['seconds'] for row in final.history):.1f} s, wall {wall / 60:.1f} min",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mlp-epochs", type=int, default=40)
    parser.add_argument("--lenet-epochs", type=int, default=5)
    parser.add_argument("--lenet-batch", type=int, default=32)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", choices=["mlp", "lenet"], default=None)
    parser.add_argument("--smoke", action="store_true", help="the smallest real run, seconds")
    args = parser.parse_args()
    if args.smoke:
        args.only, args.mlp_epochs = "mlp", 1
    if args.only in (None, "mlp"):
        run(
            "mnist-mlp-512",
            TrainConfig(
                optimizer="sgd",
                learning_rate=0.1,
                batch_size=128,
                epochs=args.mlp_epochs,
                validation_split=0,
                seed=args.seed,
            ),
        )
    if args.only in (None, "lenet"):
        run(
            "lenet5",
            TrainConfig(
                optimizer="adam",
                batch_size=args.lenet_batch,
                epochs=args.lenet_epochs,
                validation_split=0,
                seed=args.seed,
            ),
        )


if __name__ == "__main__":
    main()
