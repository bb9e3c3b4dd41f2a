"""The window's languages: Qt translators for LayerLab's own texts and Qt's dialogs, the
locale for numbers, and netcore's messages routed through the same translator."""
