"""Reminders that fell due while the bot was down: `python -m bot` stopped and started days later.

The bot runs under libfaketime (`FAKETIME="+3d"` and so on), the fake Bot API in this process
keeps the real clock, as a real emulator would. Whatever fell due while the bot was down goes
out once at start-up, marked late; a weekly reminder that missed several Mondays goes out once;
a second start-up sends nothing again; a kill -9 right after a confirmation loses nothing; and
with the clock running 60 times faster a reminder "over 2 minuten" fires on time through the
armed timer, not marked late.

That one needs libfaketime (Debian: `apt-get install faketime libfaketime`) and is skipped
without it. The in-process tests at the end (fake clock) check that a recurring reminder whose
send was retried, or was claimed by a run that died, keeps ONE next occurrence.
"""

from __future__ import annotations

import asyncio
import signal
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from fakegram import ANNA, BRAM, Change, FakeBotAPIServer, FakeChat, FakeTelegram
from storage.due import DueRepo
from tests.support.acceptance import seconds_until, working_morning
from tests.support.faketime import LATE, bot_at, faketime_env, needs_faketime
from tests.support.harness import Harness
from tests.support.process import GROUP, ask, clean, launch, said, started, until

AMS = ZoneInfo("Europe/Amsterdam")
FIRED = "Herinnering"  # title of a fired reminder (one or many)
LIST_TITLE = "Openstaande herinneringen"
DAY = 24 * 3600


def fired(fake: FakeTelegram, marker: int) -> list[Change]:
    return [
        c
        for c in fake.changes_since(marker)
        if c.kind == "new" and c.chat_id == GROUP.id and FIRED in (c.text or "")
    ]


def next_monday_nine(after: datetime) -> datetime:
    local = after.astimezone(AMS)
    days = (0 - local.weekday()) % 7
    moment = datetime.combine(local.date() + timedelta(days=days), time(9), tzinfo=AMS)
    if moment <= after:
        moment += timedelta(days=7)
    return moment


