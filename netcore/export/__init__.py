"""Generated code: the standalone Keras script."""
