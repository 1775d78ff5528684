"""The third edition of the date reader as the commands use it, through the real Application:
series typed the way people abbreviate them, and nothing confirmed that nobody typed.

The clock stands at Wednesday 25 November 2026, 15:00 in Amsterdam (tests/support/harness.py).
"""

from __future__ import annotations

import pytest

from fakegram import ANNA, DUINDORP
from tests.support.harness import Harness
from tests.support.steps import board, setup_group


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


async def _count(bot: Harness, table: str) -> int:
    return int((await bot.sql(f"SELECT count(*) FROM {table}"))[0][0])


async def test_an_impossible_deadline_is_refused_not_read_as_a_day_nearby(bot: Harness) -> None:
    """Regression: confirmed as "uiterlijk 30" with the deadline 1 februari."""
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/actie subsidie aanvragen Anna uiterlijk 30 februari")
    assert len(out) == 1
    text = out[0].text or ""
    assert text.startswith("30 februari bestaat niet.\nZo gebruik je het: ")
    assert "/actie" in text
    assert "februari" not in text.split("\n", 1)[1].split("Bijvoorbeeld")[0]
    assert await _count(bot, "actions") == 0
    assert await _count(bot, "prompts") == 0


@pytest.mark.parametrize(
    ("command", "named"),
    [
        ("/herinner 31 april 10:00 x", "31 april"),
        ("/herinner morgen 25:00 vergadering", "25:00"),
        ("/herinner elke maandag 24:30 koffie", "24:30"),
    ],
)
async def test_an_impossible_reminder_is_refused_and_nothing_is_stored(
    bot: Harness, command: str, named: str
) -> None:
    out = await bot.say(command)
    assert len(out) == 1
    text = out[0].text or ""
    assert text.startswith(f"{named} bestaat niet.\nZo gebruik je het: ")
    assert "Bijvoorbeeld" in text
    for table in ("reminders", "due", "prompts"):
        assert await _count(bot, table) == 0, table


async def test_an_impossible_meeting_is_refused_in_english_too(bot: Harness) -> None:
    await board(bot)
    await bot.say("/instellingen taal en")
    out = await bot.say("/overleg 30 February 19:30 De Kroon")
    text = (out[-1].text or "").split("\n")
    assert text[0] == "There is no 30 February."
    assert text[1].startswith("How to use it: ")
    assert await _count(bot, "meetings") == 0


async def test_a_meeting_at_half_8_is_asked_morning_or_evening(bot: Harness) -> None:
    await board(bot)
    out = await bot.say("/overleg elke 2e dinsdag vd maand half 8 De Kroon")
    assert texts(out) == ["🕒 Welk tijdstip bedoel je? Kies hieronder."]
    buttons = [label for row in out[0].buttons for label, _ in row]
    assert buttons == ["07:30 · dinsdag 8 december", "19:30 · dinsdag 8 december"]
    assert await _count(bot, "meetings") == 0
    out = await bot.press(buttons[1], message_id=out[0].message_id)
    assert "Vaste reeks: elke tweede dinsdag van de maand om 19:30" in "\n".join(texts(out))
    assert await bot.sql("SELECT place, starts_at FROM meetings") == [
        ("De Kroon", "2026-12-08T18:30:00+00:00")
    ]
    # a reminder at 8 is not a meeting: the 24-hour clock, as before
    out = await bot.say("/herinner morgen om 8 uur koffie")
    assert "donderdag 26 november om 08:00" in (out[0].text or "")


async def test_a_weekday_that_does_not_match_the_date_is_asked_not_confirmed(bot: Harness) -> None:
    """Regression: "/overleg donderdag 18 december" planned Friday the 18th without a word."""
    await board(bot)
    out = await bot.say("/overleg donderdag 18 december 19:30 De Kroon")
    assert texts(out) == ["📅 18 december is een vrijdag, geen donderdag. Welke dag bedoel je?"]
    buttons = [label for row in out[0].buttons for label, _ in row]
    assert buttons == ["19:30 · donderdag 17 december", "19:30 · vrijdag 18 december"]
    assert await _count(bot, "meetings") == 0
    chosen = await bot.press(buttons[0], message_id=out[0].message_id)
    assert "🕒 Gekozen: donderdag 17 december om 19:30" in texts(chosen)
    assert "donderdag 17 december om 19:30" in "\n".join(texts(chosen))
    assert await bot.sql("SELECT place, starts_at FROM meetings") == [
        ("De Kroon", "2026-12-17T18:30:00+00:00")
    ]
    # the weekday that matches is read as typed, without a question
    out = await bot.say("/overleg vrijdag 8 januari 19:30 De Kroon")
    assert "Welke dag" not in "\n".join(texts(out))
    assert await _count(bot, "meetings") == 2


