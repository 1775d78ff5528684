"""The one way to an advice or a chase from a button, a number or a prompt: fetched and checked
against the group in one call (`turn.own`), so no handler can forget the check."""

from __future__ import annotations

from domain.advice.model import Advice
from domain.errors import DomainError
from handlers.kit.turn import Turn
from storage.advice import AdviceRepo, Chase


async def access_advice(turn: Turn, advice_id: int) -> Advice:
    """The advice a button or a prompt names, only in its own group."""
    return await turn.own(await AdviceRepo(await turn.conn()).get(advice_id))


async def access_number(turn: Turn, number: int) -> Advice:
    """This group's advice with that number ("/advies 4"); another group's numbers do not exist
    here, and a number that does not exist is said plainly."""
    advice = await AdviceRepo(await turn.conn()).by_number(turn.chat.id, number)
    if advice is None:
        raise DomainError("advice.unknown", number=number, usage=turn.t("cmd.advies.usage"))
    return await turn.own(advice)


async def access_chase(turn: Turn, message_id: int) -> Chase:
    """The chase a bot message of this group carries (its "Mail de gemeente" button)."""
    return await turn.own(
        await AdviceRepo(await turn.conn()).chase_in_message(turn.chat.id, message_id)
    )
