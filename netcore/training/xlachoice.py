"""Whether XLA trains a network faster, remembered per network and machine.

The trial that decides (``pacing.py``) costs a compilation and a few alternating calls; a
student runs the same network again and again, so the outcome is kept in the cache folder and
the next run starts in the faster mode's plan at once. The file is a small JSON object written
atomically; a file that cannot be read or parsed is ignored (the run's notes say so) and
replaced by the next decision: a cache never stops a run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
from dataclasses import dataclass
from pathlib import Path

from netcore.i18n import number, translate

CACHE_FILE = "xla_choices.json"
MAX_ENTRIES = 500  # a classroom's networks; the oldest go first
MAX_FILE_BYTES = 1 << 20  # 500 entries are ~60 kB: anything far larger is not ours


@dataclass(frozen=True)
class Plan:
    """How a run handles XLA.

    Attributes:
        mode: "try" (compile it in the background, measure both, keep the faster), "on"
            (remembered faster: compile it in the background and switch when ready), "off"
            (plain compiled steps only).
        reason: Why, in words (for the run's "compiled" line), empty for a plain trial.
        key: The cache key of this network on this machine (None: nothing to remember).
        note: Said in the run's notes when the cache file could not be used.
    """

    mode: str
    reason: str = ""
    key: str | None = None
    note: str = ""


def cache_path() -> Path:
    from netcore.datasets.cache import cache_dir

    return cache_dir() / CACHE_FILE


def machine() -> str:
    """What makes a speed ratio this machine's: processor, cores, TensorFlow's version and
    its thread settings."""
    model = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    try:
        from importlib.metadata import version

        tf_version = version("tensorflow")
    except Exception:  # noqa: BLE001 - a missing distribution record: still a usable key
        tf_version = "?"
    from netcore.models.threads import describe

    return f"{model}|{os.cpu_count()}|tf {tf_version}|threads {describe()}"


def signature(spec_dict: dict, batch: int, optimizer: str, n: int, n_val: int, device: str) -> str:
    """The key of one network trained one way on one device of this machine: the layers and
    their settings (not the name), the batch size, the optimizer, the data's size."""
    layers = {k: v for k, v in spec_dict.items() if k not in ("name", "description", "training")}
    text = json.dumps(
        [layers, batch, optimizer, n, n_val, device, machine()], sort_keys=True, default=str
    )
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _read(path: Path) -> tuple[dict, str]:
    """The cache's entries and, when the file was unusable, a note saying so."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValueError(f"larger than {MAX_FILE_BYTES:,} bytes")
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except FileNotFoundError:
        return {}, ""
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        text = translate(
            "xlachoice",
            "the XLA choice cache {path} was ignored ({problem}); the next choice replaces it",
        )
        return {}, text.format(path=str(path), problem=str(exc))
    entries = {
        k: v for k, v in data.items() if isinstance(v, dict) and isinstance(v.get("xla"), bool)
    }
    return entries, ""


def remembered(key: str) -> tuple[bool, float] | None:
    """(XLA kept, XLA's measured speed-up) for ``key``, or None when never decided."""
    return _entry(key)[0]


def _entry(key: str) -> tuple[tuple[bool, float] | None, str]:
    data, note = _read(cache_path())
    entry = data.get(key)
    if entry is None:
        return None, note
    speedup = entry.get("speedup")
    ok = isinstance(speedup, int | float) and 0 < speedup < 1e6
    return (entry["xla"], float(speedup) if ok else 1.0), note


def remember(key: str, xla_faster: bool, speedup: float) -> None:
    """Keep a trial's outcome: XLA kept or not, and its speed-up (plain time / XLA time).
    Never raises: a cache folder that cannot be written is skipped."""
    from netcore.fileio import atomic_write_text

    path = cache_path()
    data, _ = _read(path)
    data.pop(key, None)
    data[key] = {"xla": bool(xla_faster), "speedup": round(float(speedup), 3)}
    while len(data) > MAX_ENTRIES:
        data.pop(next(iter(data)))
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(data, indent=0))


def plan(key: str | None, wanted: bool, convolutional: bool, on_cpu: bool) -> Plan:
    """The XLA plan of a run: off when not wanted; what was remembered; else a trial, except
    for convolutional networks on a CPU (XLA measured 2.5-12x slower there, and its trial costs
    seconds of compilation beside the first epoch)."""
    if not wanted:
        return Plan("off", str(translate("xlachoice", "XLA turned off")), key)
    known, note = _entry(key) if key else (None, "")
    if known is not None:
        faster, speedup = known
        if faster:
            if speedup > 1:
                reason = translate("xlachoice", "remembered {x}x faster here")
                reason = reason.format(x=number(speedup, 1))
            else:
                reason = str(translate("xlachoice", "remembered about as fast here"))
            return Plan("on", reason, key, note)
        slower = translate("xlachoice", "remembered: XLA was {x}x slower here")
        slower = slower.format(x=number(1 / speedup, 1))
        return Plan("off", slower, key, note)
    if convolutional and on_cpu:
        return Plan(
            "off", str(translate("xlachoice", "convolutions on a CPU: XLA not tried")), key, note
        )
    return Plan("try", "", key, note)
