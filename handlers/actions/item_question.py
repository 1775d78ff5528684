"""Is the number first agenda item 3, or part of the text? One question for "/besluit 1 akkoord"
(handlers/decisions/numbered.py) and "/actie 3 flyers ophalen" (handlers/actions/create.py):
whether a bare number is an item at all is decided in `handlers.meetings.numbers.bare_item`.

The question is one message with two buttons, "Bij punt 3 (…)" and "Zonder agendapunt"; what it
is about is stored with its message in `prompts` (the caller's kind and payload), so a button
carries only the choice. The writer may answer, or the board; once. Nothing is stored before.
"""

from __future__ import annotations

from typing import Any

from domain.errors import DomainError
from handlers.i18n import label
from handlers.kit.callbacks import STALE, CallbackData
from handlers.kit.prompting import pressed_prompt, replied_prompt
from handlers.kit.text import is_yes, short
from handlers.kit.turn import Button, Turn
from handlers.meetings.numbers import BareItem
from storage.prompts import Prompt

QUOTED = 30  # the item's text on the button
NO = frozenset({"nee", "n", "no", "zonder", "without", "geen"})


async def ask(
    turn: Turn,
    kind: str,
    question: str,
    bare: BareItem,
    choices: tuple[CallbackData, CallbackData],
    payload: dict[str, Any],
) -> None:
    """`question` with the two readings as buttons (`choices`: with the item, without)."""
    assert turn.user is not None
    item = short(bare.item.text, QUOTED)
    at_item = label(turn.lang, "decision.button.at_item", number=bare.number, item=item)
    buttons: list[list[Button]] = [
        [(at_item, choices[0])],
        [(label(turn.lang, "decision.button.plain"), choices[1])],
    ]
    sent = await turn.reply(question, buttons)
    await (await turn.prompts()).add(
        turn.chat.id,
        sent.message_id,
        turn.user.id,
        kind,
        {**payload, "number": bare.number},
        turn.now(),
    )
    await turn.unit.commit()


async def pressed(turn: Turn, kind: str, at_item: int) -> tuple[Prompt, bool]:
    """The question a button sits under, settled by the press (with the item or not): by the
    writer or the board, once."""
    if at_item not in (0, 1):
        raise DomainError(STALE)
    prompt = await pressed_prompt(turn, kind, board_too=True)
    return prompt, await _chosen(turn, prompt, bool(at_item))


async def typed(turn: Turn, kind: str, answer: str) -> tuple[Prompt, bool]:
    """The choice typed as a reply: "ja" or the number is the item, "nee" or "zonder" the text
    as typed; anything else asks to tap a button (the question stays open)."""
    prompt = await replied_prompt(turn, kind)
    said = " ".join(answer.casefold().strip(" .!").split())
    number = str(prompt.payload.get("number"))
    if is_yes(said) or said in (number, f"punt {number}", f"item {number}"):
        return prompt, await _chosen(turn, prompt, True)
    if said in NO:
        return prompt, await _chosen(turn, prompt, False)
    raise DomainError("addressed.use_buttons")


async def _chosen(turn: Turn, prompt: Prompt, at_item: bool) -> bool:
    """The question says what was chosen, without its buttons."""
    if at_item:
        shown = turn.t("decision.chosen.at_item", number=int(prompt.payload["number"]))
    else:
        shown = turn.t("decision.chosen.plain")
    await turn.edit_message(prompt.message_id, shown)
    return at_item
