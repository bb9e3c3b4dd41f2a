"""``layerlab class …``: the class hub from the command line.

* ``serve`` runs the hub (``netcore.cli.class_serve``);
* ``join ADDRESS --code CODE --name NAME [--drawing PNG --label N] [--project FILE]`` is a student
  without the window: joins, hands in, waits until the hub has it, exits;
* ``status --folder DIR [--json]`` reads a class folder: roster, what each student shared,
  hand-ins, the class dataset's counts, challenges and their results;
* ``dataset --folder DIR --out DIR`` writes the class dataset as an image folder LayerLab opens.

``status`` and ``dataset`` read the class's database while a hub may be running on it (SQLite in
WAL mode lets readers in beside the writer).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from netcore.cli import class_serve
from netcore.cli.errors import EXIT_USAGE, fail

#: How long ``join`` waits for the hub to answer, and then to take the hand-ins.
JOIN_SECONDS = 15.0
HANDIN_SECONDS = 120.0


def register(sub) -> None:
    p = sub.add_parser(
        "class",
        help="the class hub: serve a class, join one, its status, its dataset",
        description="Connect a class on the school network: the teacher serves it, students "
        "join with its code. No internet and no TLS: for a trusted school network.",
    )
    commands = p.add_subparsers(dest="class_command", metavar="COMMAND", required=True)
    class_serve.register(commands)
    j = commands.add_parser(
        "join",
        help="join a class as a student without the window and hand in",
        description="Join the class at ADDRESS (HOST:PORT or http://HOST:PORT/) with its code "
        "and a name, hand in a drawing or a project, wait until the hub has it, exit.",
    )
    j.add_argument("address", metavar="ADDRESS")
    j.add_argument("--code", required=True, help="the class's join code")
    j.add_argument("--name", required=True, help="your name as the teacher will see it")
    j.add_argument("--drawing", metavar="PNG", help="a drawn digit (PNG) for the class dataset")
    j.add_argument("--label", metavar="N", help="the digit the drawing shows, 0–9")
    j.add_argument("--project", metavar="FILE", help="a project (.layerlab) to hand in")
    j.set_defaults(func=cmd_join)
    s = commands.add_parser(
        "status",
        help="roster, hand-ins, the class dataset and challenge results of a class folder",
    )
    s.add_argument("--folder", required=True, metavar="DIR", help="the class's folder")
    s.add_argument("--json", action="store_true", help="one JSON object")
    s.set_defaults(func=cmd_status)
    d = commands.add_parser(
        "dataset",
        help="write the class dataset as an image folder (one folder per digit)",
        description="Write the drawings handed in (all but the rejected ones) to OUT/<digit>/, "
        "the image-folder layout LayerLab opens as a dataset.",
    )
    d.add_argument("--folder", required=True, metavar="DIR", help="the class's folder")
    d.add_argument("--out", required=True, metavar="DIR", help="where to write the images")
    d.set_defaults(func=cmd_dataset)


# --------------------------------------------------------------------------- a class folder


def _open_store(folder: str):
    """The class's store, or a message (a folder that is not a class is never created)."""
    from netcore.classhub.store import DB_NAME, ClassStore, StoreError

    path = Path(folder)
    if not (path / DB_NAME).is_file():
        return None, (
            f"--folder: {folder} is not a class folder (no {DB_NAME}); "
            "use the folder given to 'layerlab class serve'"
        )
    try:
        return ClassStore(path), ""
    except StoreError as exc:
        return None, str(exc)


def _challenges(store) -> list[dict[str, Any]]:
    found, number = [], 1
    while (challenge := store.challenge(number)) is not None:
        found.append({**challenge.to_dict(), "leaderboard": store.leaderboard(number)})
        number += 1
    return found


def class_status(store) -> dict[str, Any]:
    """What ``status`` prints, as plain data."""
    live = store.live()
    items = store.items()
    dataset: dict[str, Any] = {
        state: sum(1 for i in items if i["status"] == state)
        for state in ("pending", "accepted", "rejected")
    }
    dataset["by_label"] = {
        str(label): sum(1 for i in items if i["label"] == label and i["status"] != "rejected")
        for label in range(10)
    }
    submissions = store.submissions()
    return {
        "class": store.class_name,
        "code": store.code,
        "students": [
            {"id": s.id, "name": s.name, **(live.get(s.id) or {})} for s in store.students()
        ],
        "submissions": [
            {k: row[k] for k in ("id", "name", "kind", "file", "size") if k in row}
            for row in submissions
        ],
        "dataset": dataset,
        "challenges": _challenges(store),
    }


def cmd_status(args: argparse.Namespace) -> int:
    store, problem = _open_store(args.folder)
    if store is None:
        return fail([problem])
    try:
        status = class_status(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps(status, ensure_ascii=False))
        return 0
    print(f"Class {status['class']!r}, join code {status['code']}")
    print(f"{len(status['students'])} students:")
    for student in status["students"]:
        progress = student.get("progress") or {}
        run = student.get("run") or {}
        where = (
            f"lesson {progress.get('lesson', '?')}, step {progress.get('step', '?')}"
            if progress
            else "no lesson shared"
        )
        score = run.get("test_accuracy")
        latest = f"; latest run test accuracy {score * 100:.2f} %" if score is not None else ""
        print(f"  {student['name']!r}: {where}{latest}")
    kinds: dict[str, int] = {}
    for row in status["submissions"]:
        kinds[row["kind"]] = kinds.get(row["kind"], 0) + 1
    handed = ", ".join(f"{n} {kind}{'s' if n > 1 else ''}" for kind, n in sorted(kinds.items()))
    print(f"Hand-ins: {handed or 'none'}")
    data = status["dataset"]
    per_label = " ".join(f"{k}:{v}" for k, v in data["by_label"].items())
    print(
        f"Class dataset: {data['accepted']} accepted, {data['pending']} to review, "
        f"{data['rejected']} rejected; by digit {per_label}"
    )
    for challenge in status["challenges"]:
        print(
            f"Challenge {challenge['challenge']} {challenge['title']!r} ({challenge['state']}, "
            f"{challenge['dataset']}, at most {challenge['max_params']:,} parameters):"
        )
        for row in challenge["leaderboard"]:
            print(
                f"  {row['rank']}. {row['name']!r} {row['accuracy'] * 100:.2f} % "
                f"({row['params']:,} parameters)"
            )
    return 0


