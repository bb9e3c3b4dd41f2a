"""A model of its own for background work.

The viewers' ``Inspector`` belongs to the GUI thread: live snapshots call ``set_weights`` on it
several times a second while a network trains. Work that takes seconds (what a unit wants, the
features t-SNE projects) must not read that model from another thread, where its weights could
change half-way through a gradient step. ``job_copy`` takes what the work needs in the GUI
thread (a copy of the network and of the weights, well under a millisecond), and the work
builds its own ``Inspector`` from it in its own thread (``ModelCopy.build``), so building the
Keras model does not hold up the window either.
"""

from __future__ import annotations

from dataclasses import dataclass

from netcore.introspection.inspector import Inspector, Weights
from netcore.network.spec import NetworkSpec


@dataclass(frozen=True)
class ModelCopy:
    """A network and its weights, copied: nothing in it is shared with the inspector it came
    from."""

    spec: NetworkSpec
    weights: Weights

    def build(self) -> Inspector:
        """An inference model of its own with these weights (call it in the job's thread).

        The global random seed is left alone: every weight is given, and another thread may
        be training.
        """
        return Inspector(self.spec, self.weights, seed=None)


def job_copy(inspector: Inspector) -> ModelCopy:
    """What a background job needs to build its own copy of ``inspector``'s model."""
    return ModelCopy(inspector.spec.copy(), inspector.weights())  # weights() gives copies
