"""The "Ongedaan maken" button pressed: the checks every undo shares (handlers/kit/undo.py), then
the feature's own `apply`, all in the turn's one unit of work."""

from __future__ import annotations

from collections.abc import Mapping

from domain.errors import DomainError
from handlers.kit.callbacks import StaleButton
from handlers.kit.feature import Feature
from handlers.kit.turn import Button, Turn
from handlers.kit.undo import Undo, UndoPress, stamp, within, without_undo


async def on_callback(turn: Turn) -> None:
    """undo:<kind>:<record>:<made at>: only the maker, only within the window, only once."""
    press = turn.button(UndoPress)
    table: Mapping[str, Undo] = turn.context.application.bot_data.get("undo", {})
    undo = table.get(press.kind)
    if undo is None:
        raise StaleButton()
    made = await undo.made(turn, press.record_id)
    if made is None:
        await _drop_button(turn)
        raise DomainError("undo.gone")
    made = await turn.own(made)
    if stamp(made.at) != press.made_at:
        raise StaleButton()  # a later change replaced this one, or the data was forged
    assert turn.user is not None
    if made.maker != turn.user.id:
        maker = await (await turn.people()).get(made.maker) if made.maker is not None else None
        raise DomainError("undo.not_yours", name=maker.first_name if maker else "?")
    if not within(made.at, turn.now()):
        await _drop_button(turn)
        raise DomainError("undo.too_late")
    await undo.apply(turn, press.record_id)


async def _drop_button(turn: Turn) -> None:
    """Take the undo button off the pressed message; its other buttons stay."""
    message = turn.message
    if message is None or message.reply_markup is None:
        return
    rows: list[list[Button]] = [
        [(button.text, str(button.callback_data)) for button in row if button.callback_data]
        for row in message.reply_markup.inline_keyboard
    ]
    kept = without_undo(rows)
    if kept != rows:  # a message without an undo button (forged data) is left alone
        await turn.edit_message(message.message_id, None, kept)


FEATURE = Feature("undo", callbacks={UndoPress.prefix: on_callback})
