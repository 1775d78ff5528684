"""Meetings exact and forgiving (issue 17): never a meeting for a day or time nobody typed,
meetings moved and cancelled by text, asking first, undo, and series that never run ahead.
Every case goes through the real Application with the input as volunteers typed it."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from fakegram import ANNA, BRAM, CARLA, DUINDORP, Change
from handlers.meetings import lifecycle
from storage.agenda import AgendaRepo
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
        "/overleg De Kroon 8 dec 19:30 iedere maand",
        "/overleg om de 2 weken 20:00",  # which day of the week?
        "/overleg iedere maand 19:30 De Kroon",  # which day of the month?
    ):
        out = await bot.say(typed)
        assert "Wanneer precies is het overleg?" in (out[0].text or ""), typed
        await nothing_planned(bot, out)
    out = await bot.say("/overleg De Kroon 8 dec 19:30 iedere maand")
    await bot.say("dinsdag 8 december 19:30", reply_to=out[0].message_id)
    assert await planned(bot) == [("2026-12-08T18:30:00+00:00", "De Kroon")]
    # "verplaatst" is a move: of the meeting of that day, and there is none on 10 December
    out = await bot.say("/overleg do 10 dec 19:30 verplaatst De Kroon")
    assert "Op 10 december staat geen overleg" in (out[0].text or "")
    assert await planned(bot) == [("2026-12-08T18:30:00+00:00", "De Kroon")]


# --- meetings by text ---------------------------------------------------------------------------
async def meetings(bot: Harness) -> list[tuple[str, str]]:
    rows = await bot.sql("SELECT starts_at, state FROM meetings ORDER BY id")
    return [(str(a), str(b)) for a, b in rows]


async def events_of(bot: Harness, meeting_id: int = 1) -> list[tuple[str, str]]:
    rows = await bot.sql(
        "SELECT kind, fire_at FROM due WHERE target_id = ? AND kind LIKE 'meeting.%'"
        " AND state = 'pending' ORDER BY fire_at",
        meeting_id,
    )
    return [(str(a), str(b)) for a, b in rows]


async def test_move_by_text_moves_the_meeting_of_that_day(bot: Harness) -> None:
    await board(bot)
    first = await bot.say("/overleg di 8 dec 19:30 De Kroon")
    before = sent_calendar(bot, first)
    out = await bot.say("/overleg verplaatsen 8 dec naar 10 dec 19:30")
    text = out[0].text or ""
    assert "Het overleg is verplaatst" in text
    assert "Was: dinsdag 8 december om 19:30 tot 21:30" in text
    assert "Nu: donderdag 10 december om 19:30 tot 21:30" in text
    assert await meetings(bot) == [("2026-12-10T18:30:00+00:00", "planned")]  # never a second
    assert ("meeting.end", "2026-12-10T20:30:00+00:00") in await events_of(bot)
    after = sent_calendar(bot, out)
    assert before is not None
    assert after is not None
    assert str(after.walk("VEVENT")[0]["uid"]) == str(before.walk("VEVENT")[0]["uid"])
    assert int(after.walk("VEVENT")[0]["sequence"]) == 1
    announce = bot.fake.bot_message(DUINDORP.id, first[0].message_id)
    assert "donderdag 10 december om 19:30" in (announce.text or "")


async def test_moved_as_help_datums_advertises_asks_the_time_and_plans_no_second(
    bot: Harness,
) -> None:
    """Seen: asked a time, then planned a second meeting with the place "verplaatst van 8
    december naar", keeping the first."""
    await board(bot)
    await bot.say("/overleg di 8 dec 19:30 De Kroon")
    out = await bot.say("/overleg verplaatst van 8 december naar 10 december")
    assert "Hoe laat begint het overleg op donderdag 10 december?" in (out[0].text or "")
    assert await meetings(bot) == [("2026-12-08T18:30:00+00:00", "planned")]
    out = await bot.say("19:30", reply_to=out[0].message_id)
    assert "Nu: donderdag 10 december om 19:30 tot 21:30" in (out[0].text or "")
    assert await meetings(bot) == [("2026-12-10T18:30:00+00:00", "planned")]
    assert await bot.sql("SELECT place FROM meetings") == [("De Kroon",)]


