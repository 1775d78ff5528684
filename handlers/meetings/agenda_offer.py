"""A text reply to the agenda list (or to the call for items): "Zal ik dit op de agenda
zetten?" with "➕ Op de agenda" / "Nee". Asked first, because a reply may just as well be a
question ("Wanneer is dit?"); nothing is stored until ➕ is pressed.

The question answers the reply, so its press finds the text and its writer in the message the
question answers (sent along by Telegram, not in the button data, which a client can forge).
"""

from __future__ import annotations

from collections.abc import Sequence

from domain.agenda import ItemError, clean_item
from domain.errors import DomainError
from handlers.kit.addressed import button_data
from handlers.kit.callbacks import StaleButton
from handlers.kit.turn import Turn
from handlers.meetings.agenda import add_item, person_of
from handlers.meetings.keyboards import OfferPress, offer_buttons
from handlers.meetings.text import usage_error


async def on_typed_item(turn: Turn, text: str, data: Sequence[str]) -> None:
    """Text typed as a reply to a message with "➕ Punt toevoegen": offered, not added."""
    turn.require_group()
    try:
        clean_item(text)
    except ItemError as exc:
        raise usage_error("agenda", exc.key, turn.lang, **exc.params) from None
    await turn.reply(turn.t("agenda.offer.ask", text=text), offer_buttons(turn.lang), quote=True)


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
