"""The Keras pieces every training path shares: targets, optimizer, metrics, tensors, weights.

Imported only where TensorFlow is wanted (the engine, the export, the benchmarks)."""

from __future__ import annotations

import numpy as np

from netcore.models import tfruntime
from netcore.models.weights import apply_weights, snapshot_weights
from netcore.training.config import TrainConfig
from netcore.training.plan import TaskPlan

__all__ = [
    "apply_weights",
    "as_tensor",
    "compile_model",
    "fan_out",
    "in_memory",
    "main_output",
    "make_metrics",
    "make_optimizer",
    "make_targets",
    "snapshot_weights",
    "visible_gpus",
    "warm_up",
]


def make_targets(y: np.ndarray, plan: TaskPlan, num_classes: int) -> np.ndarray:
    if plan.targets == "binary":
        return y.astype(np.float32).reshape(-1, 1)
    if plan.targets == "onehot":
        return np.eye(num_classes, dtype=np.float32)[y]
    if plan.targets in ("values", "mask"):
        return y.astype(np.float32)
    return y.astype(np.int32)


def make_optimizer(config: TrainConfig, steps: int = 1):
    """The optimizer of ``config`` for a run of ``steps`` training steps (a cosine schedule
    reaches zero at the last of them)."""
    keras = tfruntime.keras()

    lr = config.lr
    if config.schedule == "cosine":
        lr = keras.optimizers.schedules.CosineDecay(lr, decay_steps=max(1, int(steps)))
    if config.optimizer == "sgd":
        return keras.optimizers.SGD(lr, momentum=config.momentum, nesterov=config.nesterov)
    if config.optimizer == "rmsprop":
        return keras.optimizers.RMSprop(lr)
    if config.optimizer == "adagrad":
        return keras.optimizers.Adagrad(lr)
    return keras.optimizers.Adam(lr)


def make_metrics(plan: TaskPlan) -> list:
    keras = tfruntime.keras()

    accuracy = {
        "sparse": keras.metrics.SparseCategoricalAccuracy,
        "binary": keras.metrics.BinaryAccuracy,
        "onehot": keras.metrics.CategoricalAccuracy,
        "mask": keras.metrics.BinaryAccuracy,  # pixels right
    }
    metrics = []
    for name in plan.metrics:
        if name == "accuracy":
            metrics.append(accuracy[plan.targets](name="accuracy"))
        elif name == "mae":
            metrics.append(keras.metrics.MeanAbsoluteError(name="mae"))
        elif name == "mse":
            metrics.append(keras.metrics.MeanSquaredError(name="mse"))
    return metrics


def visible_gpus() -> list[str]:
    tf = tfruntime.tensorflow()
    return [d.name for d in tf.config.list_physical_devices("GPU")]


def in_memory(array: np.ndarray) -> np.ndarray:
    """The array itself, or a copy in RAM when it is a view of a memory-mapped file (what a
    user's own arrays would be; the benchmarks give plain ``fit`` such arrays)."""
    import mmap

    base = array
    while base is not None:
        if isinstance(base, (np.memmap, mmap.mmap)):
            return np.array(array, copy=True)
        base = getattr(base, "base", None)
    return array


