"""LayerLab's settings: a small JSON file read by Python alone, and checked value by value.

Why not ``QSettings``' INI file: Qt decodes every ``@Variant(…)`` in it while parsing, whatever
key is asked for, and a 0.5 MB file of nested lists overflows the stack (the window dies before
it opens, at every start). Here the file is read only if it is an ordinary file of at most
``MAX_SETTINGS_BYTES``; a file that cannot be read or parsed is set aside (renamed, never
deleted) and the window starts with its defaults. Each value is then checked where it is read
(``read_*`` below): a value of the wrong type or size is dropped from the file and noted — in
the log and, once the window is up, in its status bar — never a crash or a dialog.

The object returned by ``open_settings`` answers ``value``/``setValue``/``remove``/``sync``
as ``QSettings`` does, so callers need not know the difference.
"""

from __future__ import annotations

import base64
import configparser
import contextlib
import json
import logging
import math
import os
import time
from pathlib import Path

from PySide6.QtCore import QByteArray

from netcore.fileio import atomic_write_text, config_dir, read_text_limited

log = logging.getLogger("layerlab.settings")

#: The largest settings file read. The biggest real one holds the window geometry, five
#: workspace layouts (~2 KB each) and eight recent files: ~20 KB. 1 MB is 50 times that and
#: parses in ~10 ms; anything bigger was not written by LayerLab.
MAX_SETTINGS_BYTES = 1_000_000
#: A path longer than this is no path (Linux allows 4,096 bytes, Windows 32,767 characters).
MAX_PATH_CHARS = 4096
#: A saved window layout bigger than this was not made by Qt (ours are ~1-2 KB).
MAX_STATE_BYTES = 256_000
FORMAT = "layerlab-settings"
VERSION = 1
_LEGACY_KEYS = (  # plain-text values worth keeping from the INI file of earlier versions
    "ui/language",
    "appearance/zoom",
    "appearance/theme",
    "appearance/colourBlind",
    "last_folder",
    "recent",
)

_UNSET = object()
_notes: list[str] = []
_stores: dict[Path, SettingsStore] = {}


def settings_path() -> Path:
    return config_dir() / "layerlab-settings.json"


def note(text: str) -> None:
    """Something in the settings could not be used: logged now, shown by the window later."""
    log.warning("%s", text)
    _notes.append(text)


def take_notes() -> list[str]:
    """The notes not yet shown (each is shown once)."""
    notes = list(dict.fromkeys(_notes))
    _notes.clear()
    return notes


def open_settings() -> SettingsStore:
    """The settings store of the current config folder (one per folder and process)."""
    path = settings_path()
    store = _stores.get(path)
    if store is None:
        store = _stores[path] = SettingsStore(path)
    return store


