"""Lesson translations: a teacher's file beside the lesson replaces its texts field by field,
anything missing, stale or wrong falls back to the lesson's own text and is listed; the
verifier fails on a changed number, a missing step, a changed placeholder, and names the file,
the line, the step and the field; check data never changes with the language."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netcore.cli.main import main
from netcore.lessons.library import load_lessons
from netcore.lessons.localized import answer_for, label_for, shown_choices
from netcore.lessons.translation_review import differences
from netcore.lessons.translations import fingerprint
from tests.netcore.lessons.translation_samples import (
    FRENCH,
    LESSON,
    _toml,
    french,
    load,
    make_folder,
    put,
    verify,
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_folder(tmp_path)


# --------------------------------------------------------------------------- the format


def test_a_full_translation_replaces_every_text(folder):
    put(folder, french())
    lesson, errors = load(folder)
    assert errors == []
    assert (lesson.title, lesson.theme, lesson.summary) == (
        "Une petite leçon",
        "Essais",
        "Deux étapes.",
    )
    assert lesson.steps[0].text.startswith("Une valeur de 0,73")
    assert lesson.steps[0].task == "Tapez le nombre."
    assert lesson.steps[0].check.args["question"] == "Combien font 3×3 ?"
    assert lesson.fallbacks == frozenset()
    assert lesson.lang == "fr"


def test_choices_are_shown_translated_and_checked_as_the_lesson_wrote_them(folder):
    put(folder, french())
    lesson, _ = load(folder)
    step = lesson.steps[1]
    assert shown_choices(step) == ["flou moyen", "Sobel en x"]
    assert step.check.args["choices"] == ["box blur", "Sobel x"]
    assert step.check.args["correct"] == "Sobel x"
    assert answer_for(step, "Sobel en x") == "Sobel x"
    assert label_for(step, "Sobel x") == "Sobel en x"
    from netcore.lessons.state import evaluate
    from netcore.network.spec import NetworkSpec
    from netcore.project.model import Project

    project = Project(spec=NetworkSpec(name="empty"))
    assert evaluate(step, project, answer_for(step, "Sobel en x")).ok
    assert not evaluate(step, project, answer_for(step, "flou moyen")).ok


def test_a_missing_field_falls_back_to_the_lesson_and_is_listed(folder):
    put(folder, french(drop={(1, "task"), (None, "summary")}, choices=False))
    lesson, errors = load(folder)
    assert errors == []
    assert lesson.steps[0].task == "Type the number."
    assert lesson.summary == "Two steps."
    assert lesson.steps[0].title == "Compter"
    assert lesson.fallbacks == {
        (0, "task"),
        (None, "summary"),
        (1, 'choices."box blur"'),
        (1, 'choices."Sobel x"'),
    }
    assert shown_choices(lesson.steps[1]) == ["box blur", "Sobel x"]


def test_no_translation_shows_the_lesson_with_every_text_a_fallback(folder):
    lesson, errors = load(folder, lang="it")
    assert errors == []
    assert lesson.title == "A tiny lesson"
    assert (None, "title") in lesson.fallbacks and (0, "text") in lesson.fallbacks
    english, _ = load(folder, lang=None)
    assert english.fallbacks == frozenset()


def test_a_regional_language_uses_its_base_language(folder):
    put(folder, french())
    lesson, _ = load(folder, lang="fr_CA")
    assert lesson.title == "Une petite leçon"


def test_an_edited_lesson_text_is_stale_shown_in_the_lesson_language_and_reported(folder, capsys):
    put(folder, french())
    edited = LESSON.replace("Type the number.", "Type the number you found.")
    (folder / "tiny.toml").write_text(edited, encoding="utf-8")
    lesson, errors = load(folder)
    assert errors == []
    assert lesson.steps[0].task == "Type the number you found."
    assert (0, "task") in lesson.stale and (0, "task") in lesson.fallbacks
    code, out, err = verify(folder, capsys)
    assert code == 0, err
    assert "step 1, task: stale: translated from" in out
    assert f'set source = "{fingerprint("Type the number you found.")}"' in out
    code, out, err = verify(folder, capsys, "--strict")
    assert code == 2
    assert "tiny.toml, line" in err and "step 1, task: stale" in err


# --------------------------------------------------------------------------- the verifier


def test_the_verifier_passes_a_good_translation_and_gives_its_coverage(folder, capsys):
    put(folder, french())
    code, out, err = verify(folder, capsys)
    assert code == 0, err
    assert "ok   tiny (fr): 12 of 12 texts translated" in out
    assert "fr: 12 of 12 texts translated (100.0 %); 1 of 1 lessons have a translation file" in out


def test_a_changed_number_fails_with_file_line_step_and_field(folder, capsys):
    wrong = dict(FRENCH)
    source, text = wrong[(1, "text")]
    wrong[(1, "text")] = (source, text.replace("0,73", "0,78"))
    path = put(folder, french(wrong))
    code, out, err = verify(folder, capsys)
    assert code == 2
    line = path.read_text().splitlines().index("[steps.1.text]") + 1
    assert (
        f"{path}, line {line}, step 1, text: numbers differ: the lesson has 0.73, the "
        "translation does not; the translation has 0.78, the lesson does not"
    ) in err
    lesson, _ = load(folder)
    assert lesson.steps[0].text == load(folder, None)[0].steps[0].text  # never shown
    assert (0, "text") in lesson.fallbacks


def test_a_lost_minus_sign_is_a_changed_number(folder, capsys):
    wrong = dict(FRENCH)
    source, text = wrong[(1, "text")]
    wrong[(1, "text")] = (source, text.replace("−4", "4"))
    put(folder, french(wrong))
    code, _, err = verify(folder, capsys)
    assert code == 2
    assert "the lesson has -4, the translation does not; the translation has 4" in err


def test_a_missing_step_fails(folder, capsys):
    only_first = {k: v for k, v in FRENCH.items() if k[0] != 2}
    put(folder, french(only_first, choices=False))
    code, _, err = verify(folder, capsys)
    assert code == 2
    assert "tiny.toml, step 2: missing (the lesson has 2 steps; the translation has 1)" in err


def test_a_step_the_lesson_does_not_have_fails(folder, capsys):
    put(folder, french() + '\n[steps.3.title]\nsource = "00000000"\ntext = "En trop"\n')
    code, _, err = verify(folder, capsys)
    assert code == 2
    assert "step 3: the lesson has 2 steps; there is no step 3" in err


def test_a_changed_placeholder_or_code_span_fails(folder, capsys):
    wrong = dict(FRENCH)
    source, text = wrong[(1, "text")]
    wrong[(1, "text")] = (source, text.replace("{name}", "{nom}").replace("Dense(16)", "Dense"))
    put(folder, french(wrong))
    code, _, err = verify(folder, capsys)
    assert code == 2
    assert "placeholders differ (they stay as they are): the lesson has {name}" in err
    assert "code spans differ (they stay as they are): the lesson has `Dense(16)`" in err


def test_missing_texts_are_coverage_not_errors_unless_strict(folder, capsys):
    put(folder, french(drop={(1, "task")}))
    code, out, err = verify(folder, capsys)
    assert code == 0, err
    assert "part tiny (fr): 11 of 12 texts translated; 1 missing" in out
    assert "step 1, task: not translated" in out
    code, _, err = verify(folder, capsys, "--strict")
    assert code == 2 and "step 1, task: not translated" in err


def test_a_lesson_without_a_translation_file_is_coverage(folder, capsys):
    code, out, err = verify(folder, capsys)
    assert code == 0, err
    assert "0 of 12 texts translated" in out
    assert "--template --lang fr" in out


def test_json_gives_the_texts_in_the_language(folder, capsys):
    put(folder, french(drop={(1, "task")}))
    assert main(["lessons", "--json", "--lang", "fr", str(folder)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["title"] == "Une petite leçon"
    steps = listed[0]["step_texts"]
    assert [s["title"] for s in steps] == ["Compter", "Choisir"]
    assert steps[0]["task"] == "Type the number."  # the fallback
    assert steps[1]["choices"] == ["flou moyen", "Sobel en x"]
    assert {"step": 1, "field": "task"} in listed[0]["fallbacks"]


@pytest.mark.parametrize("lang", ["../fr", "fr/../../etc", "", "f", "français"])
def test_a_language_that_is_not_a_code_is_refused(folder, capsys, lang):
    assert main(["lessons", "--lang", lang, str(folder)]) == 2
    assert "is not a language code" in capsys.readouterr().err


def test_the_template_keeps_what_is_translated_and_marks_the_rest(folder, capsys):
    put(folder, french(drop={(1, "task")}))
    edited = LESSON.replace("Pick one.", "Pick the one that fits.")
    (folder / "tiny.toml").write_text(edited, encoding="utf-8")
    assert main(["lessons", "--template", "--lang", "fr", str(folder / "tiny.toml")]) == 0
    written = (folder / "translations" / "fr" / "tiny.toml").read_text()
    assert (
        "# STALE: the lesson's text is now" in written and "#   Pick the one that fits." in written
    )
    assert "#   Type the number." in written
    lesson, errors = load(folder)
    assert errors == []
    assert lesson.steps[0].title == "Compter"
    assert lesson.fallbacks == {(0, "task"), (1, "text")}


def test_a_template_for_a_new_language_loads_with_everything_a_fallback(folder, capsys):
    assert main(["lessons", "--template", "--lang", "nl", str(folder)]) == 0
    lesson, errors = load(folder, "nl")
    assert errors == []
    assert len(lesson.fallbacks) == 12


# --------------------------------------------------------------------------- numbers


@given(
    st.lists(
        st.one_of(
            st.integers(-10_000_000, 10_000_000),
            st.decimals(-1000, 1000, places=2, allow_nan=False, allow_infinity=False),
        ),
        min_size=1,
        max_size=8,
    ),
    st.data(),
)
def test_numbers_written_the_french_way_are_the_same_and_a_changed_one_is_found(values, data):
    english = " and ".join(f"{v:,}" for v in values)
    french_text = " et ".join(f"{v:,}".replace(",", "\u202f").replace(".", ",") for v in values)
    assert differences(f"We have {english}.", f"Nous avons {french_text}.") == []
    k = data.draw(st.integers(0, len(values) - 1))
    changed = list(values)
    changed[k] = values[k] + 1
    wrong = " et ".join(f"{v:,}".replace(",", "\u202f").replace(".", ",") for v in changed)
    assert differences(f"We have {english}.", f"Nous avons {wrong}.") != []


PREDICT = """id = "guess"
title = "Guess"
theme = "Tests"
concepts = ["learning-rate"]

