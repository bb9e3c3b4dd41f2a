"""Finds LayerLab's bundled resources from a source checkout, an installed wheel or a
PyInstaller bundle."""

from __future__ import annotations

import functools
import sys
from pathlib import Path


@functools.cache
def resources_dir() -> Path:
    """The folder holding ``networks/``, ``datasets/``, ``models/`` and ``icons/``.

    Looked up in order: inside the installed package (the wheel maps ``resources/`` to
    ``netcore/_resources``), a PyInstaller bundle, and the repository's ``resources/`` beside
    the package (source checkout or editable install).
    """
    here = Path(__file__).resolve().parent
    candidates = [here / "_resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "netcore" / "_resources")
    candidates.append(here.parent / "resources")
    for candidate in candidates:
        if (candidate / "networks").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"LayerLab's resources were not found (looked in {searched})")


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("networks", "lenet5.json")``."""
    return resources_dir().joinpath(*parts)


def preset_paths() -> dict[str, Path]:
    """The bundled network presets by name (file stem), sorted."""
    folder = resource_path("networks")
    return {p.stem: p for p in sorted(folder.glob("*.json"))}
