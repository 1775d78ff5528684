"""The `agd:` buttons (board only): an item up or down, deferred, discussed, removed, or put on a
closed agenda after all; the posted final agenda follows every change."""

from __future__ import annotations

from domain.agenda import AgendaItem, ItemState, moved
from domain.errors import DomainError
from domain.meetings import Meeting, MeetingState
from domain.roles import Role
from handlers.kit.text import short
from handlers.kit.turn import Turn
from handlers.meetings.access import access_item, access_meeting
from handlers.meetings.keyboards import ForcePress, ItemOp, ItemPress, agenda_buttons
from handlers.meetings.text import agenda_text, day_text, items_target
from storage.agenda import AgendaRepo
from storage.meetings import MeetingRepo

NOTICE = 60  # an item's text in a toast is cut to this


async def on_callback(turn: Turn) -> None:
    """agd:up|down|rm|defer|done:<item> and agd:force:<item>:<meeting> (board only)."""
    if ForcePress.matches(turn.query.data if turn.query is not None else None):
        force = turn.button(ForcePress)
        await turn.require(Role.BOARD)
        await _force(turn, await access_item(turn, force.item_id), force.meeting_id)
        return
    press = turn.button(ItemPress)
    await turn.require(Role.BOARD)
    item = await access_item(turn, press.item_id)
    now = turn.now()
    conn = await turn.conn()
    agenda = AgendaRepo(conn)
    meetings = MeetingRepo(conn)
    meeting = await meetings.get(item.meeting_id) if item.meeting_id is not None else None
    if meeting is not None and meeting.state is not MeetingState.PLANNED:
        raise DomainError("agenda.meeting_over")
    siblings = await agenda.of_meeting(turn.chat.id, item.meeting_id)
    ids = [i.id for i in siblings]
    if press.op in (ItemOp.UP, ItemOp.DOWN):
        await agenda.reorder(moved(ids, item.id, -1 if press.op is ItemOp.UP else 1), now)
    elif press.op is ItemOp.REMOVE:
        await agenda.set_state(item.id, ItemState.REMOVED, now)
        await agenda.reorder([i for i in ids if i != item.id], now)
        await turn.notice(turn.t("agenda.removed", text=short(item.text, NOTICE)))
    elif press.op is ItemOp.DEFER:
        if meeting is None:
            raise DomainError("agenda.nothing_after")
        after = await meetings.next_after(turn.chat.id, meeting.starts_at)
        await agenda.move_to(item.id, turn.chat.id, after.id if after else None, now)
        await agenda.reorder([i for i in ids if i != item.id], now)
        where = items_target(turn.lang, after, turn.tz, now)
        await turn.notice(turn.t("agenda.deferred", target=where))
    else:  # ItemOp.DONE: discussed, or open again
        new = ItemState.OPEN if item.state is ItemState.DISCUSSED else ItemState.DISCUSSED
        await agenda.set_state(item.id, new, now)
    text, items = await agenda_text(conn, turn.chat, meeting, now)
    await turn.edit(text, agenda_buttons(turn.lang, items))
    if meeting is not None:
        await _refresh_final(turn, meeting)


async def _force(turn: Turn, item: AgendaItem, meeting_id: int) -> None:
    """ "Toch op deze agenda": a late item goes onto the closed agenda after all."""
    meeting = await access_meeting(turn, meeting_id)
    now = turn.now()
    if meeting.state is not MeetingState.PLANNED or meeting.ends_at <= now:
        raise DomainError("agenda.meeting_over")
    agenda = AgendaRepo(await turn.conn())
    if item.meeting_id != meeting.id:
        await agenda.move_to(item.id, turn.chat.id, meeting.id, now)
    items = await agenda.of_meeting(turn.chat.id, meeting.id)
    number = next(n for n, i in enumerate(items, start=1) if i.id == item.id)
    day = day_text(meeting.starts_at, turn.lang, turn.tz, now)
    await turn.edit(turn.t("agenda.forced", number=number, day=day, text=item.text))
    await _refresh_final(turn, meeting)


async def _refresh_final(turn: Turn, meeting: Meeting) -> None:
    """Keep the posted (pinned) final agenda in step with changes made after closing."""
    fresh = await MeetingRepo(await turn.conn()).get(meeting.id)
    if fresh is None or fresh.agenda_message_id is None:
        return
    text, _items = await agenda_text(
        await turn.conn(), turn.chat, fresh, turn.now(), title_key="agenda.final.title"
    )
    await turn.edit_message(fresh.agenda_message_id, text + "\n\n" + turn.t("agenda.final.closed"))
