"""API faults end to end: `python -m bot` lives through every way the Bot API fails.

A proxy's 502 with an HTML page, 500, 429, a hung call, 403 (kicked), "message is not
modified", "message to edit not found", an outage of the whole API and a Bot API server that
is down. Afterwards every command the group sent is stored, every reminder that fell due during
an outage was delivered once afterwards, the bot recovered by itself, and its log says what
happened in one line each: no traceback, no ERROR.
"""

from __future__ import annotations

import asyncio
import re
import signal
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from telegram import Bot
from telegram.error import BadRequest, NetworkError

from fakegram import (
    ANNA,
    BRAM,
    DUINDORP,
    KRAAYENSTEIN,
    FakeBotAPIServer,
    FakeRequest,
    FakeTelegram,
)
from storage.db import Database
from storage.due import DueRepo
from storage.reminders import ReminderRepo
from tests.support.process import STARTED_RE, TOKEN, BotProcess, launch, running_bot, said, until

HTML_502 = "502 Bad Gateway"


# --- the fake's new faults, as python-telegram-bot sees them ---------------------------------
async def test_the_fake_answers_a_proxy_page_an_outage_and_slow_answers() -> None:
    fake = FakeTelegram()
    async with Bot(TOKEN, request=FakeRequest(fake), get_updates_request=FakeRequest(fake)) as bot:
        fake.fail_next("sendMessage", 502, html=True)
        with pytest.raises(NetworkError, match="Bad Gateway \\(502\\). Parsing the server"):
            await bot.send_message(DUINDORP.id, "x")
        fake.go_down(502)
        for call in (bot.get_updates(timeout=0), bot.send_message(DUINDORP.id, "y")):
            with pytest.raises(NetworkError, match="nginx"):
                await call
        fake.come_back()
        assert (await bot.send_message(DUINDORP.id, "z")).text == "z"
        fake.slow_answer_next("sendMessage", 0.2)
        loop = asyncio.get_running_loop()
        started = loop.time()
        await bot.send_message(DUINDORP.id, "traag")
        assert loop.time() - started >= 0.2
        assert fake.last_text(DUINDORP.id) == "traag"


async def test_pinning_without_the_right_and_editing_a_deleted_message_answer_400() -> None:
    fake = FakeTelegram()
    async with Bot(TOKEN, request=FakeRequest(fake)) as bot:
        sent = await bot.send_message(DUINDORP.id, "agenda")
        assert await bot.pin_chat_message(DUINDORP.id, sent.message_id)
        fake.set_admins(DUINDORP.id, [], creator=ANNA, include_bot=False)
        with pytest.raises(BadRequest, match="(?i)not enough rights to manage pinned messages"):
            await bot.pin_chat_message(DUINDORP.id, sent.message_id)
        await bot.delete_message(DUINDORP.id, sent.message_id)
        with pytest.raises(BadRequest, match="(?i)message to edit not found"):
            await bot.edit_message_text("nieuw", DUINDORP.id, sent.message_id)
        other = await bot.send_message(DUINDORP.id, "zelfde")
        with pytest.raises(BadRequest, match="(?i)message is not modified"):
            await bot.edit_message_text("zelfde", DUINDORP.id, other.message_id)


# --- the whole bot, every fault ----------------------------------------------------------------
async def _seed(db: Path, pings: dict[str, float]) -> datetime:
    """Reminders due `seconds` from now (while the bot is stopped); returns now."""
    store = await Database.open(db)
    now = datetime.now(UTC)
    try:
        async with store.transaction() as conn:
            for text, seconds in pings.items():
                rid = await ReminderRepo(conn).add(DUINDORP.id, ANNA.id, text, None, now)
                await DueRepo(conn).add(
                    "reminder",
                    DUINDORP.id,
                    now + timedelta(seconds=seconds),
                    timezone="Europe/Amsterdam",
                    now=now,
                    target_id=rid,
                )
    finally:
        await store.close()
    return now


def _sent_with(fake: FakeTelegram, needle: str) -> int:
    """Messages that reached the chat (a call answered with an error did not)."""
    return sum(1 for message in fake.sent() if needle in (message.text or ""))


async def _at(moment: datetime, what: str) -> None:
    """Sleep until `moment`; the schedule of this test is in wall-clock time."""
    delay = (moment - datetime.now(UTC)).total_seconds()
    if delay < 0.3:
        pytest.fail(f"the bot started too slowly for the schedule ({what}: {delay:.1f} s)")
    await asyncio.sleep(delay)