@pytest.mark.process
@needs_faketime
async def test_events_due_while_the_bot_was_down_go_out_once_at_start_up(tmp_path: Path) -> None:
    fake = FakeTelegram()
    db = tmp_path / "wijkbot.sqlite3"
    # a working morning: what fell due meanwhile is not held for the quiet hours at start-up
    start = seconds_until(working_morning())
    async with FakeBotAPIServer(fake) as server:
        # 1. That morning: Anna adds the bot and sets three reminders; Bram lists them.
        async with bot_at(server, db, tmp_path, "1-real", f"+{start}") as bot:
            assert started(bot) == (0, 0, 0)
            fake.set_admins(GROUP.id, [], creator=ANNA)
            mark = fake.mark()
            fake.push(fake.bot_added(GROUP, ANNA))
            await said(fake, mark, f"Hallo {GROUP.title}", GROUP.id)

            t0 = datetime.now(UTC) + timedelta(seconds=start)
            c = await ask(fake, ANNA, "/herinner morgen 10:00 jaarverslag bespreken", "✅")
            assert "Ik herinner jullie op" in (c.text or "")
            assert "10:00 aan: jaarverslag bespreken" in (c.text or ""), c.text
            assert c.buttons == [[("Annuleren", c.buttons[0][0][1])]]
            c = await ask(fake, ANNA, "/herinner elke maandag 9:00 wijkkrant", "✅")
            assert "elke maandag om 09:00 aan: wijkkrant" in (c.text or ""), c.text
            c = await ask(fake, ANNA, "/herinner over 2 dagen zaal boeken", "✅")
            assert "aan: zaal boeken" in (c.text or ""), c.text
            c = await ask(fake, BRAM, "/herinneringen", LIST_TITLE)
            assert f"{LIST_TITLE} (3)" in (c.text or ""), c.text
            for what in ("jaarverslag bespreken", "wijkkrant", "zaal boeken"):
                assert what in (c.text or "")

            # 2. SIGTERM: a clean exit within 5 s.
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            clean(bot)

        # 3. Three days later: what fell due goes out at start-up, once each, marked late.
        monday = next_monday_nine(t0)
        mark = fake.mark()
        low = datetime.now(UTC) + timedelta(seconds=start + 3 * DAY)
        async with bot_at(server, db, tmp_path, "2-plus3d", f"+{start + 3 * DAY}") as bot:
            high = datetime.now(UTC) + timedelta(seconds=start + 3 * DAY)
            await fake.wait_idle(quiet=0.3, timeout=10)
            out = fired(fake, mark)
            texts = [c.text or "" for c in out]
            assert sum("jaarverslag bespreken" in t for t in texts) == 1, texts
            assert sum("zaal boeken" in t for t in texts) == 1, texts
            weekly = sum("wijkkrant" in t for t in texts)
            if monday <= low:
                assert weekly == 1, texts
            elif monday > high:
                assert weekly == 0, texts
            assert all(LATE in t for t in texts), texts
            for change in out:
                labels = [label for row in change.buttons for label, _ in row]
                assert "✅ Klaar" in labels, change.buttons
                assert "⏰ Later" in labels, change.buttons
            assert started(bot) == (1, 1, len(out))
            # Bram presses "Klaar" on the meeting reminder: edited in place.
            (meeting,) = [c for c in out if "jaarverslag" in (c.text or "")]
            mark = fake.mark()
            answered = len(fake.answered_callbacks)
            fake.click(GROUP, BRAM, "✅ Klaar", meeting.message_id)
            await until(
                lambda: [
                    c
                    for c in fake.changes_since(mark)
                    if c.kind == "edited" and c.message_id == meeting.message_id
                ],
                "the reminder edited in place",
            )
            await fake.wait_idle(quiet=0.3, timeout=10)
            edited = fake.bot_message(GROUP.id, meeting.message_id)
            assert "✅ Klaar (Bram)" in (edited.text or ""), edited.text
            assert edited.buttons == []
            assert len(fake.answered_callbacks) == answered + 1
            assert not [c for c in fake.changes_since(mark) if c.kind == "new"]
            c = await ask(fake, BRAM, "/herinneringen", LIST_TITLE)
            listing = c.text or ""
            assert f"{LIST_TITLE} (1)" in listing, listing
            assert "wijkkrant" in listing, listing
            assert "jaarverslag" not in listing, listing
            assert "zaal" not in listing, listing
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            clean(bot)

        # 4. Three weeks after the start: the weekly reminder missed Mondays, sent ONCE.
        mark = fake.mark()
        async with bot_at(server, db, tmp_path, "3-plus21d", f"+{start + 21 * DAY}") as bot:
            await fake.wait_idle(quiet=0.3, timeout=10)
            out = fired(fake, mark)
            assert [("wijkkrant" in (c.text or ""), LATE in (c.text or "")) for c in out] == [
                (True, True)
            ], [c.text for c in out]
            assert started(bot) == (1, 1, 1)
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            clean(bot)

        # ... and the same moment again: nothing is sent again.
        mark = fake.mark()
        sends = len(fake.calls_to("sendMessage"))
        async with bot_at(server, db, tmp_path, "4-plus21d-again", f"+{start + 21 * DAY}") as bot:
            await fake.wait_idle(quiet=0.3, timeout=10)
            assert fake.changes_since(mark) == []
            assert len(fake.calls_to("sendMessage")) == sends
            assert started(bot) == (1, 1, 0)

            # 5. kill -9 right after a confirmation: the reminder is still there.
            mark = fake.mark()
            fake.say(GROUP, ANNA, "/herinner over 1 week kascommissie")
            await said(fake, mark, "✅ Ik herinner jullie", settle=False)
            assert await bot.stop(signal.SIGKILL) == -signal.SIGKILL

        async with bot_at(server, db, tmp_path, "5-after-kill", f"+{start + 21 * DAY}") as bot:
            await fake.wait_idle(quiet=0.3, timeout=10)
            assert started(bot) == (1, 2, 0)
            c = await ask(fake, BRAM, "/herinneringen", LIST_TITLE)
            assert f"{LIST_TITLE} (2)" in (c.text or ""), c.text
            assert "kascommissie" in (c.text or ""), c.text
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            clean(bot)

        # 6. The clock runs 60x: "over 2 minuten" fires ON TIME through the armed timer.
        async with bot_at(server, db, tmp_path, "6-fast", f"+{start + 21 * DAY} x60") as bot:
            await fake.wait_idle(quiet=0.3, timeout=10)
            assert started(bot) == (1, 2, 0)
            await ask(fake, ANNA, "/herinner over 2 minuten koffie zetten", "✅")
            mark = fake.mark()
            loop = asyncio.get_running_loop()
            begin = loop.time()
            (on_time,) = await until(lambda: fired(fake, mark), "the reminder on time", 10)
            assert loop.time() - begin < 4  # two minutes at 60x are two seconds
            assert "koffie zetten" in (on_time.text or "")
            assert LATE not in (on_time.text or ""), on_time.text
            assert not any("wijkkrant" in (c.text or "") for c in fired(fake, mark))
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            clean(bot)


