"""Lesson progress files that are damaged, hostile or from elsewhere: never read forever, never
a crash, never a position outside the lesson; what cannot be used is dropped with a note."""

import json
import os

import pytest

from netcore.lessons.progress import FORMAT, Progress, load_progress, save_progress


def _write(path, lessons, **extra):
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "lessons": lessons, **extra}))


def test_a_link_to_dev_zero_is_set_aside_not_read_forever(tmp_path):
    path = tmp_path / "lesson-progress.json"
    path.symlink_to("/dev/zero")
    progress = load_progress(path)
    assert progress.lessons == {}
    assert "is a device" in progress.note and "lesson-progress.json" in progress.note


def test_a_fifo_is_set_aside_without_hanging(tmp_path):
    path = tmp_path / "lesson-progress.json"
    os.mkfifo(path)
    progress = load_progress(path)
    assert progress.lessons == {} and "pipe (FIFO)" in progress.note


def test_a_huge_progress_file_is_set_aside_with_the_limit(tmp_path):
    path = tmp_path / "lesson-progress.json"
    path.write_text(" " * (3 << 20))
    progress = load_progress(path)
    assert progress.lessons == {} and "at most 1,048,576 bytes" in progress.note


def test_deep_nesting_is_set_aside_not_a_recursion_error(tmp_path):
    path = tmp_path / "lesson-progress.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    progress = load_progress(path)
    assert progress.lessons == {} and "could not be read" in progress.note


@pytest.mark.parametrize("at", [-1, -5, True, 2**70, "3", 1.5, None])
def test_a_position_outside_any_lesson_is_dropped_with_a_note(tmp_path, at):
    path = tmp_path / "lesson-progress.json"
    _write(path, {"logic-gates": {"passed": [0], "at": at}, "xor": {"passed": [1], "at": 1}})
    progress = load_progress(path)
    assert progress.at("logic-gates") == 0
    assert progress.passed("logic-gates") == {0}
    assert progress.at("xor") == 1
    assert "logic-gates" in progress.note and "position" in progress.note, progress.note


def test_a_position_past_the_lesson_end_opens_the_start(tmp_path):
    progress = Progress(lessons={"logic-gates": {"passed": [0, 9], "at": 7}})
    position, note = progress.position("logic-gates", steps=4)
    assert position == 0 and "step 8" in note and "4 steps" in note
    assert progress.position("logic-gates", steps=8) == (7, "")
    assert progress.passed("logic-gates", steps=4) == {0}


@pytest.mark.parametrize(
    "lessons",
    [
        {"a": {"passed": "x", "at": 0}},
        {"a": {"passed": [-1], "at": 0}},
        {"a": {"passed": [[0]], "at": 0}},
        {"a": 3},
        {"a" * 500: {"passed": [0], "at": 0}},
    ],
)
def test_bad_entries_are_dropped_and_named(tmp_path, lessons):
    path = tmp_path / "lesson-progress.json"
    _write(path, {**lessons, "ok": {"passed": [0], "at": 1}})
    progress = load_progress(path)
    assert set(progress.lessons) == {"ok"}
    assert "dropped" in progress.note


def test_a_student_name_of_the_wrong_type_or_length_is_cut_or_dropped(tmp_path):
    path = tmp_path / "lesson-progress.json"
    _write(path, {}, student={"a": 1})
    assert load_progress(path).student == ""
    _write(path, {}, student="x" * 10_000)
    assert len(load_progress(path).student) == 200


def test_too_many_lessons_in_a_progress_file_keeps_the_first(tmp_path):
    path = tmp_path / "lesson-progress.json"
    _write(path, {f"l{n}": {"passed": [0], "at": 0} for n in range(5_000)})
    progress = load_progress(path)
    assert len(progress.lessons) == 1_000 and "5,000" in progress.note


def test_a_good_file_round_trips(tmp_path):
    path = tmp_path / "lesson-progress.json"
    progress = Progress(student="Ada")
    progress.record("logic-gates", 2, ok=True)
    save_progress(progress, path)
    again = load_progress(path)
    assert again.student == "Ada" and again.passed("logic-gates") == {2}
    assert again.at("logic-gates") == 2 and again.note == ""
