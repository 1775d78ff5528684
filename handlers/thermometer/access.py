"""The one ownership check of a thermometer: a button, a link or a prompt names one, and only
the group's own (or, in a private chat, one of a group you are in) is found."""

from __future__ import annotations

from domain.errors import DomainError
from domain.thermometer import Respondent, Thermometer
from handlers.kit.turn import Turn
from storage.thermometer import ThermometerRepo


async def access_thermometer(turn: Turn, thermometer_id: int) -> Thermometer:
    """This group's thermometer `thermometer_id` (from a group's buttons)."""
    return await turn.own(await ThermometerRepo(await turn.conn()).get(thermometer_id))


async def access_answering(turn: Turn, thermometer_id: int) -> tuple[Thermometer, Respondent]:
    """The thermometer someone answers in their private chat, and their place in it: only
    someone who was asked gets past this (anyone else hears who it is for)."""
    assert turn.user is not None
    repo = ThermometerRepo(await turn.conn())
    thermometer = await repo.get(thermometer_id)
    respondent = await repo.respondent(thermometer_id, turn.user.id) if thermometer else None
    if thermometer is None or respondent is None or not turn.chat.is_private:
        raise DomainError("thermo.not_asked")
    return thermometer, respondent
