"""``layerlab train NETWORK.json --dataset NAME [options]``: headless training.

Prints one line per epoch and a final test line. Ctrl-C stops after the current batch and
still saves what was trained. Setup mistakes exit 2 with a message; a run that fails (NaN
loss, out of memory) exits 1.
"""

from __future__ import annotations

import argparse
import sys
import threading

from netcore.training.config import DEVICES, FULL_BATCH, LOSSES, OPTIMIZERS, SCHEDULES


def _batch_size(text: str):
    if text == FULL_BATCH:
        return FULL_BATCH
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be a whole number or 'full', not {text!r}"
        ) from None


def add_training_options(p) -> None:
    """The training settings shared by ``train`` and ``export`` (read by ``config_from_args``).
    Those left out come from the network's recommended settings, else ``TrainConfig``'s."""
    p.add_argument("--epochs", type=int, default=None, help="default: the network's, else 5")
    p.add_argument(
        "--batch-size",
        type=_batch_size,
        default=None,
        help="N, 1 (stochastic) or 'full'; default: the network's, else 32",
    )
    p.add_argument(
        "--optimizer", choices=OPTIMIZERS, default=None, help="default: the network's, else adam"
    )
    p.add_argument("--lr", type=float, default=None, help="learning rate (default: per optimizer)")
    p.add_argument(
        "--schedule",
        choices=SCHEDULES,
        default=None,
        help="the learning rate: constant, or cosine (down to 0 at the last step)",
    )
    p.add_argument("--momentum", type=float, default=None, help="SGD momentum, e.g. 0.9")
    p.add_argument("--nesterov", action="store_true", default=None, help="Nesterov momentum (SGD)")
    p.add_argument("--loss", choices=LOSSES, default="auto")
    p.add_argument("--validation-split", type=float, default=None, help="default: 0.1")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--early-stopping", type=int, default=None, metavar="PATIENCE")
    p.add_argument(
        "--no-xla",
        dest="xla",
        action="store_false",
        help="do not compile the training steps with XLA (slower; for comparison)",
    )


def config_from_args(args: argparse.Namespace, spec=None):
    """A TrainConfig from ``add_training_options`` (plus ``--device``/``--tensorboard`` when the
    command has them): the options given, over the settings ``spec`` recommends, over
    ``TrainConfig``'s defaults. An option given replaces the network's setting, even a bad one; an
    optimizer given leaves the network's rate and momentum behind.

    Raises:
        UsageError: The network's recommended settings or the options cannot work.
    """
    from netcore.network.problems import UsageError
    from netcore.training.config import ConfigError, TrainConfig

    base = TrainConfig(
        loss=args.loss,
        seed=args.seed,
        device=getattr(args, "device", "auto"),
        tensorboard_dir=getattr(args, "tensorboard", None),
        xla=args.xla,
    )
    given = {
        key: value
        for key, value in (
            ("optimizer", args.optimizer),
            ("learning_rate", args.lr),
            ("schedule", args.schedule),
            ("momentum", args.momentum),
            ("nesterov", args.nesterov),
            ("batch_size", args.batch_size),
            ("epochs", args.epochs),
            ("validation_split", args.validation_split),
            ("early_stopping", args.early_stopping),
        )
        if value is not None
    }
    recommended = dict(spec.training) if spec is not None else {}
    if "optimizer" in given:  # another optimizer: the network's rate and momentum were its own
        for key in ("optimizer", "learning_rate", "momentum", "nesterov"):
            recommended.pop(key, None)
    recommended = {k: v for k, v in recommended.items() if k not in given}
    try:
        if recommended:
            base = base.with_settings(
                recommended, f"{args.network}: the network's training settings"
            )
        return base.with_settings(given, "the training options")
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def register(sub) -> None:
    p = sub.add_parser(
        "train",
        help="train a network on a dataset, without the window",
        description="Train NETWORK.json on a dataset and report each epoch and the test result.",
    )
    p.add_argument("network", metavar="NETWORK.json")
    p.add_argument("--dataset", required=True, help="a name from 'layerlab datasets', or a path")
    add_training_options(p)
    p.add_argument("--device", choices=DEVICES, default="auto")
    p.add_argument("--out", metavar="MODEL.keras", help="save the trained model")
    p.add_argument("--history", metavar="HISTORY.json", help="save the history as JSON")
    p.add_argument(
        "--project",
        metavar="OUT.layerlab",
        help="save a project (network, dataset, settings, history, trained model) that the "
        "window opens with everything restored",
    )
    p.add_argument(
        "--tensorboard",
        metavar="DIR",
        help="write TensorBoard logs (scalars and weight histograms) into DIR",
    )
    p.set_defaults(func=cmd_train)


