"""Compiled training steps: many batches, or whole epochs with their validation, per call.

Keras's ``fit`` spends most of a small network's time in Python between steps (about 8 epochs
a second on the 300 spiral points). Here the data stays in tensors and one ``tf.function``
call runs a group of steps, or several epochs at once, calling the model's own
``train_step``/``test_step``: the same loss, optimizer, metrics and batch sizes as ``fit``.
The caller chooses each epoch's sample order (``epoch_order``), so runs are repeatable and the
order can be handed to ``fit`` to compare.

Both forms exist: with XLA (``jit_compile``) and without. The first call always uses the
plain compiled function, so the first batch comes at once; XLA compiles in a background thread
(each function called once with zero steps: compiled, nothing trained) and the loop switches
to it only when it is ready and measured faster (``pacing.py``; on this CPU XLA trains dense
networks 1.3-10x faster and convolutions 2.5-12x slower). A network XLA cannot compile trains
without it and ``xla_note`` says why: training never fails because of XLA.
"""

from __future__ import annotations

import atexit
import threading
import time

import numpy as np

from netcore.i18n import translate
from netcore.models import tfruntime
from netcore.models.threads import usable_cores
from netcore.training.splitstep import MIN_PART, split_parts, split_train_step

MAX_EPOCHS_PER_CALL = 128  # the epoch path's fixed length (one XLA compilation)
#: XLA's compilation takes 1-5 s of processor time on a classroom machine, and only pays back
#: over a run that lasts several times that: a run whose plain steps end sooner skips it.
XLA_PAYBACK_SECONDS = 20.0

#: Background compilations still running. A run does not wait for its own (a Stop is answered
#: at once); the process waits for them as it exits, since TensorFlow aborts when its
#: compiler is torn down under a running compilation.
_compilers: set[threading.Thread] = set()


@atexit.register
def _finish_compilations() -> None:
    for thread in list(_compilers):
        thread.join()


def epoch_order(seed: int, epoch: int, n: int) -> np.ndarray:
    """The shuffled sample order of one epoch (0-based), the same for any way of chunking."""
    return np.random.default_rng([seed, epoch]).permutation(n).astype(np.int32)


