"""A translation file to fill in: every text of a lesson with its current fingerprint.

``layerlab lessons --template --lang fr FILE…`` writes one beside each lesson
(``translations/fr/<file>``). A translation that exists is kept: current texts as they are,
stale ones with their old text and fingerprint (so the verifier still reports them) and the
lesson's new text in a comment above, missing ones empty with the lesson's text in a comment.
"""

from __future__ import annotations

import json
import re

from netcore.lessons.format import Lesson
from netcore.lessons.translation_review import MISSING, OK, STALE, review
from netcore.lessons.translations import SourceField, Translation, fingerprint, source_fields

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def template(lesson: Lesson, translation: Translation | None, lang: str) -> str:
    """The text of ``lesson``'s translation file into ``lang``, merged with ``translation``."""
    found = review(lesson, translation)
    entries = translation.entries if translation is not None else {}
    out = [
        f"# {lang} translation of the lesson '{lesson.id}' (docs/lesson-translations.md).",
        "# Each text carries the fingerprint of the lesson's text it translates (source);",
        "# `layerlab lessons --verify --lang LANG` reports the texts that are stale or missing.",
        "",
        f"lesson = {_string(lesson.id)}",
    ]
    choices: dict[int, list[str]] = {}
    for source in source_fields(lesson):
        status = found.status.get(source.key, MISSING)
        entry = entries.get(source.key)
        if source.field.startswith("choices."):
            shown = entry.text if entry is not None else ""
            line = f"{source.field.removeprefix('choices.')} = {_string(shown)}"
            if status != OK:
                line += f"  # {_comment(source.text)}"
            choices.setdefault(source.step, []).append(line)
            continue
        out.append("")
        if source.step is not None and source.field == "title":
            out.append(f"# ---- step {source.step + 1} " + "-" * 60)
        header = _header(source)
        if status == OK and entry is not None:
            out += [header, f'source = "{entry.source}"', f"text = {_string(entry.text)}"]
            continue
        if status == STALE and entry is not None:
            now = fingerprint(source.text)
            out.append(f"# STALE: the lesson's text is now (fingerprint {now}):")
        elif status != OK and entry is not None and entry.text.strip():
            out.append("# CHECK: the numbers, placeholders or code differ from the lesson's:")
        else:
            out.append("# the lesson's text:")
        out += [f"#   {line}" if line else "#" for line in source.text.strip().splitlines()]
        if entry is not None and entry.text.strip():
            out += [header, f'source = "{entry.source}"', f"text = {_string(entry.text)}"]
        else:
            out += [header, f'source = "{fingerprint(source.text)}"', 'text = ""']
    for n, lines in sorted(choices.items()):
        out += ["", f"[steps.{n + 1}.choices]  # the lesson's choice = the text shown", *lines]
    return "\n".join(out) + "\n"


def _header(source: SourceField) -> str:
    if source.step is None:
        return f"[{source.field}]"
    return f"[steps.{source.step + 1}.{source.field}]"


def _comment(text: str) -> str:
    return " ".join(text.split())


def _string(text: str) -> str:
    """``text`` as a TOML string: one line when it has no line break, else a multi-line
    string that reads like the text itself."""
    if "\n" not in text:
        return json.dumps(text, ensure_ascii=False)
    body = text.replace("\\", "\\\\").replace('"""', '""\\"')
    body = _CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04x}", body)
    return '"""\n' + body + '"""'
