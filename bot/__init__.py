"""Wijkbot's composition root: the entry point, the wiring, the demo, logs and the rate limiter."""

from handlers.kit.version import __version__

__all__ = ["__version__"]
