"""A text reply to the agenda list (or to the call for items): "Zal ik dit op de agenda
zetten?" with "➕ Op de agenda" / "Nee". Asked first, because a reply may just as well be a
question ("Wanneer is dit?"); nothing is stored until ➕ is pressed.

The question answers the reply, so its press finds the text and its writer in the message the
question answers (sent along by Telegram, not in the button data, which a client can forge).
The text is also kept with the question (prompt `agenda_offer`), so the writer may answer it by
typing "ja" or "nee"; either way it is answered once. A one-word "ja", "nee" or "oké" typed
under the list is no agenda item: it gets the usual "gebruik de knoppen".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from domain.agenda import ItemError, clean_item
from domain.errors import DomainError
from handlers.kit.addressed import button_data
from handlers.kit.callbacks import StaleButton
from handlers.kit.text import is_no, is_yes
from handlers.kit.turn import Turn
from handlers.meetings.agenda import add_item, person_of
from handlers.meetings.keyboards import OfferPress, offer_buttons
from handlers.meetings.text import usage_error


async def on_typed_item(turn: Turn, text: str, data: Sequence[str]) -> None:
    """Text typed as a reply to a message with "➕ Punt toevoegen": offered, not added."""
    turn.require_group()
    if is_yes(text) or is_no(text) or text.strip().lower().strip("!. ") in THANKS:
        raise DomainError("addressed.use_buttons")  # "ja" under the list: no agenda item
    try:
        clean_item(text)
    except ItemError as exc:
        raise usage_error("agenda", exc.key, turn.lang, **exc.params) from None
    asked = turn.t("agenda.offer.ask", text=text)
    sent = await turn.reply(asked, offer_buttons(turn.lang), quote=True)
    source = turn.message.message_id if turn.message is not None else None
    assert turn.user is not None
    prompts = await turn.prompts()
    payload = {"text": text, "source": source}
    await prompts.add(turn.chat.id, sent.message_id, turn.user.id, OFFER, payload, turn.now())
    await turn.unit.commit()


OFFER = "agenda_offer"  # the question's prompt: the text offered, and the message it was in
THANKS = frozenset({"dank", "dank je", "dankje", "bedankt", "top", "prima", "thanks", "👍"})


async def on_offer_answer(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """ "ja" or "nee" typed in answer to "Zal ik dit op de agenda zetten?" by its writer."""
    turn.require_group()
    if is_no(answer):
        await turn.reply(turn.t("agenda.offer.declined"))
        return
    if not is_yes(answer):
        raise DomainError("agenda.offer.yes_or_no")  # rolled back: the question stays open
    assert turn.user is not None
    source = payload.get("source")
    await add_item(
        turn,
        str(payload["text"]),
        source_message_id=int(source) if source is not None else None,
        proposer=turn.user.id,
        added_by=turn.user.id,
    )


async def on_offer(turn: Turn) -> None:
    """agd:offer:1|0: the item added as /agenda <text> would, by whoever typed it; or not."""
    press = turn.button(OfferPress)
    turn.require_group()
    question = turn.message
    # only on the question itself (forged data under another message is stale)
    if question is None or not any(OfferPress.matches(d) for d in button_data(question)):
        raise StaleButton()
    reply = question.reply_to_message
    writer = reply.from_user if reply is not None else None
    if reply is None or writer is None or writer.is_bot or not reply.text:
        raise DomainError("agenda.offer.gone")
    assert turn.user is not None
    if turn.user.id != writer.id and not (await turn.standing()).is_board:
        raise DomainError("agenda.offer.not_yours")
    prompts = await turn.prompts()
    asked = await prompts.get(turn.chat.id, question.message_id)
    if asked is not None and asked.answered:  # answered by typing "ja" or "nee" already
        await turn.notice(turn.t("prompt.already_answered"))
        return
    if asked is not None:
        await prompts.answered(turn.chat.id, question.message_id, turn.now())
    if not press.add:
        await turn.edit(turn.t("agenda.offer.declined"))
        return
    who = await person_of(turn, writer)
    await add_item(
        turn,
        reply.text,
        source_message_id=reply.message_id,
        proposer=who,
        added_by=who,
        edit=True,
    )
