"""The explanations' own error (a module of its own: ``saliency`` and ``memory`` both raise it)."""


class ExplainError(ValueError):
    """A request that cannot be explained (not an image model, unknown layer or class, too
    large); the message says why and what would work."""