def as_tensor(array: np.ndarray, chunk_bytes: int = 8 << 20):
    """A NumPy array (often a view of the memory-mapped dataset cache) as a CPU tensor: one
    copy, made in slices of ~8 MB into a buffer the tensor then uses as it is.

    Handing NumPy arrays to ``fit`` makes TensorFlow convert them in one piece while holding
    Python's GIL, reading the memory map page by page: on MNIST the window stopped for half a
    second when a run started. Slices hold the GIL for a few milliseconds each. The copy goes
    into a 64-byte aligned buffer of our own that TensorFlow adopts through DLPack without a
    second copy (TensorFlow's own conversion copies again, and concatenating converted slices
    held the data three times over at the peak: 0.45 s and 340 MB more on MNIST). The result
    lives in memory, so epochs never wait on the disk either (the kernel drops cold page
    cache; whole epochs ran at half speed).
    """
    tf = tfruntime.tensorflow()
    array = np.asarray(array)
    buffer = _aligned_empty(array.shape, array.dtype)
    flat_in, flat_out = array.reshape(-1) if array.flags.c_contiguous else None, buffer.reshape(-1)
    if flat_in is None or array.dtype.kind not in "fiub" or array.size == 0:
        with tf.device("/CPU:0"):
            return tf.convert_to_tensor(array)
    step = max(1, chunk_bytes // max(array.itemsize, 1))
    for i in range(0, array.size, step):
        flat_out[i : i + step] = flat_in[i : i + step]
    try:
        with tf.device("/CPU:0"):
            return tf.experimental.dlpack.from_dlpack(buffer.__dlpack__())
    except Exception:  # noqa: BLE001 - an older TensorFlow or NumPy: its own (copying) way
        with tf.device("/CPU:0"):
            return tf.convert_to_tensor(buffer)


def _aligned_empty(shape, dtype, align: int = 64) -> np.ndarray:
    """An uninitialised C-contiguous array whose data starts on an ``align``-byte boundary
    (what TensorFlow's kernels require of a tensor's memory)."""
    dtype = np.dtype(dtype)
    nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
    raw = np.empty(nbytes + align, np.uint8)
    offset = (-raw.ctypes.data) % align
    return raw[offset : offset + nbytes].view(dtype).reshape(shape)


def warm_up() -> None:
    """Train a two-unit model for one step on four examples.

    The first training in a process pays for TensorFlow's lazy imports and one-time set-up
    (tf.data, optimizers, tracing machinery), part of it while holding Python's GIL. Doing
    this once in a background thread at start-up keeps that stall out of the first real run
    (and out of a GUI thread waiting for the GIL).
    """
    keras = tfruntime.keras()
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(2, activation="softmax")])
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss="sparse_categorical_crossentropy")
    x = np.zeros((4, 2), dtype=np.float32)
    y = np.zeros(4, dtype=np.int32)
    model.fit(x, y, batch_size=2, epochs=1, verbose=0, validation_data=(x, y))
    model.predict(x, verbose=0)


def compile_model(model, analysis, plan: TaskPlan, optimizer) -> None:
    """Compile with the plan's loss and metrics; a network with auxiliary outputs gets one loss
    per output (weights from the spec, the main output's 1), each output's metrics, and the
    same targets fed to every output (``fan_out``)."""
    ids = analysis.output_ids
    if len(ids) == 1:
        model.compile(optimizer=optimizer, loss=plan.loss, metrics=make_metrics(plan))
        return
    weights = [1.0] + [float(analysis.spec.aux_outputs[a]) for a in ids[1:]]
    model.compile(
        optimizer=optimizer,
        loss=[plan.loss] * len(ids),
        loss_weights=weights,
        metrics=[make_metrics(plan) for _ in ids],
    )
    fan_out(model, ids, plan.metrics)


def fan_out(model, ids: list[str], metrics: tuple[str, ...]) -> None:
    """Every output learns the same targets: each step gets (x, y) and passes (x, (y, y, …)).
    The main output's metrics keep their plain names ('accuracy'), the others are prefixed
    with their layer id ('aux1_accuracy', 'aux1_loss'), as Keras names them."""
    cls, main, n = type(model), ids[0], len(ids)

    def fan(data):
        return (data[0], tuple(data[1] for _ in range(n)), *data[2:])

    plain = {f"{main}_{m}": m for m in metrics}

    def renamed():
        return {plain.get(k, k): v for k, v in cls.get_metrics_result(model).items()}

    model.train_step = lambda data: cls.train_step(model, fan(data))
    model.test_step = lambda data: cls.test_step(model, fan(data))
    model.get_metrics_result = renamed
    model.layerlab_targets = lambda y: tuple(y for _ in range(n))


def main_output(predictions):
    """The main output's predictions (a model with auxiliary outputs predicts a list)."""
    return predictions[0] if isinstance(predictions, list | tuple) else predictions
