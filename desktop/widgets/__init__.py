"""Widgets shared by the feature folders (editor, training, inspect, draw)."""
