"""The Keras side: spec → model, TensorFlow start-up, and every .keras file read or written."""
