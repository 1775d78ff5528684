"""The handler kit: typed button data and the one ownership check, through the Application."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from domain.errors import DomainError
from fakegram import ANNA, BRAM, DUINDORP, KRAAYENSTEIN
from handlers.kit.answering import keyboard
from handlers.kit.callbacks import CallbackData, StaleButton
from handlers.kit.text import short
from tests.support.harness import Harness


class Mode(StrEnum):
    ALL = "a"
    MINE = "m"


@dataclass(frozen=True)
class Press(CallbackData, prefix="tst"):
    op: str
    record: int
    page: int = 0
    mode: Mode = Mode.ALL
    flag: bool = False
    other: int | None = None


def test_packs_short_and_unpacks_typed() -> None:
    assert Press("d", 12).pack() == "tst:d:12"
    assert Press("d", 12, 3, Mode.MINE).pack() == "tst:d:12:3:m"
    assert Press.unpack("tst:d:12:3:m") == Press("d", 12, 3, Mode.MINE)
    assert Press.unpack("tst:d:12") == Press("d", 12)
    full = Press("d", 12, 1, Mode.MINE, True, 7)
    assert Press.unpack(full.pack()) == full


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "tst",  # no fields
        "tst:d",  # a required field missing
        "tst:d:x",  # not a number
        "tst:d:1:2:q",  # not a mode
        "tst:d:1:2:a:2",  # not a flag
        "tst:d:1:2:a:1:5:9",  # more fields than the button has
        "tst:d:99999999999999999999",  # beyond SQLite's INTEGER
        "tstx:d:1",  # another prefix
        "tst:d:1:" + "9" * 60,  # over 64 bytes
    ],
)
def test_stale_or_forged_data_is_a_stale_button(data: str | None) -> None:
    with pytest.raises(StaleButton) as caught:
        Press.unpack(data)
    assert isinstance(caught.value, DomainError)
    assert caught.value.key == "error.stale_button"


def test_data_that_would_not_fit_telegram_is_our_mistake() -> None:
    with pytest.raises(ValueError, match="64 bytes"):
        Press("x" * 60, 1).pack()
    with pytest.raises(ValueError, match="':'"):
        Press("a:b", 1).pack()


async def test_a_button_of_another_group_is_refused_and_changes_nothing(bot: Harness) -> None:
    """One ownership check: a poll of Duindorp cannot be closed from Kraayenstein with forged
    data, and the refusal is the friendly alert."""
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    bot.fake.set_admins(KRAAYENSTEIN.id, [BRAM], creator=ANNA)
    await bot.say("/peiling Nieuwe banken? ja, nee")
    poll_id = (await bot.sql("SELECT id FROM polls"))[0][0]
    elsewhere = await bot.say("/help", chat=KRAAYENSTEIN)
    forged = f"poll:close:{poll_id}"
    await bot.process(bot.fake.callback(KRAAYENSTEIN, ANNA, forged, elsewhere[0].message_id))
    answer = bot.fake.calls_to("answerCallbackQuery")[-1].params
    assert answer["text"] == "Deze knop hoort bij iets dat niet meer bestaat."
    assert answer["show_alert"] is True
    assert await bot.sql("SELECT closed_at IS NULL FROM polls") == [(1,)]


def test_a_keyboard_is_what_python_telegram_bot_would_send_made_once() -> None:
    """Our keyboards skip PTB's generic serialisation (a third of a long list's time): the JSON
    must stay exactly what PTB makes, and a button shown again is the same object."""
    rows = [
        [("⬆️ 1", Press("u", 1)), ("✅ 1", "tst:d:1")],
        [("➕ Punt toevoegen", Press("a", 2, 3))],
    ]
    ours = keyboard(rows)
    plain = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    text, callback_data=data if isinstance(data, str) else data.pack()
                )
                for text, data in row
            ]
            for row in rows
        ]
    )
    assert ours == plain
    assert ours is not None
    assert ours.to_dict() == plain.to_dict()
    again = keyboard(rows)
    assert again is not None
    assert again.inline_keyboard[0][0] is ours.inline_keyboard[0][0]
    assert keyboard([]) is None


def test_short_cuts_with_an_ellipsis_only_when_needed() -> None:
    assert short("Bankjes bij de speeltuin", 60) == "Bankjes bij de speeltuin"
    assert short("Bankjes bij de speeltuin", 12) == "Bankjes bij…"
    assert len(short("x" * 100, 64)) == 64


async def test_an_update_delivered_again_after_a_restart_runs_once(bot: Harness) -> None:
    """Telegram delivers an update again when the bot stopped before confirming it (a kill
    right after it answered): what it stored is not stored twice, nothing is said twice."""
    update = bot.fake.message(DUINDORP, ANNA, "/herinner morgen 10:00 container buiten zetten")
    first = await bot.process(update)
    assert first
    assert first[0].text is not None
    assert first[0].text.startswith("✅")
    await bot.restart()
    again = await bot.process(update)
    assert again == []
    assert await bot.sql("SELECT count(*) FROM reminders") == [(1,)]
    # a new update is handled as usual
    await bot.say("/herinner morgen 11:00 stoep vegen")
    assert await bot.sql("SELECT count(*) FROM reminders") == [(2,)]