async def test_move_to_a_new_time_on_the_same_day_and_instead_of(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg di 8 dec 19:30 De Kroon")
    await bot.say("/overleg verplaatsen 8 dec naar 20:00")
    assert await meetings(bot) == [("2026-12-08T19:00:00+00:00", "planned")]
    await bot.say("/overleg woensdag 9 dec 19:30 i.p.v. dinsdag 8 dec")
    assert await meetings(bot) == [("2026-12-09T18:30:00+00:00", "planned")]


async def test_move_from_a_day_without_a_meeting_asks_which_and_changes_nothing(
    bot: Harness,
) -> None:
    await board(bot)
    await bot.say("/overleg di 8 dec 19:30 De Kroon")
    await bot.say("/overleg di 15 dec 19:30 De Kroon")
    out = await bot.say("/overleg verplaatsen 9 dec naar 10 dec 19:30")
    assert "Op 9 december staat geen overleg" in (out[0].text or "")
    labels = [label for row in out[0].buttons for label, _ in row]
    assert labels == [
        "dinsdag 8 december om 19:30 tot 21:30 · De Kroon",
        "dinsdag 15 december om 19:30 tot 21:30 · De Kroon",
    ]
    assert await meetings(bot) == [
        ("2026-12-08T18:30:00+00:00", "planned"),
        ("2026-12-15T18:30:00+00:00", "planned"),
    ]
    await bot.press("dinsdag 8 december om 19:30 tot 21:30 · De Kroon", user=BRAM)  # Anna's
    assert alert(bot) == "Deze vraag was voor Anna."
    await bot.press("dinsdag 8 december om 19:30 tot 21:30 · De Kroon")
    assert await meetings(bot) == [
        ("2026-12-10T18:30:00+00:00", "planned"),
        ("2026-12-15T18:30:00+00:00", "planned"),
    ]


async def test_cancel_by_text_asks_first_and_sends_a_cancelling_calendar(bot: Harness) -> None:
    """Seen: /overleg afzeggen 22 december started planning a new meeting."""
    await board(bot)
    first = await bot.say("/overleg di 22 dec 19:30 De Kroon")
    before = sent_calendar(bot, first)
    assert before is not None
    out = await bot.say("/overleg afzeggen 22 december")
    assert "Weet je het zeker?" in (out[0].text or "")
    out = await bot.press("Nee")
    assert "gaat gewoon door" in (out[0].text or "")
    assert await meetings(bot) == [("2026-12-22T18:30:00+00:00", "planned")]
    await bot.say("/overleg afzeggen 22 december")
    out = await bot.press("Ja, afzeggen")
    assert "Het overleg van dinsdag 22 december om 19:30 tot 21:30 is afgezegd." in (
        out[0].text or ""
    )
    assert await meetings(bot) == [("2026-12-22T18:30:00+00:00", "cancelled")]
    cancel = sent_calendar(bot, out)
    assert cancel is not None
    assert str(cancel["method"]) == "CANCEL"
    event = cancel.walk("VEVENT")[0]
    assert str(event["status"]) == "CANCELLED"
    assert str(event["uid"]) == str(before.walk("VEVENT")[0]["uid"])
    assert int(event["sequence"]) == 1
    assert await events_of(bot) == []


async def test_cancel_a_day_without_a_meeting_plans_nothing(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg di 8 dec 19:30 De Kroon")
    out = await bot.say("/overleg afzeggen 22 december")
    assert "Op 22 december staat geen overleg" in (out[0].text or "")
    assert await meetings(bot) == [("2026-12-08T18:30:00+00:00", "planned")]
    assert sent_calendar(bot, out) is None
    out = await bot.say("/overleg 22 december gaat niet door")
    assert "Op 22 december staat geen overleg" in (out[0].text or "")
    assert await meetings(bot) == [("2026-12-08T18:30:00+00:00", "planned")]


async def test_undo_a_move_puts_the_meeting_back(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg di 8 dec 19:30 De Kroon")
    planned_events = await events_of(bot)
    out = await bot.say("/overleg verplaatsen 8 dec naar 10 dec 19:30")
    moved = out[0].message_id
    data = next(d for row in out[0].buttons for label, d in row if label == "↩️ Ongedaan maken")
    await bot.press("↩️ Ongedaan maken", user=BRAM, message_id=moved)
    assert alert(bot) == "Alleen Anna kan dit ongedaan maken."
    out = await bot.press("↩️ Ongedaan maken", message_id=moved)
    assert "het overleg blijft op dinsdag 8 december om 19:30" in (out[0].text or "")
    assert await meetings(bot) == [("2026-12-08T18:30:00+00:00", "planned")]
    assert await events_of(bot) == planned_events
    calendar = sent_calendar(bot, out)
    assert calendar is not None
    assert int(calendar.walk("VEVENT")[0]["sequence"]) == 2
    assert out[0].buttons == []
    await bot.process(bot.fake.callback(DUINDORP, ANNA, str(data), moved))  # once is enough
    assert alert(bot) == "Dit is al ongedaan gemaakt."
    assert await meetings(bot) == [("2026-12-08T18:30:00+00:00", "planned")]


async def test_undo_a_move_after_ten_minutes_is_refused(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg di 8 dec 19:30 De Kroon")
    out = await bot.say("/overleg verplaatsen 8 dec naar 10 dec 19:30")
    await bot.advance(timedelta(minutes=11))
    await bot.press("↩️ Ongedaan maken", message_id=out[0].message_id)
    assert alert(bot).startswith("Ongedaan maken kan tot 10 minuten")
    assert await meetings(bot) == [("2026-12-10T18:30:00+00:00", "planned")]


# --- series changed or stopped ------------------------------------------------------------------
async def test_a_series_is_stopped_by_text_after_asking(bot: Harness) -> None:
    """Seen: /overleg reeks stoppen answered "Ik zie geen datum"."""
    await board(bot)
    await bot.say("/overleg elke 2e di vd maand 19:30 De Kroon")
    out = await bot.say("/overleg reeks stoppen")
    assert "Weet je het zeker?" in (out[0].text or "")
    assert "elke tweede dinsdag van de maand om 19:30" in (out[0].text or "")
    out = await bot.press("Ja, stoppen")
    assert "is gestopt" in (out[0].text or "")
    assert "Het overleg van dinsdag 8 december om 19:30 tot 21:30 blijft staan" in (
        out[0].text or ""
    )
    assert await bot.sql("SELECT active FROM meeting_series") == [(0,)]
    await bot.advance(timedelta(days=40))
    assert await meetings(bot) == [("2026-12-08T18:30:00+00:00", "held")]


async def test_a_series_is_changed_and_stopped_from_the_listing(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg elke 2e di vd maand 19:30 De Kroon")
    listing = await bot.say("/overleg")
    labels = [label for row in listing[0].buttons for label, _ in row]
    assert "🔁 Reeks wijzigen" in labels
    assert "🔁 Reeks stoppen" in labels
    out = await bot.press("🔁 Reeks wijzigen", message_id=listing[0].message_id)
    assert "Wat wordt het nieuwe ritme?" in (out[0].text or "")
    out = await bot.say("elke derde donderdag van de maand 20:00", reply_to=out[0].message_id)
    text = out[0].text or ""
    assert "De vaste reeks is gewijzigd: elke derde donderdag van de maand om 20:00" in text
    assert "Nu: donderdag 17 december om 20:00 tot 22:00" in text
    assert await meetings(bot) == [("2026-12-17T19:00:00+00:00", "planned")]
    listing = await bot.say("/overleg")
    await bot.press("🔁 Reeks stoppen", message_id=listing[0].message_id)
    await bot.press("Ja, stoppen")
    assert await bot.sql("SELECT active FROM meeting_series") == [(0,)]


# --- step by step -------------------------------------------------------------------------------
async def test_overleg_alone_asks_step_by_step(bot: Harness) -> None:
    await board(bot)
    out = await bot.say("/overleg")  # nothing planned: the board is asked straight away
    assert "Wanneer is het overleg, en waar?" in (out[0].text or "")
    out = await bot.say("19:30 De Kroon", reply_to=out[0].message_id)
    assert "Op welke dag is het overleg om 19:30?" in (out[0].text or "")
    await bot.say("dinsdag 8 december", reply_to=out[0].message_id)
    assert await planned(bot) == [("2026-12-08T18:30:00+00:00", "De Kroon")]
    listing = await bot.say("/overleg")
    out = await bot.press("➕ Nieuw overleg", message_id=listing[0].message_id)
    out = await bot.say("di 15 dec 20:00 Buurthuis", reply_to=out[0].message_id)
    assert await planned(bot) == [
        ("2026-12-08T18:30:00+00:00", "De Kroon"),
        ("2026-12-15T19:00:00+00:00", "Buurthuis"),
    ]
    # a member sees the list, without the board's buttons
    out = await bot.say("/overleg", user=CARLA)
    assert out[0].buttons == []


async def test_agenda_alone_asks_step_by_step(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg di 8 dec 19:30 De Kroon")
    out = await bot.say("/agenda", user=CARLA)
    out = await bot.press("➕ Punt toevoegen", user=CARLA, message_id=out[0].message_id)
    assert "Welk punt wil je op de agenda zetten?" in (out[0].text or "")
    out = await bot.say("Speeltuin Duinstraat", user=CARLA, reply_to=out[0].message_id)
    assert "Punt 1 op de agenda van het overleg van dinsdag 8 december" in (out[0].text or "")
    assert await bot.sql("SELECT text FROM agenda_items") == [("Speeltuin Duinstraat",)]


async def test_an_english_group_moves_cancels_and_stops_in_english(bot: Harness) -> None:
    await board(bot)
    await bot.say("/instellingen taal en")
    await bot.say("/meeting every second tuesday of the month 19:30 De Kroon")
    out = await bot.say("/meeting move 8 dec to 10 dec 19:30")
    assert "Now: Thursday 10 December at 19:30 until 21:30" in (out[0].text or "")
    out = await bot.say("/meeting cancel 10 December")
    assert "Are you sure?" in (out[0].text or "")
    out = await bot.say("/meeting series stop")
    assert "Are you sure?" in (out[0].text or "")
    await bot.press("Yes, stop it")
    assert await bot.sql("SELECT active FROM meeting_series") == [(0,)]


async def test_the_word_may_come_later_in_the_sentence(bot: Harness) -> None:
    """Other phrasings of the same fixes: never a second meeting with the words as its place."""
    await board(bot)
    await bot.say("/overleg di 8 dec 19:30 De Kroon")
    await bot.say("/overleg 8 dec verplaatsen naar 10 dec 19:30")
    assert await meetings(bot) == [("2026-12-10T18:30:00+00:00", "planned")]
    await bot.say("/overleg het overleg van 10 december is afgelast")
    out = await bot.press("Ja, afzeggen")
    assert "is afgezegd" in (out[0].text or "")
    assert await meetings(bot) == [("2026-12-10T18:30:00+00:00", "cancelled")]
    assert await bot.sql("SELECT place FROM meetings") == [("De Kroon",)]


async def test_a_part_of_the_day_alone_asks_the_time(bot: Harness) -> None:
    """ "vanavond" names a day, not a time: 20:00 would be the reader's guess."""
    await board(bot)
    out = await bot.say("/overleg vanavond De Kroon")
    assert "Hoe laat begint het overleg op woensdag 25 november?" in (out[0].text or "")
    await nothing_planned(bot, out)
    await bot.say("19:30", reply_to=out[0].message_id)
    assert await planned(bot) == [("2026-11-25T18:30:00+00:00", "De Kroon")]
    out = await bot.say("/overleg om 20.00 uur in het buurthuis")
    assert "Op welke dag is het overleg om 20.00 uur?" in (out[0].text or "")


# --- an undo that fails halfway leaves nothing half-done ----------------------------------------
async def _pending_events(bot: Harness) -> list[tuple[str, str]]:
    return [
        (str(row[0]), str(row[1]))
        for row in await bot.sql(
            "SELECT kind, fire_at FROM due WHERE state = 'pending' AND kind LIKE 'meeting.%'"
            " ORDER BY kind, fire_at"
        )
    ]


async def test_undoing_a_new_meeting_that_fails_in_the_store_changes_nothing(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The meeting was cancelled and its events dropped when the last write failed: all of it is
    rolled back, the meeting stands with its reminders and items, and the undo still works."""
    await board(bot)
    out = await bot.say("/overleg di 8 dec 19:30 De Kroon")
    announce = out[0].message_id
    await bot.say("/agenda Parkeeroverlast Duinstraat", user=CARLA)
    events = await _pending_events(bot)
    assert events

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(lifecycle, "carry_over", broken)  # after the cancel and the events
    out = await bot.press("↩️ Ongedaan maken", message_id=announce)
    assert "Sorry" in " ".join(c.text or "" for c in out) + alert(bot)
    assert await planned(bot) == [("2026-12-08T18:30:00+00:00", "De Kroon")]
    assert await _pending_events(bot) == events
    assert await bot.sql("SELECT meeting_id IS NOT NULL, state FROM agenda_items") == [(1, "open")]
    shown = bot.fake.bot_message(DUINDORP.id, announce)
    assert "↩️ Ongedaan maken" in [label for row in shown.buttons for label, _ in row]
    assert sent_calendar(bot, out) is None
    monkeypatch.undo()
    out = await bot.press("↩️ Ongedaan maken", message_id=announce)
    assert "Ongedaan gemaakt" in (bot.fake.bot_message(DUINDORP.id, announce).text or "")
    assert await planned(bot) == []


async def test_undoing_a_new_meeting_when_telegram_refuses_the_edit_still_says_so(
    bot: Harness,
) -> None:
    """Stored first: when the announcement cannot be edited, the group still hears that the
    meeting is off (a new message) and gets the cancelling calendar file; a second press changes
    nothing and says why."""
    await board(bot)
    out = await bot.say("/overleg di 8 dec 19:30 De Kroon")
    announce = out[0].message_id
    bot.fake.fail_next("editMessageText", 500)
    out = await bot.press("↩️ Ongedaan maken", message_id=announce)
    said = [c for c in out if c.message_id != announce and "Ongedaan gemaakt" in (c.text or "")]
    assert said, [c.text for c in out]
    assert "dinsdag 8 december om 19:30" in (said[0].text or "")
    cancel = sent_calendar(bot, out)
    assert cancel is not None
    assert str(cancel["method"]) == "CANCEL"
    assert await planned(bot) == []
    again = await bot.press("↩️ Ongedaan maken", message_id=announce)
    assert alert(bot) == "Dat overleg is afgezegd."
    assert sent_calendar(bot, again) is None


async def test_undoing_a_new_agenda_item_that_fails_halfway_leaves_nothing_half_done(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    await board(bot)
    await bot.say("/overleg di 8 dec 19:30 De Kroon")
    out = await bot.say("/agenda Buurtfeest in juni", user=CARLA)
    added = out[0].message_id

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(AgendaRepo, "set_state", broken)
    out = await bot.press("↩️ Ongedaan maken", user=CARLA, message_id=added)
    assert "Sorry" in " ".join(c.text or "" for c in out) + alert(bot)
    assert await bot.sql("SELECT number, state FROM agenda_items") == [(1, "open")]
    monkeypatch.undo()
    # Telegram refuses the edit: the item is off the agenda, and the group is told so anyway
    bot.fake.fail_next("editMessageText", 500)
    out = await bot.press("↩️ Ongedaan maken", user=CARLA, message_id=added)
    said = [c for c in out if "Ongedaan gemaakt" in (c.text or "")]
    assert said, [c.text for c in out]
    assert "punt 1 (‘Buurtfeest in juni’) staat niet meer op de agenda" in (said[0].text or "")
    assert await bot.sql("SELECT number, state FROM agenda_items") == [(1, "removed")]
    await bot.press("↩️ Ongedaan maken", user=CARLA, message_id=added)
    assert alert(bot) == "Dit is al ongedaan gemaakt."