@pytest.mark.process
async def test_a_conversation_through_every_api_fault(tmp_path: Path) -> None:
    fake = FakeTelegram()
    fake.set_admins(DUINDORP.id, [], creator=ANNA)
    db = tmp_path / "wijkbot.sqlite3"
    commands: list[str] = []
    env = {"FLOOD_LIMIT": "0"}
    running: list[BotProcess] = []
    server = await FakeBotAPIServer(fake).start()
    port = server.port
    try:
        # the groups meet the bot
        async with running_bot(server, db, tmp_path, "setup", env) as bot:
            for chat in (DUINDORP, KRAAYENSTEIN):
                mark = fake.mark()
                fake.say(chat, ANNA, "/help")
                await said(fake, mark, "Wat Wijkbot kan", chat.id)
            assert await bot.stop(signal.SIGTERM, timeout=10) == 0

        # two reminders fall due while Telegram is away: once behind a proxy answering 502
        # pages, once with its server down altogether
        # (the schedule leaves a loaded CI machine 12 s to start the bot)
        start = await _seed(db, {"ping tijdens storing": 14.0, "ping server weg": 22.0})
        bot = await launch(server, db, tmp_path, "faults", env)
        running.append(bot)
        await bot.wait_log(STARTED_RE, timeout=12)

        # 1. the whole API answers 502 pages (getUpdates too) from 12 to 16 s
        await _at(start + timedelta(seconds=12), "outage")
        fake.go_down(502)  # waiting long polls fail at once
        fake.say(DUINDORP, BRAM, "/herinner over 3 uur taak storing-1")  # waits in the queue
        commands.append("taak storing-1")
        await asyncio.sleep(1)
        fake.say(DUINDORP, BRAM, "/herinner over 3 uur taak storing-2")
        commands.append("taak storing-2")
        await _at(start + timedelta(seconds=16), "end of outage")
        fake.come_back()
        await until(lambda: _sent_with(fake, "ping tijdens storing"), "the late reminder", 20)
        await until(lambda: _sent_with(fake, "taak storing-2"), "the queued command", 20)

        # 2. the Bot API server is down (connection refused) from 20 to 24 s
        await _at(start + timedelta(seconds=20), "server down")
        await server.stop()
        await _at(start + timedelta(seconds=24), "server back")
        server = await FakeBotAPIServer(fake, port=port).start()
        await until(lambda: _sent_with(fake, "ping server weg"), "the reminder after", 20)

        # 3. faults on single calls while the API is up
        faults: list[tuple[str, object]] = [
            ("500", lambda: fake.fail_next("sendMessage", 500)),
            ("502 html", lambda: fake.fail_next("sendMessage", 502, html=True)),
            ("429", lambda: fake.fail_next("sendMessage", 429, retry_after=1)),
            ("hang", lambda: fake.hang_next("sendMessage", 6.0)),
        ]
        for name, inject in faults:
            inject()  # type: ignore[operator]
            text = f"taak {name.replace(' ', '-')}"
            fake.say(DUINDORP, BRAM, f"/herinner over 4 uur {text}")
            commands.append(text)
            await fake.wait_idle(quiet=0.5, timeout=20)

        # 4. "not modified" and "message to edit not found" on the settings buttons
        mark = fake.mark()
        fake.say(DUINDORP, ANNA, "/instellingen")
        (menu,) = await said(fake, mark, "Instellingen voor", DUINDORP.id)
        fake.push(fake.callback(DUINDORP, ANNA, "set:lang:nl", menu.message_id))  # same text
        await fake.wait_idle(quiet=0.3, timeout=10)
        fake.fail_next("editMessageText", 400, description="Bad Request: message to edit not found")
        fake.push(fake.callback(DUINDORP, ANNA, "set:done", menu.message_id))
        await fake.wait_idle(quiet=0.3, timeout=10)

        # 5. kicked from Kraayenstein: the reply meets 403; added again, it is all still there
        fake.kick(KRAAYENSTEIN.id)
        fake.say(KRAAYENSTEIN, ANNA, "/herinner over 5 uur taak gekickt")
        commands.append("taak gekickt")
        await fake.wait_idle(quiet=0.5, timeout=10)
        mark = fake.mark()
        fake.push(fake.bot_added(KRAAYENSTEIN, ANNA))
        await said(fake, mark, "Hallo Wijkberaad Kraayenstein", KRAAYENSTEIN.id)
        mark = fake.mark()
        fake.say(KRAAYENSTEIN, ANNA, "/herinneringen")
        (listing,) = await said(fake, mark, "Openstaande herinneringen", KRAAYENSTEIN.id)
        assert "taak gekickt" in (listing.text or "")

        # recovered by itself: an ordinary command is answered at once
        mark = fake.mark()
        fake.say(DUINDORP, BRAM, "/herinner over 6 uur taak daarna")
        commands.append("taak daarna")
        await said(fake, mark, "taak daarna", DUINDORP.id)
        assert await bot.stop(signal.SIGTERM, timeout=10) == 0
    finally:
        for process in running:  # a failed step must not leave the bot or its log open
            if process.proc.returncode is None:
                process.proc.kill()
                await process.proc.wait()
            process.close_log()
        await server.stop()

    conn = sqlite3.connect(db)
    try:
        stored = {row[0] for row in conn.execute("SELECT text FROM reminders")}
        states = dict(
            conn.execute(
                "SELECT r.text, d.state FROM reminders r JOIN due d"
                " ON d.target_id = r.id WHERE r.text LIKE 'ping %'"
            )
        )
    finally:
        conn.close()
    assert set(commands) <= stored, set(commands) - stored
    assert states == {"ping tijdens storing": "sent", "ping server weg": "sent"}
    assert _sent_with(fake, "ping tijdens storing") == 1
    assert _sent_with(fake, "ping server weg") == 1

    log = bot.log
    assert "Traceback" not in log, log
    assert not re.search(r"\b(ERROR|CRITICAL)\b", log), log
    assert log.count("Bot API unreachable") == 2, log
    assert log.count("Bot API reachable again") == 2, log
    # one line for each lost reply: 500, 502 page, hang; 429 was waited out, and what was
    # said during the outage waited in Telegram's queue and was answered afterwards
    assert log.count("reply not delivered") == 3, log
    assert log.count("chat marked inactive") == 1, log
    assert "Telegram asked to wait" in log
