"""Throughput of LayerLab's training engine (listener receiving every event) vs plain
``model.fit`` on the same model, data and batch size, interleaved in the same process.

Each run trains EPOCHS epochs from the same seed; its throughput is the samples per second of
its median epoch after the first (steady state, after tf.function tracing; a median filters the
machine's occasional slow spells). Runs alternate plain/engine; the figure is the median of the
per-pair ratios.

    uv run python bench/overhead.py [--repeats 5] [--epochs 4] [--samples 60000] [--batch-size 128]
"""

from __future__ import annotations

import argparse
import statistics
import time

from netcore.datasets import load_dataset
from netcore.models import tfruntime
from netcore.models.builder import build_model
from netcore.network.spec import load
from netcore.resources import preset_paths
from netcore.training.config import TrainConfig
from netcore.training.engine import prepare, run
from netcore.training.events import EpochEnd
from netcore.training.kerasparts import in_memory, make_metrics, make_optimizer, make_targets


def steady(seconds: list[float]) -> float:
    """The median epoch after the first (which traces); with one epoch, that one."""
    return statistics.median(seconds[1:] or seconds)


def plain_fit(prepared) -> float:
    return len(prepared.dataset.x_train) / steady(plain_epochs(prepared))


def plain_epochs(prepared) -> list[float]:
    """Seconds of each epoch of a plain ``model.fit`` (the first one includes tracing)."""
    keras = tfruntime.keras()
    cfg, ds = prepared.config, prepared.dataset
    keras.utils.set_random_seed(cfg.seed)
    model = build_model(prepared.spec, prepared.analysis)
    model.compile(
        optimizer=make_optimizer(cfg), loss=prepared.plan.loss, metrics=make_metrics(prepared.plan)
    )
    times = []

    class EpochTimer(keras.callbacks.Callback):  # epoch hooks only: no per-batch work
        def on_epoch_begin(self, epoch, logs=None):
            self.t = time.perf_counter()

        def on_epoch_end(self, epoch, logs=None):
            times.append(time.perf_counter() - self.t)

    y = make_targets(ds.y_train, prepared.plan, ds.num_classes)
    model.fit(
        in_memory(ds.x_train),  # as a user's own arrays would be (and as the engine does)
        y,
        batch_size=prepared.batch_size,
        epochs=cfg.epochs,
        shuffle=True,
        verbose=0,
        callbacks=[EpochTimer()],
    )
    return times


def engine_fit(prepared) -> tuple[float, int]:
    events = []
    run(prepared, events.append)
    epochs = [e for e in events if isinstance(e, EpochEnd)]
    return len(prepared.dataset.x_train) / steady([e.metrics["seconds"] for e in epochs]), len(
        events
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--samples", type=int, default=60000)
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--networks", default="mnist-mlp-512,lenet5")
    parser.add_argument("--smoke", action="store_true", help="the smallest real run, seconds")
    args = parser.parse_args()
    if args.smoke:
        args.repeats, args.samples, args.epochs, args.networks = 1, 512, 2, "mnist-mlp-512"
    mnist = load_dataset("mnist")
    mnist.x_train, mnist.y_train = mnist.x_train[: args.samples], mnist.y_train[: args.samples]
    mnist.x_test, mnist.y_test = mnist.x_test[:1000], mnist.y_test[:1000]
    print(
        f"MNIST {args.samples:,} samples, batch {args.batch_size}, {args.epochs} epochs per run, {args.repeats} repeats, interleaved"
    )
    for name in args.networks.split(","):
        spec = load(preset_paths()[name])
        cfg = TrainConfig(
            optimizer="sgd",
            learning_rate=0.1,
            batch_size=args.batch_size,
            epochs=args.epochs,
            validation_split=0,
        )
        prepared = prepare(spec, mnist, cfg)
        ratios, plain_all, engine_all = [], [], []
        for i in range(args.repeats):
            order = [plain_fit, engine_fit] if i % 2 == 0 else [engine_fit, plain_fit]
            results = {}
            for fn in order:
                results[fn.__name__] = fn(prepared)
            plain = results["plain_fit"]
            engine, n_events = results["engine_fit"]
            plain_all.append(plain)
            engine_all.append(engine)
            ratios.append(engine / plain)
            print(
                f"  {name} run {i + 1}: plain {plain:8.0f} samples/s, engine {engine:8.0f} samples/s ({n_events} events), ratio {engine / plain:.3f}"
            )
        print(
            f"{name}: median plain {statistics.median(plain_all):.0f} samples/s, engine {statistics.median(engine_all):.0f} samples/s, "
            f"median ratio {statistics.median(ratios):.3f} (goal ≥ 0.97)"
        )


if __name__ == "__main__":
    main()
