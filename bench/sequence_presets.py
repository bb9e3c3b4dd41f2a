"""The sequence presets train to what their descriptions promise, on CPU, in minutes — and at
what speed next to plain ``model.fit`` on the same model, data and settings, in the same run.

* the small Vision Transformer (``vit-mnist``) on MNIST, Adam, batch 128, 5 epochs: goal
  ≥ 95 % test accuracy in a few minutes;
* the LSTM digit reader (``lstm-digit-reader``) on MNIST, Adam, batch 128, 3 epochs;
* the sine forecaster (``sine-forecaster``) on ``sine_wave``, Adam, batch 32, 30 epochs: test
  mean absolute error.

LayerLab's engine and plain ``fit`` alternate (engine first for the first preset, then the
other way), each from the same seed; the ratio is plain fit's wall time over LayerLab's.

    uv run python bench/sequence_presets.py [--presets vit-mnist,lstm-digit-reader,sine-forecaster]
    uv run python bench/sequence_presets.py --smoke      # the forecaster, 1 epoch, seconds
"""

from __future__ import annotations

import argparse
import dataclasses
import time

from netcore.datasets import load_dataset
from netcore.models import tfruntime
from netcore.models.builder import build_model
from netcore.network.spec import load
from netcore.resources import preset_paths
from netcore.training.config import TrainConfig
from netcore.training.engine import prepare, run
from netcore.training.events import Finished
from netcore.training.kerasparts import in_memory, make_metrics, make_optimizer, make_targets

SETTINGS = {
    "vit-mnist": ("mnist", TrainConfig(optimizer="adam", batch_size=128, epochs=5)),
    "lstm-digit-reader": ("mnist", TrainConfig(optimizer="adam", batch_size=128, epochs=3)),
    "sine-forecaster": ("sine_wave", TrainConfig(optimizer="adam", batch_size=32, epochs=30)),
}


def engine_run(prepared) -> tuple[float, dict]:
    start = time.perf_counter()
    _, final = run(prepared)
    seconds = time.perf_counter() - start
    if not isinstance(final, Finished):
        raise SystemExit(f"training failed: {final}")
    return seconds, dict(final.test or {})


def plain_run(prepared) -> tuple[float, dict]:
    keras = tfruntime.keras()
    cfg, ds = prepared.config, prepared.dataset
    keras.utils.set_random_seed(cfg.seed)
    start = time.perf_counter()
    model = build_model(prepared.spec, prepared.analysis)
    model.compile(
        optimizer=make_optimizer(cfg), loss=prepared.plan.loss, metrics=make_metrics(prepared.plan)
    )
    y = make_targets(ds.y_train, prepared.plan, ds.num_classes)
    model.fit(
        in_memory(ds.x_train),
        y,
        batch_size=prepared.batch_size,
        epochs=cfg.epochs,
        shuffle=True,
        verbose=0,
    )
    y_test = make_targets(ds.y_test, prepared.plan, ds.num_classes)
    values = model.evaluate(in_memory(ds.x_test), y_test, verbose=0, return_dict=True)
    return time.perf_counter() - start, values


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--presets", default=",".join(SETTINGS))
    parser.add_argument("--smoke", action="store_true", help="the forecaster, 1 epoch, seconds")
    args = parser.parse_args()
    if args.smoke:
        args.presets = "sine-forecaster"
    for k, name in enumerate(args.presets.split(",")):
        dataset_name, cfg = SETTINGS[name]
        data = load_dataset(dataset_name)
        if args.smoke:
            data.x_train, data.y_train = data.x_train[:200], data.y_train[:200]
            data.x_test, data.y_test = data.x_test[:100], data.y_test[:100]
            cfg = dataclasses.replace(cfg, epochs=1, xla=False)  # the XLA trial takes longer
        cfg = dataclasses.replace(cfg, validation_split=0.0)
        prepared = prepare(load(preset_paths()[name]), data, cfg)
        order = [engine_run, plain_run] if k % 2 == 0 else [plain_run, engine_run]
        results = {fn.__name__: fn(prepared) for fn in order}
        (ours, mine), (plain, theirs) = results["engine_run"], results["plain_run"]
        params = prepared.analysis.total_params
        print(
            f"{name} ({params:,} parameters) on {dataset_name}, {cfg.optimizer}, batch "
            f"{cfg.batch_size}, {cfg.epochs} epochs: LayerLab {ours:.1f} s, test "
            f"{_figures(mine)}; plain fit {plain:.1f} s, test {_figures(theirs)}; "
            f"speed ratio {plain / ours:.2f}×",
            flush=True,
        )


def _figures(values: dict) -> str:
    shown = []
    for key in ("accuracy", "mae", "loss"):
        for name, value in values.items():
            if name.endswith(key) and "val" not in name:
                shown.append(
                    f"{key} {value * 100:.2f} %" if key == "accuracy" else f"{key} {value:.4f}"
                )
                break
    return ", ".join(shown[:2])


if __name__ == "__main__":
    main()
