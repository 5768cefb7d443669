"""Returns Desk: the desktop app for a warehouse returns dock."""

__version__ = "0.1.0"
