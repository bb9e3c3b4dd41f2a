"""Lessons: the lectures step by step, set up through the project and checked by the app."""
