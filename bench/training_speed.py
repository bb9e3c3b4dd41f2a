"""Training speed of LayerLab's compiled engine against plain Keras measured in the same run
(this machine is noisy: runs alternate, figures are medians, the goal is a ratio, and each
figure is printed with the machine's load). The MNIST epochs compare four contenders, each in
its own process:

- plain ``fit`` as a beginner writes it (NumPy arrays, ``batch_size``, ``validation_data``),
  with TensorFlow's own thread settings;
- the strongest plain set-up found: ``tf.data`` input (shuffled, batched, prefetched),
  ``steps_per_execution=32``, and ``jit_compile=True`` where it helps (dense networks; it is
  2.5-12x slower for convolutions on this CPU, so off for LeNet), TensorFlow's threads;
- the same with one thread per operation and one operation at a time, the thread settings
  that served it best (``strong1``);
- LayerLab's engine, with its own threads (``netcore/models/threads.py``).

1. Toy: 2-16-16-2 tanh on the 300 spiral points, SGD 0.1, batch 10: steady epochs per second
   (goal ≥ 100; plain fit ≈ 8).
2. The whole command: ``layerlab train`` for 300 epochs vs a plain-Keras script doing the same
   (import, build, fit with the same validation split, evaluate) and the strong script, each a
   fresh process (goal ≥ 5× plain fit).
3. MNIST epochs, steady and first: MLP 784-512-512-10 at batch 128 (goal ≥ 1.5×), LeNet-5 at
   batch 32 (goal ≥ 1.3× plain, ≥ 1.2× strong; first epoch ≥ 1.25× plain's first), the MLP at
   batch 1 on a slice of MNIST (goal ≥ 2×).
4. Peak memory of one LeNet-5 epoch, each in a fresh process (VmHWM; goal ≤ plain fit + 10 %).

``--busy N`` runs N other jobs (each a loop that keeps one core busy and ends by itself) for the
whole measurement, the way a classroom machine runs the window beside the training: the goals
hold on a quiet machine and with another job on the cores.

    uv run python bench/training_speed.py [--repeats 3] [--only toy,cli,mnist,lenet,memory]
    uv run python bench/training_speed.py --only lenet --busy 1
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.whole_process import TOY, cli, load_text  # noqa: E402
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


def strong_epoch_seconds(prepared, jit: bool) -> list[float]:
    """Each epoch's seconds under the strongest plain set-up: tf.data input (shuffled each
    epoch, batched, prefetched), ``steps_per_execution=32``, ``jit_compile`` when ``jit``."""
    keras = tfruntime.keras()
    tf = tfruntime.tensorflow()
    cfg, ds, plan = prepared.config, prepared.dataset, prepared.plan
    keras.utils.set_random_seed(cfg.seed)
    model = build_model(prepared.spec, prepared.analysis)
    model.compile(
        optimizer=make_optimizer(cfg),
        loss=plan.loss,
        metrics=make_metrics(plan),
        steps_per_execution=32,
        jit_compile=jit,
    )
    times: list[float] = []

    class EpochTimer(keras.callbacks.Callback):
        def on_epoch_begin(self, epoch, logs=None):
            self.t = time.perf_counter()

        def on_epoch_end(self, epoch, logs=None):
            times.append(time.perf_counter() - self.t)

    def pipeline(x, y, shuffle):
        data = tf.data.Dataset.from_tensor_slices((in_memory(x), y))
        if shuffle:
            data = data.shuffle(len(y), reshuffle_each_iteration=True)
        return data.batch(prepared.batch_size).prefetch(tf.data.AUTOTUNE)

    val = None
    if ds.x_val is not None and len(ds.x_val):
        val = pipeline(ds.x_val, make_targets(ds.y_val, plan, ds.num_classes), False)
    train = pipeline(ds.x_train, make_targets(ds.y_train, plan, ds.num_classes), True)
    model.fit(train, epochs=cfg.epochs, validation_data=val, verbose=0, callbacks=[EpochTimer()])
    return times


def engine_epoch_seconds(prepared) -> list[float]:
    events: list = []
    run(prepared, events.append)
    return [e.metrics["seconds"] for e in events if isinstance(e, EpochEnd)]


def steady(seconds: list[float], skip: int) -> float:
    return statistics.median(seconds[skip:])


#: The MNIST cases: title, preset, batch, training digits, epochs, goal against plain fit, XLA
#: for the strong set-up, goal against the strong set-up.
CASES = {
    "lenet": ("LeNet-5 batch 32", "lenet5", 32, 60000, 3, 1.3, False, 1.2),
    "mlp": ("MNIST MLP 784-512-512-10 batch 128", "mnist-mlp-512", 128, 60000, 4, 1.5, True, None),
    "mlp1": ("MNIST MLP batch 1 (6,000 digits)", "mnist-mlp-512", 1, 6000, 3, 2.0, True, None),
}


def case_prepared(case: str):
    _, preset, batch, samples, epochs, *_ = CASES[case]
    data = load_dataset("mnist")
    data.x_train, data.y_train = data.x_train[:samples], data.y_train[:samples]
    data.x_test, data.y_test = data.x_test[:1000], data.y_test[:1000]
    cfg = TrainConfig(
        optimizer="sgd",
        learning_rate=0.1,
        validation_split=0.1,
        batch_size=batch,
        epochs=epochs,
    )
    return prepare(load(preset_paths()[preset]), data, cfg)


def epochs_child(kind: str, case: str) -> None:
    """One contender on one case in this fresh process; prints each epoch's seconds."""
    prepared = case_prepared(case)
    if kind == "plain":
        seconds = plain_epoch_seconds(prepared)
    elif kind in ("strong", "strong1"):
        seconds = strong_epoch_seconds(prepared, CASES[case][6])
    else:
        seconds = engine_epoch_seconds(prepared)
    print(json.dumps(seconds))


