"""Reply-side faults and flood control, through the real update wrapper.

A reply that meets 403 marks the chat inactive with one warning line and no apology; a network
error on a reply is one warning line; "message is not modified", "message to edit not found" and
"not enough rights" are normal days. What the bot confirmed is stored before it replies, so a
failed reply loses nothing. One member flooding the bot gets one "rustig aan"; others stay served.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from telegram import Update
from telegram.ext import ApplicationHandlerStop, CommandHandler, ContextTypes

from fakegram import BRAM, DUINDORP, KRAAYENSTEIN, FakeChat, FakeTelegram
from handlers.kit.faults import Fault, classify
from handlers.kit.outbox import Outbox, Pin
from handlers.kit.turn import Turn
from handlers.kit.wrapper import turn_handler
from schedules.clock import FakeClock
from tests.support.harness import Harness

SORRY = "Sorry, daar ging iets mis"
RUSTIG = "Rustig aan"


def problems(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.WARNING]


def assert_no_traceback(caplog: pytest.LogCaptureFixture) -> None:
    for record in caplog.records:
        assert record.exc_info is None, record.getMessage()
        assert record.levelno < logging.ERROR, record.getMessage()


def no_apology(bot: Harness) -> None:
    for call in bot.fake.calls:
        assert SORRY not in str(call.params.get("text") or ""), call


async def test_a_reply_into_a_chat_that_kicked_the_bot_marks_it_inactive_once(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    await bot.say("/help")
    assert (await bot.sql("SELECT active FROM chats WHERE id = ?", DUINDORP.id)) == [(1,)]
    bot.fake.kick(DUINDORP.id)
    sends_before = len(bot.fake.calls_to("sendMessage"))
    caplog.clear()
    with caplog.at_level(logging.INFO):
        out = await bot.say("/herinner morgen 10:00 koffie halen")
    assert out == []
    # the reminder was confirmed to be stored before the reply was tried: it is there
    assert await bot.sql("SELECT text FROM reminders") == [("koffie halen",)]
    assert (await bot.sql("SELECT active FROM chats WHERE id = ?", DUINDORP.id)) == [(0,)]
    # one attempt to reply, no attempt to apologise into a chat it cannot write to
    assert len(bot.fake.calls_to("sendMessage")) == sends_before + 1
    warnings = problems(caplog)
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "marked inactive" in warnings[0].getMessage()
    assert_no_traceback(caplog)
    no_apology(bot)


async def test_a_blocked_private_chat_is_the_same(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    dm = FakeChat.private(BRAM)
    bot.fake.fail_next("sendMessage", 403, description="Forbidden: bot was blocked by the user")
    with caplog.at_level(logging.INFO):
        assert await bot.say("/start", user=BRAM, chat=dm) == []
    assert (await bot.sql("SELECT active FROM chats WHERE id = ?", BRAM.id)) == [(0,)]
    assert len(problems(caplog)) == 1
    assert_no_traceback(caplog)
    # Bram writes again: the chat is active again and answered
    assert await bot.say("/start", user=BRAM, chat=dm)
    assert (await bot.sql("SELECT active FROM chats WHERE id = ?", BRAM.id)) == [(1,)]


@pytest.mark.parametrize(
    ("status", "description"),
    [
        (500, "Internal Server Error"),
        (502, "Bad Gateway"),
        (503, "Service Unavailable"),
        (504, "Gateway Timeout"),
    ],
)
async def test_a_network_error_on_a_reply_is_one_warning_and_nothing_lost(
    bot: Harness, caplog: pytest.LogCaptureFixture, status: int, description: str
) -> None:
    bot.fake.fail_next("sendMessage", status, description=description)
    with caplog.at_level(logging.INFO):
        assert await bot.say("/herinner morgen 10:00 zaal reserveren") == []
    assert await bot.sql("SELECT text FROM reminders") == [("zaal reserveren",)]
    assert await bot.sql("SELECT count(*) FROM due WHERE state = 'pending'") == [(1,)]
    warnings = problems(caplog)
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "reply not delivered" in warnings[0].getMessage()
    assert_no_traceback(caplog)
    no_apology(bot)
    # the chat stays active and the next command is answered normally
    assert (await bot.sql("SELECT active FROM chats WHERE id = ?", DUINDORP.id)) == [(1,)]
    assert "Openstaande herinneringen (1)" in ((await bot.say("/herinneringen"))[0].text or "")


@pytest.mark.parametrize(
    "description",
    [
        "Bad Request: message is not modified: specified new message content and reply markup"
        " are exactly the same as a current content and reply markup of the message",
        "Bad Request: message to edit not found",
    ],
)
async def test_an_edit_of_an_unchanged_or_deleted_message_is_a_normal_day(
    bot: Harness, caplog: pytest.LogCaptureFixture, description: str
) -> None:
    await bot.say("/instellingen")
    bot.fake.fail_next("editMessageText", 400, description=description)
    with caplog.at_level(logging.INFO):
        await bot.press("English")
    # the setting was saved; no warning, no traceback, no apology
    assert (await bot.sql("SELECT language FROM chats WHERE id = ?", DUINDORP.id)) == [("en",)]
    assert problems(caplog) == []
    no_apology(bot)
    answered = bot.fake.calls_to("answerCallbackQuery")
    assert answered
    assert not answered[-1].params.get("show_alert")


async def _pin_probe(turn: Turn) -> None:
    """A probe command: reply, then pin the reply through the one pin of the kit (as the
    final agenda is pinned)."""
    sent = await turn.reply("vastgezet?")
    pinned = await Outbox(turn.svc, turn.bot).pin(turn.chat.id, sent.message_id)
    await turn.reply("ja" if pinned is Pin.PINNED else "nee")


async def test_pinning_without_the_right_is_a_normal_day(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    assert bot.app is not None
    wrapped = turn_handler(command=True)(_pin_probe)

    async def probe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await wrapped(update, context)
        raise ApplicationHandlerStop  # not on to the bot's own "ken ik niet"

    bot.app.add_handler(CommandHandler("vastzetten", probe), group=-1)
    out = await bot.say("/vastzetten")
    assert [c.text for c in out] == ["vastgezet?", "ja"]
    bot.fake.fail_next(
        "pinChatMessage",
        400,
        description="Bad Request: not enough rights to manage pinned messages in the chat",
    )
    with caplog.at_level(logging.INFO):
        out = await bot.say("/vastzetten")
    assert [c.text for c in out] == ["vastgezet?", "nee"]
    assert problems(caplog) == []
    no_apology(bot)


def test_every_fault_is_classified() -> None:
    from telegram.error import (
        BadRequest,
        ChatMigrated,
        Forbidden,
        NetworkError,
        RetryAfter,
        TimedOut,
    )

    assert classify(Forbidden("Forbidden: bot was kicked from the group chat")) is Fault.GONE
    assert classify(BadRequest("Bad Request: chat not found")) is Fault.GONE
    assert (
        classify(BadRequest("Bad Request: not enough rights to send text messages to the chat"))
        is Fault.GONE
    )
    assert classify(BadRequest("Bad Request: message is not modified")) is Fault.BENIGN
    assert classify(BadRequest("Bad Request: message to edit not found")) is Fault.BENIGN
    assert (
        classify(BadRequest("Bad Request: not enough rights to manage pinned messages in the chat"))
        is Fault.BENIGN
    )
    assert classify(BadRequest("Bad Request: can't parse entities")) is Fault.OTHER
    assert classify(NetworkError("Bad Gateway (502). Parsing the server response failed")) is (
        Fault.NETWORK
    )
    assert classify(TimedOut()) is Fault.NETWORK
    assert classify(RetryAfter(timedelta(seconds=3))) is Fault.RATE
    assert classify(ChatMigrated(-100123)) is Fault.MOVED
    assert classify(ValueError("ours")) is Fault.OTHER


# --- flood control -----------------------------------------------------------------------------
@pytest.fixture
async def flooded(tmp_path: Path, clock: FakeClock, fake: FakeTelegram) -> AsyncIterator[Harness]:
    """The bot with flood control as in production (the harness turns it off by default)."""
    harness = Harness(tmp_path / "flood.sqlite3", clock, fake, flood_limit=10)
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


async def test_one_member_flooding_gets_one_rustig_aan_and_others_stay_served(
    flooded: Harness,
) -> None:
    bot = flooded
    answered = 0
    warned: list[str] = []
    for _ in range(15):  # 15 commands in 7.5 seconds
        out = await bot.say("/help")
        bot.clock.advance(timedelta(seconds=0.5))
        for change in out:
            if RUSTIG in (change.text or ""):
                warned.append(change.text or "")
            elif "Wat Wijkbot kan" in (change.text or ""):
                answered += 1
    assert answered == 10
    assert len(warned) == 1
    assert "Anna" in warned[0]
    assert "De komende minuut reageer ik niet" in warned[0]
    # nothing was stored for the ignored commands: no prompt, no reminder
    assert await bot.sql("SELECT count(*) FROM prompts") == [(0,)]
    assert await bot.say("/herinner morgen 10:00 genegeerd") == []
    assert await bot.sql("SELECT count(*) FROM reminders") == [(0,)]
    # Bram, in the same group, is served at once; Anna is paused in every chat
    out = await bot.say("/help", user=BRAM)
    assert len(out) == 1
    assert "Wat Wijkbot kan" in (out[0].text or "")
    assert await bot.say("/help", chat=KRAAYENSTEIN) == []
    # a minute later Anna is served again
    bot.clock.advance(timedelta(seconds=61))
    out = await bot.say("/herinner morgen 10:00 koffie")
    assert len(out) == 1
    assert "koffie" in (out[0].text or "")


async def test_a_longer_pause_is_said_in_minutes(flooded: Harness) -> None:
    flooded.services.flood.pause = timedelta(minutes=2)
    said = [change.text or "" for _ in range(11) for change in await flooded.say("/help")]
    assert "De komende 2 minuten reageer ik niet" in said[-1]


async def test_a_steady_pace_is_never_throttled(flooded: Harness) -> None:
    bot = flooded
    for _ in range(40):  # one command every 3.1 s: 10 per 31 s, never more than 10 in 30 s
        out = await bot.say("/help")
        assert len(out) == 1
        assert RUSTIG not in (out[0].text or "")
        bot.clock.advance(timedelta(seconds=3.1))


# --- the Bot API goes away and comes back ---------------------------------------------------------
async def test_reminders_wait_for_the_api_and_go_out_once_when_it_is_back(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    from telegram.error import NetworkError

    assert bot.app is not None
    await bot.say("/herinner over 10 minuten koffie zetten")
    health = bot.app.bot_data["health"]
    with caplog.at_level(logging.INFO):
        # the long poll meets a proxy error page: the API is down (one warning line)
        bot.fake.fail_next("getUpdates", 502, times=3)
        for _ in range(3):
            with pytest.raises(NetworkError):
                await bot.app.bot.get_updates(timeout=0)
        assert health.down
        # the reminder falls due meanwhile; its send fails too, and waits without a retry used
        bot.fake.fail_next("sendMessage", 502, times=20)
        assert await bot.advance(timedelta(minutes=11)) == []
        assert await bot.sql("SELECT state, attempts, last_error FROM due") == [
            ("pending", 0, "waiting for the Bot API")
        ]
        # an hour of outage: still waiting, never given up
        for _ in range(12):
            await bot.advance(timedelta(minutes=5))
        assert await bot.sql("SELECT state, attempts FROM due") == [("pending", 0)]
        bot.fake._faults.clear()
        # the poll gets through: the API is back, and the reminder goes out at once, once
        await bot.app.bot.get_updates(timeout=0)
        assert not health.down
        out = await bot.advance(timedelta(seconds=1))
    assert [c.text for c in out if "koffie zetten" in (c.text or "")] != []
    assert len([c for c in out if "koffie zetten" in (c.text or "")]) == 1
    assert await bot.sql("SELECT state FROM due") == [("sent",)]
    lines = [r.getMessage() for r in problems(caplog)]
    assert len(lines) == 1, lines  # the polls all failed within the same minute
    assert lines[0] == "Bot API unreachable: HTTP 502 Bad Gateway; retrying"
    back = [r for r in caplog.records if "reachable again" in r.getMessage()]
    assert [(r.levelno, r.getMessage()) for r in back] == [
        (logging.INFO, "Bot API reachable again after 1 h 11 min down; sending what waited")
    ]
    assert_no_traceback(caplog)
    assert len([c for c in await bot.advance(timedelta(hours=2))]) == 0
