"""The bsl: buttons pressed: a page of /besluiten; the agenda item of a decision just logged."""

from __future__ import annotations

from domain.agenda import ItemState
from domain.decisions import Decision
from domain.errors import DomainError
from domain.roles import Role
from handlers.decisions.create import logged_lines
from handlers.decisions.keyboards import DecisionPage, ItemChoice
from handlers.decisions.listing import listing
from handlers.kit.callbacks import STALE
from handlers.kit.paging import require_text_message
from handlers.kit.turn import Turn
from handlers.meetings.access import access_item
from storage.agenda import AgendaRepo
from storage.decisions import DecisionRepo
from storage.meetings import MeetingRepo


async def on_callback(turn: Turn) -> None:
    """bsl:l:<page>:<search> pages through /besluiten; bsl:i:<decision>:<item> links an item."""
    require_text_message(turn)
    if ItemChoice.matches(turn.query.data if turn.query else None):
        await _choose_item(turn, turn.button(ItemChoice))
        return
    page = turn.button(DecisionPage)
    turn.require_group()
    text, buttons = await listing(turn, page.page, page.search)
    await turn.edit(text, buttons)


async def access_decision(turn: Turn, decision_id: int) -> Decision:
    """The decision a button names, only in its own group."""
    return await turn.own(await DecisionRepo(await turn.conn()).get(decision_id))


async def _choose_item(turn: Turn, choice: ItemChoice) -> None:
    """The board links a decision to an item of its meeting (0: to none of them)."""
    turn.require_group()
    await turn.require(Role.BOARD)
    decision = await access_decision(turn, choice.decision_id)
    if decision.meeting_id is None:
        raise DomainError(STALE)
    conn = await turn.conn()
    meeting = await MeetingRepo(conn).get(decision.meeting_id)
    item = None
    if choice.item_id:
        item = await access_item(turn, choice.item_id)
        if item.meeting_id != decision.meeting_id:
            raise DomainError(STALE)
        await DecisionRepo(conn).link_item(decision.id, item.id)
        await AgendaRepo(conn).set_state(item.id, ItemState.DISCUSSED, turn.now())
    await turn.edit("\n".join(logged_lines(turn, decision, meeting, item)))
