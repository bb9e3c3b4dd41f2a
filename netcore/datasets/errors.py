"""The one error a dataset loader raises for bad user data."""

from __future__ import annotations


class DatasetError(Exception):
    """A dataset that cannot be loaded; the message names the file/column/class and the fix."""