def cmd_dataset(args: argparse.Namespace) -> int:
    from netcore.classhub.export import export_items

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        return fail([f"--out: {out} is a file, not a folder"])
    store, problem = _open_store(args.folder)
    if store is None:
        return fail([problem])
    try:
        items = [i for i in store.items() if i["status"] != "rejected"]
        counts = export_items(Path(args.folder), items, out)
    except OSError as exc:
        return fail([f"cannot write the class dataset: {exc}"])
    finally:
        store.close()
    total = sum(counts.values())
    drawn = ", ".join(f"{label}: {n}" for label, n in counts.items() if n)
    print(f"{total} drawings written to {out} ({drawn or 'none yet'})")
    return 0


# --------------------------------------------------------------------------- a student


def _url(address: str) -> str | None:
    from urllib.parse import urlsplit

    text = address if "://" in address else f"http://{address}"
    parts = urlsplit(text)
    if parts.scheme != "http" or not parts.hostname:
        return None
    try:
        port = parts.port
    except ValueError:
        return None
    if port is None:
        return None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"http://{host}:{port}/"


def _join_problems(args: argparse.Namespace) -> list[str]:
    problems = []
    if _url(args.address) is None:
        problems.append(
            f"ADDRESS: {args.address!r} is not an address; use HOST:PORT as the teacher's "
            "screen shows it, e.g. 192.168.1.20:8765"
        )
    if (args.drawing is None) != (args.label is None):
        problems.append("--drawing and --label go together: the drawing and the digit it shows")
    if args.label is not None and (not args.label.isdigit() or not 0 <= int(args.label) <= 9):
        problems.append(f"--label: {args.label!r} is not a digit; use 0 … 9")
    return problems


def _read(path: str, limit: int, what: str, option: str) -> tuple[bytes | None, str]:
    from netcore.fileio import UnreadableFileError, read_bytes_limited

    try:
        return read_bytes_limited(Path(path), limit, what), ""
    except FileNotFoundError:
        return None, f"{option}: {path}: no such file"
    except (UnreadableFileError, OSError) as exc:
        return None, f"{option}: {exc}"


def cmd_join(args: argparse.Namespace) -> int:
    import asyncio  # here: every other command starts without it

    from netcore.classhub.received import MAX_DRAWING_BYTES, MAX_PROJECT_BYTES

    problems = _join_problems(args)
    handins: list[tuple[str, bytes, int | None]] = []
    if args.drawing is not None and not problems:
        data, problem = _read(args.drawing, MAX_DRAWING_BYTES, "drawing", "--drawing")
        problems += [problem] if problem else []
        if data is not None:
            handins.append(("drawing", data, int(args.label)))
    if args.project is not None:
        data, problem = _read(args.project, MAX_PROJECT_BYTES, "project", "--project")
        problems += [problem] if problem else []
        if data is not None:
            handins.append(("project", data, None))
    if problems:
        return fail(problems)
    outcome = asyncio.run(_join(_url(args.address), args.code, args.name, handins))
    for line in outcome["said"]:
        print(line)
    if outcome["problem"]:
        return fail([outcome["problem"]])
    return 0


async def _join(url: str, code: str, name: str, handins) -> dict[str, Any]:
    import asyncio

    from netcore.classhub import protocol as p
    from netcore.classhub.client import HubClient

    said: list[str] = []
    errors: list[str] = []

    def heard(message) -> None:
        if isinstance(message, p.Error):
            errors.append(message.reason)
        elif isinstance(message, p.Note):
            said.append(f"the teacher says: {message.text}")

    client = HubClient(url, code, name, on_message=heard, backoff=(0.2, 1.0), max_attempts=3)
    running = asyncio.create_task(client.run())
    try:
        if not await client.wait_online(JOIN_SECONDS):
            reason = client.reason or "no answer"
            if client.state == "refused":
                return {"said": said, "problem": f"the hub refused to let you in: {reason}"}
            return {"said": said, "problem": f"no class hub answers at {url} ({reason})"}
        said.append(f"joined the class as {client.name!r}")
        for kind, data, label in handins:
            client.hand_in(kind, data, label)
        deadline = asyncio.get_running_loop().time() + HANDIN_SECONDS
        while client.pending and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.05)
        if client.pending:
            return {"said": said, "problem": "the hub did not take the hand-ins in time"}
        if errors:
            return {"said": said, "problem": f"the hub refused a hand-in: {errors[0]}"}
        for kind, _data, label in handins:
            digit = f" (digit {label})" if label is not None else ""
            said.append(f"handed in the {kind}{digit}")
        return {"said": said, "problem": ""}
    finally:
        await client.close()
        await asyncio.wait_for(running, 10)


if __name__ == "__main__":  # pragma: no cover - ``python -m netcore.cli.classroom``
    print("use: layerlab class serve|join|status|dataset", file=sys.stderr)
    raise SystemExit(EXIT_USAGE)
