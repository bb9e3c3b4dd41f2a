"""Importing TensorFlow/Keras once, quietly and lazily.

TensorFlow 2.21 writes C++ log lines (oneDNN, CUDA probing) straight to file descriptor 2 while
it imports and first looks for devices; a student should not see them. They are silenced by
pointing fd 2 at /dev/null for just those moments; Python errors still surface as exceptions.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys


@contextlib.contextmanager
def quiet_native_stderr():
    """Send native (C/C++) writes to stderr into /dev/null inside the block."""
    if os.environ.get("LAYERLAB_DEBUG"):
        yield
        return
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no usable fd 2 (windowed app): nothing to hide
        yield
        return
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


@functools.cache
def tensorflow():
    """Import TensorFlow (and initialise its device list) without its start-up chatter."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    with quiet_native_stderr():
        import tensorflow as tf

        from netcore.models.threads import configure_tensorflow

        configure_tensorflow(tf)  # before any operation: see threads.py
        tf.config.list_physical_devices()
        import keras  # noqa: F401 - imported here so its own start-up is quiet too
    # each run compiles its own steps on purpose: TensorFlow's advice against that is noise
    tf.get_logger().addFilter(
        lambda record: "triggered tf.function retracing" not in str(record.msg)
    )
    return tf


def keras():
    """The Keras module, after ``tensorflow()``."""
    tensorflow()
    import keras as keras_module

    return keras_module


def loaded() -> bool:
    """Whether TensorFlow and Keras are imported already, so building a model will not stall
    the caller for seconds while they load (a module still being imported by another thread
    does not count)."""
    if tensorflow.cache_info().currsize:
        return True
    modules = [sys.modules.get(name) for name in ("tensorflow", "keras")]
    return all(
        m is not None and not getattr(getattr(m, "__spec__", None), "_initializing", False)
        for m in modules
    )


def drop_uninitialized_variables() -> None:
    """Forget the variables a ``keras.StatelessScope(initialize_variables=False)`` deferred.

    Keras keeps them in a global list and would initialise them all on the next model built
    (a measured-but-refused model of 2³⁰ units would then claim its 4 GB after all). Keras has
    no public call for this; its own global state is reached here, in the one module that
    imports Keras, so a new Keras version breaks one line.
    """
    keras()
    from keras.src.backend.common import global_state

    global_state.set_global_attribute("uninitialized_variables", [])
