"""``layerlab lessons [--json]`` lists the lessons; ``layerlab lessons --verify [FILES…]``
checks that every step's reference solution passes its check (exit 0 only if all do)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from netcore.cli.errors import fail


def register(sub) -> None:
    p = sub.add_parser("lessons", help="the lessons, or --verify them")
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="lesson files or folders (default: the shipped ones)",
    )
    p.add_argument(
        "--verify", action="store_true", help="apply every reference solution and check it"
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_lessons)


def cmd_lessons(args: argparse.Namespace) -> int:
    from netcore.lessons.library import load_lessons

    lessons, errors = load_lessons([Path(f) for f in args.files] or None)
    # the lessons that load are listed (or verified) all the same; those that do not are named
    # on stderr and make the exit code 2
    code = _list(lessons, args) if not args.verify else _verify(lessons, args.json)
    if errors:
        return fail([str(e) for e in errors])
    return code


def _list(lessons, args: argparse.Namespace) -> int:
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": lesson.id,
                        "title": lesson.title,
                        "theme": lesson.theme,
                        "concepts": list(lesson.concepts),
                        "steps": len(lesson.steps),
                        "lecture": lesson.lecture,
                        "file": lesson.source,
                    }
                    for lesson in lessons
                ],
                indent=2,
            )
        )
        return 0
    for lesson in lessons:
        concepts = ", ".join(lesson.concepts)
        print(f"{lesson.id:28} {lesson.title}  ({len(lesson.steps)} steps; {concepts})")
    return 0


def _verify(lessons, as_json: bool) -> int:
    from netcore.lessons.verify import verify_lesson

    failed = []
    everything = []
    for lesson in lessons:

        def report(o):
            if not as_json:
                mark = "ok  " if o.ok else "FAIL"
                print(f"{mark} {o.lesson} step {o.step} ({o.title}): {o.message}", flush=True)

        outcomes = verify_lesson(lesson, report)
        everything += outcomes
        failed += [o for o in outcomes if not o.ok]
    if as_json:
        print(json.dumps([o.__dict__ for o in everything], indent=2))
    if failed:
        return fail([f"{o.lesson} step {o.step} ({o.title}) fails: {o.message}" for o in failed])
    if not as_json and everything:
        print(f"all {len(everything)} steps of {len(lessons)} lessons pass")
    return 0
