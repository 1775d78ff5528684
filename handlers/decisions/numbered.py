"""/besluit 1 akkoord: a number first without a colon may be agenda item 1 or part of the text
("2 bankjes extra"), so the bot asks instead of guessing. Nothing is stored before the press;
the press logs exactly what "/besluit 1: akkoord" or the plain text would.

The question is one message with two buttons; what it is about (the text as typed, the item's
number, the meeting message it replied to) is stored with its message in `prompts` (kind
`decision_item`), so a button carries only the choice. The writer may answer, or the board.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from domain.agenda import AgendaItem
from domain.errors import DomainError
from handlers.actions.parse import is_yes
from handlers.i18n import label
from handlers.kit.callbacks import STALE, CallbackData
from handlers.kit.text import short
from handlers.kit.turn import Button, Turn
from storage.prompts import Prompt

KIND = "decision_item"
QUOTED = 30  # the item's text on the button
NO = frozenset({"nee", "n", "no", "zonder", "without", "geen"})


@dataclass(frozen=True)
class ItemOrText(CallbackData, prefix="bsl:n"):
    """bsl:n:<1|0>: under "Hoort dit besluit bij punt 1?": with the item (1) or without (0)."""

    at_item: int


async def ask(
    turn: Turn, text: str, number: int, rest: str, item: AgendaItem, shown: int | None
) -> None:
    """ "Hoort dit besluit bij punt 1 ‘Begroting 2027’?" with the two readings as buttons."""
    assert turn.user is not None
    question = turn.t("decision.item_or_text", number=number, item=short(item.text, 80), text=text)
    buttons: list[list[Button]] = [
        [
            (
                label(
                    turn.lang,
                    "decision.button.at_item",
                    number=number,
                    item=short(item.text, QUOTED),
                ),
                ItemOrText(1),
            )
        ],
        [(label(turn.lang, "decision.button.plain"), ItemOrText(0))],
    ]
    sent = await turn.reply(question, buttons)
    payload: dict[str, Any] = {"text": text, "number": number, "rest": rest, "message": shown}
    await (await turn.prompts()).add(
        turn.chat.id, sent.message_id, turn.user.id, KIND, payload, turn.now()
    )
    await turn.unit.commit()


@dataclass(frozen=True)
class Choice:
    """What the writer meant: the text to log as if typed, the meeting message, the writer."""

    text: str
    shown: int | None
    by: int


async def pressed(turn: Turn, press: ItemOrText) -> Choice:
    """A button under the question: the writer or the board settles it, once."""
    message = turn.message
    assert message is not None
    assert turn.user is not None
    prompts = await turn.prompts()
    prompt = await prompts.get(turn.chat.id, message.message_id)
    if prompt is None or prompt.kind != KIND or press.at_item not in (0, 1):
        raise DomainError(STALE)
    if prompt.user_id != turn.user.id and not (await turn.standing()).is_board:
        asked = await (await turn.people()).get(prompt.user_id)
        raise DomainError("error.not_your_prompt", name=asked.first_name if asked else "?")
    if prompt.answered:
        raise DomainError("prompt.already_answered")
    await prompts.answered(prompt.chat_id, prompt.message_id, turn.now())
    return await _settle(turn, prompt, bool(press.at_item))


async def typed(turn: Turn, answer: str, payload: dict[str, Any]) -> Choice:
    """The choice typed as a reply: "ja" or the number is the item, "nee" or "zonder" the text
    as typed; anything else asks to tap a button (the question stays open)."""
    message = turn.message
    assert message is not None
    assert message.reply_to_message is not None
    prompt = await (await turn.prompts()).get(turn.chat.id, message.reply_to_message.message_id)
    if prompt is None or prompt.kind != KIND:
        raise DomainError(STALE)
    said = " ".join(answer.casefold().strip(" .!").split())
    number = str(payload.get("number"))
    if is_yes(said) or said in (number, f"punt {number}", f"item {number}"):
        return await _settle(turn, prompt, True)
    if said in NO:
        return await _settle(turn, prompt, False)
    raise DomainError("addressed.use_buttons")


async def _settle(turn: Turn, prompt: Prompt, at_item: bool) -> Choice:
    """The question says what was chosen, without its buttons."""
    text = str(prompt.payload["text"])
    number = int(prompt.payload["number"])
    shown = prompt.payload.get("message")
    if at_item:
        chosen = turn.t("decision.chosen.at_item", number=number)
        text = f"{number}: {prompt.payload['rest']}"
    else:
        chosen = turn.t("decision.chosen.plain")
    await turn.edit_message(prompt.message_id, chosen)
    return Choice(text, int(shown) if shown is not None else None, prompt.user_id)
