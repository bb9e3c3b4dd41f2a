"""A network, a dataset and training settings as a standalone Keras script.

The script imports only keras, tensorflow and numpy (plus the standard library), rebuilds the
network with the functional API (layer names = the editor's ids), loads the dataset (MNIST and
Fashion-MNIST from local IDX files or the Keras loader; toy sets generated inline with
LayerLab's own generator code), trains with the chosen settings and evaluates. ``strategy``
wraps model building in a ``tf.distribute`` scope: ``mirrored`` for several GPUs of one
machine, ``multiworker`` for several machines described by ``TF_CONFIG``.
"""

from __future__ import annotations

import inspect
import json
import math
import textwrap
from typing import Any

from netcore.datasets import toys
from netcore.datasets.mnist import find_fashion_mnist, mnist_dir
from netcore.datasets.registry import load_dataset
from netcore.export import multiworker, sequence_code
from netcore.export.names import variable_names
from netcore.models.builder import model_name
from netcore.network.analysis import analyze
from netcore.network.catalog import IMPORTED
from netcore.network.problems import SpecError, UsageError
from netcore.network.spec import INPUT_ID, NetworkSpec
from netcore.training.config import TrainConfig
from netcore.training.engine import SetupError, prepare

STRATEGIES = ("none", "mirrored", "multiworker")

_KERAS_ORDER = {  # positional-looking arguments first, as people write them
    "Dense": ["units"],
    "Conv2D": ["filters", "kernel_size"],
}


def _value(name: str, value: Any) -> str:
    if name == "kernel_regularizer" and isinstance(value, dict):
        parts = ", ".join(f"{k}={_literal(v)}" for k, v in value.items())
        return f"keras.regularizers.L1L2({parts})"
    if name == "activation" and value == "step":
        return "step"
    return _literal(_tuples(value))


def _literal(value: Any) -> str:
    """Python source for a parameter value; repr() except where repr is not source (a float
    nan or inf would be an undefined name)."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"float({str(value)!r})"
    if isinstance(value, tuple):
        items = ", ".join(_literal(v) for v in value)
        return f"({items},)" if len(value) == 1 else f"({items})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def _tuples(value: Any) -> Any:
    """[[1, 0], [2, 1]] → ((1, 0), (2, 1)), as Keras code is written."""
    return tuple(_tuples(v) for v in value) if isinstance(value, list | tuple) else value


def _layer_line(layer, inputs: list[str], var: dict[str, str]) -> str:
    source = var[inputs[0]] if len(inputs) == 1 else "[" + ", ".join(var[i] for i in inputs) + "]"
    if layer.type == IMPORTED:  # rebuilt by Keras from its configuration, kept as JSON text
        described = dict(layer.params["layer"]["keras"])
        described["config"] = {**described.get("config", {}), "name": layer.id}
        text = json.dumps(described)  # NaN stays NaN: json.loads reads it back
        made = f"keras.saving.deserialize_keras_object(json.loads({text!r}), safe_mode=True)"
        return f"{var[layer.id]} = {made}({source})"
    special = sequence_code.constructor(layer.type, layer.params, layer.id)
    source = sequence_code.call(layer.type, [var[i] for i in inputs])
    if special is not None:
        return f"{var[layer.id]} = {special}({source})"
    params = dict(layer.params)
    order = _KERAS_ORDER.get(layer.type, [])
    args = [f"{k}={_value(k, params.pop(k))}" for k in order if k in params]
    args += [f"{k}={_value(k, v)}" for k, v in params.items()]
    args.append(f"name={layer.id!r}")
    return f"{var[layer.id]} = layers.{layer.type}({', '.join(args)})({source})"


def _model_code(spec: NetworkSpec) -> str:
    analysis = analyze(spec)
    if _is_chain(analysis):
        var = {layer_id: "x" for layer_id in analysis.order}
    else:
        var = variable_names(analysis.order)
    var[INPUT_ID] = "inputs"
    lines = [f"inputs = keras.Input(shape={tuple(analysis.input_shape)!r}, name='input')"]
    for layer_id in analysis.order:
        layer = spec.layer(layer_id)
        lines.append(_layer_line(layer, analysis.layers[layer_id].inputs, var))
    lines.append(
        f"return keras.Model(inputs, {var[analysis.output_id]}, name={model_name(spec)!r})"
    )
    return "\n".join(lines)


def _check_imported(spec: NetworkSpec) -> None:
    """An imported layer Keras's safe mode will not rebuild (a Lambda, a class of someone's
    own) would make a script that fails when run: refuse it here, with Keras's reason."""
    from netcore.models.builder import build_layer

    for layer in spec.layers:
        if layer.type != IMPORTED:
            continue
        try:
            build_layer(IMPORTED, layer.params, layer.id)
            json.dumps(layer.params["layer"]["keras"])
        except SpecError as exc:
            reason = "; ".join(p.message for p in exc.problems)
            raise UsageError(
                f"layer '{layer.id}': {reason}. A network with it cannot be written into a "
                "script (the script rebuilds every layer with Keras's safe mode); replace it "
                "with a layer from the palette"
            ) from None
        except (TypeError, ValueError) as exc:
            raise UsageError(
                f"layer '{layer.id}': its Keras configuration cannot be written into a script "
                f"({exc})"
            ) from None


