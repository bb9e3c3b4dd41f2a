"""Which device trains: the GPUs TensorFlow sees, the CPU fallback, MirroredStrategy for several
GPUs; and in what precision. ``plan_devices`` is pure so every branch is testable on a machine
without a GPU.

On a GPU the layers compute in float16 with float32 weights (Keras's "mixed_float16" policy,
the loss scaled so small gradients survive): GPUs have float16 units that run it 2-3x faster.
A CPU has none (float16 is emulated there, slower than float32), so CPU runs stay float32."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from netcore.models import tfruntime


@dataclass(frozen=True)
class DeviceInfo:
    name: str  # e.g. "/physical_device:GPU:0"
    kind: str  # "GPU" or "CPU"
    description: str = ""


@dataclass(frozen=True)
class DevicePlan:
    """Where training runs.

    Attributes:
        label: Shown to the student, e.g. "CPU", "GPU:0", "2 GPUs (MirroredStrategy)".
        devices: TensorFlow device strings to use.
        mirrored: Use ``tf.distribute.MirroredStrategy`` over ``devices``.
        note: Said in the started event when the request could not be met as asked.
        mixed_precision: Build the model with Keras's "mixed_float16" policy (GPUs only).
    """

    label: str
    devices: tuple[str, ...]
    mirrored: bool = False
    note: str = ""
    mixed_precision: bool = False

    @property
    def on_cpu(self) -> bool:
        return all("cpu" in d.lower() for d in self.devices)


def list_devices() -> list[DeviceInfo]:
    """The CPU and the GPUs TensorFlow sees (imports TensorFlow)."""
    tf = tfruntime.tensorflow()

    found = [DeviceInfo("/physical_device:CPU:0", "CPU", "CPU")]
    for gpu in tf.config.list_physical_devices("GPU"):
        details = {}
        with contextlib.suppress(Exception):  # details are optional, device listing is not
            details = tf.config.experimental.get_device_details(gpu)
        found.append(DeviceInfo(gpu.name, "GPU", details.get("device_name", gpu.name)))
    return found


def plan_devices(requested: str, gpus: list[str]) -> DevicePlan:
    """Choose devices for a request ("auto", "cpu", "gpu") given the visible GPU names."""
    logical = [f"/gpu:{i}" for i in range(len(gpus))]
    if requested == "cpu":
        return DevicePlan("CPU", ("/cpu:0",))
    if not gpus:
        note = ""
        if requested == "gpu":
            note = (
                "a GPU was asked for, but TensorFlow sees none on this machine; "
                "training on the CPU instead"
            )
        return DevicePlan("CPU", ("/cpu:0",), note=note)
    if len(gpus) == 1:
        return DevicePlan("GPU:0", ("/gpu:0",), mixed_precision=True)
    label = f"{len(gpus)} GPUs (MirroredStrategy)"
    return DevicePlan(label, tuple(logical), mirrored=True, mixed_precision=True)


@contextlib.contextmanager
def precision_scope(plan: DevicePlan):
    """Build the model inside this block: with "mixed_float16" for a GPU plan, float32
    otherwise. Keras's policy is global to the process; each layer takes it when it is made,
    so it is set only for the building and the previous policy comes back after (the window's
    other models stay float32)."""
    keras = tfruntime.keras()

    if not plan.mixed_precision:
        yield
        return
    previous = keras.config.dtype_policy()
    keras.config.set_dtype_policy("mixed_float16")
    try:
        yield
    finally:
        keras.config.set_dtype_policy(previous)


def strategy_scope(plan: DevicePlan):
    """A context in which to build and compile the model for this plan."""
    tf = tfruntime.tensorflow()

    if plan.mirrored:
        return tf.distribute.MirroredStrategy(devices=list(plan.devices)).scope()
    return tf.device(plan.devices[0])
