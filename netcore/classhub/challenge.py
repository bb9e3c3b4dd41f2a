"""Challenges: the test data the hub keeps, and a handed-in model scored in a separate process
with limits on time and memory.

The evaluator runs as ``python -m netcore.classhub.evaluate`` with ``RLIMIT_CPU`` (its CPU time)
and ``RLIMIT_AS`` (its address space) set before it starts, and the hub also kills it when the
wall-clock time is over. One evaluation at a time: the teacher's machine has a class to serve.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from netcore.fileio import atomic_path
from netcore.i18n import translate

#: Wall-clock seconds one evaluation may take (TensorFlow's import is ~5 s of it).
EVAL_SECONDS = 120
#: Address space of the evaluator: TensorFlow reserves ~3 GB of it before doing anything; the
#: models a challenge allows need a few hundred MB more.
EVAL_MEMORY = 8 << 30
#: Test examples kept per challenge (MNIST's test set is 10,000).
MAX_TEST_EXAMPLES = 20_000


@dataclass(frozen=True)
class Score:
    accuracy: float | None
    params: int | None
    error: str = ""


def test_data_path(folder: Path, challenge: int) -> Path:
    return folder / "challenges" / f"{challenge:04d}-test.npz"


def load_test_data(dataset: str) -> tuple[np.ndarray, np.ndarray]:
    """The test split of ``dataset`` (a reference ``layerlab datasets`` knows), at most
    ``MAX_TEST_EXAMPLES`` examples. Raises DatasetError."""
    from netcore.datasets.errors import DatasetError
    from netcore.datasets.sources import DatasetSource

    data = DatasetSource.parse(dataset).load()
    if not getattr(data, "class_names", None):
        raise DatasetError(
            translate("Class hub", "{dataset}: a challenge needs a classification dataset").format(
                dataset=dataset
            )
        )
    x, y = data.x_test[:MAX_TEST_EXAMPLES], data.y_test[:MAX_TEST_EXAMPLES]
    return np.asarray(x, dtype=np.float32), np.asarray(y)


def save_test_data(folder: Path, challenge: int, x: np.ndarray, y: np.ndarray) -> Path:
    """Keep a challenge's test data in the class folder: the hub scores every hand-in on it."""
    path = test_data_path(folder, challenge)
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        np.savez(fh, x_test=x, y_test=y)
    return path


def keep_test_data(folder: Path, challenge: int, dataset: str) -> Path:
    """``load_test_data`` then ``save_test_data``. Raises DatasetError."""
    return save_test_data(folder, challenge, *load_test_data(dataset))


def _limits(seconds: float, memory: int):
    cpu = max(1, math.ceil(seconds))

    def apply() -> None:  # in the child, before it runs Python
        import resource

        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return apply


async def evaluate(
    model: Path,
    test_data: Path,
    max_params: int,
    seconds: float = EVAL_SECONDS,
    memory: int = EVAL_MEMORY,
) -> Score:
    """Score ``model`` on ``test_data`` in a separate, limited process."""
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "CUDA_VISIBLE_DEVICES": ""}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "netcore.classhub.evaluate",
        str(model),
        str(test_data),
        str(max_params),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
        env=env,
        preexec_fn=_limits(seconds, memory) if os.name == "posix" else None,
    )
    try:
        out, _ = await asyncio.wait_for(process.communicate(), seconds)
    except TimeoutError:
        await _end(process)
        text = translate("Class hub", "the evaluation took longer than {seconds} s; stopped")
        return Score(None, None, text.format(seconds=seconds))
    except asyncio.CancelledError:  # the hub stops: the evaluator goes with it
        await _end(process)
        raise
    lines = out.decode("utf-8", "replace").strip().splitlines()
    try:
        result = json.loads(lines[-1])
    except (IndexError, ValueError):
        text = translate(
            "Class hub",
            "the evaluation stopped without a score (exit status {code}: out of time or "
            "memory, or the model crashed it)",
        )
        return Score(None, None, text.format(code=process.returncode))
    if "error" in result:
        return Score(None, result.get("params"), str(result["error"]))
    return Score(float(result["accuracy"]), int(result["params"]))


async def _end(process: asyncio.subprocess.Process) -> None:
    with contextlib.suppress(ProcessLookupError):
        process.kill()
    await process.wait()
