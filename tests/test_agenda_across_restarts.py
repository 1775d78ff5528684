"""The agenda rhythm across restarts of the real `python -m bot`, its system clock moved days
ahead by libfaketime (skipped without it): a meeting planned 10 days ahead; at +4 days the call
for items goes out late, once; at +8 days 4 hours the final agenda is pinned and closing is
enforced; at +9 days 4 hours the day-before reminder; at +11 days 4 hours the carry-over to the
next meeting. It starts on a working morning, so no act falls in the group's quiet hours."""

from __future__ import annotations

import signal
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date

from fakegram import ANNA, CARLA, DUINDORP, Change, FakeBotAPIServer, FakeTelegram
from tests.support.acceptance import seconds_until, working_morning
from tests.support.faketime import LATE, bot_at, needs_faketime
from tests.support.process import clean, said

pytestmark = pytest.mark.process

AMS = ZoneInfo("Europe/Amsterdam")


def spoken(moment: datetime) -> str:
    local = moment.astimezone(AMS)
    return f"{format_date(local.date(), 'd MMMM y', locale='nl')} {local:%H:%M}"


def new_in_group(fake: FakeTelegram, marker: int) -> list[Change]:
    return [c for c in fake.changes_since(marker) if c.kind == "new" and c.chat_id == DUINDORP.id]


async def settle(fake: FakeTelegram) -> None:
    await fake.wait_idle(quiet=0.5, timeout=15)


@needs_faketime
async def test_agenda_rhythm_across_clock_shifted_restarts(tmp_path: Path) -> None:
    fake = FakeTelegram()
    db = tmp_path / "wijkbot.sqlite3"
    day, hour = 24 * 3600, 3600
    morning = working_morning()
    at = seconds_until(morning)
    async with FakeBotAPIServer(fake) as server:
        async with bot_at(server, db, tmp_path, "0-plan", f"+{at}") as bot:
            fake.set_admins(DUINDORP.id, [], creator=ANNA)
            mark = fake.mark()
            fake.push(fake.bot_added(DUINDORP, ANNA))
            await said(fake, mark, "Hallo", DUINDORP.id)
            start = morning + timedelta(days=10)
            mark = fake.mark()
            fake.say(DUINDORP, ANNA, f"/overleg {spoken(start)} Buurthuis De Boog")
            await said(fake, mark, "Ik kom", DUINDORP.id)
            mark = fake.mark()
            fake.say(DUINDORP, ANNA, f"/overleg {spoken(start + timedelta(days=28))} Buurthuis")
            await said(fake, mark, "Ik kom", DUINDORP.id)
            mark = fake.mark()
            fake.say(DUINDORP, CARLA, "/agenda Speeltuin Duinstraat")
            await said(fake, mark, "Punt 1", DUINDORP.id)
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            clean(bot)

        mark = fake.mark()
        async with bot_at(server, db, tmp_path, "1-plus4d", f"+{at + 4 * day}") as bot:
            await settle(fake)
            out = new_in_group(fake, mark)
            assert len(out) == 1, [c.text for c in out]
            assert "Agendapunten gevraagd" in (out[0].text or "")
            assert "Speeltuin Duinstraat" in (out[0].text or "")
            assert LATE in (out[0].text or "")
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            clean(bot)

        mark = fake.mark()
        async with bot_at(server, db, tmp_path, "2-plus8d", f"+{at + 8 * day + 4 * hour}") as bot:
            await settle(fake)
            out = new_in_group(fake, mark)
            assert len(out) == 1, [c.text for c in out]
            assert "Definitieve agenda" in (out[0].text or "")
            assert fake.pinned(DUINDORP.id) == [out[0].message_id]
            mark = fake.mark()
            fake.say(DUINDORP, CARLA, "/agenda Zwerfvuil")
            hits = await said(fake, mark, "al gesloten", DUINDORP.id)
            assert "gaat naar het overleg daarna" in (hits[0].text or "")
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            clean(bot)

        mark = fake.mark()
        async with bot_at(server, db, tmp_path, "3-plus9d", f"+{at + 9 * day + 4 * hour}") as bot:
            await settle(fake)
            out = new_in_group(fake, mark)
            assert len(out) == 1, [c.text for c in out]
            assert "Morgen: overleg" in (out[0].text or "")
            assert "Speeltuin Duinstraat" in (out[0].text or "")
            assert "Ik kom (0)" in (out[0].text or "")
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            clean(bot)

        mark = fake.mark()
        async with bot_at(server, db, tmp_path, "4-plus11d", f"+{at + 11 * day + 4 * hour}") as bot:
            await settle(fake)
            out = new_in_group(fake, mark)
            assert len(out) == 1, [c.text for c in out]
            text = out[0].text or ""
            assert "is geweest" in text
            assert "Speeltuin Duinstraat" in text
            mark = fake.mark()
            fake.say(DUINDORP, CARLA, "/agenda")
            hits = await said(fake, mark, "Agenda overleg", DUINDORP.id)
            listing = hits[0].text or ""
            assert "Speeltuin Duinstraat (Carla) — doorgeschoven van" in listing
            assert "Zwerfvuil" in listing
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            clean(bot)

        # Started again at the same moment: nothing is sent twice.
        mark = fake.mark()
        async with bot_at(server, db, tmp_path, "5-again", f"+{at + 11 * day + 4 * hour}") as bot:
            await settle(fake)
            assert new_in_group(fake, mark) == []
            clean(bot)
