"""Segmentation (the U-Net's task): MNIST digits with their own ink as the target mask; the
network answers pixel by pixel and learns it; wrong outputs get a message saying what fits."""

import dataclasses

import pytest

from netcore.datasets import load_dataset
from netcore.network.analysis import analyze
from netcore.network.spec import LayerSpec, NetworkSpec, load
from netcore.resources import preset_paths
from netcore.training.config import TrainConfig
from netcore.training.engine import SetupError, prepare, train
from netcore.training.events import Finished


@pytest.fixture(scope="module")
def ink():
    data = load_dataset("mnist_ink")
    return dataclasses.replace(
        data,
        x_train=data.x_train[:512],
        y_train=data.y_train[:512],
        x_test=data.x_test[:128],
        y_test=data.y_test[:128],
    )


def test_the_masks_are_the_digits_ink(ink):
    assert ink.task == "segmentation" and ink.y_train.shape == (512, 28, 28, 1)
    assert set(ink.y_train.ravel().tolist()) == {0.0, 1.0}
    assert ((ink.x_train >= 0.5) == (ink.y_train == 1)).all()


@pytest.mark.slow
def test_a_small_pixel_network_learns_the_ink(ink):
    spec = NetworkSpec(
        name="pixels",
        input_shape=[28, 28, 1],
        layers=[
            LayerSpec(
                "c",
                "Conv2D",
                {"filters": 4, "kernel_size": 3, "padding": "same", "activation": "relu"},
            ),
            LayerSpec("mask", "Conv2D", {"filters": 1, "kernel_size": 1, "activation": "sigmoid"}),
        ],
    )
    model, final = train(spec, ink, TrainConfig(epochs=8, batch_size=32, learning_rate=0.02))
    assert isinstance(final, Finished) and final.reason == "completed"
    background = 1 - float(ink.y_test.mean())
    assert final.test["accuracy"] > background + 0.05  # better than "all background"
    assert final.history[-1]["loss"] < final.history[0]["loss"]


def test_the_unet_preset_fits_and_others_are_told_what_to_change(ink):
    unet = load(preset_paths()["unet"])
    assert not analyze(unet).errors
    prepared = prepare(unet, ink, TrainConfig(epochs=1))
    assert prepared.plan.loss == "binary_crossentropy" and prepared.plan.targets == "mask"
    with pytest.raises(
        SetupError, match=r"has a mask of \(28, 28, 1\) per example; end with a 1×1 Conv2D"
    ):
        prepare(load(preset_paths()["lenet5"]), ink, TrainConfig(epochs=1))