def _is_chain(analysis) -> bool:
    """A plain chain (single input from the previous layer, used only by the next) can reuse
    one variable ``x``; branching networks name every tensor."""
    users: dict[str, int] = {}
    for info in analysis.layers.values():
        for source in info.inputs:
            users[source] = users.get(source, 0) + 1
    return all(users.get(i, 0) <= 1 for i in analysis.layers) and all(
        len(info.inputs) <= 1 for info in analysis.layers.values()
    )


def _dataset_code(name: str, data) -> str:
    base = name.split(":", 1)[0]
    if base in ("mnist", "fashion_mnist"):
        folder = mnist_dir() if base == "mnist" else (find_fashion_mnist() or "")
        loader = "mnist" if base == "mnist" else "fashion_mnist"
        return textwrap.dedent(
            f'''
            IDX_DIR = os.environ.get("{base.upper()}_DIR", {str(folder)!r})


            def read_idx(path):
                """An IDX file (MNIST's format), gzipped or not, as a NumPy array."""
                opener = gzip.open if path.endswith(".gz") else open
                with opener(path, "rb") as f:
                    data = f.read()
                dims = data[3]
                shape = struct.unpack(">" + "I" * dims, data[4 : 4 + 4 * dims])
                return np.frombuffer(data, np.uint8, offset=4 + 4 * dims).reshape(shape)


            def load_data():
                names = ["train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                         "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"]
                paths = [os.path.join(IDX_DIR, n + ".gz") for n in names]
                if all(os.path.exists(p) for p in paths):
                    x_train, y_train, x_test, y_test = (read_idx(p) for p in paths)
                else:  # not on this computer: Keras downloads it once
                    (x_train, y_train), (x_test, y_test) = keras.datasets.{loader}.load_data()
                x_train = (x_train / 255.0).astype("float32")[..., None]
                x_test = (x_test / 255.0).astype("float32")[..., None]
                return x_train, y_train.astype("int32"), x_test, y_test.astype("int32")
            '''
        )
    if base in toys.CLASSIFICATION_TOYS or base in toys.REGRESSION_TOYS:
        make = (toys.CLASSIFICATION_TOYS.get(base) or toys.REGRESSION_TOYS[base])[0]
        source = inspect.getsource(make)
        n = len(data.x_train) + len(data.x_test)
        test = len(data.x_test) / n
        options = dict(toys.TOY_DEFAULTS)
        if ":" in name:
            for part in name.split(":", 1)[1].split(","):
                key, _, value = part.partition("=")
                options[key.strip()] = float(value) if "." in value else int(value)
        cast = "int32" if base in toys.CLASSIFICATION_TOYS else "float32"
        return (
            "\n\n# LayerLab's generator for this dataset, copied as it is\n"
            + source
            + textwrap.dedent(
                f'''

                def load_data(
                    n={n},
                    noise={options["noise"]!r},
                    seed={options["seed"]!r},
                    test_fraction={test:.4g},
                ):
                    rng = np.random.default_rng(seed)
                    x, y = {make.__name__}(rng, n, noise)
                    order = np.random.default_rng(seed + 1).permutation(n)
                    cut = int(round(n * (1 - test_fraction)))
                    train, test = order[:cut], order[cut:]
                    x, y = x.astype("float32"), y.astype("{cast}")
                    return x[train], y[train], x[test], y[test]
                '''
            )
        )
    if base in toys.GATES:
        return textwrap.dedent(
            f"""
            def load_data():
                x = np.array({data.x_train.tolist()!r}, dtype="float32")
                y = np.array({data.y_train.tolist()!r}, dtype="int32")
                return x, y, x.copy(), y.copy()  # a truth table: train and test are the same
            """
        )
    raise UsageError(
        f"dataset '{name}' cannot be written into a script; scripts support mnist, "
        "fashion_mnist, the toy sets and the logic gates"
    )


