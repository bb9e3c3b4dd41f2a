"""How many threads TensorFlow and NumPy use: set once, before TensorFlow's first operation.

TensorFlow's default cuts every operation over all cores. On a classroom machine of two cores
a LeNet step on 32 digits is about 60 small operations, each cut in two: the threads spent as
much time handing work over and waiting for each other (thread-pool stealing, futexes, context
switches: about a quarter of a steady epoch, measured with ``perf``) as on convolutions, and
when another program (the window itself, a browser) took one of the cores, every cut operation
waited for its slower half: the epoch took 1.5-2x longer.

So each operation gets half the cores (one on a two-core machine), and independent operations
run side by side on the other half: a step whose batch is cut in two halves
(``netcore.training.splitstep``) keeps both cores busy with no hand-over inside an operation.
Measured on two cores (LeNet-5, batch 32, steady epoch): 3.6 s with TensorFlow's default,
2.6-3.4 s with the split step; with another busy program on the cores, 6.5 s against 4.1 s.

``TF_NUM_INTRAOP_THREADS`` / ``TF_NUM_INTEROP_THREADS`` set by the user win (TensorFlow reads
them itself); ``LAYERLAB_THREADS=tensorflow`` keeps TensorFlow's own settings (the benchmarks
run plain Keras so, as a user's script would).
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class ThreadPlan:
    cores: int
    per_operation: int  # TensorFlow's intra-op threads
    side_by_side: int  # TensorFlow's inter-op threads


def usable_cores() -> int:
    """The cores this process may run on (a container or ``taskset`` may allow fewer than
    the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def thread_plan(cores: int | None = None) -> ThreadPlan:
    """Half the cores per operation, and room for two operations side by side."""
    cores = usable_cores() if cores is None else max(1, int(cores))
    per_operation = max(1, cores // 2)
    return ThreadPlan(cores, per_operation, max(2, cores // per_operation))


def user_chose() -> bool:
    """The user set TensorFlow's threads, or asked for TensorFlow's own settings."""
    names = ("TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS")
    return any(os.environ.get(name) for name in names) or (
        os.environ.get("LAYERLAB_THREADS") == "tensorflow"
    )


def describe() -> str:
    """The thread settings in a few characters (a speed measured under them is theirs)."""
    if user_chose():
        return "env {}/{}/{}".format(
            os.environ.get("TF_NUM_INTRAOP_THREADS", ""),
            os.environ.get("TF_NUM_INTEROP_THREADS", ""),
            os.environ.get("LAYERLAB_THREADS", ""),
        )
    plan = thread_plan()
    return f"{plan.per_operation}/{plan.side_by_side}"


def configure_tensorflow(tf) -> ThreadPlan | None:
    """Apply ``thread_plan()`` to TensorFlow (before its first operation; later, TensorFlow
    refuses and its own setting stays). Returns the plan applied, or None."""
    if user_chose():
        return None
    plan = thread_plan()
    try:
        tf.config.threading.set_intra_op_parallelism_threads(plan.per_operation)
        tf.config.threading.set_inter_op_parallelism_threads(plan.side_by_side)
    except RuntimeError:  # already initialised (another module started TensorFlow first)
        return None
    return plan


def limit_numpy_threads() -> None:
    """The window's own NumPy work (pictures of 10,000 points, 30 times a second) on one
    core: OpenBLAS's threads otherwise spin on the core the training needs (the decision
    boundary slowed a toy's training by 45 % with them, 32 % without)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")
