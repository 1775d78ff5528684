"""One ownership check per kind of record: a button, a prompt or a number names a meeting or an
agenda item, and only this group's is found (`Turn.own`); anything else is the stale alert."""

from __future__ import annotations

from domain.agenda import AgendaItem, ItemState
from domain.errors import DomainError
from domain.meetings import Meeting
from handlers.kit.callbacks import STALE
from handlers.kit.turn import Turn
from storage.agenda import AgendaRepo
from storage.meetings import MeetingRepo


async def access_meeting(turn: Turn, meeting_id: int) -> Meeting:
    """This group's meeting `meeting_id`."""
    return await turn.own(await MeetingRepo(await turn.conn()).get(meeting_id))


async def access_item(turn: Turn, item_id: int) -> AgendaItem:
    """This group's agenda item `item_id`, while it is on an agenda (not removed)."""
    item = await turn.own(await AgendaRepo(await turn.conn()).get(item_id))
    if item.state is ItemState.REMOVED:
        raise DomainError(STALE)
    return item
