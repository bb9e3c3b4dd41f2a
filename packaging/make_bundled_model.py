"""Train the digit model shipped in resources/models/ (seeded, reproducible on the CPU).

    uv run python packaging/make_bundled_model.py [--epochs 12]

The network is the LeNet-5 preset (resources/networks/lenet5.json), so the bundled model opens
in the editor like any other. It trains on the full MNIST training set (60,000) with light
augmentation that mimics what people draw: small rotations, shifts, zoom and thinner or
thicker strokes. Drawings go through MNIST's preprocessing (netcore.digits.preprocessing)
before they reach it, so augmentation only needs to cover what that recipe leaves. Writes
lenet5-mnist.keras and lenet5-mnist.json (test accuracy, epochs, the command) atomically.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from netcore.datasets import load_dataset  # noqa: E402
from netcore.digits.classifier import BUNDLED_NAME  # noqa: E402
from netcore.fileio import atomic_write_text  # noqa: E402
from netcore.models import tfruntime  # noqa: E402
from netcore.models.builder import build_model  # noqa: E402
from netcore.models.kerasfile import save_model  # noqa: E402
from netcore.network.spec import load  # noqa: E402
from netcore.resources import preset_paths, resources_dir  # noqa: E402

AUGMENT = {
    "rotation_degrees": 12,
    "zoom": 0.12,
    "shift_pixels": 2,
    "thicker_strokes": 0.3,
    "thinner_strokes": 0.15,
}


def augmenter(seed: int):
    keras = tfruntime.keras()
    tf = tfruntime.tensorflow()
    rotate = keras.layers.RandomRotation(
        AUGMENT["rotation_degrees"] / 360, fill_mode="constant", seed=seed
    )
    zoom = keras.layers.RandomZoom(AUGMENT["zoom"], fill_mode="constant", seed=seed + 1)
    shift = AUGMENT["shift_pixels"] / 28
    move = keras.layers.RandomTranslation(shift, shift, fill_mode="constant", seed=seed + 2)
    generator = tf.random.Generator.from_seed(seed + 3)

    def apply(x, y):
        x = move(zoom(rotate(x, training=True), training=True), training=True)
        n = tf.shape(x)[0]
        coin = generator.uniform((n, 1, 1, 1))
        thick = tf.nn.max_pool2d(x, 2, 1, "SAME")
        thin = -tf.nn.max_pool2d(-x, 2, 1, "SAME")
        x = tf.where(coin < AUGMENT["thicker_strokes"], thick, x)
        x = tf.where(coin > 1 - AUGMENT["thinner_strokes"], thin, x)
        return tf.clip_by_value(x, 0.0, 1.0), y

    return apply


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default=str(resources_dir() / "models"))
    args = parser.parse_args()

    keras = tfruntime.keras()
    tf = tfruntime.tensorflow()
    keras.utils.set_random_seed(args.seed)
    tf.config.experimental.enable_op_determinism()
    data = load_dataset("mnist")
    spec = load(preset_paths()["lenet5"])
    model = build_model(spec)
    steps = -(-len(data.x_train) // args.batch_size) * args.epochs
    schedule = keras.optimizers.schedules.CosineDecay(2e-3, steps, alpha=0.02)
    model.compile(
        optimizer=keras.optimizers.Adam(schedule),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    train = (
        tf.data.Dataset.from_tensor_slices((data.x_train, data.y_train.astype("int32")))
        .shuffle(60_000, seed=args.seed, reshuffle_each_iteration=True)
        .batch(args.batch_size)
        .map(augmenter(args.seed))
        .prefetch(2)
    )
    started = time.perf_counter()
    history = model.fit(train, epochs=args.epochs, verbose=2)
    seconds = time.perf_counter() - started
    loss, accuracy = model.evaluate(data.x_test, data.y_test, batch_size=1024, verbose=0)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    save_model(model, out / f"{BUNDLED_NAME}.keras")
    command = "uv run python packaging/make_bundled_model.py"
    defaults = {"epochs": 12, "batch_size": 64, "seed": 0}
    for key, default in defaults.items():
        if getattr(args, key) != default:
            command += f" --{key.replace('_', '-')} {getattr(args, key)}"
    info = {
        "model": f"{BUNDLED_NAME}.keras",
        "network": "resources/networks/lenet5.json (LeNet-5, 61,706 parameters)",
        "dataset": "MNIST: all 60,000 training images; evaluated on the 10,000 test images",
        "test_accuracy": round(float(accuracy), 4),
        "test_loss": round(float(loss), 4),
        "epochs": args.epochs,
        "batch_size": args.batch_size,
        "optimizer": "Adam, learning rate 0.002 with cosine decay to 0.00004",
        "augmentation": AUGMENT,
        "seed": args.seed,
        "final_train_accuracy": round(float(history.history["accuracy"][-1]), 4),
        "training_seconds": round(seconds, 1),
        "command": command,
        "keras": keras.__version__,
        "tensorflow": tf.__version__,
        "made": datetime.date.today().isoformat(),
    }
    atomic_write_text(out / f"{BUNDLED_NAME}.json", json.dumps(info, indent=2) + "\n")
    print(f"test accuracy {accuracy * 100:.2f} %, {seconds:.0f} s; wrote {out}")


if __name__ == "__main__":
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    main()
