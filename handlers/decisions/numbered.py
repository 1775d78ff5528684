"""/besluit 1 akkoord: a number first without a colon may be agenda item 1 or part of the text
("2 bankjes extra"), so the bot asks instead of guessing (the question itself:
handlers/actions/item_question.py, shared with /actie). Nothing is stored before the press;
the press logs exactly what "/besluit 1: akkoord" or the plain text would.

What the question is about (the text as typed, the item's number, the meeting message it
replied to) is stored with its message in `prompts` (kind `decision_item`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from handlers.actions import item_question
from handlers.kit.callbacks import CallbackData
from handlers.kit.text import short
from handlers.kit.turn import Turn
from handlers.meetings.numbers import BareItem
from storage.prompts import Prompt

KIND = "decision_item"


@dataclass(frozen=True)
class ItemOrText(CallbackData, prefix="bsl:n"):
    """bsl:n:<1|0>: under "Hoort dit besluit bij punt 1?": with the item (1) or without (0)."""

    at_item: int


async def ask(turn: Turn, text: str, bare: BareItem, shown: int | None) -> None:
    """ "Hoort dit besluit bij punt 1 ‘Begroting 2027’?" with the two readings as buttons."""
    question = turn.t(
        "decision.item_or_text", number=bare.number, item=short(bare.item.text, 80), text=text
    )
    payload: dict[str, Any] = {"text": text, "rest": bare.rest, "message": shown}
    await item_question.ask(turn, KIND, question, bare, (ItemOrText(1), ItemOrText(0)), payload)


@dataclass(frozen=True)
class Choice:
    """What the writer meant: the text to log as if typed, the meeting message, the writer."""

    text: str
    shown: int | None
    by: int


async def pressed(turn: Turn, press: ItemOrText) -> Choice:
    """A button under the question: the writer or the board settles it, once."""
    return _choice(*await item_question.pressed(turn, KIND, press.at_item))


async def typed(turn: Turn, answer: str, payload: dict[str, Any]) -> Choice:
    """The same choice typed as a reply to the question."""
    return _choice(*await item_question.typed(turn, KIND, answer))


def _choice(prompt: Prompt, at_item: bool) -> Choice:
    """ "1: akkoord" with the item, the text as typed without."""
    text = str(prompt.payload["text"])
    if at_item:
        text = f"{int(prompt.payload['number'])}: {prompt.payload['rest']}"
    shown = prompt.payload.get("message")
    return Choice(text, int(shown) if shown is not None else None, prompt.user_id)