class SettingsStore:
    """Key → value, kept in ``path`` as JSON; ``bytes``/``QByteArray`` as base64.

    The file is read again whenever it changed on disk (another LayerLab window saved), and
    written at once on every change, atomically. A file that cannot be written (a read-only
    folder, a locked-down lab machine) leaves the values in memory for this session.
    """

    def __init__(self, path: Path):
        self.path = path
        self._values: dict = {}
        self._seen = _UNSET  # the file's (inode, size, mtime, mode) when last read or written
        self._write_failed = False

    # ----------------------------------------------------------------- QSettings' answers

    def value(self, key: str, default=None):
        self._refresh()
        if key not in self._values:
            return default
        return _decode(self._values[key])

    def setValue(self, key: str, value) -> None:  # noqa: N802 - QSettings' name
        self._refresh()
        self._values[key] = _encode(value)
        self._write()

    def remove(self, key: str) -> None:
        """Remove ``key`` and every key under ``key/`` (as QSettings does)."""
        self._refresh()
        doomed = [k for k in self._values if k == key or k.startswith(f"{key}/")]
        for k in doomed:
            del self._values[k]
        if doomed:
            self._write()

    def contains(self, key: str) -> bool:
        self._refresh()
        return key in self._values

    def sync(self) -> None:
        """Every change is written when it is made; kept for QSettings' callers."""

    # ----------------------------------------------------------------- the file

    def _signature(self):
        try:
            st = os.stat(self.path)
        except (OSError, ValueError):
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_mode)

    def _refresh(self) -> None:
        signature = self._signature()
        if signature == self._seen:
            return
        self._seen = signature
        if signature is None:
            self._values = _legacy_values(self.path.with_name("layerlab.ini"))
            return
        try:
            data = json.loads(read_text_limited(self.path, MAX_SETTINGS_BYTES, "settings file"))
        except (OSError, ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
            self._set_aside(_reason(exc))
            return
        values = data.get("values") if isinstance(data, dict) else None
        if not isinstance(values, dict) or data.get("format") != FORMAT:
            self._set_aside("it is not a LayerLab settings file")
            return
        self._values = values

    def _set_aside(self, reason: str) -> None:
        """Keep an unreadable file under another name and start from the defaults."""
        self._values = {}
        kept = self.path.with_name(f"layerlab-settings-unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            self.path.replace(kept)
        except OSError:
            note(
                f"The settings file {self.path} could not be read ({reason}); LayerLab starts "
                "with its default settings and will not change the file."
            )
            self._write_failed = True
            return
        self._seen = None
        note(
            f"The settings file could not be read ({reason}); LayerLab starts with its default "
            f"settings. The file was kept as {kept.name} in {kept.parent}."
        )

    def _write(self) -> None:
        if self._write_failed:
            return
        text = json.dumps(
            {"format": FORMAT, "version": VERSION, "values": self._values},
            indent=1,
            sort_keys=True,
        )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, text)
        except OSError as exc:
            self._write_failed = True  # said once; the values still hold for this session
            note(f"Settings cannot be saved in {self.path.parent} ({_reason(exc)}).")
            return
        self._seen = self._signature()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON: {exc.msg} at line {exc.lineno}"
    if isinstance(exc, OSError) and exc.strerror and not str(exc).startswith(str(exc.filename)):
        return exc.strerror
    return str(exc)


def _encode(value):
    if isinstance(value, QByteArray):
        value = value.data()
    if isinstance(value, bytes | bytearray):
        return {"bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if isinstance(value, list):
        return [_encode(v) for v in value]
    return value


def _decode(value):
    if isinstance(value, dict) and set(value) == {"bytes"} and isinstance(value["bytes"], str):
        try:
            return QByteArray(base64.b64decode(value["bytes"], validate=True))
        except ValueError:
            return value
    return value


def _legacy_values(ini: Path) -> dict:
    """The plain values (language, appearance, recent files) of an earlier version's INI file,
    read as text: never by Qt, whose parser would decode every value in the file."""
    try:
        text = read_text_limited(ini, MAX_SETTINGS_BYTES, "settings file", "utf-8")
        parser = configparser.RawConfigParser(strict=False, interpolation=None)
        parser.optionxform = str  # keys keep their case
        parser.read_string(text)
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, configparser.Error):
        return {}  # an old file that does not parse is simply not carried over
    values = {}
    for key in _LEGACY_KEYS:
        section, _, name = key.rpartition("/")
        raw = parser.get(section or "General", name, fallback=None)
        if raw is None or raw.startswith("@") or "\\" in raw:
            continue
        values[key] = [p.strip() for p in raw.split(",")] if key == "recent" else raw
    return values


# --------------------------------------------------------------------- checked reads


def _drop(store, key: str, value, why: str) -> None:
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "…"
    note(f"Setting {key!r} was reset: {shown} {why}.")
    with contextlib.suppress(Exception):
        store.remove(key)


def read_bytes(store, key: str, limit: int = MAX_STATE_BYTES) -> QByteArray | None:
    """A saved window geometry or layout: bytes of a sane size, else None (dropped)."""
    value = store.value(key)
    if value is None:
        return None
    if not isinstance(value, QByteArray):
        _drop(store, key, value, "is not a saved window layout")
        return None
    if value.isEmpty() or value.size() > limit:
        _drop(store, key, f"<{value.size()} bytes>", f"is not 1 to {limit:,} bytes long")
        return None
    return value


def read_choice(store, key: str, choices, default: str) -> str:
    """One of ``choices`` (strings); anything else is dropped and ``default`` used."""
    value = store.value(key)
    if value is None:
        return default
    if isinstance(value, str) and value in choices:
        return value
    _drop(store, key, value, f"is not one of {', '.join(repr(c) for c in choices)}")
    return default


def read_int(store, key: str, low: int, high: int, default: int) -> int:
    """A whole number between ``low`` and ``high``; a number outside is brought inside."""
    value = store.value(key)
    if value is None:
        return default
    number = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and len(value) <= 12:
        with contextlib.suppress(ValueError):
            number = int(value.strip())
    elif isinstance(value, float) and math.isfinite(value) and value.is_integer():
        number = int(value)
    if number is None:
        _drop(store, key, value, f"is not a whole number from {low} to {high}")
        return default
    return max(low, min(high, number))


def read_flag(store, key: str, default: bool = False) -> bool:
    """True or False (also "true"/"false", as earlier versions wrote them)."""
    value = store.value(key)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    _drop(store, key, value, "is neither true nor false")
    return default


def read_path(store, key: str) -> Path | None:
    """A path text (a folder or file the user chose); its existence is the caller's to check."""
    value = store.value(key)
    if value is None or value == "":
        return None
    if _usable_path(value):
        return Path(value)
    _drop(store, key, value, "is not a usable path")
    return None


def read_paths(store, key: str, limit: int) -> list[Path]:
    """A list of at most ``limit`` path texts (recent files); unusable entries are dropped."""
    value = store.value(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        _drop(store, key, value, "is not a list of files")
        return []
    good = [Path(p) for p in value if _usable_path(p)]
    if len(good) != len(value):
        note(f"Setting {key!r}: {len(value) - len(good)} unusable entries were dropped.")
        with contextlib.suppress(Exception):
            store.setValue(key, [str(p) for p in good[:limit]])
    return good[:limit]


def exists(path: Path) -> bool:
    """Does ``path`` exist? False, not an exception, for a name too long, a folder that may not
    be looked into or a loop of links (``Path.exists`` raises for the first two)."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def _usable_path(value) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_PATH_CHARS and "\0" not in value
