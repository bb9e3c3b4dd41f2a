"""Three Dense layers dropped from the palette keep Keras's default (linear) activation, and the
Problems list says why such a stack is one linear map (issue [4/8], item 9)."""

from __future__ import annotations


def test_dense_layers_from_the_palette_are_warned_about_in_the_problems_list(window):
    window.files.new_from_template("xor-mlp")
    spec = window.document.spec
    while spec.layers:
        window.document.set_selection([spec.layers[-1].id])
        window.edit_actions.delete_selection()
        spec = window.document.spec
    for _ in range(3):
        window.edit_actions.add_after_selection("Dense")
    rows = window.problems
    texts = [rows.topLevelItem(i).text(2) for i in range(rows.topLevelItemCount())]
    collapsing = [t for t in texts if "linear map" in t]
    assert len(collapsing) == 2, texts  # the first two; the last is the output
    assert all("W₂(W₁x + b₁) + b₂" in t and "relu" in t for t in collapsing)
    assert all(
        rows.topLevelItem(i).text(0) == "▲" for i, t in enumerate(texts) if "linear map" in t
    )