def contender_env(kind: str) -> dict:
    """A plain Keras script runs with TensorFlow's own thread settings; LayerLab with its own
    (``netcore/models/threads.py``); "strong1" is the strong set-up with the thread settings
    that served it best (one thread per operation, one operation at a time: 4.7 s against
    7.4 s with LayerLab's two side by side). Each contender in its own process."""
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2")
    if kind in ("plain", "strong"):
        env["LAYERLAB_THREADS"] = "tensorflow"
    elif kind == "strong1":  # the best a plain script found: one thread, one operation at once
        env["TF_NUM_INTRAOP_THREADS"] = env["TF_NUM_INTEROP_THREADS"] = "1"
    return env


def contender_seconds(kind: str, case: str) -> list[float]:
    done = subprocess.run(
        [sys.executable, __file__, "--epochs-child", f"{kind}:{case}"],
        env=contender_env(kind),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} on {case} failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def compare(case: str, repeats: int) -> None:
    """Steady (median after the first) and first epochs of the four contenders, each in a
    fresh process, in an order that rotates each repeat; medians of the repeats and of the
    per-repeat ratios."""
    name, _, _, _, _, goal, _, strong_goal = CASES[case]
    kinds = ["plain", "strong", "strong1", "engine"]
    steady_all = {k: [] for k in kinds}
    first_all = {k: [] for k in kinds}
    for i in range(repeats):
        for kind in kinds[i % 4 :] + kinds[: i % 4]:
            seconds = contender_seconds(kind, case)
            steady_all[kind].append(steady(seconds, 1))
            first_all[kind].append(seconds[0])
        print(
            f"  {name} run {i + 1}: steady plain {steady_all['plain'][-1]:.3f} s, strong "
            f"{steady_all['strong'][-1]:.3f} s, strong with 1 thread "
            f"{steady_all['strong1'][-1]:.3f} s, LayerLab {steady_all['engine'][-1]:.3f} s; "
            f"first epoch plain {first_all['plain'][-1]:.2f} s, strong "
            f"{first_all['strong'][-1]:.2f} s, LayerLab {first_all['engine'][-1]:.2f} s "
            f"({load_text()})",
            flush=True,
        )

    def ratio(table, other):
        return statistics.median(a / b for a, b in zip(table[other], table["engine"], strict=True))

    med = {k: statistics.median(v) for k, v in steady_all.items()}
    first = {k: statistics.median(v) for k, v in first_all.items()}
    strong_goal = f" (goal >= {strong_goal}x)" if strong_goal else ""
    print(
        f"{name}, steady epoch: plain fit {med['plain']:.3f} s, strong plain "
        f"{med['strong']:.3f} s, strong with 1 thread {med['strong1']:.3f} s, "
        f"LayerLab {med['engine']:.3f} s; LayerLab {ratio(steady_all, 'plain'):.2f}x plain "
        f"(goal >= {goal}x), {ratio(steady_all, 'strong'):.2f}x strong{strong_goal}, "
        f"{ratio(steady_all, 'strong1'):.2f}x strong with 1 thread; first epoch plain "
        f"{first['plain']:.2f} s, strong {first['strong']:.2f} s, LayerLab "
        f"{first['engine']:.2f} s ({ratio(first_all, 'plain'):.2f}x plain's first); "
        f"{load_text()}",
        flush=True,
    )


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
        f"median ratio {statistics.median(ratios):.0f}x; {load_text()}",
        flush=True,
    )


