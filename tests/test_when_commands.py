"""The third edition of the date reader as the commands use it, through the real Application:
series typed the way people abbreviate them, and nothing confirmed that nobody typed.

The clock stands at Wednesday 25 November 2026, 15:00 in Amsterdam (tests/support/harness.py).
"""

from __future__ import annotations

from tests.support.harness import Harness
from tests.support.steps import board


def texts(changes: list) -> list[str]:  # type: ignore[type-arg]
    return [c.text or "" for c in changes]


async def test_a_meeting_series_typed_with_abbreviations(bot: Harness) -> None:
    """Regression: planned a one-off meeting tomorrow in "elke 2e di vd maand De Kroon"."""
    await board(bot)
    out = await bot.say("/overleg elke 2e di vd maand 19:30 De Kroon")
    text = "\n".join(texts(out))
    assert "Vaste reeks: elke tweede dinsdag van de maand om 19:30" in text
    assert "dinsdag 8 december om 19:30" in text
    assert await bot.sql("SELECT place, starts_at FROM meetings") == [
        ("De Kroon", "2026-12-08T18:30:00+00:00")
    ]


async def test_a_series_on_two_weekdays_of_the_month_is_confirmed_whole(bot: Harness) -> None:
    out = await bot.say("/herinner elke 1e en 3e di vd maand 19:30 wijkoverleg")
    text = "\n".join(texts(out))
    assert "elke eerste en derde dinsdag van de maand om 19:30" in text
    fire = await bot.sql("SELECT fire_at FROM due WHERE kind = 'reminder'")
    assert fire == [("2026-12-01T18:30:00+00:00",)]