class CompiledSteps:
    """The compiled calls of one training run.

    Args:
        model: A compiled Keras model whose optimizer and metrics are built (``build``).
        x, y: Training inputs and targets (tensors or arrays).
        validation: (x, y) for validation after each epoch, or None.
        batch_size: Examples per step; the last batch of an epoch holds the remainder.
        xla: XLA's plan: "try" (compile in the background, measure, keep the faster), "on"
            (switch to it once compiled), "off" (never); ``True``/``False`` mean "try"/"off".
        device: The TensorFlow device the calls run on.
    """

    def __init__(self, model, x, y, validation, batch_size: int, xla, device: str):
        tf = tfruntime.tensorflow()

        self.model = model
        self.batch = int(batch_size)
        self.device = device
        with tf.device(device):
            self.x, self.y = tf.identity(x), tf.identity(y)
            self.x_val = self.y_val = None
            if validation is not None:
                self.x_val, self.y_val = tf.identity(validation[0]), tf.identity(validation[1])
        #: 2: each step's batch is cut in halves that run side by side (``splitstep``)
        self.parts = split_parts(model, self.batch, device, _side_by_side(tf))
        self.n = int(self.x.shape[0])
        self.n_val = 0 if self.x_val is None else int(self.x_val.shape[0])
        self.steps = -(-self.n // self.batch)
        self.val_steps = -(-self.n_val // self.batch)
        plan = {True: "try", False: "off"}.get(xla, xla)
        self.xla_plan = plan if plan in ("try", "on") else "off"
        self.xla = False  # the mode in use: plain first; ``use_xla`` switches
        self.xla_possible = self.xla_plan != "off"  # False once XLA failed to compile
        self.xla_note = ""
        self.xla_ready = threading.Event()  # set when XLA's functions are compiled
        self._functions: dict[bool, dict] = {}
        self._compiler: threading.Thread | None = None
        self._xla_kinds: set[str] = set()  # the kinds of call XLA compiled
        self._orders: np.ndarray | None = None
        #: The training steps the whole run will take (set by the loop; None: unknown). A run
        #: whose plain steps end sooner than ``XLA_PAYBACK_SECONDS`` never compiles XLA.
        self.planned_steps: int | None = None
        self._free_calls = 0

    # ----------------------------------------------------------------- building

    def _build(self, jit: bool) -> dict:
        tf = tfruntime.tensorflow()

        model, b = self.model, self.batch
        full, n = self.n // b, self.n
        val_full, n_val = self.n_val // b, self.n_val
        x, y, x_val, y_val = self.x, self.y, self.x_val, self.y_val

        def finite():
            return tf.math.is_finite(model.get_metrics_result()["loss"])

        def step(xb, yb, size: int):
            if not jit and self.parts == 2 and size >= 2 * MIN_PART:
                return split_train_step(model, xb, yb)  # two halves side by side
            return model.train_step((xb, yb))

        def train_loop(order, start, stop):
            """Whole batches in a loop with no branch per step, then the remainder batch
            (if the epoch has one and the call reaches it) once, after the loop."""

            def body(i, ok):
                idx = tf.slice(order, [i * b], [b])
                step(tf.gather(x, idx), tf.gather(y, idx), b)
                return i + 1, finite()

            def last(i):
                idx = order[full * b : n]
                step(tf.gather(x, idx), tf.gather(y, idx), n - full * b)
                return i + 1, finite()

            return _loop_then_remainder(start, stop, full, n > full * b, body, last)

        def test_loop(start, stop):
            def body(i, ok):  # static sizes: a dynamic slice XLA compiles well
                model.test_step((_rows(x_val, i * b, b), _rows(y_val, i * b, b)))
                return i + 1, ok

            def last(i):
                model.test_step((x_val[val_full * b : n_val], y_val[val_full * b : n_val]))
                return i + 1, tf.constant(True)

            return _loop_then_remainder(start, stop, val_full, n_val > val_full * b, body, last)[0]

        def train_steps(order, start, count):
            """Steps [start, start + count) of the epoch with this order; stops after a
            non-finite loss. Returns (next step, loss finite, the epoch's running metrics)."""
            i, ok = train_loop(order, start, tf.minimum(start + count, self.steps))
            return i, ok, model.get_metrics_result()

        def test_steps(start, count):
            i = test_loop(start, tf.minimum(start + count, self.val_steps))
            return i, model.get_metrics_result()

        def epochs(orders, count):
            """Up to ``count`` whole epochs (orders[e] each), each with its validation.
            Returns (epochs done, loss finite, per-epoch train and validation metrics)."""
            names = list(self.metric_names)
            train_rows = {k: tf.TensorArray(tf.float32, size=MAX_EPOCHS_PER_CALL) for k in names}
            val_rows = {k: tf.TensorArray(tf.float32, size=MAX_EPOCHS_PER_CALL) for k in names}

            def body(e, ok, train_rows, val_rows):
                model.reset_metrics()
                _, ok = train_loop(orders[e], tf.constant(0), tf.constant(self.steps))
                logs = model.get_metrics_result()
                train_rows = {k: train_rows[k].write(e, _f32(logs[k])) for k in names}
                model.reset_metrics()
                if self.n_val:
                    test_loop(tf.constant(0), tf.constant(self.val_steps))
                    logs = model.get_metrics_result()
                    val_rows = {k: val_rows[k].write(e, _f32(logs[k])) for k in names}
                return e + 1, ok, train_rows, val_rows

            e, ok, train_rows, val_rows = tf.while_loop(
                lambda e, ok, *_: tf.logical_and(ok, e < count),
                body,
                [tf.constant(0), tf.constant(True), train_rows, val_rows],
            )
            return (
                e,
                ok,
                {k: v.stack() for k, v in train_rows.items()},
                {k: v.stack() for k, v in val_rows.items()} if self.n_val else {},
            )

        # no AutoGraph: the loops and branches here are TensorFlow's own, and Keras's steps
        # need none (Keras traces them without it too); converting them cost a third of a
        # first call's tracing
        def compiled(fn):
            return tf.function(fn, jit_compile=jit, autograph=False)

        return {
            "train": compiled(train_steps),
            "test": compiled(test_steps),
            "epochs": compiled(epochs),
        }

    def use_xla(self, on: bool) -> None:
        """Switch between the XLA and the plain compiled functions (they share the model's
        variables, so training goes on where it was); XLA only once it is compiled."""
        self.xla = bool(on) and self.xla_possible and self.xla_ready.is_set()

    def keep_only(self, xla: bool) -> None:
        """Drop the other variant's functions (and its compiled code) once the choice is
        made: one variant kept in memory."""
        self.use_xla(xla)
        self._functions.pop(not self.xla, None)
        if not self.xla:
            self.xla_possible = False

    @property
    def metric_names(self) -> list[str]:
        return list(self.model.get_metrics_result())

    # ----------------------------------------------------------------- calling

    def _call(self, name: str, *args, free: bool = True, steps: int = 1):
        """Call a compiled function in the current mode. After the first call of a freely
        running loop (``free``: more than one step or whole epochs), XLA's compilation starts
        in the background (when planned); a Step of one batch never starts it, so pressing
        Step again and again, or starting another run, never waits behind a compilation."""
        tf = tfruntime.tensorflow()

        jit = self.xla and name in self._xla_kinds
        if jit not in self._functions:
            self._functions[jit] = self._build(jit)
        started = time.perf_counter()
        with tf.device(self.device):
            result = self._functions[jit][name](*args)
        if free and self.xla_possible and self._compiler is None:
            if self.planned_steps is not None:  # is the run long enough to pay XLA back?
                self._free_calls += 1
                if self._free_calls == 1:
                    return result  # the first free call also traced: the second one is timed
                if self._short_run(time.perf_counter() - started, steps):
                    return result
            self._compiler = threading.Thread(
                target=self._compile_xla, args=(name,), name="xla-compile", daemon=True
            )
            _compilers.add(self._compiler)
            self._compiler.start()
        return result

    def _short_run(self, seconds: float, steps: int) -> bool:
        """A run that ends, plain, before XLA could pay back its compilation is left plain: the
        compile would hold the processor (and Python) while the run is nearly over, and the
        window's curves would stutter for nothing (a 1,000-epoch toy run takes seconds)."""
        if self.planned_steps is None or steps <= 0:
            return False
        left = seconds / steps * self.planned_steps
        if left >= XLA_PAYBACK_SECONDS:
            return False
        self.xla_possible = False
        self.xla_note = str(
            translate("xlachoice", "a short run: XLA would take longer to compile than to help")
        )
        return True

    def _compile_xla(self, first: str) -> None:
        """Compile the XLA functions by calling each with zero steps (the loops run no
        iteration: no variable changes); the kind of call the loop made first comes first.
        A network XLA cannot compile (or that runs out of memory compiling) trains on without
        it, with a note."""
        try:
            self._compile_kinds(first)
        finally:
            _compilers.discard(threading.current_thread())

    def _compile_kinds(self, first: str) -> None:
        tf = tfruntime.tensorflow()

        kinds = [first]  # small data: whole epochs; else groups of steps and validation
        if first == "train" and self.n_val:
            kinds.append("test")
        try:
            functions = self._build(True)
            zero = np.int32(0)
            with tf.device(self.device):
                for kind in kinds:
                    if kind == "train":
                        functions["train"](np.zeros(self.n, np.int32), zero, zero)
                    elif kind == "test":
                        functions["test"](zero, zero)
                    else:
                        orders = np.zeros((MAX_EPOCHS_PER_CALL, self.n), np.int32)
                        functions["epochs"](orders, zero)
        except Exception as exc:  # noqa: BLE001 - any XLA failure: train on without it
            first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            self.xla_note = (
                f"XLA could not compile this network ({first_line[:160]}); trained without it"
            )
            self.xla_possible = False
            return
        self._functions[True] = functions
        self._xla_kinds = set(kinds)
        self.xla_ready.set()

    def wait_for_xla(self, timeout: float | None = None) -> bool:
        """Wait for the background compilation (tests, benchmarks); True when XLA is ready."""
        if self._compiler is not None:
            self._compiler.join(timeout)
        return self.xla_ready.is_set()

    def train_steps(self, order: np.ndarray, start: int, count: int):
        """Train steps [start, start + count) of an epoch; returns (next step, finite, logs)."""
        free = count > 1
        i, ok, logs = self._call(
            "train", order, np.int32(start), np.int32(count), free=free, steps=count
        )
        return int(i), bool(ok), _floats(logs)

    def validate(self, start: int, count: int):
        """Validation steps [start, start + count); returns (next step, running logs)."""
        i, logs = self._call("test", np.int32(start), np.int32(count), free=False)
        return int(i), _floats(logs)

    def epochs(self, orders: np.ndarray):
        """Whole epochs, one per row of ``orders`` (at most MAX_EPOCHS_PER_CALL); returns
        (epochs done, finite, [per-epoch logs with val_ keys])."""
        count = len(orders)
        if self._orders is None:  # one buffer for every call: rows past ``count`` are unused
            self._orders = np.zeros((MAX_EPOCHS_PER_CALL, self.n), np.int32)
        self._orders[:count] = orders
        done, ok, train, val = self._call(
            "epochs", self._orders, np.int32(count), steps=count * self.steps
        )
        done = int(done)
        train = {k: v.numpy() for k, v in train.items()}
        val = {k: v.numpy() for k, v in val.items()}
        rows = []
        for e in range(done):
            row = {k: float(v[e]) for k, v in train.items()}
            row.update({f"val_{k}": float(v[e]) for k, v in val.items()})
            rows.append(row)
        return done, bool(ok), rows


def build_state(model, x_sample, y_sample) -> None:
    """Create the optimizer's, loss's and metrics' variables outside any compiled call
    (variables cannot be created inside one), the way ``fit`` does before its first step."""
    build = getattr(model, "_symbolic_build", None)
    if build is not None:
        build(data_batch=(x_sample, y_sample))
    else:  # another Keras: one evaluation step builds them too
        model.test_on_batch(x_sample, y_sample)
    if not model.optimizer.built:
        model.optimizer.build(model.trainable_variables)
    model.reset_metrics()


def _loop_then_remainder(start, stop, full: int, remainder: bool, body, last):
    """Steps [start, stop) of an epoch of ``full`` whole batches (and a remainder batch when
    ``remainder``): ``body(i, ok)`` for the whole ones in a while loop that ends early when
    ``ok`` turns false, then ``last(i)`` once for the remainder. A branch inside the loop cost
    a function call per step; only the parts that exist are traced. Returns (next step, ok)."""
    tf = tfruntime.tensorflow()

    i, ok = start, tf.constant(True)
    if full:
        end = tf.minimum(stop, full)
        i, ok = tf.while_loop(lambda i, ok: tf.logical_and(ok, i < end), body, [i, ok])
    if remainder:
        take = tf.logical_and(ok, tf.logical_and(i >= full, i < stop))
        i, ok = tf.cond(take, lambda: last(i), lambda: (tf.identity(i), tf.identity(ok)))
    return i, ok


def _side_by_side(tf) -> int:
    """How many operations TensorFlow runs at once (0 from TensorFlow means one per core)."""
    return tf.config.threading.get_inter_op_parallelism_threads() or usable_cores()


def _rows(tensor, start, size: int):
    """``tensor[start : start + size]`` with a static size (XLA wants static shapes)."""
    tf = tfruntime.tensorflow()

    rank = len(tensor.shape)
    return tf.slice(tensor, [start] + [0] * (rank - 1), [size] + list(tensor.shape[1:]))


def _f32(value):
    return tfruntime.tensorflow().cast(value, "float32")


def _floats(logs) -> dict[str, float]:
    return {k: float(v) for k, v in logs.items()}