_STRATEGY_CODE = {
    "none": (
        "# One device. For several GPUs export with --strategy mirrored.\n"
        "strategy = tf.distribute.get_strategy()"
    ),
    "mirrored": (
        "# All GPUs of this computer train one copy each, on a share of every batch; gradients\n"
        "# are averaged. Without GPUs it runs on the CPU.\n"
        "strategy = tf.distribute.MirroredStrategy()"
    ),
    "multiworker": (
        "# Several computers train together. Each one runs this same script with TF_CONFIG set,\n"
        "# listing every worker and saying which one this is, e.g. on the first machine:\n"
        '#   TF_CONFIG=\'{"cluster": {"worker": ["pc1:12345", "pc2:12345"]},\n'
        '#               "task": {"type": "worker", "index": 0}}\' python this_script.py\n'
        "# Without TF_CONFIG it runs as a single worker.\n"
        "strategy = tf.distribute.MultiWorkerMirroredStrategy()"
    ),
}


FIT_BLOCK = """
    with strategy.scope():
        model = build_model()
        model.compile(
            optimizer={optimizer},
            loss={loss},
            metrics=[{metric_list}],
        )
    model.summary()
    callbacks = []
    {early}
    model.fit(
        x_train,
        y_train,
        batch_size={batch} * strategy.num_replicas_in_sync,  # {batch} per device
        epochs=args.epochs,
        validation_split={validation},
        shuffle=True,
        callbacks=callbacks,
        verbose=2,
    )
    scores = model.evaluate(x_test, y_test, batch_size=1024, verbose=0, return_dict=True)
    print("test:", ", ".join(f"{{k}} {{v:.4f}}" for k, v in scores.items()))
"""


def _optimizer_code(cfg: TrainConfig, batch: int, validation: float) -> str:
    """The optimizer's constructor; a cosine schedule counts the run's steps in the script
    (epochs × batches of the training part, as Keras's validation split leaves it)."""
    lr = repr(cfg.lr)
    if cfg.schedule == "cosine":
        steps = (
            f"args.epochs * -(-int(len(x_train) * (1 - {validation!r})) // "
            f"({batch} * strategy.num_replicas_in_sync))"
        )
        lr = f"keras.optimizers.schedules.CosineDecay({lr}, decay_steps=max(1, {steps}))"
    if cfg.optimizer == "sgd":
        extra = f", momentum={cfg.momentum!r}" if cfg.momentum else ""
        extra += ", nesterov=True" if cfg.nesterov else ""
        return f"keras.optimizers.SGD(learning_rate={lr}{extra})"
    name = {"rmsprop": "RMSprop", "adam": "Adam", "adagrad": "Adagrad"}[cfg.optimizer]
    return f"keras.optimizers.{name}(learning_rate={lr})"


