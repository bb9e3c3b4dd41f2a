"""Why this answer (saliency, SmoothGrad, Grad-CAM, occlusion: ``saliency``) and what the
network sees (a hidden layer's outputs projected to 2-D: ``embedding``)."""

METHODS = ("saliency", "smoothgrad", "gradcam", "occlusion")
