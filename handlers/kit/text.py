"""Cutting text to fit: one way for a button label, a list line or a quoted input."""

from __future__ import annotations


def short(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, "…" marking the cut (a label shows 64 at most)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
