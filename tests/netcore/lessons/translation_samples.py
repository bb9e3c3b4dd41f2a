"""A tiny lesson and its French translation, written as a teacher would, for the translation
tests."""

import json
from pathlib import Path

from netcore.cli.main import main
from netcore.lessons.library import load_lessons
from netcore.lessons.translations import fingerprint

LESSON = '''id = "tiny"
title = "A tiny lesson"
theme = "Tests"
concepts = ["step-unit"]
summary = "Two steps."

[[steps]]
title = "Count"
text = """
A value of 0.73 and a layer of 2,800 parameters; the gradient is -4.
Use `Dense(16)` and keep {name}.
"""
task = "Type the number."
[steps.check]
kind = "answer"
question = "What is 3×3?"
correct = 9
[steps.solution]
answer = 9

[[steps]]
title = "Choose"
text = "Pick one."
[steps.check]
kind = "answer"
question = "Which kernel finds vertical edges?"
choices = ["box blur", "Sobel x"]
correct = "Sobel x"
[steps.solution]
answer = "Sobel x"
'''

FRENCH = {
    (None, "title"): ("A tiny lesson", "Une petite leçon"),
    (None, "theme"): ("Tests", "Essais"),
    (None, "summary"): ("Two steps.", "Deux étapes."),
    (1, "title"): ("Count", "Compter"),
    (1, "text"): (
        "A value of 0.73 and a layer of 2,800 parameters; the gradient is -4.\n"
        "Use `Dense(16)` and keep {name}.\n",
        "Une valeur de 0,73 et une couche de 2\u202f800 paramètres ; le gradient vaut −4.\n"
        "Utilisez `Dense(16)` et gardez {name}.\n",
    ),
    (1, "task"): ("Type the number.", "Tapez le nombre."),
    (1, "question"): ("What is 3×3?", "Combien font 3×3 ?"),
    (2, "title"): ("Choose", "Choisir"),
    (2, "text"): ("Pick one.", "Choisissez-en un."),
    (2, "question"): (
        "Which kernel finds vertical edges?",
        "Quel noyau trouve les bords verticaux ?",
    ),
}


def _toml(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def french(entries=FRENCH, choices=True, lesson="tiny", drop=()) -> str:
    """A translation file written as a teacher would: [steps.N.field] with source and text."""
    out = [f'lesson = "{lesson}"']
    for (step, name), (source, text) in entries.items():
        if (step, name) in drop:
            continue
        header = name if step is None else f"steps.{step}.{name}"
        out += [
            "",
            f"[{header}]",
            f'source = "{fingerprint(source)}"',
            f"text = {_toml(text)}",
        ]
    if choices:
        out += ["", "[steps.2.choices]", '"box blur" = "flou moyen"', '"Sobel x" = "Sobel en x"']
    return "\n".join(out) + "\n"


def make_folder(tmp_path: Path) -> Path:
    (tmp_path / "tiny.toml").write_text(LESSON, encoding="utf-8")
    (tmp_path / "translations" / "fr").mkdir(parents=True)
    return tmp_path


def put(folder: Path, text: str) -> Path:
    path = folder / "translations" / "fr" / "tiny.toml"
    path.write_text(text, encoding="utf-8")
    return path


def load(folder: Path, lang="fr"):
    lessons, errors = load_lessons([folder], lang=lang)
    return lessons[0], errors


def verify(folder: Path, capsys, *extra) -> tuple[int, str, str]:
    code = main(["lessons", "--verify", "--lang", "fr", *extra, str(folder / "tiny.toml")])
    out, err = capsys.readouterr()
    return code, out, err
