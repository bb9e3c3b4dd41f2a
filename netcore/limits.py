"""Limits a classroom never meets, checked before anything is allocated.

A lesson, a project or a model file from elsewhere can ask for a network, an array or a run
far beyond what a lab machine holds. Each such request is refused with the figure asked for and
the limit, before memory is taken, instead of filling the machine or aborting the process.
"""

from __future__ import annotations

#: Parameters of a network LayerLab builds (VGG16's 138 M fit: 550 MB of float32 weights; the
#: classroom's networks are 10²–10⁷). Three Dense(10000) layers (≈ 200 M) are refused.
MAX_BUILD_PARAMETERS = 150_000_000


class LimitError(ValueError):
    """A request past one of LayerLab's limits; the message gives the figure and the limit."""


def check_buildable(total_params: int, name: str = "the network") -> None:
    """Refuse to build a network of more than ``MAX_BUILD_PARAMETERS`` parameters.

    Raises:
        LimitError: With the count, the limit and the memory its weights alone would take.
    """
    if total_params > MAX_BUILD_PARAMETERS:
        raise LimitError(
            f"{name} has {total_params:,} parameters ({total_params * 4 / 2**30:,.1f} GB of "
            f"weights); LayerLab builds networks of at most {MAX_BUILD_PARAMETERS:,}. Use "
            "fewer units or filters."
        )
