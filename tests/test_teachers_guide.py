"""The teacher's guide's offline install is the one `packaging/offline_install.sh` runs.

CI runs the script end to end (wheelhouse, install with `--no-index` into a fresh venv,
`layerlab lessons --verify` outside the project). These fast checks make sure the script runs
the guide's very commands, so the guide cannot drift from what works, and that the exported
requirements never name the project folder: pip would zip that folder, with the wheelhouse it
is writing inside it, until the disk is full.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "teachers-guide.md"
SCRIPT = ROOT / "packaging" / "offline_install.sh"
SECTION = "### b) A wheelhouse for offline `pip`"
ASSIGNMENT = re.compile(r"^([A-Z_]+)=")


def guide_blocks() -> list[list[str]]:
    """The indented command blocks of the guide's wheelhouse section, in order."""
    text = GUIDE.read_text(encoding="utf-8")
    assert SECTION in text, f"{GUIDE.name} has no section {SECTION!r}"
    section = text.split(SECTION, 1)[1].split("\n#", 1)[0]
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in section.splitlines():
        if line.startswith("    ") and line.strip():
            current.append(line[4:].rstrip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def script_blocks() -> dict[str, list[str]]:
    """The script's command blocks: `NAME=$(cat <<'GUIDE'` … `GUIDE`."""
    text = SCRIPT.read_text(encoding="utf-8")
    found = re.findall(r"^(\w+)=\$\(cat <<'GUIDE'\n(.*?)\nGUIDE\n\)", text, re.S | re.M)
    return {name: body.splitlines() for name, body in found}


def without_assignments(block: list[str]) -> tuple[list[str], list[str]]:
    """The commands, and the names of the folders the guide lets the teacher choose."""
    names = [m.group(1) for line in block if (m := ASSIGNMENT.match(line))]
    return [line for line in block if not ASSIGNMENT.match(line)], names


def test_the_script_runs_exactly_the_guides_commands():
    guide = guide_blocks()
    script = script_blocks()
    assert len(guide) == 2, f"expected the download block and the lab block, found {guide}"
    assert list(script) == ["WHEELHOUSE_COMMANDS", "LAB_COMMANDS"]
    text = SCRIPT.read_text(encoding="utf-8")
    for block, (name, commands) in zip(guide, script.items(), strict=True):
        guide_commands, folders = without_assignments(block)
        assert commands == guide_commands, f"{name} differs from the guide's block"
        for folder in folders:
            # the script chooses that folder itself (a temporary one) before running the block
            assert re.search(rf"^\s*(export )?{folder}=", text, re.M), folder


def test_the_export_leaves_the_project_out_of_requirements(tmp_path):
    """The guide's own export line, run: no `-e .`, no folder, only pinned wheels to fetch."""
    (export,) = [line for line in guide_blocks()[0] if line.startswith("uv export")]
    assert "--no-emit-project" in export
    uv = os.environ.get("UV") or shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not on PATH")
    result = subprocess.run(
        ["bash", "-c", f'set -e; uv() {{ {uv!r} "$@"; }}; OUT={str(tmp_path)!r}; {export}'],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    requirements = [
        line.split(";")[0].strip()
        for line in (tmp_path / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert requirements, "the export wrote no requirements"
    for requirement in requirements:
        assert re.fullmatch(r"[A-Za-z0-9._-]+==[A-Za-z0-9.+!-]+", requirement), requirement
    assert not any(r.lower().startswith("layerlab==") for r in requirements)
    assert "tensorflow" in {r.split("==")[0].lower() for r in requirements}


def test_the_script_refuses_a_wheelhouse_inside_the_project():
    inside = ROOT / "build" / "offline-test"
    result = subprocess.run(
        ["bash", str(SCRIPT), str(inside)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "inside the project folder" in result.stderr
    assert str(ROOT) in result.stderr
    assert not inside.exists()
