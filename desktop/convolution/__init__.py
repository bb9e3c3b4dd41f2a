"""The convolution sandbox: convolution, padding, stride and pooling by hand, with Keras."""
