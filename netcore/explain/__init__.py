"""Why this answer: saliency, SmoothGrad, Grad-CAM and occlusion maps by GradientTape."""
