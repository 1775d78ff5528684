"""Meetings exact and forgiving (issue 17): never a meeting for a day or time nobody typed,
meetings moved and cancelled by text, asking first, undo, and series that never run ahead.
Every case goes through the real Application with the input as volunteers typed it."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar

from fakegram import ANNA, BRAM, DUINDORP, Change
from tests.support.harness import Harness
from tests.support.steps import board

AMS = ZoneInfo("Europe/Amsterdam")


def sent_calendar(bot: Harness, changes: list[Change]) -> Calendar | None:
    """The .ics among the changes, parsed back (None when no calendar file was sent)."""
    for change in changes:
        if change.message.get("document"):
            stored = bot.fake.bot_message(change.chat_id, change.message_id).document
            assert stored is not None
            if stored[0].endswith(".ics"):
                return Calendar.from_ical(stored[1])
    return None


def alert(bot: Harness) -> str:
    return str(bot.fake.calls_to("answerCallbackQuery")[-1].params.get("text", ""))


async def planned(bot: Harness) -> list[tuple[str, str]]:
    return [
        (str(row[0]), str(row[1]))
        for row in await bot.sql(
            "SELECT starts_at, place FROM meetings WHERE state = 'planned' ORDER BY starts_at"
        )
    ]


# --- undo ---------------------------------------------------------------------------------------
async def test_undo_takes_a_new_meeting_back_with_a_cancelling_calendar_file(bot: Harness) -> None:
    await board(bot)
    out = await bot.say("/overleg di 8 dec 19:30 De Kroon")
    announce = out[0]
    first = sent_calendar(bot, out)
    assert first is not None
    assert ("↩️ Ongedaan maken") in [label for row in announce.buttons for label, _ in row]

    # only its maker may take it back
    await bot.press("↩️ Ongedaan maken", user=BRAM, message_id=announce.message_id)
    assert alert(bot) == "Alleen Anna kan dit ongedaan maken."
    assert await planned(bot) == [("2026-12-08T18:30:00+00:00", "De Kroon")]

    out = await bot.press("↩️ Ongedaan maken", message_id=announce.message_id)
    edited = next(c for c in out if c.message_id == announce.message_id)
    assert "Ongedaan gemaakt" in (edited.text or "")
    assert "dinsdag 8 december om 19:30" in (edited.text or "")
    assert edited.buttons == []
    cancel = sent_calendar(bot, out)
    assert cancel is not None
    assert str(cancel["method"]) == "CANCEL"
    event, before = cancel.walk("VEVENT")[0], first.walk("VEVENT")[0]
    assert str(event["status"]) == "CANCELLED"
    assert str(event["uid"]) == str(before["uid"])
    assert int(event["sequence"]) > int(before["sequence"])
    assert await planned(bot) == []
    assert await bot.sql(
        "SELECT count(*) FROM due WHERE kind LIKE 'meeting.%' AND kind != 'meeting.half_year'"
        " AND state = 'pending'"
    ) == [(0,)]
    # nothing of it fires later
    later = await bot.advance(timedelta(days=14))
    assert not [c for c in later if "overleg" in (c.text or "").lower()]


async def test_undo_after_ten_minutes_is_refused_politely_and_changes_nothing(
    bot: Harness,
) -> None:
    await board(bot)
    out = await bot.say("/overleg di 8 dec 19:30 De Kroon")
    announce = out[0].message_id
    await bot.advance(timedelta(minutes=10, seconds=1))
    out = await bot.press("↩️ Ongedaan maken", message_id=announce)
    assert alert(bot) == (
        "Ongedaan maken kan tot 10 minuten na het opslaan. Pas het nu op de gewone manier aan."
    )
    assert await planned(bot) == [("2026-12-08T18:30:00+00:00", "De Kroon")]
    assert sent_calendar(bot, out) is None
    # the button went; the RSVP buttons stay
    labels = [
        label for row in bot.fake.bot_message(DUINDORP.id, announce).buttons for label, _ in row
    ]
    assert labels == ["Ik kom", "Misschien", "Ik kom niet"]


async def test_rsvp_within_the_window_keeps_the_undo_button(bot: Harness) -> None:
    await board(bot)
    out = await bot.say("/overleg di 8 dec 19:30 De Kroon")
    announce = out[0].message_id
    out = await bot.press("Ik kom", user=BRAM, message_id=announce)
    labels = [label for row in out[0].buttons for label, _ in row]
    assert labels == ["Ik kom", "Misschien", "Ik kom niet", "↩️ Ongedaan maken"]
    await bot.advance(timedelta(minutes=11))
    out = await bot.press("Misschien", user=ANNA, message_id=announce)
    assert "↩️ Ongedaan maken" not in [label for row in out[0].buttons for label, _ in row]


async def test_undoing_a_new_series_stops_it(bot: Harness) -> None:
    await board(bot)
    out = await bot.say("/overleg elke 2e di vd maand 19:30 De Kroon")
    await bot.press("↩️ Ongedaan maken", message_id=out[0].message_id)
    assert await bot.sql("SELECT active FROM meeting_series") == [(0,)]
    assert await planned(bot) == []
    later = await bot.advance(timedelta(days=40))
    assert not [c for c in later if "overleg" in (c.text or "").lower()]
    assert await planned(bot) == []


# --- series ---------------------------------------------------------------------------------------
async def test_cancelling_one_meeting_of_a_series_never_adds_one(bot: Harness) -> None:
    """Seen: cancelling one occurrence made the next appear at once. Now the next is planned
    when the cancelled one would have ended, as after one that took place."""
    await board(bot)
    await bot.say("/overleg elke 2e di vd maand 19:30 De Kroon")
    assert await planned(bot) == [("2026-12-08T18:30:00+00:00", "De Kroon")]
    listing = await bot.say("/overleg")
    await bot.press("Afzeggen", message_id=listing[0].message_id)
    await bot.press("Ja, afzeggen")
    assert await planned(bot) == []
    assert await bot.sql("SELECT count(*) FROM meetings") == [(1,)]
    # the evening of 8 December passes: then the series plans its next
    out = await bot.advance(timedelta(days=14))  # quiet hours: the next morning
    assert await planned(bot) == [("2027-01-12T18:30:00+00:00", "De Kroon")]
    text = next(c.text or "" for c in out if "vaste reeks" in (c.text or ""))
    assert "dinsdag 12 januari" in text


# --- never a day or time nobody typed -----------------------------------------------------------
async def nothing_planned(bot: Harness, out: list[Change]) -> None:
    assert await planned(bot) == []
    assert sent_calendar(bot, out) is None


async def test_a_clock_time_alone_asks_which_day(bot: Harness) -> None:
    """Seen: /overleg 19:30 De Kroon planned a meeting on a day nobody typed."""
    await board(bot)
    out = await bot.say("/overleg 19:30 De Kroon")
    assert "Op welke dag is het overleg om 19:30?" in (out[0].text or "")
    await nothing_planned(bot, out)
    out = await bot.say("vrijdag", reply_to=out[0].message_id)
    assert await planned(bot) == [("2026-11-27T18:30:00+00:00", "De Kroon")]
    assert sent_calendar(bot, out) is not None


async def test_a_day_answer_without_a_day_is_asked_again(bot: Harness) -> None:
    await board(bot)
    out = await bot.say("/overleg 19:30 De Kroon")
    out = await bot.say("in het buurthuis", reply_to=out[0].message_id)
    assert "zie ik geen dag" in (out[0].text or "")
    await nothing_planned(bot, out)
    out = await bot.say("dinsdag 8 december", reply_to=out[0].message_id)
    assert await planned(bot) == [("2026-12-08T18:30:00+00:00", "De Kroon")]


async def test_half_8_alone_asks_the_day_then_morning_or_evening_on_that_day(
    bot: Harness,
) -> None:
    await board(bot)
    out = await bot.say("/overleg half 8 De Kroon")
    assert "Op welke dag is het overleg om half 8?" in (out[0].text or "")
    out = await bot.say("di 8 dec", reply_to=out[0].message_id)
    labels = [label for row in out[0].buttons for label, _ in row]
    assert labels == ["07:30 · dinsdag 8 december", "19:30 · dinsdag 8 december"]
    await nothing_planned(bot, out)
    out = await bot.press("19:30 · dinsdag 8 december")
    assert await planned(bot) == [("2026-12-08T18:30:00+00:00", "De Kroon")]


async def test_a_time_answer_half_8_is_asked_on_the_day_given(bot: Harness) -> None:
    await board(bot)
    out = await bot.say("/overleg di 8 dec De Kroon")
    assert "Hoe laat begint het overleg op dinsdag 8 december?" in (out[0].text or "")
    out = await bot.say("half 8", reply_to=out[0].message_id)
    labels = [label for row in out[0].buttons for label, _ in row]
    assert labels == ["07:30 · dinsdag 8 december", "19:30 · dinsdag 8 december"]
    await bot.press("19:30 · dinsdag 8 december")
    assert await planned(bot) == [("2026-12-08T18:30:00+00:00", "De Kroon")]


async def test_an_abbreviated_monthly_series_with_its_place(bot: Harness) -> None:
    """Seen: a one-off meeting tomorrow with the place "elke 2e di vd maand De Kroon"."""
    await board(bot)
    out = await bot.say("/overleg elke 2e di vd maand 19:30 De Kroon")
    text = out[0].text or ""
    assert "dinsdag 8 december om 19:30 tot 21:30" in text
    assert "📍 De Kroon\n" in text
    assert "Vaste reeks: elke tweede dinsdag van de maand om 19:30" in text
    assert await bot.sql("SELECT place FROM meeting_series") == [("De Kroon",)]


async def test_half_8_in_a_monthly_series_is_asked_and_stays_monthly(bot: Harness) -> None:
    """Seen: this became "elke 2 weken op dinsdag om 07:30"."""
    await board(bot)
    out = await bot.say("/overleg elke 2e dinsdag vd maand half 8 De Kroon")
    labels = [label for row in out[0].buttons for label, _ in row]
    assert labels == ["07:30 · dinsdag 8 december", "19:30 · dinsdag 8 december"]
    await nothing_planned(bot, out)
    out = await bot.press("19:30 · dinsdag 8 december")
    text = next(c.text or "" for c in out if "Vaste reeks" in (c.text or ""))
    assert "elke tweede dinsdag van de maand om 19:30" in text
    assert "📍 De Kroon\n" in text
    assert await planned(bot) == [("2026-12-08T18:30:00+00:00", "De Kroon")]


async def test_date_words_left_over_are_asked_never_the_place(bot: Harness) -> None:
    await board(bot)
    for typed in (
        "/overleg do 10 dec 19:30 verplaatst De Kroon",
        "/overleg De Kroon 8 dec 19:30 iedere maand",
        "/overleg om de 2 weken 20:00",  # which day of the week?
        "/overleg iedere maand 19:30 De Kroon",  # which day of the month?
    ):
        out = await bot.say(typed)
        assert "Wanneer precies is het overleg?" in (out[0].text or ""), typed
        await nothing_planned(bot, out)
    out = await bot.say("/overleg do 10 dec 19:30 verplaatst De Kroon")
    await bot.say("donderdag 10 december 19:30", reply_to=out[0].message_id)
    assert await planned(bot) == [("2026-12-10T18:30:00+00:00", "De Kroon")]
