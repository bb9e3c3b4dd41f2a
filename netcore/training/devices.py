"""Which device trains: the GPUs TensorFlow sees, the CPU fallback, MirroredStrategy for several
GPUs. ``plan_devices`` is pure so every branch is testable on a machine without a GPU."""

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
    """

    label: str
    devices: tuple[str, ...]
    mirrored: bool = False
    note: str = ""


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
        return DevicePlan("GPU:0", ("/gpu:0",))
    return DevicePlan(f"{len(gpus)} GPUs (MirroredStrategy)", tuple(logical), mirrored=True)


def strategy_scope(plan: DevicePlan):
    """A context in which to build and compile the model for this plan."""
    tf = tfruntime.tensorflow()

    if plan.mirrored:
        return tf.distribute.MirroredStrategy(devices=list(plan.devices)).scope()
    return tf.device(plan.devices[0])
