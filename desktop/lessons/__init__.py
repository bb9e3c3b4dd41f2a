"""The lesson player: the lectures step by step, checked by the app."""
