"""Comparing runs: the experiment board (same start, different settings, one table)."""
