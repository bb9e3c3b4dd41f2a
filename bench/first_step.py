"""From a Step (F10) to "batch 1" shown: the time netcore's run takes from the start of a run
to its first batch's progress event, through the path the window uses (``prepare`` then
``train_outcome`` with a ``TrainingControl`` asked for one batch), in a warm process (another
network trained earlier in it, as in a classroom session).

Goals: the toy (spirals 2-16-16-2) ≤ 1.0 s, LeNet-5 on MNIST ≤ 2.0 s. Each case is measured
``--repeats`` times, each time with a fresh run (a new model, compiled anew), and the median is
printed with the machine's load. The XLA choice cache lives in a temporary folder, so the
first repeat is a first-ever run and the later ones find the choice remembered.

    uv run python bench/first_step.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("LAYERLAB_CACHE_DIR", tempfile.mkdtemp())
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.whole_process import TOY  # noqa: E402
from netcore.datasets import load_dataset  # noqa: E402
from netcore.network.spec import NetworkSpec, load  # noqa: E402
from netcore.resources import preset_paths  # noqa: E402
from netcore.training.config import TrainConfig  # noqa: E402
from netcore.training.engine import prepare  # noqa: E402
from netcore.training.events import BatchProgress, TrainingControl  # noqa: E402
from netcore.training.outcome import train_outcome  # noqa: E402

WARM = {
    "format": "layerlab-network",
    "version": 1,
    "name": "warm",
    "input_shape": [2],
    "layers": [{"id": "out", "type": "Dense", "units": 2, "activation": "softmax"}],
}


def load_text() -> str:
    return "load " + " ".join(f"{v:.1f}" for v in os.getloadavg())


def first_batch_seconds(spec, dataset, config) -> float:
    """Seconds from the Step to the first batch's progress event (the run then stops)."""
    control = TrainingControl()
    control.step("batch")
    seen = threading.Event()
    t0 = time.perf_counter()
    mark: dict[str, float] = {}

    def listen(event) -> None:
        if isinstance(event, BatchProgress) and not seen.is_set():
            mark["t"] = time.perf_counter()
            seen.set()
            control.stop(evaluate=False)

    prepared = prepare(spec, dataset, config)
    train_outcome(prepared, listen, control, keep_model=False)
    if "t" not in mark:
        raise SystemExit("the run ended without a batch")
    return mark["t"] - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", default="toy,lenet")
    parser.add_argument("--smoke", action="store_true", help="the smallest real run, seconds")
    args = parser.parse_args()
    if args.smoke:
        args.repeats, args.only = 1, "toy"
    spirals = load_dataset("spirals")
    warm = TrainConfig(optimizer="sgd", learning_rate=0.1, batch_size=10, epochs=1)
    prepared = prepare(NetworkSpec.from_dict(WARM), spirals, warm)
    train_outcome(prepared, keep_model=False)  # the warm process: TensorFlow set up, traced once
    cases = []
    if "toy" in args.only:
        config = TrainConfig(optimizer="sgd", learning_rate=0.1, batch_size=10, epochs=300)
        cases.append(("toy 2-16-16-2 spirals", NetworkSpec.from_dict(TOY), spirals, config, 1.0))
    if "lenet" in args.only:
        config = TrainConfig(optimizer="sgd", learning_rate=0.1, batch_size=32, epochs=3)
        lenet = load(preset_paths()["lenet5"])
        cases.append(("LeNet-5 MNIST batch 32", lenet, load_dataset("mnist"), config, 2.0))
    for title, spec, dataset, config, goal in cases:
        times = []
        for i in range(args.repeats):
            times.append(first_batch_seconds(spec, dataset, config))
            print(f"  {title} run {i + 1}: {times[-1]:.2f} s ({load_text()})", flush=True)
        print(
            f"{title}: first batch {statistics.median(times):.2f} s after the Step, median of "
            f"{len(times)} (goal <= {goal} s); {load_text()}",
            flush=True,
        )


if __name__ == "__main__":
    main()
