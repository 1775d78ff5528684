"""End to end: `python -m bot` as a real process, long-polling the fake Bot API over HTTP.

The fake server runs in the test's event loop; the bot uses the real system clock. A group meets
the bot, upgrades to a supergroup, removes and re-adds it, and the bot is stopped with SIGTERM
and killed with SIGKILL: whatever it confirmed is still there after a restart. Without a token
or with a malformed API URL it explains itself in one line.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from fakegram import ANNA, BRAM, CARLA, KRAAYENSTEIN, FakeBotAPIServer, FakeChat, FakeTelegram
from tests.support.process import STARTED_RE, TOKEN, bot_env, running_bot, said

pytestmark = pytest.mark.process

SUPERGROUP_ID = -1009004001
GREETING = "Hallo Wijkberaad Kraayenstein"


def greetings(fake: FakeTelegram, chat_id: int) -> int:
    return sum(1 for m in fake.sent(chat_id) if GREETING in (m.text or ""))


async def test_a_group_lives_through_upgrade_removal_and_restarts(tmp_path: Path) -> None:
    fake = FakeTelegram()
    db_path = tmp_path / "wijkbot.sqlite3"
    async with FakeBotAPIServer(fake) as server:
        async with running_bot(server, db_path, tmp_path, "first") as bot:
            started = STARTED_RE.search(bot.log)
            assert started is not None
            assert started.group(1) == str(db_path)
            assert started.group(2) == "0"

            # Anna adds the bot to a basic group: my_chat_member AND the service message come.
            fake.set_admins(KRAAYENSTEIN.id, [], creator=ANNA)
            mark = fake.mark()
            fake.push(fake.bot_added(KRAAYENSTEIN, ANNA))
            fake.push(fake.new_chat_members_bot(KRAAYENSTEIN, ANNA))
            await said(fake, mark, GREETING, KRAAYENSTEIN.id)
            assert greetings(fake, KRAAYENSTEIN.id) == 1

            # The admin and a member talk to it.
            mark = fake.mark()
            fake.say(KRAAYENSTEIN, ANNA, "/help")
            await said(fake, mark, "Wat Wijkbot kan", KRAAYENSTEIN.id)
            mark = fake.mark()
            fake.say(KRAAYENSTEIN, BRAM, "/help@WijkBot")
            await said(fake, mark, "Wat Wijkbot kan", KRAAYENSTEIN.id)

            # Anna puts Bram on the board by answering his message.
            hello = fake.say(KRAAYENSTEIN, BRAM, "Hoi, ik ben Bram van nummer 12")
            mark = fake.mark()
            fake.say(
                KRAAYENSTEIN,
                ANNA,
                "/bestuur toevoegen",
                reply_to=hello["message"]["message_id"],
            )
            await said(fake, mark, "Bram hoort nu bij het bestuur", KRAAYENSTEIN.id)

            # The group becomes a supergroup: a new chat id, the data follows.
            to_new, from_old = fake.migrate(KRAAYENSTEIN, SUPERGROUP_ID, ANNA)
            fake.push_all([to_new, from_old])
            await fake.wait_idle(quiet=0.3, timeout=10)
            supergroup: FakeChat = fake.chat(SUPERGROUP_ID)
            mark = fake.mark()
            fake.say(supergroup, ANNA, "/bestuur")
            (board,) = await said(fake, mark, "Bestuur van", SUPERGROUP_ID)
            assert "Bram" in (board.text or "")

            # Removed and added again: greeted again, nothing forgotten.
            fake.push(fake.bot_removed(supergroup, ANNA))
            await fake.wait_idle(quiet=0.3, timeout=10)
            mark = fake.mark()
            fake.push(fake.bot_added(supergroup, ANNA))
            await said(fake, mark, GREETING, SUPERGROUP_ID)
            assert greetings(fake, SUPERGROUP_ID) == 1
            mark = fake.mark()
            fake.say(supergroup, ANNA, "/bestuur")
            (board,) = await said(fake, mark, "Bestuur van", SUPERGROUP_ID)
            assert "Bram" in (board.text or "")

            # SIGTERM: a clean stop within 5 s.
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0
            assert "Traceback" not in bot.log
            assert not re.search(r"\b(ERROR|CRITICAL)\b", bot.log), bot.log

        # A restart finds the group; Carla is made gemeente contact, then the bot is killed -9
        # right after confirming it.
        async with running_bot(server, db_path, tmp_path, "second") as bot:
            started = STARTED_RE.search(bot.log)
            assert started is not None
            assert started.group(2) == "1"
            mark = fake.mark()
            fake.say(supergroup, CARLA, "/help")
            await said(fake, mark, "Wat Wijkbot kan", SUPERGROUP_ID)
            mark = fake.mark()
            fake.say(supergroup, ANNA, "/gemeente toevoegen @carla_gemeente")
            await said(fake, mark, "Carla is nu contactpersoon", settle=False)
            assert await bot.stop(signal.SIGKILL) == -signal.SIGKILL

        async with running_bot(server, db_path, tmp_path, "third") as bot:
            await fake.wait_idle(quiet=0.3, timeout=10)  # a redelivered update may be answered
            mark = fake.mark()
            fake.say(supergroup, BRAM, "/bestuur")
            (board,) = await said(fake, mark, "Bestuur van", SUPERGROUP_ID)
            assert "Bram" in (board.text or "")
            mark = fake.mark()
            fake.say(supergroup, BRAM, "/gemeente")
            (contacts,) = await said(fake, mark, "Contactpersonen van de gemeente", SUPERGROUP_ID)
            assert "Carla" in (contacts.text or "")
            assert greetings(fake, SUPERGROUP_ID) == 1
            assert await bot.stop(signal.SIGTERM, timeout=5) == 0


def _run_bot_expecting_failure(tmp_path: Path, **settings: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=bot_env(**settings),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_without_a_token_the_bot_explains_in_one_line(tmp_path: Path) -> None:
    result = _run_bot_expecting_failure(tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "BOT_TOKEN" in lines[0]
    assert "Traceback" not in result.stderr


def test_a_malformed_api_url_is_one_line(tmp_path: Path) -> None:
    result = _run_bot_expecting_failure(
        tmp_path, BOT_TOKEN=TOKEN, TELEGRAM_API_URL="api.telegram.org/bot"
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "TELEGRAM_API_URL" in lines[0]
    assert "Traceback" not in result.stderr
