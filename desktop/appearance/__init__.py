"""How the window looks: presentation mode, text size, light/dark theme and colour-blind-safe
colours. One state object, applied to the application by the theme module."""
