"""Does the bundled model hold up on real-looking drawings? Generates stroke-drawn digits the way
people draw on a canvas or paper (random placement and size, slant, rotation, wobble, brush
width, either polarity, sometimes grey paper) and reports the bundled model's accuracy with
MNIST's preprocessing and with a plain resize, next to its MNIST test accuracy.

    uv run python bench/drawn_digits.py [--count 2000] [--seed 0] [--save-examples DIR]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageDraw  # noqa: E402

SIZE = 280


def _arc(cx, cy, rx, ry, start, end, n=24):
    """Points on an ellipse from angle ``start`` to ``end`` (degrees, 0 = right, 90 = down)."""
    t = np.radians(np.linspace(start, end, n))
    return list(zip(cx + rx * np.cos(t), cy + ry * np.sin(t), strict=True))


def templates() -> dict[int, list[list[list[tuple[float, float]]]]]:
    """Each digit: variants; each variant: strokes; each stroke: points in a unit box."""
    return {
        0: [[_arc(0.5, 0.5, 0.3, 0.45, -90, 270, 40)], [_arc(0.5, 0.5, 0.36, 0.45, -100, 265, 40)]],
        1: [
            [[(0.52, 0.05), (0.5, 0.95)]],
            [[(0.3, 0.22), (0.55, 0.05), (0.52, 0.95)]],
            [[(0.3, 0.22), (0.55, 0.05), (0.52, 0.95)], [(0.3, 0.95), (0.75, 0.95)]],
        ],
        2: [
            [_arc(0.5, 0.3, 0.3, 0.25, 190, 370) + [(0.65, 0.58), (0.2, 0.95), (0.85, 0.95)]],
            [_arc(0.5, 0.28, 0.3, 0.23, 180, 380) + [(0.2, 0.95), (0.5, 0.9), (0.85, 0.93)]],
        ],
        3: [
            [_arc(0.48, 0.27, 0.28, 0.22, 200, 450) + _arc(0.48, 0.71, 0.32, 0.24, -90, 160)],
            [[(0.2, 0.07), (0.8, 0.07), (0.45, 0.45)] + _arc(0.48, 0.68, 0.32, 0.26, -80, 160)],
        ],
        4: [
            [[(0.62, 0.05), (0.12, 0.65), (0.88, 0.65)], [(0.64, 0.32), (0.62, 0.95)]],
            [[(0.22, 0.05), (0.2, 0.55), (0.82, 0.55)], [(0.7, 0.05), (0.7, 0.95)]],
        ],
        5: [
            [[(0.8, 0.06), (0.28, 0.06), (0.24, 0.45)] + _arc(0.47, 0.67, 0.33, 0.27, -120, 150)],
            [
                [(0.26, 0.06), (0.24, 0.45)] + _arc(0.47, 0.67, 0.33, 0.27, -120, 150),
                [(0.26, 0.06), (0.8, 0.05)],
            ],
        ],
        6: [
            [[(0.72, 0.05), (0.45, 0.22), (0.25, 0.5)] + _arc(0.5, 0.7, 0.27, 0.25, 180, 540)],
            [_arc(0.62, 0.55, 0.4, 0.5, -80, -180, 12) + _arc(0.5, 0.72, 0.27, 0.23, 180, 520)],
        ],
        7: [
            [[(0.12, 0.08), (0.88, 0.08), (0.4, 0.95)]],
            [[(0.12, 0.12), (0.88, 0.08), (0.5, 0.95)], [(0.35, 0.5), (0.78, 0.5)]],
        ],
        8: [
            [_arc(0.5, 0.27, 0.22, 0.22, 0, 360, 30), _arc(0.5, 0.71, 0.28, 0.25, 0, 360, 30)],
            [
                _arc(0.5, 0.27, 0.22, 0.22, 90, -180, 24)
                + _arc(0.5, 0.71, 0.28, 0.25, -90, 270, 30)
                + _arc(0.5, 0.27, 0.22, 0.22, 180, 90, 10)
            ],
        ],
        9: [
            [_arc(0.5, 0.3, 0.26, 0.24, 0, 360, 30) + [(0.76, 0.3), (0.7, 0.95)]],
            [_arc(0.48, 0.3, 0.26, 0.24, -10, 350, 30) + [(0.72, 0.5), (0.45, 0.95)]],
        ],
    }


def draw_digit(digit: int, rng: np.random.Generator) -> np.ndarray:
    """One drawing as a grey 280×280 image (0…1)."""
    variants = templates()[digit]
    strokes = variants[rng.integers(len(variants))]
    slant = rng.uniform(-0.35, 0.25)
    angle = math.radians(rng.uniform(-10, 10))
    aspect = rng.uniform(0.65, 1.15)
    size = rng.uniform(0.18, 0.9) * SIZE
    height, width = size, size * aspect * 0.75
    left = rng.uniform(0.04 * SIZE, SIZE * 0.96 - width)
    top = rng.uniform(0.04 * SIZE, SIZE * 0.96 - height)
    brush = rng.uniform(0.03, 0.12) * size + 2
    dark = rng.random() < 0.6
    paper = rng.uniform(0.75, 1.0) if dark else rng.uniform(0.0, 0.2)
    ink = rng.uniform(0.0, 0.2) if dark else rng.uniform(0.8, 1.0)
    image = Image.new("L", (SIZE, SIZE), int(paper * 255))
    pen = ImageDraw.Draw(image)
    wobble = rng.normal(0, 0.015, (2, 4))
    for stroke in strokes:
        pts = np.asarray(stroke, dtype=float)
        # smooth wobble: low-frequency sine perturbation, as a hand does
        t = np.linspace(0, 1, len(pts))
        pts = pts + np.stack(
            [
                sum(wobble[0, k] * np.sin((k + 1) * np.pi * t) for k in range(4)),
                sum(wobble[1, k] * np.sin((k + 1) * np.pi * t) for k in range(4)),
            ],
            axis=1,
        )
        x, y = pts[:, 0] - 0.5, pts[:, 1] - 0.5
        x = x - slant * y
        x, y = x * math.cos(angle) - y * math.sin(angle), x * math.sin(angle) + y * math.cos(angle)
        xy = [
            (left + (a + 0.5) * width, top + (b + 0.5) * height) for a, b in zip(x, y, strict=True)
        ]
        pen.line(xy, fill=int(ink * 255), width=int(round(brush)), joint="curve")
        r = brush / 2
        for px, py in (xy[0], xy[-1]):  # round caps
            pen.ellipse((px - r, py - r, px + r, py + r), fill=int(ink * 255))
    return np.asarray(image, dtype=np.float32) / 255


def make_set(count: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    labels = np.arange(count) % 10
    rng.shuffle(labels)
    return np.stack([draw_digit(int(d), rng) for d in labels]), labels


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--save-examples", metavar="DIR", help="write the first 40 as PNGs")
    parser.add_argument("--smoke", action="store_true", help="the smallest real run, seconds")
    args = parser.parse_args()
    if args.smoke:
        args.count = 30
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    from netcore.digits.classifier import bundled_classifier, bundled_info
    from netcore.digits.preprocessing import mnist_style, plain_resize

    greys, labels = make_set(args.count, args.seed)
    if args.save_examples:
        out = Path(args.save_examples)
        out.mkdir(parents=True, exist_ok=True)
        for i in range(min(40, len(greys))):
            Image.fromarray((greys[i] * 255).astype(np.uint8)).save(
                out / f"{i:02d}-{labels[i]}.png"
            )
    classifier = bundled_classifier()
    prepared = np.stack([mnist_style(g) for g in greys])[..., None]
    plain = np.stack([plain_resize(g) for g in greys])[..., None]
    acc_recipe = float((classifier.probabilities(prepared).argmax(1) == labels).mean())
    acc_plain = float((classifier.probabilities(plain).argmax(1) == labels).mean())
    per_digit = [
        float((classifier.probabilities(prepared[labels == d]).argmax(1) == d).mean())
        for d in range(10)
    ]
    info = bundled_info()
    print(f"{args.count} stroke-drawn digits (seed {args.seed}), bundled model:")
    print(
        f"  MNIST test accuracy (from its JSON):   {info.get('test_accuracy', float('nan')) * 100:.2f} %"
    )
    print(f"  drawn, MNIST preprocessing:            {acc_recipe * 100:.2f} %")
    print(f"  drawn, plain resize to 28×28:          {acc_plain * 100:.2f} %")
    print(
        "  per digit (preprocessed): "
        + "  ".join(f"{d}: {a * 100:.0f}%" for d, a in enumerate(per_digit))
    )


if __name__ == "__main__":
    main()
