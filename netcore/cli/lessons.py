"""``layerlab lessons [--json] [--lang LANG]`` lists the lessons (in a language: their texts
too); ``layerlab lessons --verify [--lang LANG [--strict]] [FILES…]`` checks that every step's
reference solution passes its check and every translation fits its lesson (exit 0 only if all
do); ``--template --lang LANG`` writes the translation files to fill in."""

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
    p.add_argument(
        "--lang",
        metavar="LANG",
        help="the lessons in this language (fr, it, hu, nl, …); with --verify, check their "
        "translations (translations/LANG/ beside the lessons)",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="with --verify --lang: texts not translated or stale fail too",
    )
    p.add_argument(
        "--template",
        action="store_true",
        help="with --lang: write each lesson's translation file to fill in (keeps what is "
        "translated; marks what is stale or missing)",
    )
    p.set_defaults(func=cmd_lessons)


def cmd_lessons(args: argparse.Namespace) -> int:
    from netcore.lessons.library import load_lessons
    from netcore.lessons.translations import check_language

    if args.lang is not None:
        try:
            check_language(args.lang)
        except ValueError as exc:
            return fail([f"--lang: {exc}"])
    if (args.template or args.strict) and not args.lang:
        return fail(["--template and --strict need --lang LANG (e.g. --lang fr)"])
    paths = [Path(f) for f in args.files] or None
    if args.template:
        lessons, errors = load_lessons(paths)
        code = _template(lessons, args.lang)
        return fail([str(e) for e in errors]) if errors else code
    lessons, errors = load_lessons(paths, lang=args.lang)
    # the lessons that load are listed (or verified) all the same; those that do not are named
    # on stderr and make the exit code 2
    code = _verify(lessons, args) if args.verify else _list(lessons, args)
    if errors:
        return fail([str(e) for e in errors])
    return code


def _list(lessons, args: argparse.Namespace) -> int:
    if args.json:
        listed = []
        for lesson in lessons:
            entry = {
                "id": lesson.id,
                "title": lesson.title,
                "theme": lesson.theme,
                "concepts": list(lesson.concepts),
                "steps": len(lesson.steps),
                "lecture": lesson.lecture,
                "file": lesson.source,
            }
            if args.lang:
                entry.update(_texts(lesson))
            listed.append(entry)
        print(json.dumps(listed, indent=2, ensure_ascii=False))
        return 0
    for lesson in lessons:
        concepts = ", ".join(lesson.concepts)
        print(f"{lesson.id:28} {lesson.title}  ({len(lesson.steps)} steps; {concepts})")
    return 0


def _texts(lesson) -> dict:
    """A lesson's texts in its language, and which are still in the lesson's own."""
    from netcore.lessons.localized import shown_choices
    from netcore.lessons.translations import asking_args

    return {
        "language": lesson.lang,
        "summary": lesson.summary,
        "step_texts": [
            {
                "title": step.title,
                "text": step.text,
                "task": step.task,
                **({"question": asking_args(step.check)["question"]} if _asks(step) else {}),
                **({"choices": shown_choices(step)} if _choices(step) else {}),
            }
            for step in lesson.steps
        ],
        "fallbacks": [
            {"step": None if n is None else n + 1, "field": name}
            for n, name in sorted(lesson.fallbacks, key=lambda k: (k[0] is not None, k[0] or 0))
        ],
    }


def _asks(step) -> bool:
    from netcore.lessons.translations import asking_args

    return isinstance(asking_args(step.check).get("question"), str)


def _choices(step) -> bool:
    from netcore.lessons.translations import asking_args

    return bool(asking_args(step.check).get("choices"))


def _verify(lessons, args: argparse.Namespace) -> int:
    from netcore.lessons.verify import verify_lesson

    as_json = args.json
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
    problems = [f"{o.lesson} step {o.step} ({o.title}) fails: {o.message}" for o in failed]
    if not as_json and everything:
        passed = len(everything) - len(failed)
        count = "all" if not failed else f"{passed} of"
        print(f"{count} {len(everything)} steps of {len(lessons)} lessons pass", flush=True)
    translations = []
    if args.lang:
        translations, wrong = _verify_translations(lessons, args)
        problems += wrong
    if as_json:
        steps = [o.__dict__ for o in everything]
        print(json.dumps({"steps": steps, "translations": translations} if args.lang else steps,
                         indent=2, ensure_ascii=False))  # fmt: skip
    return fail(problems) if problems else 0


def _verify_translations(lessons, args: argparse.Namespace) -> tuple[list[dict], list[str]]:
    """Each lesson's translation into ``args.lang`` checked; (the reports, the problems that
    fail the run). Missing and stale texts fall back to the lesson's own and are listed; with
    ``--strict`` they fail too."""
    from netcore.lessons.format import load_lesson
    from netcore.lessons.verify import verify_translation

    reports, problems = [], []
    totals = dict.fromkeys(("translated", "stale", "missing", "wrong"), 0)
    total = files = 0
    for lesson in lessons:
        report = verify_translation(load_lesson(lesson.source), args.lang)
        reports.append(report)
        total += report.total
        files += report.exists
        for name in totals:
            totals[name] += report.counts[name]
        failing = report.problems(args.strict)
        problems += [str(issue) for issue in failing]
        if not args.json:
            counts = report.counts
            complete = counts["translated"] == report.total
            mark = "FAIL" if failing else ("ok  " if complete else "part")
            print(f"{mark} {report.lesson} ({args.lang}): {counts['translated']} of "
                  f"{report.total} texts translated" + _also(counts))  # fmt: skip
            for issue in report.issues:
                if issue not in failing:
                    print(f"     {issue.severity}: {issue}")
    share = f"{100 * totals['translated'] / total:.1f} %" if total else "nothing to translate"
    summary = (
        f"{args.lang}: {totals['translated']} of {total} texts translated ({share})"
        + _also(totals)
        + f"; {files} of {len(lessons)} lessons have a translation file"
    )
    if not args.json:
        print(summary, flush=True)
    listed = [
        {
            "lesson": r.lesson,
            "file": r.file,
            "exists": r.exists,
            "texts": r.total,
            **r.counts,
            "issues": [
                {
                    "severity": i.severity,
                    "line": i.line,
                    "step": None if i.step is None else i.step + 1,
                    "field": i.field,
                    "message": str(i),
                }  # fmt: skip
                for i in r.issues
            ],
        }
        for r in reports
    ]
    return listed, problems


def _also(counts: dict) -> str:
    parts = [f"{counts[k]} {k}" for k in ("stale", "missing", "wrong") if counts[k]]
    return f"; {', '.join(parts)}" if parts else ""


def _template(lessons, lang: str) -> int:
    from netcore.fileio import atomic_write_text
    from netcore.lessons.translation_template import template
    from netcore.lessons.translations import (
        TranslationError,
        load_translation,
        translation_path,
    )

    problems = []
    for lesson in lessons:
        source = Path(lesson.source)
        existing = translation_path(lesson.source, lang)
        target = source.parent / "translations" / lang / source.name
        translation = None
        if existing is not None and existing == target:
            try:
                translation = load_translation(existing)
            except TranslationError as exc:
                problems.append(f"{exc} (left as it is; fix it, then run --template again)")
                continue
        text = template(lesson, translation, lang)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(target, text)
        except OSError as exc:
            problems.append(f"{target}: cannot write it ({exc.strerror or exc})")
            continue
        print(f"wrote {target}")
    return fail(problems) if problems else 0
