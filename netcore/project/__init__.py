"""The project: one typed state (network, dataset source, training settings, weights,
runs) and its .layerlab file."""
