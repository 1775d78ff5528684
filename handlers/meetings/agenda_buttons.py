"""The `agd:` buttons (board only): an item up or down, deferred, discussed, removed, or put on a
closed agenda after all; the posted final agenda follows every change."""

from __future__ import annotations

import logging

from telegram.error import TelegramError

from domain.agenda import AgendaItem, ItemState, moved
from domain.errors import DomainError
from domain.meetings import Meeting, MeetingState
from domain.roles import Role
from handlers.kit.text import short
from handlers.kit.turn import Turn
from handlers.meetings.keyboards import agenda_buttons
from handlers.meetings.text import agenda_text, day_text, items_target
from storage.agenda import AgendaRepo
from storage.meetings import MeetingRepo

log = logging.getLogger(__name__)

NOTICE = 60  # an item's text in a toast is cut to this


async def on_callback(turn: Turn) -> None:
    """agd:up|down|rm|defer|done|force:<item>[:<meeting>] (board only)."""
    query = turn.query
    assert query is not None
    assert query.data is not None
    parts = query.data.split(":")
    action = parts[1] if len(parts) > 1 else ""
    await turn.require(Role.BOARD)
    conn = await turn.conn()
    agenda = AgendaRepo(conn)
    item = await agenda.get(_int(parts, 2))
    if item is None or item.chat_id != turn.chat.id or item.state is ItemState.REMOVED:
        raise DomainError("error.stale_button")
    now = turn.now()
    meetings = MeetingRepo(conn)
    meeting = await meetings.get(item.meeting_id) if item.meeting_id is not None else None
    if action == "force" and len(parts) == 4:
        await _force(turn, item, _int(parts, 3))
        return
    if meeting is not None and meeting.state is not MeetingState.PLANNED:
        raise DomainError("agenda.meeting_over")
    siblings = await agenda.of_meeting(turn.chat.id, item.meeting_id)
    ids = [i.id for i in siblings]
    if action in ("up", "down"):
        await agenda.reorder(moved(ids, item.id, -1 if action == "up" else 1), now)
    elif action == "rm":
        await agenda.set_state(item.id, ItemState.REMOVED, now)
        await agenda.reorder([i for i in ids if i != item.id], now)
        await turn.notice(turn.t("agenda.removed", text=short(item.text, NOTICE)))
    elif action == "defer":
        after = await meetings.next_after(turn.chat.id, meeting.starts_at) if meeting else None
        if meeting is None:
            raise DomainError("agenda.nothing_after")
        await agenda.move_to(item.id, turn.chat.id, after.id if after else None, now)
        await agenda.reorder([i for i in ids if i != item.id], now)
        where = items_target(turn.lang, after, turn.tz, now)
        await turn.notice(turn.t("agenda.deferred", target=where))
    elif action == "done":
        new = ItemState.OPEN if item.state is ItemState.DISCUSSED else ItemState.DISCUSSED
        await agenda.set_state(item.id, new, now)
    else:
        raise DomainError("error.stale_button")
    text, items = await agenda_text(conn, turn.chat, meeting, now)
    await turn.edit(text, agenda_buttons(turn.lang, items))
    if meeting is not None:
        await _refresh_final(turn, meeting)


async def _force(turn: Turn, item: AgendaItem, meeting_id: int) -> None:
    """ "Toch op deze agenda": a late item goes onto the closed agenda after all."""
    conn = await turn.conn()
    meeting = await MeetingRepo(conn).get(meeting_id)
    now = turn.now()
    if meeting is None or meeting.chat_id != turn.chat.id:
        raise DomainError("error.stale_button")
    if meeting.state is not MeetingState.PLANNED or meeting.ends_at <= now:
        raise DomainError("agenda.meeting_over")
    agenda = AgendaRepo(conn)
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
    await turn.unit.commit()
    try:
        await turn.bot.edit_message_text(
            text + "\n\n" + turn.t("agenda.final.closed"),
            chat_id=turn.chat.id,
            message_id=fresh.agenda_message_id,
            parse_mode="HTML",
            disable_web_page_preview=True,
        )
    except TelegramError as exc:
        if "not modified" not in str(exc).lower():
            log.info("could not update the final agenda of meeting %s: %s", meeting.id, exc)


def _int(parts: list[str], index: int) -> int:
    try:
        return int(parts[index])
    except (IndexError, ValueError):
        raise DomainError("error.stale_button") from None