def _settings_line(config, spec) -> str:
    """The optimizer, rate and schedule the run uses, and which of its settings the network
    recommended (a student who left the options out sees where they came from)."""
    from netcore.training.history import run_label

    line = f"{run_label(config)}, {config.epochs} epoch{'s' if config.epochs != 1 else ''}"
    if spec.training:
        line += f" (the network recommends: {', '.join(sorted(spec.training))}; options win)"
    return line


def _fmt_metrics(metrics: dict[str, float]) -> str:
    order = ["loss", "accuracy", "mae", "mse", "val_loss", "val_accuracy", "val_mae", "val_mse"]
    parts = [f"{k} {metrics[k]:.4f}" for k in order if k in metrics]
    return "  ".join(parts)


def _seconds(value: float) -> str:
    """An epoch's duration: 12.3, or 0.004 for the epochs of a toy that take milliseconds."""
    return f"{value:.1f}" if value >= 0.95 else f"{value:.3f}"


def cmd_train(args: argparse.Namespace) -> int:
    from netcore.datasets.sources import DatasetSource
    from netcore.network.problems import UsageError
    from netcore.network.spec import load
    from netcore.training.engine import SetupError, prepare
    from netcore.training.events import EpochEnd, Failed, Finished, Started, TrainingControl
    from netcore.training.outcome import train_outcome

    check_output_paths(args)
    spec = load(args.network)
    source = DatasetSource.parse(args.dataset)
    dataset = source.load()
    config = config_from_args(args, spec)
    try:
        prepared = prepare(spec, dataset, config)
    except SetupError as exc:
        lines = [f"{args.network}: {line}" for line in str(exc).splitlines()]
        raise UsageError("\n".join(lines)) from None

    def listener(event) -> None:
        if isinstance(event, Started):
            print(
                f"training {event.network} ({event.params:,} parameters) on {dataset.title}: "
                f"{event.train_samples:,} train / {event.val_samples:,} validation, "
                f"batch {event.batch_size}, {event.steps_per_epoch} steps per epoch, "
                f"{event.loss_label}, on {event.device}",
                flush=True,
            )
            print(f"settings: {_settings_line(config, spec)}", flush=True)
            if event.device_note:
                print(f"note: {event.device_note}", file=sys.stderr, flush=True)
        elif isinstance(event, EpochEnd):
            m = event.metrics
            print(
                f"epoch {event.epoch}/{config.epochs}  {_fmt_metrics(m)}  "
                f"{_seconds(m['seconds'])} s",
                flush=True,
            )

    control = TrainingControl()
    keep_model = bool(args.out or args.project)
    ended = _run_interruptibly(
        lambda: train_outcome(prepared, listener, control, keep_model=keep_model), control
    )
    if ended is None:
        print("layerlab: abandoned; nothing was saved", file=sys.stderr, flush=True)
        return 130
    outcome, interrupted = ended
    final = outcome.final
    if isinstance(final, Failed):
        print(f"layerlab: {final.message}", file=sys.stderr)
        return 1
    assert isinstance(final, Finished)
    for note in final.notes:
        print(f"note: {note}", file=sys.stderr, flush=True)
    if final.reason != "completed" and not interrupted:
        stream = sys.stderr if final.reason == "nan" else sys.stdout
        print(final.message, file=stream, flush=True)
    if final.test is not None:
        parts = [f"test loss {final.test['loss']:.4f}"]
        if "accuracy" in final.test:
            parts.append(f"test accuracy {final.test['accuracy']:.4f}")
        parts += [f"test {k} {v:.4f}" for k, v in final.test.items() if k in ("mae", "mse")]
        print("  ".join(parts), flush=True)
    if final.reason == "nan":
        return 1
    kept = _save_outputs(args, outcome, spec, source, config)
    if kept is None:
        return 1
    if interrupted:
        done = f"{len(final.history)} epoch{'s' if len(final.history) != 1 else ''}"
        what = ", ".join(kept) if kept else "nothing (no --out, --history or --project given)"
        print(f"interrupted after {done}; kept: {what}", file=sys.stderr, flush=True)
        return 130
    return 0