async def test_a_deadline_on_the_wrong_weekday_keeps_the_date_the_writer_picks(
    bot: Harness,
) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/actie flyers bezorgen Anna uiterlijk maandag 12 januari")
    assert texts(out) == ["📅 12 januari is een dinsdag, geen maandag. Welke dag bedoel je?"]
    buttons = [label for row in out[0].buttons for label, _ in row]
    assert buttons == ["maandag 11 januari 2027", "dinsdag 12 januari 2027"]
    assert await _count(bot, "actions") == 0
    chosen = await bot.press(buttons[1], message_id=out[0].message_id)
    assert "🕒 Gekozen: dinsdag 12 januari 2027" in texts(chosen)
    assert await bot.sql("SELECT text, due_date, due_time FROM actions") == [
        ("flyers bezorgen", "2027-01-12", None)
    ]


async def test_a_wrong_weekday_is_asked_in_english_and_in_an_answer(bot: Harness) -> None:
    await bot.say("/instellingen taal en")
    out = await bot.say("/remind Thursday 18 December 10:00 call the council")
    assert texts(out) == ["📅 18 December is a Friday, not a Thursday. Which day do you mean?"]
    assert await _count(bot, "reminders") == 0
    await bot.say("/instellingen taal nl")
    # an answer to "Wanneer precies?" is asked about in the same way
    out = await bot.say("/herinner binnenkort de subsidie aanvragen")
    asked = out[-1]
    out = await bot.say("maandag 8 december 10:00", reply_to=asked.message_id)
    assert texts(out) == ["📅 8 december is een dinsdag, geen maandag. Welke dag bedoel je?"]
    buttons = [label for row in out[0].buttons for label, _ in row]
    assert buttons == ["10:00 · maandag 7 december", "10:00 · dinsdag 8 december"]
    await bot.press(buttons[0], message_id=out[0].message_id)
    assert await bot.sql("SELECT fire_at FROM due WHERE kind = 'reminder'") == [
        ("2026-12-07T09:00:00+00:00",)
    ]


async def test_a_past_day_on_the_wrong_weekday_is_asked_for_an_advice(bot: Harness) -> None:
    """The advice reads its dates in the past: Saturday 21 November 2026 is no mismatch (the
    reader's 21 November 2027 is a Sunday), Friday 21 November is."""
    await setup_group(bot)
    out = await bot.say("/advies Bankjes verzonden zaterdag 21 november")
    assert "Welke dag" not in "\n".join(texts(out))
    out = await bot.say("/advies Speeltuin verzonden vrijdag 21 november")
    assert texts(out) == ["📅 21 november is een zaterdag, geen vrijdag. Welke dag bedoel je?"]
    buttons = [label for row in out[0].buttons for label, _ in row]
    assert buttons == ["vrijdag 20 november", "zaterdag 21 november"]
    await bot.press(buttons[0], message_id=out[0].message_id)
    assert await bot.sql("SELECT subject, sent_on FROM advices ORDER BY id") == [
        ("Bankjes", "2026-11-21"),
        ("Speeltuin", "2026-11-20"),
    ]


async def test_sloppy_typing_is_read_or_asked_never_stored_as_the_place(bot: Harness) -> None:
    """Regressions from a volunteer session: '17-12 om 19u30' asked which day it was, 'dinsdg'
    became part of the place, 'eind vd mnd' and 'over 2 wkn' stayed in the text undated."""
    await board(bot)
    out = await bot.say("/overleg 17-12 om 19u30 in De Kroon")
    assert "donderdag 17 december om 19:30" in "\n".join(texts(out))
    assert await bot.sql("SELECT place, starts_at FROM meetings") == [
        ("De Kroon", "2026-12-17T18:30:00+00:00")
    ]
    out = await bot.say("/overleg dinsdg 15 dec 19:30 De Kroon")
    assert "In “dinsdg” zie ik een datum die ik niet zeker weet" in texts(out)[0]
    assert await _count(bot, "meetings") == 1
    out = await bot.say("/actie subsidie aanvragen Anna uiterlijk eind vd mnd")
    assert texts(out)[0].startswith(
        "✅ Actie 1: subsidie aanvragen. Anna, uiterlijk maandag 30 november"
    )
    out = await bot.say("/herinner over 2 wkn kas tellen")
    assert texts(out)[0].startswith("✅ Ik herinner jullie op woensdag 9 december om 09:00")
