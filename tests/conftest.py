"""Shared test set-up: quiet TensorFlow, fresh Keras state per test, isolated files."""

import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolate(tmp_path, monkeypatch):
    """Keep tests away from the user's files and settings, and reset Keras if a test used it."""
    monkeypatch.setenv("LAYERLAB_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("LAYERLAB_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("LAYERLAB_DATA_DIR", str(tmp_path / "data"))
    yield
    if "keras" in sys.modules:
        import keras

        # without Keras's own gc.collect(): a full walk of TensorFlow's heap after every test
        # cost 0.2 s each (a third of the suite); Python's collector still runs as usual
        keras.backend.clear_session(free_memory=False)
