"""The ``layerlab`` command line, one module a command."""