def python_script(
    spec: NetworkSpec, dataset: str, config: TrainConfig, strategy: str = "none"
) -> str:
    """The standalone training script as text.

    Raises:
        UsageError: Unknown strategy, a dataset scripts cannot load, or a network that cannot
            train on the dataset (the same checks as training).
    """
    if strategy not in STRATEGIES:
        raise UsageError(f"strategy must be one of {', '.join(STRATEGIES)}, not {strategy!r}")
    data = load_dataset(dataset)
    try:
        prepared = prepare(spec, data, config)
    except SetupError as exc:
        raise UsageError(str(exc)) from None
    _check_imported(spec)
    plan = prepared.plan
    targets = {
        "sparse": "y",
        "binary": 'y.astype("float32").reshape(-1, 1)',
        "onehot": f"keras.utils.to_categorical(y, {data.num_classes})",
        "values": 'y.astype("float32")',
    }[plan.targets]
    metrics = {"accuracy": '"accuracy"', "mae": '"mae"', "mse": '"mse"'}
    metric_list = ", ".join(metrics[m] for m in plan.metrics)
    uses_step = any(layer.params.get("activation") == "step" for layer in spec.layers)
    step_code = (
        textwrap.dedent(
            '''

            @keras.saving.register_keras_serializable(package="layerlab", name="step")
            def step(x):
                """The perceptron's step: 1 where x > 0, else 0 (its gradient is zero)."""
                return 0.0 * x + keras.ops.stop_gradient(keras.ops.cast(x > 0, x.dtype))
            '''
        )
        if uses_step
        else ""
    )
    custom = sequence_code.class_code({layer.type for layer in spec.layers})
    custom_code = "\n" + custom if custom else ""
    model_body = textwrap.indent(_model_code(spec), "    ")
    batch = prepared.batch_size
    validation = config.validation_split
    early = ""
    if config.early_stopping:
        monitor = "val_loss" if validation else "loss"
        early = (
            f"callbacks.append(keras.callbacks.EarlyStopping(monitor={monitor!r}, "
            f"patience={config.early_stopping}, restore_best_weights="
            f"{config.restore_best_weights!r}))\n"
        )
    # user text (names, titles) goes in only as repr() literals, never pasted into code
    doc = (
        f"{spec.name}: trained on {data.title}, exported from LayerLab.\n\n"
        "Run:  python {this file} [--epochs N]\nNeeds only keras (3), tensorflow and numpy.\n"
    )
    uses_json = any(layer.type == IMPORTED for layer in spec.layers)
    json_import = "import json\n" if uses_json else ""  # imported layers' configurations
    header = f"""#!/usr/bin/env python3
{doc!r}

import argparse
import gzip
{json_import}import os
import struct

import numpy as np
import tensorflow as tf
import keras
from keras import layers

SEED = {config.seed}
{step_code}{custom_code}"""
    if strategy == "multiworker":
        training = multiworker.training(
            plan.loss,
            _optimizer_code(config, batch, validation),
            batch,
            validation,
            config.early_stopping,
        )
        extra_functions = multiworker.functions(plan.targets)
    else:
        training = FIT_BLOCK.format(
            optimizer=_optimizer_code(config, batch, validation),
            loss=repr(plan.loss),
            metric_list=metric_list,
            early=early.strip() or "# (no early stopping)",
            batch=batch,
            validation=repr(validation),
        )
        extra_functions = ""
    body = f"""

def build_model():
    {spec.name + ", layer names as in the LayerLab editor."!r}
{model_body}
{extra_functions}

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default={config.epochs})
    parser.add_argument(
        "--build-only", action="store_true", help="build the network, print its size and stop"
    )
    args = parser.parse_args()
    keras.utils.set_random_seed(SEED)
    if args.build_only:  # no data, no training: check the network as LayerLab shows it
        print(f"parameters: {{build_model().count_params()}}")
        return

{textwrap.indent(_STRATEGY_CODE[strategy], "    ")}
    print("replicas in sync:", strategy.num_replicas_in_sync)

    x_train, y_train, x_test, y_test = load_data()
    y = y_train
    y_train = {targets}
    y = y_test
    y_test = {targets}

{training}
    checksum = sum(float(np.sum(w)) for w in model.get_weights())
    print(f"weights checksum: {{checksum:.6f}}")  # equal on every worker of a cluster


if __name__ == "__main__":
    main()
"""
    script = header + _dataset_code(dataset, data) + body
    try:  # the last guard: a file that is not Python is never written
        compile(script, "exported script", "exec")
    except (SyntaxError, ValueError) as exc:
        raise UsageError(f"the script for this network would not be valid Python ({exc})") from None
    return script
