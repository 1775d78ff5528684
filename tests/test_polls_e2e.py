"""End to end: `python -m bot` with native poll updates over HTTP, restarted days later.

The fake Bot API delivers `poll_answer` updates only when the bot asked for them in
`allowed_updates`, as Telegram does. The bot's system clock moves under libfaketime: the 24-hour
reminder after a restart a day later mentions exactly the board member who has not voted, and
the close after a restart past the deadline happens once.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from fakegram import ANNA, BRAM, CARLA, FakeBotAPIServer, FakeTelegram
from tests.support.acceptance import seconds_until, working_morning
from tests.support.faketime import bot_at, needs_faketime
from tests.support.process import GROUP, ask, clean, said, started

pytestmark = pytest.mark.process


@needs_faketime
async def test_poll_votes_reminder_and_close_across_restarts(tmp_path: Path) -> None:
    fake = FakeTelegram()
    db = tmp_path / "wijkbot.sqlite3"
    # from a working morning: the 24-hour reminder does not fall in the quiet hours
    start = seconds_until(working_morning())
    async with FakeBotAPIServer(fake) as server:
        async with bot_at(server, db, tmp_path, "1-real", f"+{start}") as bot:
            fake.set_admins(GROUP.id, [], creator=ANNA)
            mark = fake.mark()
            fake.push(fake.bot_added(GROUP, ANNA))
            await said(fake, mark, f"Hallo {GROUP.title}", GROUP.id)
            hello = fake.say(GROUP, BRAM, "hallo")
            mark = fake.mark()
            fake.say(GROUP, ANNA, "/bestuur toevoegen", reply_to=hello["message"]["message_id"])
            await said(fake, mark, "hoort nu bij het bestuur", GROUP.id)

            opened = await ask(fake, ANNA, "/peiling Zullen we een kerstborrel houden?", "open tot")
            assert "(2 leden)" in (opened.text or "")
            (poll_message,) = [m for m in fake.sent(GROUP.id) if m.poll]
            poll_id = fake.poll_id(GROUP.id, poll_message.message_id)
            fake.vote(poll_id, ANNA, [0])
            fake.vote(poll_id, BRAM, [1])
            fake.vote(poll_id, CARLA, [0])  # not on the board
            fake.vote(poll_id, BRAM, [])  # Bram takes his vote back
            await fake.wait_idle(quiet=0.3, timeout=10)
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            clean(bot)

        # 25 hours later: the 24-hour reminder goes out once, mentioning Bram only.
        mark = fake.mark()
        async with bot_at(server, db, tmp_path, "2-plus25h", f"+{start + 25 * 3600}") as bot:
            await fake.wait_idle(quiet=0.3, timeout=10)
            new = [c for c in fake.changes_since(mark) if c.kind == "new"]
            assert len(new) == 1, new
            assert "Nog niet gestemd: Bram" in (new[0].text or ""), new[0].text
            mentioned = [
                e["user"]["id"] for e in new[0].message["entities"] if e["type"] == "text_mention"
            ]
            assert mentioned == [BRAM.id]
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            clean(bot)

        # Three days later, past the deadline: stopped once, one result, no stale reminder.
        mark = fake.mark()
        async with bot_at(server, db, tmp_path, "3-plus3d", f"+{start + 3 * 86400}") as bot:
            await fake.wait_idle(quiet=0.3, timeout=10)
            new = [c for c in fake.changes_since(mark) if c.kind == "new"]
            assert len(new) == 1, [c.text for c in new]
            result = new[0].text or ""
            assert "• Voor: 1\n• Tegen: 0\n• Onthouding: 0" in result, result
            assert "• Anna de Vries: Voor" in result
            assert "Niet meegeteld (geen bestuur):\n• Carla: Voor" in result
            assert "Niet gestemd: Bram" in result
            assert "Opkomst: 1 van 2 bestuursleden (50%). Quorum 50% (1): gehaald ✅" in result
            assert "Uitkomst: aangenomen" in result
            assert fake.bot_message(GROUP.id, poll_message.message_id).poll["is_closed"]
            assert len(fake.calls_to("stopPoll")) == 1
            assert started(bot)[2] == 1  # the close (one reminder only, sent a day ahead)
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            clean(bot)

        mark = fake.mark()
        async with bot_at(server, db, tmp_path, "4-plus4d", f"+{start + 4 * 86400}") as bot:
            await fake.wait_idle(quiet=0.3, timeout=10)
            assert [c for c in fake.changes_since(mark) if c.kind == "new"] == []
            assert len(fake.calls_to("stopPoll")) == 1
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            clean(bot)


async def test_poll_answers_reach_the_bot_only_when_asked_for(tmp_path: Path) -> None:
    """Without libfaketime: python -m bot asks getUpdates for poll and poll_answer updates."""
    fake = FakeTelegram()
    db = tmp_path / "wijkbot.sqlite3"
    async with FakeBotAPIServer(fake) as server:
        async with bot_at(server, db, tmp_path, "real", None) as bot:
            allowed = fake.calls_to("getUpdates")[-1].params.get("allowed_updates")
            assert "poll_answer" in str(allowed)
            assert "poll" in str(allowed)
            fake.set_admins(GROUP.id, [], creator=ANNA)
            mark = fake.mark()
            fake.push(fake.bot_added(GROUP, ANNA))
            await said(fake, mark, f"Hallo {GROUP.title}", GROUP.id)
            await ask(fake, ANNA, "/peiling Borrel? | ja | nee", "open tot")
            (poll_message,) = [m for m in fake.sent(GROUP.id) if m.poll]
            fake.vote(fake.poll_id(GROUP.id, poll_message.message_id), ANNA, [1])
            await fake.wait_idle(quiet=0.3, timeout=10)
            mark = fake.mark()
            fake.click(GROUP, ANNA, "🔒 Sluiten", poll_message.message_id)
            out = await said(fake, mark, "Uitslag", GROUP.id)
            assert "• Anna de Vries: nee" in (out[0].text or "")
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            clean(bot)
