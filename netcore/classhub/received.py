"""Files students hand in: hostile until proven otherwise, checked under the same rules as a
file opened from disk, and stored in the class folder atomically under a name the hub makes.

A project goes through ``load_project`` (a regular file, zip sizes declared and real, every
array's header, the runs) and a model through ``check_zip`` (a ``.keras`` is a zip; the
challenge's evaluator then loads it in Keras safe mode in a process of its own). A drawing is
decoded by Pillow with its pixels bounded and written again as a plain grey PNG, so what the
class folder holds is an image the hub made, never the bytes it received. The check runs on
the temporary file beside its final name; only a file that passed is renamed into place, so a
refused or interrupted hand-in leaves nothing behind.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
import zipfile
from pathlib import Path

from netcore.fileio import atomic_path
from netcore.i18n import translate
from netcore.network.problems import SpecError
from netcore.zipcheck import ZipBombError, check_zip

#: A project handed in (a classroom project with its runs is ~10 MB).
MAX_PROJECT_BYTES = 64 << 20
#: A model handed in for a challenge (the MNIST MLP is 1.2 MB; VGG16 would be 530 MB).
MAX_MODEL_BYTES = 64 << 20
#: A drawn digit (a 280×280 canvas as PNG is ~10 KB).
MAX_DRAWING_BYTES = 1 << 20
#: A drawing's sides, in pixels (a phone's canvas is at most its screen's width).
MAX_DRAWING_SIDE = 2048
#: The size a drawing is kept at: enough to be read as a digit, and to be resized to 28×28.
KEPT_SIDE = 280

KINDS = {"project": ".layerlab", "model": ".keras", "drawing": ".png"}
LIMITS = {"project": MAX_PROJECT_BYTES, "model": MAX_MODEL_BYTES, "drawing": MAX_DRAWING_BYTES}
FOLDERS = {"project": "projects", "model": "models", "drawing": "drawings"}


class HandinError(ValueError):
    """A hand-in the hub refuses; the message says what was wrong (shown to the student)."""


def slug(name: str) -> str:
    """A student's name as part of a file name: letters, digits and ``-`` only."""
    text = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")[:24]
    return text or "student"


def file_name(kind: str, student: int, name: str, handin_id: str) -> str:
    """Where a hand-in goes, relative to the class folder: chosen by the hub from the student's
    number and the hand-in's id (a hand-in sent again lands on the same file)."""
    return f"{FOLDERS[kind]}/{student:04d}-{slug(name)}-{handin_id[:12]}{KINDS[kind]}"


def too_large(kind: str, size: int) -> HandinError:
    return HandinError(
        translate("Class hub", "a {kind} of {size} bytes; the hub takes at most {limit}").format(
            kind=kind, size=f"{size:,}", limit=f"{LIMITS[kind]:,}"
        )
    )


def store_handin(folder: Path, relative: str, kind: str, data: bytes) -> int:
    """Check ``data`` as a ``kind`` and put it at ``folder/relative`` atomically.

    Returns:
        The size stored.

    Raises:
        HandinError: Too large, or not a file of that kind (the reason from the same checks
            as a file opened from disk).
    """
    if len(data) > LIMITS[kind]:
        raise too_large(kind, len(data))
    if kind == "drawing":
        data = clean_drawing(data)
    target = folder / relative
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
        if kind == "project":
            _check_project(tmp)
        elif kind == "model":
            _check_model(tmp)
    return len(data)


def _check_project(path: Path) -> None:
    from netcore.project.fileformat import load_project

    try:
        load_project(path)
    except SpecError as exc:
        text = str(exc).replace(str(path), "the project").replace(path.name, "the project")
        raise HandinError(text) from None


def _check_model(path: Path) -> None:
    try:
        infos = check_zip(path, "the model")
    except ZipBombError as exc:
        raise HandinError(str(exc)) from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise HandinError(
            translate("Class hub", "not a .keras model (a .keras file is a zip): {problem}").format(
                problem=exc
            )
        ) from None
    if not any(info.filename == "config.json" for info in infos):
        raise HandinError(translate("Class hub", "not a .keras model (no config.json inside)"))


def clean_drawing(data: bytes) -> bytes:
    """A received drawing as a grey PNG the hub wrote itself (at most ``KEPT_SIDE`` pixels a
    side). Raises HandinError."""
    from PIL import Image, UnidentifiedImageError

    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR" and len(data) >= 24:
        _check_sides(*struct.unpack(">II", data[16:24]))  # before Pillow sees a bomb's header
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.format != "PNG":
                raise HandinError(
                    translate("Class hub", "a drawing must be a PNG image, got {format}").format(
                        format=image.format
                    )
                )
            _check_sides(*image.size)
            image.load()
            if image.mode in ("RGBA", "LA") or "transparency" in image.info:
                rgba = image.convert("RGBA")
                white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
                image = Image.alpha_composite(white, rgba)
            image = image.convert("L")
            if max(image.size) > KEPT_SIDE:
                image.thumbnail((KEPT_SIDE, KEPT_SIDE), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            image.save(out, format="PNG")
            return out.getvalue()
    except HandinError:
        raise
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        OSError,
        ValueError,
        SyntaxError,
        Warning,
    ) as exc:
        raise HandinError(
            translate("Class hub", "not a readable PNG drawing ({problem})").format(
                problem=type(exc).__name__
            )
        ) from None


def _check_sides(width: int, height: int) -> None:
    if max(width, height) > MAX_DRAWING_SIDE or min(width, height) < 8:
        raise HandinError(
            translate(
                "Class hub",
                "a drawing of {width}×{height} pixels; sides from 8 to {limit} are taken",
            ).format(width=width, height=height, limit=MAX_DRAWING_SIDE)
        )
