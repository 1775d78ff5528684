"""Wijkbot's benchmark suite: `python -m bench` runs every benchmark, `python -m bench <name>` one.

Each benchmark prints a human-readable table and, as its last line, one JSON object with its
figures. See docs/performance.md for what they measure and the figures on our machine.
"""
