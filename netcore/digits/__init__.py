"""Drawn digits: MNIST-style preprocessing and the classifier that answers."""