def _run_interruptibly(work, control):
    """Run ``work`` in a thread. Ctrl-C stops it after the current batch; a second Ctrl-C
    abandons it. Returns (what ``work`` returned, interrupted), or None when abandoned.

    The main thread waits on an Event, not on ``Thread.join``: on Python 3.11 an interrupted
    ``join`` marks the still-running thread as finished, and its result was then lost.
    """
    result: list = []
    done = threading.Event()

    def target() -> None:
        try:
            result.append(work())
        finally:
            done.set()

    threading.Thread(target=target, name="layerlab-train", daemon=True).start()
    interrupted = False
    try:
        while not done.wait(0.2):
            pass
    except KeyboardInterrupt:
        interrupted = True
        print(
            "stopping after this batch (Ctrl-C again to abandon without saving)...",
            file=sys.stderr,
            flush=True,
        )
        control.stop(evaluate=False)
        try:
            while not done.wait(0.2):
                pass
        except KeyboardInterrupt:
            return None
    if not result:  # the run raised: its exception was printed by the thread
        raise RuntimeError("training stopped with an internal error")
    return result[0], interrupted


def check_output_paths(args) -> None:
    """Before any training: every file asked for can be written where it is asked for.

    Raises:
        UsageError: Naming the option, the path and what is wrong with it.
    """
    import os
    from pathlib import Path

    from netcore.network.problems import UsageError

    for option, value, suffix in (
        ("--out", args.out, ".keras"),
        ("--history", args.history, None),
        ("--project", args.project, ".layerlab"),
    ):
        if not value:
            continue
        path = Path(value)
        if suffix and path.suffix != suffix:
            raise UsageError(f"{option} {value}: the file name must end in {suffix}")
        if path.is_dir():
            raise UsageError(f"{option} {value}: is a folder; give a file name inside it")
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise UsageError(f"{option} {value}: the folder {folder} does not exist")
        if not os.access(folder, os.W_OK):
            raise UsageError(f"{option} {value}: the folder {folder} cannot be written to")


def _save_outputs(args, outcome, spec, source, config) -> list[str] | None:
    """Write what was asked for; on a failed write keep the model in a fallback file and say
    where. Returns what was written, or None when something could not be."""
    from netcore.fileio import atomic_write_bytes
    from netcore.training.history import save_history

    kept: list[str] = []
    jobs = [
        ("model", args.out, lambda: atomic_write_bytes(args.out, outcome.model_bytes)),
        ("history", args.history, lambda: save_history(args.history, outcome.record)),
        (
            "project",
            args.project,
            lambda: _save_project(args.project, spec, source, config, outcome),
        ),
    ]
    for what, path, save in jobs:
        if not path:
            continue
        try:
            save()
        except OSError as exc:
            rescue = _rescue_model(outcome.model_bytes)
            print(
                f"layerlab: could not write the {what} to {path}: {exc.strerror or exc}; "
                + (f"the trained model was kept in {rescue}" if rescue else "nothing was kept"),
                file=sys.stderr,
                flush=True,
            )
            return None
        print(f"saved the {what} to {path}", flush=True)
        kept.append(f"the {what} in {path}")
    return kept


def _rescue_model(model_bytes: bytes | None) -> str | None:
    """Save the model somewhere that can be written (the system's temporary folder)."""
    import tempfile
    import time
    from pathlib import Path

    from netcore.fileio import atomic_write_bytes

    if not model_bytes:
        return None
    path = Path(tempfile.gettempdir()) / f"layerlab-rescued-{time.strftime('%Y%m%d-%H%M%S')}.keras"
    try:
        atomic_write_bytes(path, model_bytes)
    except OSError:
        return None
    return str(path)


def _save_project(path, spec, source, config, outcome) -> None:
    """Everything the window needs to show this run: ``layerlab project`` describes it."""
    from netcore.project.fileformat import save_project
    from netcore.project.model import Project, WeightSource

    record = outcome.record
    note = ""
    if record.test and "accuracy" in record.test:
        note = f"test accuracy {record.test['accuracy'] * 100:.2f} %"
    project = Project(
        spec=spec,
        dataset=source,
        training=config,
        weights=outcome.weights,
        weight_source=WeightSource.TRAINED,
        weight_note=note,
        runs=[record],
        model_bytes=outcome.model_bytes,
    )
    save_project(path, project)
