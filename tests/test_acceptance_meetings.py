"""Held-out acceptance of issue 7, played against the real `python -m bot` in a privacy-mode
supergroup where the bot is NOT an admin (Telegram refuses to pin): a meeting ten days ahead
announced with RSVP buttons and an .ics, agenda items (by reply to a message the bot never saw,
a near-duplicate, HTML shown literally), then restarts at +4 d (the call, late, once), +8 d 4 h
(the final agenda; pinning refused and explained once; closing enforced), +9 d 4 h (the
day-before reminder with the counts) and +11 d 4 h (the meeting held, carry-over). It starts on
a working morning, so no act falls in the group's quiet hours."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from babel.dates import format_date

from fakegram import ANNA, BRAM, CARLA, DUINDORP, FakeBotAPIServer, FakeTelegram
from tests.support.acceptance import AMS, Scene, seconds_until, working_morning
from tests.support.faketime import LATE, needs_faketime

pytestmark = pytest.mark.process

DAY = 24 * 3600
HOUR = 3600


def spoken(moment: datetime) -> str:
    """As a chair types it: "di 8 dec 19:30"."""
    local = moment.astimezone(AMS)
    return f"{format_date(local.date(), 'EEE d MMM', locale='nl').rstrip('.')} {local:%H:%M}"


@needs_faketime
async def test_meeting_cycle_with_refused_pin_across_restarts(tmp_path: Path) -> None:
    fake = FakeTelegram()
    async with FakeBotAPIServer(fake) as server:
        scene = Scene(fake, server, DUINDORP, tmp_path)
        # from a working morning, so that no act falls in the group's quiet hours
        morning = working_morning()
        at = seconds_until(morning)
        start = morning + timedelta(days=10)
        async with scene.act("0-plan", at):
            fake.set_admins(DUINDORP.id, [], creator=ANNA, include_bot=False)
            fake.push(fake.bot_added(DUINDORP, ANNA))
            await scene.settle()
            mark = fake.mark()
            scene.say(ANNA, f"/overleg@WijkBot {spoken(start)} Wijkcentrum De Boog, Loosduinen")
            await scene.settle()
            out = scene.new(mark)
            announce = next(c for c in out if "Ik kom" in str(c.buttons))
            assert "Wijkcentrum De Boog" in (announce.text or "")
            assert f"{start.astimezone(AMS):%H:%M}" in (announce.text or "")
            (ics,) = [f for f in fake.files(DUINDORP.id) if f.name.endswith(".ics")]
            assert ics.mime_type.startswith("text/calendar"), ics.mime_type
            calendar = icalendar.Calendar.from_ical(ics.data)
            (event,) = calendar.walk("VEVENT")
            assert event.decoded("DTSTART") == start.astimezone(AMS)
            assert str(event.decoded("DTSTART").tzinfo) == "Europe/Amsterdam"
            assert calendar.walk("VTIMEZONE")
            assert event.walk("VALARM")
            # the next meeting, four weeks later, for the carry-over
            await scene.ask(
                ANNA, f"/overleg {spoken(start + timedelta(days=28))} Buurthuis", "Ik kom"
            )
            # RSVPs, edited in place
            await scene.press(BRAM, "Ik kom", announce.message_id)
            await scene.press(CARLA, "Misschien", announce.message_id)
            edited = fake.bot_message(DUINDORP.id, announce.message_id)
            assert "Bram" in (edited.text or "")
            assert "Carla" in (edited.text or "")
            # agenda items
            first = await scene.ask(CARLA, "/agenda Speeltuin Duinstraat", "Punt 1")
            assert "Speeltuin Duinstraat" in (first.text or "")
            unseen = fake.message(DUINDORP, CARLA, "De lantaarnpalen in de Badhuisstraat zijn stuk")
            second = await scene.ask(BRAM, "/agenda@WijkBot", "Punt 2", reply_to=unseen)
            assert "lantaarnpalen" in (second.text or "")
            dup = await scene.ask(ANNA, "/agenda speeltuin duinstraat", "al op de agenda")
            assert "punt 1" in (dup.text or "")
            html = await scene.ask(CARLA, "/agenda <b>Bankjes</b> & *plein*", "Punt 3")
            assert "<b>Bankjes</b> & *plein*" in (html.text or "")

        mark = fake.mark()
        async with scene.act("1-plus4d", at + 4 * DAY):
            out = scene.new(mark)
            assert len(out) == 1, [c.text for c in out]
            assert "Agendapunten gevraagd" in (out[0].text or "")
            assert "Speeltuin Duinstraat" in (out[0].text or "")
            assert LATE in (out[0].text or "")

        mark = fake.mark()
        async with scene.act("2-plus8d4h", at + 8 * DAY + 4 * HOUR):
            out = scene.new(mark)
            texts = [c.text or "" for c in out]
            assert len(out) == 2, texts
            assert "Definitieve agenda" in texts[0]
            assert "<b>Bankjes</b> & *plein*" in texts[0]
            assert "vastzetten" in texts[1]  # pinning refused: said once, in plain words
            assert fake.pinned(DUINDORP.id) == []
            late = await scene.ask(CARLA, "/agenda Zwerfvuil", "al gesloten")
            assert "overleg daarna" in (late.text or "")
            # the writer may correct or take back their item; nothing more for a member
            assert [label for row in late.buttons for label, _ in row] == [
                "✏️ Tekst wijzigen",
                "↩️ Ongedaan maken",
            ]
            forced = await scene.ask(ANNA, "/agenda Kerstborrel", "al gesloten")
            assert [label for row in forced.buttons for label, _ in row] == [
                "Toch op deze agenda",
                "✏️ Tekst wijzigen",
                "↩️ Ongedaan maken",
            ]
            await scene.press(ANNA, "Toch op deze agenda", forced.message_id)
            listing = await scene.ask(BRAM, "/agenda", "Kerstborrel")
            # not on the board: no buttons to change the agenda, only to add an item
            assert [label for row in listing.buttons for label, _ in row] == ["➕ Punt toevoegen"]

        mark = fake.mark()
        async with scene.act("3-plus9d4h", at + 9 * DAY + 4 * HOUR):
            out = scene.new(mark)
            assert len(out) == 1, [c.text for c in out]
            text = out[0].text or ""
            assert "Morgen" in text
            assert "Speeltuin Duinstraat" in text
            assert "Ik kom (1): Bram" in text
            assert "Misschien (1): Carla" in text
            # the chair marks item 1 discussed
            board_list = await scene.ask(ANNA, "/agenda", "Speeltuin")
            await scene.press(ANNA, "✅ 1", board_list.message_id)

        mark = fake.mark()
        async with scene.act("4-plus11d4h", at + 11 * DAY + 4 * HOUR):
            out = scene.new(mark)
            assert len(out) == 1, [c.text for c in out]
            assert "is geweest" in (out[0].text or "")
            listing = (await scene.ask(CARLA, "/agenda", "Agenda overleg")).text or ""
            day = format_date(start.astimezone(AMS).date(), "d MMMM", locale="nl")
            assert f"doorgeschoven van {day}" in listing
            assert "lantaarnpalen" in listing
            assert "Zwerfvuil" in listing
            assert "Speeltuin Duinstraat" not in listing  # discussed: no carry-over

        mark = fake.mark()
        async with scene.act("5-again", at + 11 * DAY + 4 * HOUR + 60):
            assert scene.new(mark) == []