def mnist(repeats: int, only_lenet: bool = False) -> None:
    for case in ["lenet"] if only_lenet else list(CASES):
        compare(case, repeats)


def lenet_prepared(epochs: int = 1):
    cfg = TrainConfig(
        optimizer="sgd", learning_rate=0.1, validation_split=0.1, batch_size=32, epochs=epochs
    )
    return prepare(load(preset_paths()["lenet5"]), load_dataset("mnist"), cfg)


def peak_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def memory_child(kind: str) -> None:
    """One LeNet-5 epoch (with the test set's evaluation) in this fresh process; prints the
    peak resident memory in KiB."""
    prepared = lenet_prepared()
    if kind == "plain":
        plain_epoch_seconds(prepared)
    else:
        engine_epoch_seconds(prepared)
    print(peak_kib())


def memory(repeats: int) -> None:
    peaks: dict[str, list[int]] = {"plain": [], "engine": []}
    cache = tempfile.mkdtemp()
    for i in range(repeats):
        for kind in ("plain", "engine") if i % 2 == 0 else ("engine", "plain"):
            done = subprocess.run(
                [sys.executable, __file__, "--memory-child", kind],
                env=dict(contender_env(kind), LAYERLAB_CACHE_DIR=cache),
                capture_output=True,
                text=True,
                check=True,
            )
            peaks[kind].append(int(done.stdout.strip().splitlines()[-1]))
        print(
            f"  LeNet-5 one epoch, peak memory, run {i + 1}: plain fit "
            f"{peaks['plain'][-1] / 2**20:.2f} GiB, LayerLab {peaks['engine'][-1] / 2**20:.2f} GiB",
            flush=True,
        )
    plain, ours = statistics.median(peaks["plain"]), statistics.median(peaks["engine"])
    print(
        f"LeNet-5 one epoch, peak memory (VmHWM, fresh processes): plain fit "
        f"{plain / 2**20:.2f} GiB, LayerLab {ours / 2**20:.2f} GiB "
        f"({100 * (ours / plain - 1):+.0f} %, goal <= +10 %); {load_text()}",
        flush=True,
    )


#: another job on the machine: a loop that keeps one core busy and stops by itself
#: (it also stops when the benchmark is gone: it checks its parent now and then)
BUSY_JOB = (
    "import os, sys, time\nparent, end = os.getppid(), time.time() + float(sys.argv[1])\n"
    "while time.time() < end and os.getppid() == parent:\n    sum(range(10000))"
)


@contextlib.contextmanager
def other_jobs(count: int, seconds: float = 3600.0):
    """``count`` busy processes while the block runs (each ends by itself after ``seconds``)."""
    jobs = [subprocess.Popen([sys.executable, "-c", BUSY_JOB, str(seconds)]) for _ in range(count)]
    try:
        if count:
            print(f"with {count} other busy job(s) on the {os.cpu_count()} cores", flush=True)
        yield
    finally:
        for job in jobs:
            job.kill()
            job.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", default="toy,cli,mnist,memory")
    parser.add_argument("--smoke", action="store_true", help="the smallest real run, seconds")
    parser.add_argument("--busy", type=int, default=0, help="other busy jobs while measuring")
    parser.add_argument("--memory-child", choices=("plain", "engine"), help=argparse.SUPPRESS)
    parser.add_argument("--epochs-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return
    if args.epochs_child:
        epochs_child(*args.epochs_child.split(":"))
        return
    if args.smoke:
        args.repeats, args.only = 1, "toy"
    parts = args.only.split(",")
    with other_jobs(args.busy):
        measure(parts, args.repeats)


def measure(parts: list[str], repeats: int) -> None:
    if "toy" in parts:
        toy(repeats)
    if "cli" in parts:
        cli(repeats)
    if "mnist" in parts or "lenet" in parts:
        mnist(repeats, only_lenet="mnist" not in parts)
    if "memory" in parts:
        memory(repeats)


if __name__ == "__main__":
    main()