# --- a recurring event sent twice (retry, or a crash after the claim) keeps ONE successor -------
@pytest.mark.process
@needs_faketime
async def test_sigterm_while_sending_what_fell_due_finishes_cleanly(tmp_path: Path) -> None:
    """Stopped during the start-up sending: the message in flight is recorded, the rest waits."""
    fake = FakeTelegram()
    db = tmp_path / "wijkbot.sqlite3"
    groups = [FakeChat(-1003000000000 - i, "supergroup", f"Wijk {i}") for i in range(3)]
    start = seconds_until(working_morning())  # not held for the quiet hours at start-up
    async with FakeBotAPIServer(fake) as server:
        async with bot_at(server, db, tmp_path, "1-real", f"+{start}") as bot:
            for i, chat in enumerate(groups):
                mark = fake.mark()
                fake.say(chat, ANNA, f"/herinner morgen 10:00 taak {i}")
                await said(fake, mark, "✅", chat.id)
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
        fake.hang_next("sendMessage", 2.0, times=3)
        calls = len(fake.calls_to("sendMessage"))
        bot = await launch(server, db, tmp_path, "2-stopped", faketime_env(f"+{start + 3 * DAY}"))
        await until(lambda: len(fake.calls_to("sendMessage")) > calls, "the first late send")
        assert await bot.stop(signal.SIGTERM, timeout=5) == 0
        clean(bot)
        sent_first = [m.text or "" for m in fake.sent() if "taak" in (m.text or "")]
        # the engine sends to different chats at once: what was in flight (at most one message
        # per chat) went out and is recorded; nothing more was sent after the stop
        assert len([t for t in sent_first if "Herinnering" in t]) <= len(groups)
        mark = fake.mark()
        async with bot_at(server, db, tmp_path, "3-again", f"+{start + 3 * DAY}") as bot:
            await fake.wait_idle(quiet=0.3, timeout=10)
            clean(bot)
        late = [c.text or "" for c in fake.changes_since(mark) if "Herinnering" in (c.text or "")]
        every = [t for t in sent_first if "Herinnering" in t] + late
        for i in range(3):
            assert sum(f"taak {i}" in t for t in every) == 1, every


async def _weekly_rows(bot: Harness) -> list[tuple[str, str]]:
    return await bot.sql(
        "SELECT fire_at, state FROM due WHERE recurrence IS NOT NULL AND state = 'pending'"
    )


async def test_a_retried_weekly_reminder_keeps_one_next_occurrence(bot: Harness) -> None:
    await bot.say("/herinner elke maandag 9:00 wijkkrant")  # first: Mon 30 Nov
    (first,) = await _weekly_rows(bot)
    bot.fake.fail_next("sendMessage", 502, times=1)
    marker = bot.fake.mark()
    await bot.advance(datetime.fromisoformat(first[0]) - bot.clock.now())
    await bot.advance(timedelta(minutes=1))  # the retry after 30 s
    assert len([c for c in bot.fake.changes_since(marker) if "wijkkrant" in (c.text or "")]) == 1
    assert await _weekly_rows(bot) == [("2026-12-07T08:00:00+00:00", "pending")]
    async with bot.services.db.transaction() as conn:
        assert await DueRepo(conn).count_pending() == 1


async def test_a_weekly_reminder_claimed_by_a_dead_run_keeps_one_next_occurrence(
    bot: Harness,
) -> None:
    await bot.say("/herinner elke maandag 9:00 wijkkrant")
    (first,) = await _weekly_rows(bot)
    bot.clock.set(datetime.fromisoformat(first[0]))
    # The run claims the Monday event (and schedules the next Monday), then the process dies.
    engine = bot.services.engine
    firings = await engine._claim_batch()
    assert len(firings) == 1
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=9))  # Wed 9 Dec: 30 Nov and 7 Dec fell due
    sent = [c for c in bot.fake.changes_since(marker) if "wijkkrant" in (c.text or "")]
    assert len(sent) == 1, [c.text for c in sent]
    assert await _weekly_rows(bot) == [("2026-12-14T08:00:00+00:00", "pending")]
