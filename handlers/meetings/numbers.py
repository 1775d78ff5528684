"""What "punt 3" means: the item the group last saw as 3 on that meeting's agenda (issue 17).

Numbers stay with their items (storage/agenda.py), so removing, deferring or carrying over
another item changes no number. What a number can still mean:

- the item that has it now: that one;
- a number a move up or down gave to another item, before the group was shown the agenda
  again: ambiguous, so the two items are offered as buttons (`Numbered.choices`);
- an item removed, or deferred to another meeting before its agenda closed: refused, saying so
  and naming the item;
- an item that moved on after the agenda closed (carried over when the meeting ended, or
  deferred during it): that item, where it is now (the report lists it under this meeting with
  this number: `AgendaRepo.left`).

`/besluit` offers the two items of a moved number as buttons (`item_numbered`); `/actie 3:`
and `/notulen 3:` refuse it, showing the numbers as they are now (`item_at`). A bare number
first ("/besluit 1 akkoord", "/actie 3 flyers ophalen") is asked about only when it is an item
(`bare_item`, the one place that decides it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.agenda import AgendaItem, ItemState
from domain.decisions import bare_number
from domain.errors import DomainError
from domain.meetings import Meeting
from handlers.kit.text import short
from handlers.kit.turn import Turn
from handlers.meetings.text import items_target
from storage.agenda import AgendaRepo
from storage.meetings import MeetingRepo

QUOTED = 80  # an item's text quoted in a refusal


@dataclass(frozen=True)
class Numbered:
    """The item a number means, or (`item` None) the items it may mean."""

    item: AgendaItem | None
    choices: list[AgendaItem] = field(default_factory=list)


async def item_numbered(turn: Turn, meeting: Meeting, number: int) -> Numbered:
    """The item `number` means on `meeting`'s agenda (see the module's docstring)."""
    now = turn.now()
    repo = AgendaRepo(await turn.conn())
    given = await repo.numbered(turn.chat.id, meeting.id, number)
    if not given:
        raise DomainError("decision.no_item", number=number)
    item = await repo.get(given[0].item_id)
    if item is None:
        raise DomainError("decision.no_item", number=number)
    if given[0].moved and len(given) > 1:
        before = await repo.get(given[1].item_id)
        if before is not None and before.id != item.id and before.meeting_id == meeting.id:
            return Numbered(None, [item, before])
    quoted = short(item.text, QUOTED)
    if item.state is ItemState.REMOVED:
        raise DomainError("agenda.number.removed", number=number, text=quoted)
    if item.meeting_id == meeting.id:
        return Numbered(item)
    if any(left.id == item.id for _was, left in await repo.left(meeting.id)):
        return Numbered(item)  # moved on after the agenda closed: still this meeting's item
    elsewhere = await MeetingRepo(await turn.conn()).get(item.meeting_id or 0)
    target = items_target(turn.lang, elsewhere, turn.tz, now)
    raise DomainError("agenda.number.deferred", number=number, text=quoted, target=target)


async def item_at(turn: Turn, meeting: Meeting, number: int) -> AgendaItem:
    """The item `number` means, or a refusal that says what it means now (a number a move just
    gave: the group sees the numbers in this answer, so typed again it is meant as now)."""
    numbered = await item_numbered(turn, meeting, number)
    if numbered.item is not None:
        return numbered.item
    now_item, before = numbered.choices[0], numbered.choices[1]
    await AgendaRepo(await turn.conn()).shown(turn.chat.id, meeting.id)
    await turn.unit.commit()  # the refusal rolls back; that these numbers were shown stays
    raise DomainError(
        "agenda.number.moved",
        number=number,
        text=short(now_item.text, QUOTED),
        other=short(before.text, QUOTED),
        other_number=before.number,
    )


@dataclass(frozen=True)
class BareItem:
    """ "3 flyers ophalen" read as item 3: the number, the text after it, the item it means."""

    number: int
    rest: str
    item: AgendaItem


async def bare_item(turn: Turn, meeting: Meeting | None, text: str) -> BareItem | None:
    """A number first without a colon that is an item on `meeting`'s agenda (of a moved
    number, the one that has it now): then the writer is asked whether it is the item or part
    of the text. None when it is no item there ("40 tegels bestellen"): the number is text."""
    bare = bare_number(text)
    if bare is None or meeting is None:
        return None
    try:
        numbered = await item_numbered(turn, meeting, bare[0])
    except DomainError:
        return None
    return BareItem(bare[0], bare[1], numbered.item or numbered.choices[0])
