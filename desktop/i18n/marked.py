"""Texts that come from data files, marked so that lupdate collects them: the presets' titles
(the File → New from template menu). A test checks that every preset's title is here."""

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
)
