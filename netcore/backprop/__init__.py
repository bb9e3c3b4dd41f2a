"""Backpropagation made visible, with real numbers: the computational-graph calculator
(``graph``), one example forward and backward through a dense network (``dense``), the
perceptron learning rule (``perceptron``), gradient sizes per layer (``gradient_flow``) and a
loss written out term by term (``losses``)."""
