"""The network itself: spec, parameters, the layer catalog, shape analysis and editing
rules. Pure Python: it imports no Keras or TensorFlow."""
