"""Wijkbot: the entry point, settings, wiring and message catalogs."""

__version__ = "0.1.0"
