"""Backpropagation made visible: the computational-graph calculator (``graph``)."""
