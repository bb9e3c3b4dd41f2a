"""LayerLab's Qt-free core: network spec, layer catalog, shape inference, Keras builder,
datasets, training, introspection, preprocessing, export and the command line.

Nothing here imports Qt. Keras/TensorFlow are imported lazily by the modules that need them
(builder, training, introspection), so editing and ``layerlab summary`` stay instant.
"""

__version__ = "0.1.0"
