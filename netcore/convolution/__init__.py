"""Convolution by hand: the sandbox (one input, kernels, padding, stride, pooling, computed by
Keras ops and written out product by product), the lecture's kernels and examples, and the
receptive field of a unit through a layer stack."""
