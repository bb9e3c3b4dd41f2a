"""Whatever the settings file holds, the window starts: generated files with the real keys and
values of every type (bytes, text, huge numbers and strings, lists, NaN), and damaged ones."""

import base64
import json
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.settings_store import settings_path

KEYS = [
    "window/geometry",
    "workspaces/current",
    *(f"workspaces/states/{n}" for n in ("design", "train", "inspect", "draw", "lessons")),
    "appearance/zoom",
    "appearance/theme",
    "appearance/colourBlind",
    "ui/language",
    "recent",
    "last_folder",
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**30, max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.text(alphabet="ab/\0.", min_size=4000, max_size=6000),
    st.binary(max_size=300).map(lambda b: {"bytes": base64.b64encode(b).decode()}),
    st.just({"bytes": "not base64!"}),
    st.sampled_from(["dark", "fr", "design", "true", "/tmp", "-3", "1e9", ""]),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
documents = st.fixed_dictionaries(
    {"format": st.sampled_from(["layerlab-settings", "other"]), "version": values}
).flatmap(
    lambda head: st.dictionaries(st.sampled_from(KEYS), values, max_size=len(KEYS)).map(
        lambda body: {**head, "values": body}
    )
)
files = st.one_of(
    documents.map(lambda d: json.dumps(d).encode()),
    values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=200),
)


@settings(max_examples=15)  # each start costs ~0.4 s
@given(content=files)
def test_the_window_starts_whatever_the_settings_file_holds(qtbot, dialogs, content):
    from desktop.shell.app import start_window

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in path.parent.iterdir():
        old.unlink()
    path.write_bytes(content)
    started = time.perf_counter()
    window = start_window(dialogs=dialogs, probe_devices=False)
    qtbot.addWidget(window)
    assert time.perf_counter() - started < 10  # ~0.4 s here: a loop or a hang, not a slow CPU
    assert dialogs.errors == []
    assert window.workspaces.current in ("design", "train", "inspect", "draw", "lessons")
    assert "Ready in" in window.statusBar().currentMessage()
    window.save_window_state()  # what a close writes can be read again
    assert json.loads(path.read_text())["format"] == "layerlab-settings"
