"""Texts that come from data, marked so that lupdate collects them: the presets' titles (File →
New from template) and the built-in datasets' titles (the dataset picker). Tests check that
every title is here. Runs keep recording the English title; only the display is translated."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

PRESET_TITLES = (
    QT_TRANSLATE_NOOP("Presets", "AlexNet-style"),
    QT_TRANSLATE_NOOP("Presets", "Deep relu stack (10 × 16)"),
    QT_TRANSLATE_NOOP("Presets", "Deep sigmoid stack (10 × 16)"),
    QT_TRANSLATE_NOOP("Presets", "GoogLeNet-style"),
    QT_TRANSLATE_NOOP("Presets", "LeNet-5"),
    QT_TRANSLATE_NOOP("Presets", "MNIST MLP 784-512-512-10"),
    QT_TRANSLATE_NOOP("Presets", "Perceptron (AND)"),
    QT_TRANSLATE_NOOP("Presets", "Small ResNet"),
    QT_TRANSLATE_NOOP("Presets", "Sine fit (1-16-1)"),
    QT_TRANSLATE_NOOP("Presets", "Spirals MLP (2-16-16-2)"),
    QT_TRANSLATE_NOOP("Presets", "U-Net-style"),
    QT_TRANSLATE_NOOP("Presets", "Small VGG"),
    QT_TRANSLATE_NOOP("Presets", "XOR MLP (2-2-1)"),
    QT_TRANSLATE_NOOP("Presets", "LSTM digit reader"),
    QT_TRANSLATE_NOOP("Presets", "Sine forecaster (SimpleRNN)"),
    QT_TRANSLATE_NOOP("Presets", "Small Vision Transformer"),
)

DATASET_TITLES = (
    QT_TRANSLATE_NOOP("Datasets", "MNIST handwritten digits"),
    QT_TRANSLATE_NOOP("Datasets", "MNIST ink masks (segmentation)"),
    QT_TRANSLATE_NOOP("Datasets", "Fashion-MNIST clothing"),
    QT_TRANSLATE_NOOP("Datasets", "XOR quadrants"),
    QT_TRANSLATE_NOOP("Datasets", "Circles"),
    QT_TRANSLATE_NOOP("Datasets", "Two Gaussians"),
    QT_TRANSLATE_NOOP("Datasets", "Spirals"),
    QT_TRANSLATE_NOOP("Datasets", "Moons"),
    QT_TRANSLATE_NOOP("Datasets", "Noisy sine"),
    QT_TRANSLATE_NOOP("Datasets", "Noisy plane"),
    QT_TRANSLATE_NOOP("Datasets", "AND gate"),
    QT_TRANSLATE_NOOP("Datasets", "OR gate"),
    QT_TRANSLATE_NOOP("Datasets", "NAND gate"),
    QT_TRANSLATE_NOOP("Datasets", "XOR gate"),
    QT_TRANSLATE_NOOP("Datasets", "XNOR gate"),
    QT_TRANSLATE_NOOP("Datasets", "NOT gate"),
    QT_TRANSLATE_NOOP("Datasets", "MNIST read row by row"),
    QT_TRANSLATE_NOOP("Datasets", "Sine wave to continue"),
    QT_TRANSLATE_NOOP("Datasets", "Counting 1s (memory)"),
    QT_TRANSLATE_NOOP("Datasets", "Parity of bits (memory)"),
)
