"""The experiment board window."""
