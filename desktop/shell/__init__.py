"""The window's frame: the main window that composes the panels, its menus, workspaces and
status bar, and the start-up (application, platform check, device probe, self-test)."""
