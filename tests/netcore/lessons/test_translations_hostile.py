"""Hostile translation files: each is named with the file, the line and the field, never
read past its limit, and its lesson still loads in the lesson's own language."""

import os
from pathlib import Path

import pytest

from tests.netcore.lessons.translation_samples import LESSON, french, load, make_folder, put, verify


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_folder(tmp_path)


# --------------------------------------------------------------------------- hostile files

HOSTILE = [
    ("not toml [", "not valid TOML", 1),
    ('lesson = "tiny"\ntitle = "Une leçon"\n', "title: an entry is a table: [title]", 2),
    (
        'lesson = "tiny"\n[titel]\nsource = "12345678"\ntext = "x"\n',
        "unknown field 'titel' (did you mean 'title'?)",
        2,
    ),
    (
        'lesson = "tiny"\n[title]\nsource = "xyz"\ntext = "x"\n',
        "title.source: source must be the 8-digit fingerprint",
        3,
    ),
    (
        'lesson = "tiny"\n[title]\nsource = "12345678"\ntext = 5\n',
        "title.text: text must be text",
        4,
    ),
    (
        'lesson = "tiny"\n[steps.one.title]\nsource = "12345678"\ntext = "x"\n',
        "'one' is not a step number",
        None,
    ),
    ('lesson = "tiny"\n[[steps]]\ntitle = "x"\n', "steps is a table keyed by step number", 2),
    ("lesson = 3\n", "lesson must be the id of the lesson translated", 1),
    (
        'lesson = "tiny"\n[steps.1.choices]\n"Sobel x" = ["a"]\n',
        'step 1, choices."Sobel x": a choice is shown as a text',
        3,
    ),
    (
        'lesson = "tiny"\n[steps.1.title]\nsource = "12345678"\ntext = "' + "x" * 300 + '"\n',
        "step 1, title.text: text has 300 characters; at most 200",
        4,
    ),
    (
        'lesson = "tiny"\n' + "a" + ".a" * 40_000 + " = 1\n",
        "a key of 40,001 dotted parts; at most 32",
        2,
    ),
    ('lesson = "tiny"\nx = ' + "[" * 100_000 + "]" * 100_000 + "\n", "nested", 2),
    (
        'lesson = "other-lesson"\n',
        "translates 'other-lesson', but the lesson beside it is 'tiny'",
        1,
    ),
]


@pytest.mark.parametrize(("text", "message", "line"), HOSTILE, ids=range(len(HOSTILE)))
def test_a_hostile_translation_is_named_and_the_lesson_still_loads(
    folder, capsys, text, message, line
):
    path = put(folder, text)
    lesson, errors = load(folder)
    assert lesson.title == "A tiny lesson"
    assert len(errors) == 1
    shown = str(errors[0])
    assert shown.startswith(f"{path}" + (f", line {line}" if line else "")), shown
    assert message in shown
    code, _, err = verify(folder, capsys)
    assert code == 2 and message in err


def test_binary_and_oversized_and_special_files_are_refused_by_name(folder):
    path = put(folder, "")
    path.write_bytes(b"\xff\xfe\x00 lesson")
    assert "not UTF-8 text" in str(load(folder)[1][0])
    path.write_text('lesson = "tiny"\n' + "#" * (600 * 1024), encoding="utf-8")
    error = str(load(folder)[1][0])
    assert (
        error.startswith(str(path)) and "a translation file may be at most 524,288 bytes" in error
    )
    path.unlink()
    path.symlink_to("/dev/zero")
    error = str(load(folder)[1][0])
    assert error.startswith(str(path)) and "a device" in error
    path.unlink()
    os.mkfifo(path)
    lesson, errors = load(folder)
    assert "a pipe" in str(errors[0]) and lesson.title == "A tiny lesson"
    path.unlink()
    path.mkdir()
    assert "a folder" in str(load(folder)[1][0])


def test_thousands_of_entries_and_numbers_load_quickly_enough(folder):
    """Every step of a 200-step lesson and a text of 9,000 numbers (the review is linear in
    them)."""
    numbers = " ".join(str(i) for i in range(9_000))
    lesson = LESSON.replace("Pick one.", numbers)
    (folder / "tiny.toml").write_text(lesson, encoding="utf-8")
    text = french() + "".join(
        f'\n[steps.{n}.title]\nsource = "12345678"\ntext = "x"\n' for n in range(3, 201)
    )
    text = text.replace("Choisissez-en un.", numbers[::-1])
    put(folder, text)
    lesson, errors = load(folder)
    assert errors == []
    assert (1, "text") in lesson.fallbacks  # its numbers differ


def test_a_link_that_loops_or_leads_nowhere_is_named(folder):
    path = folder / "translations" / "fr" / "tiny.toml"
    path.symlink_to(path)
    lesson, errors = load(folder)
    assert lesson.title == "A tiny lesson"
    assert str(errors[0]).startswith(f"{path}: cannot read it (")
    path.unlink()
    path.symlink_to(folder / "gone.toml")
    lesson, errors = load(folder)
    assert str(errors[0]).startswith(f"{path}: cannot read it (")
