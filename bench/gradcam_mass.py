"""Do the heat maps of *Why this answer* point at the digit? For stroke-drawn digits (the
generator of ``bench/drawn_digits.py``, prepared like MNIST) explained by the bundled LeNet-5,
prints the median share of each map's heat inside the bounding box of the digit's ink — for
saliency, SmoothGrad, Grad-CAM (its default layer, then every layer) and occlusion — next to
the box's own share of the field (what a map spread evenly would score), and the number of
all-zero maps.

    uv run python bench/gradcam_mass.py [--count 200] [--seed 7] [--smoke]

``--smoke`` runs the smallest real version (a few digits) in a few seconds.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="drawn digits (default 200)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--smoke", action="store_true", help="a few digits, a few seconds")
    args = parser.parse_args(argv)
    count = 4 if args.smoke else max(1, args.count)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

    from bench.drawn_digits import make_set
    from netcore.digits.classifier import bundled_classifier
    from netcore.digits.preprocessing import mnist_style
    from netcore.explain import METHODS
    from netcore.explain.measures import ink_box, mass_inside_box
    from netcore.explain.saliency import Explainer

    greys, _labels = make_set(count, args.seed)
    inputs = [x[..., None] for x in (mnist_style(g) for g in greys) if x is not None]
    explainer = Explainer(bundled_classifier().model)
    default = explainer.default_layer()
    rows = [(method, method, None) for method in METHODS if method != "gradcam"]
    rows.insert(2, (f"gradcam ({default}, the default)", "gradcam", None))
    rows += [
        (f"gradcam at {layer}", "gradcam", layer)
        for layer in explainer.conv_layers()
        if layer != default
    ]
    evenly = float(np.median([ink_box(x).mean() for x in inputs]))
    print(f"{len(inputs)} stroke-drawn digits (seed {args.seed}), bundled LeNet-5:")
    print(f"  the digit's box is {evenly * 100:.0f} % of the field (an even map's share)")
    print(f"  {'method':32s} {'median':>7s} {'25 %':>6s} {'zeros':>6s} {'ms each':>8s}")
    for title, method, layer in rows:
        shares, zeros = [], 0
        start = time.perf_counter()
        for x in inputs:
            heat = explainer.explain(x, method, layer=layer).heatmap
            shares.append(mass_inside_box(x, heat))
            zeros += int(heat.max() <= 0)
        each = (time.perf_counter() - start) / len(inputs) * 1000
        print(
            f"  {title:32s} {np.median(shares) * 100:6.1f}% "
            f"{np.quantile(shares, 0.25) * 100:5.1f}% {zeros:6d} {each:8.1f}"
        )


if __name__ == "__main__":
    main()