[[steps]]
title = "Predict"
text = "Predict, then check the network."
[steps.setup]
network = { input_shape = [2], layers = [{ id = "out", type = "Dense", units = 2, activation = "softmax" }] }
[steps.check]
kind = "all"
checks = [
  { kind = "answer", question = "What will the loss do?", choices = ["fall", "grow"], correct = "fall", mistakes = [{ choice = "grow", hint = "Look at the step size." }] },
  { kind = "no_errors" },
]
[steps.solution]
answer = "fall"
"""


def test_a_question_inside_an_all_check_is_translated_and_keeps_its_data(tmp_path):
    (tmp_path / "guess.toml").write_text(PREDICT, encoding="utf-8")
    (tmp_path / "translations" / "fr").mkdir(parents=True)
    lines = ['lesson = "guess"']
    for header, source, text in (
        ("steps.1.question", "What will the loss do?", "Que va faire la perte ?"),
        ("steps.1.hints.1", "Look at the step size.", "Regardez la taille du pas."),
    ):
        lines += [f"[{header}]", f'source = "{fingerprint(source)}"', f"text = {_toml(text)}"]
    lines += ["[steps.1.choices]", '"fall" = "baisser"', '"grow" = "monter"']
    (tmp_path / "translations" / "fr" / "guess.toml").write_text("\n".join(lines) + "\n")
    lesson, errors = load_lessons([tmp_path], lang="fr")
    assert errors == []
    step = lesson[0].steps[0]
    asked = step.check.args["checks"][0]
    assert asked["question"] == "Que va faire la perte ?"
    assert asked["mistakes"] == [{"choice": "grow", "hint": "Regardez la taille du pas."}]
    assert asked["choices"] == ["fall", "grow"] and asked["correct"] == "fall"
    assert step.check.args["checks"][1] == {"kind": "no_errors"}
    assert shown_choices(step) == ["baisser", "monter"]
    assert answer_for(step, "monter") == "grow"
    assert (0, "title") in lesson[0].fallbacks and (0, "question") not in lesson[0].fallbacks


# --------------------------------------------------------------------------- the shipped French


def test_every_shipped_lesson_has_a_french_translation_that_fits_it():
    """Stale and missing texts are coverage (the lessons change; the verifier lists them);
    a changed number, a missing step or a broken file is an error."""
    from netcore.lessons.format import load_lesson
    from netcore.lessons.library import lesson_paths
    from netcore.lessons.verify import verify_translation

    errors, translated, total = [], 0, 0
    for path in lesson_paths():
        report = verify_translation(load_lesson(path), "fr")
        assert report.exists, f"{path.name} has no French translation"
        errors += [str(issue) for issue in report.problems()]
        translated += report.counts["translated"]
        total += report.total
    assert errors == []
    assert translated >= 0.5 * total, f"{translated} of {total} French texts are current"


def test_a_theme_translated_in_one_lesson_names_the_group_for_the_others(folder):
    put(folder, french())
    other = LESSON.replace('id = "tiny"', 'id = "tiny-two"').replace("A tiny lesson", "Another")
    (folder / "tiny2.toml").write_text(other, encoding="utf-8")
    lessons, errors = load_lessons([folder], lang="fr")
    assert errors == []
    second = next(lesson for lesson in lessons if lesson.id == "tiny-two")
    assert second.theme == "Essais"
    assert (None, "theme") not in second.fallbacks
    assert (None, "title") in second.fallbacks


def test_a_number_grouped_with_mixed_spaces_is_one_number():
    assert differences("1,000,000 weights", "1\u202f000 000 poids") == []
    assert differences("1,000,000 weights", "1\u00a0000\u00a0000 poids") == []


def test_steps_moved_in_the_lesson_are_named_as_such(folder, capsys):
    put(folder, french())
    first = LESSON.index("[[steps]]")
    second = LESSON.index("[[steps]]", first + 1)
    swapped = LESSON[:first] + LESSON[second:] + "\n" + LESSON[first:second]
    (folder / "tiny.toml").write_text(swapped, encoding="utf-8")
    lesson, _ = load(folder)
    assert lesson.steps[0].title == "Choose"  # stale: shown as the lesson has it
    code, out, _ = verify(folder, capsys)
    assert code == 0
    assert (
        "step 1, title: stale (it translates what is now step 2's title: were steps moved?)" in out
    )
    assert "step 1, task: the lesson has no such text in this step (any more)" in out
