"""The training part of a script for several computers (``MultiWorkerMirroredStrategy``).

Keras 3's ``fit`` cannot run under that strategy with the TensorFlow backend ("Attempt to
convert a value (PerReplica…)", keras-team/keras#20585), so the script trains with the loop
TensorFlow's distribution guide describes: a distributed ``tf.data`` input sharded by data,
one step per global batch through ``strategy.run``, gradients all-reduced across workers.
Every worker ends with the same weights (the test starts two on localhost and compares).
"""

from __future__ import annotations

LOSS_CLASSES = {
    "sparse_categorical_crossentropy": "keras.losses.SparseCategoricalCrossentropy",
    "categorical_crossentropy": "keras.losses.CategoricalCrossentropy",
    "binary_crossentropy": "keras.losses.BinaryCrossentropy",
    "mse": "keras.losses.MeanSquaredError",
    "mae": "keras.losses.MeanAbsoluteError",
}

# how the script's targets become class numbers, per TaskPlan.targets (None: no accuracy)
_TRUE_CLASSES = {
    "sparse": "np.asarray(y).reshape(-1)",
    "binary": "np.asarray(y).reshape(-1).astype(int)",
    "onehot": "np.asarray(y).argmax(axis=1)",
    "values": None,
}

FUNCTIONS = '''

def fit_on_workers(strategy, model, optimizer, loss_object, x, y, epochs, batch, validation,
                   patience):
    """Keras 3's fit cannot train under MultiWorkerMirroredStrategy (keras-team/keras#20585):
    this loop splits each global batch over every worker's replicas and all-reduces the
    gradients, so every worker ends with the same weights."""
    global_batch = batch * strategy.num_replicas_in_sync
    n_val = int(round(len(x) * validation))
    x_fit, y_fit = x[: len(x) - n_val], y[: len(y) - n_val]  # the last share validates, as in fit
    x_val, y_val = x[len(x) - n_val :], y[len(y) - n_val :]
    options = tf.data.Options()
    options.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA

    @tf.function
    def train_step(batch_xy):
        def step(xb, yb):
            with tf.GradientTape() as tape:
                per_example = loss_object(yb, model(xb, training=True))
                loss = tf.nn.compute_average_loss(per_example, global_batch_size=global_batch)
            grads = tape.gradient(loss, model.trainable_variables)
            optimizer.apply_gradients(zip(grads, model.trainable_variables))
            return loss

        per_replica = strategy.run(step, args=batch_xy)
        return strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica, axis=None)

    best, best_weights, waited = float("inf"), None, 0
    for epoch in range(1, epochs + 1):
        data = (
            tf.data.Dataset.from_tensor_slices((x_fit, y_fit))
            .shuffle(len(x_fit), seed=SEED + epoch)  # the same order on every worker
            .batch(global_batch, drop_remainder=True)
            .with_options(options)
        )
        losses = [float(train_step(b)) for b in strategy.experimental_distribute_dataset(data)]
        watched = float(np.mean(losses)) if losses else float("nan")
        line = f"epoch {epoch}/{epochs}  loss {watched:.4f}"
        if n_val:
            watched = evaluate(model, loss_object, x_val, y_val)["loss"]
            line += f"  val_loss {watched:.4f}"
        print(line, flush=True)
        if patience:
            if watched < best:
                best, best_weights, waited = watched, model.get_weights(), 0
            else:
                waited += 1
                if waited >= patience:
                    print(f"early stopping after epoch {epoch}", flush=True)
                    model.set_weights(best_weights)
                    break


def evaluate(model, loss_object, x, y):
    """Loss (and accuracy) on every worker's own copy of the data: no collectives needed."""
    out = np.concatenate(
        [np.asarray(model(x[i : i + 1024], training=False)) for i in range(0, len(x), 1024)]
    )
    scores = {"loss": float(np.mean(np.asarray(loss_object(y, out))))}
    TRUE_CLASSES
    return scores
'''

ACCURACY = """if true is not None:
        predicted = out.argmax(axis=1) if out.shape[1] > 1 else (out[:, 0] > 0.5).astype(int)
        scores["accuracy"] = float(np.mean(predicted == true))"""


def functions(targets: str) -> str:
    """The script's ``fit_on_workers`` and ``evaluate`` for this task's targets."""
    true = _TRUE_CLASSES[targets]
    code = f"true = {true}\n    " + ACCURACY if true else "# regression: no accuracy"
    return FUNCTIONS.replace("TRUE_CLASSES", code)


def training(loss: str, optimizer: str, batch: int, validation: float, patience: int | None) -> str:
    """The part of ``main()`` that builds, trains and tests the model."""
    return f"""
    with strategy.scope():
        model = build_model()
        optimizer = {optimizer}
        loss_object = {LOSS_CLASSES[loss]}(reduction=None)
    model.summary()
    fit_on_workers(
        strategy, model, optimizer, loss_object, x_train, y_train, args.epochs,
        batch={batch}, validation={validation!r}, patience={patience or 0},
    )
    scores = evaluate(model, loss_object, x_test, y_test)
    print("test:", ", ".join(f"{{k}} {{v:.4f}}" for k, v in scores.items()))"""
