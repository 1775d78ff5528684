"""The `agd:` buttons: an item up or down, deferred, discussed, removed, or put on a closed
agenda after all (the board); its text corrected (the board, or whoever proposed it). The posted
final agenda follows every change, edited in place.

Numbers stay with their items (storage/agenda.py): removing or deferring an item shifts no
other number; a move up or down swaps the two numbers, and the list is shown again at once."""

from __future__ import annotations

from typing import Any

from domain.agenda import AgendaItem, ItemError, ItemState, clean_item, may_edit, neighbour
from domain.errors import DomainError
from domain.meetings import Meeting, MeetingState
from domain.roles import Role
from handlers.kit.text import short
from handlers.kit.turn import Turn
from handlers.meetings.access import access_item, access_meeting
from handlers.meetings.agenda import ask_item
from handlers.meetings.agenda_offer import on_offer
from handlers.meetings.keyboards import (
    AddPress,
    ForcePress,
    ItemOp,
    ItemPress,
    OfferPress,
    listing_buttons,
)
from handlers.meetings.text import agenda_text, day_text, items_target
from storage.agenda import AgendaRepo
from storage.meetings import MeetingRepo

NOTICE = 60  # an item's text in a toast is cut to this


async def on_callback(turn: Turn) -> None:
    """agd:up|down|rm|defer|done:<item> and agd:force:<item>:<meeting> (board only)."""
    if AddPress.matches(turn.query.data if turn.query is not None else None):
        turn.button(AddPress)
        await ask_item(turn)
        return
    if OfferPress.matches(turn.query.data if turn.query is not None else None):
        await on_offer(turn)  # "➕ Op de agenda" under a reply to the list
        return
    if ForcePress.matches(turn.query.data if turn.query is not None else None):
        force = turn.button(ForcePress)
        await turn.require(Role.BOARD)
        await _force(turn, await access_item(turn, force.item_id), force.meeting_id)
        return
    press = turn.button(ItemPress)
    item = await access_item(turn, press.item_id)
    if press.op is ItemOp.EDIT:
        await ask_text(turn, item)
        return
    await turn.require(Role.BOARD)
    now = turn.now()
    conn = await turn.conn()
    agenda = AgendaRepo(conn)
    meetings = MeetingRepo(conn)
    meeting = await meetings.get(item.meeting_id) if item.meeting_id is not None else None
    if meeting is not None and meeting.state is not MeetingState.PLANNED:
        raise DomainError("agenda.meeting_over")
    siblings = await agenda.of_meeting(turn.chat.id, item.meeting_id)
    if press.op in (ItemOp.UP, ItemOp.DOWN):
        other = neighbour(siblings, item.id, -1 if press.op is ItemOp.UP else 1)
        if other is not None:
            await agenda.swap(item, other, now)
            await turn.notice(turn.t("agenda.renumbered", number=other.number))
    elif press.op is ItemOp.REMOVE:
        await agenda.set_state(item.id, ItemState.REMOVED, now)
        await turn.notice(
            turn.t("agenda.removed", number=item.number, text=short(item.text, NOTICE))
        )
    elif press.op is ItemOp.DEFER:
        if meeting is None:
            raise DomainError("agenda.nothing_after")
        after = await meetings.next_after(turn.chat.id, meeting.starts_at)
        await agenda.move_to(item.id, turn.chat.id, after.id if after else None, now)
        where = items_target(turn.lang, after, turn.tz, now)
        await turn.notice(turn.t("agenda.deferred", target=where))
    else:  # ItemOp.DONE: discussed, or open again
        new = ItemState.OPEN if item.state is ItemState.DISCUSSED else ItemState.DISCUSSED
        await agenda.set_state(item.id, new, now)
    text, items = await agenda_text(conn, turn.chat, meeting, now)
    await turn.edit(text, listing_buttons(turn.lang, items, board=True))
    if meeting is not None:
        await refresh_final(turn, meeting)


async def _force(turn: Turn, item: AgendaItem, meeting_id: int) -> None:
    """ "Toch op deze agenda": a late item goes onto the closed agenda after all."""
    meeting = await access_meeting(turn, meeting_id)
    now = turn.now()
    if meeting.state is not MeetingState.PLANNED or meeting.ends_at <= now:
        raise DomainError("agenda.meeting_over")
    agenda = AgendaRepo(await turn.conn())
    if item.meeting_id != meeting.id:
        await agenda.move_to(item.id, turn.chat.id, meeting.id, now)
    forced = await agenda.get(item.id)
    assert forced is not None
    number = forced.number
    day = day_text(meeting.starts_at, turn.lang, turn.tz, now)
    await turn.edit(turn.t("agenda.forced", number=number, day=day, text=item.text))
    await refresh_final(turn, meeting)


# --- the text corrected ---------------------------------------------------------------------------
TEXT_PROMPT = "agenda_text"  # the reply to "Wat wordt de nieuwe tekst van punt 3?"


async def ask_text(turn: Turn, item: AgendaItem) -> None:
    """ "Wat wordt de nieuwe tekst van punt 3?" (the board, or whoever proposed it)."""
    await _may_edit(turn, item)
    if item.meeting_id is not None:
        meeting = await MeetingRepo(await turn.conn()).get(item.meeting_id)
        if meeting is not None and meeting.state is not MeetingState.PLANNED:
            raise DomainError("agenda.meeting_over")
    listed = turn.message.message_id if turn.message is not None else None
    await turn.ask(
        turn.t("agenda.ask_text", number=item.number, text=short(item.text, NOTICE)),
        TEXT_PROMPT,
        {"item": item.id, "list": listed},
    )


async def _may_edit(turn: Turn, item: AgendaItem) -> None:
    assert turn.user is not None
    if not may_edit(item, turn.user.id, board=(await turn.standing()).is_board):
        raise DomainError("agenda.edit_denied")


async def on_text_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The new text: stored, and shown wherever the agenda shows (the list the button was in,
    the pinned final agenda); the document and reminders read it from the store."""
    item = await access_item(turn, int(payload.get("item", 0)))
    await _may_edit(turn, item)
    try:
        text = clean_item(answer)
    except ItemError as exc:
        await turn.ask(
            turn.t(exc.key, **exc.params)
            + "\n"
            + turn.t("agenda.ask_text", number=item.number, text=short(item.text, NOTICE)),
            TEXT_PROMPT,
            payload,
        )
        return
    now = turn.now()
    conn = await turn.conn()
    assert turn.user is not None
    await AgendaRepo(conn).set_text(item, text, turn.user.id, now)
    meeting = await MeetingRepo(conn).get(item.meeting_id) if item.meeting_id is not None else None
    await turn.reply(turn.t("agenda.text_changed", number=item.number, text=text))
    listed = payload.get("list")
    if listed is not None and (await turn.standing()).is_board:
        fresh, items = await agenda_text(await turn.conn(), turn.chat, meeting, now)
        await turn.edit_message(int(listed), fresh, listing_buttons(turn.lang, items, board=True))
    if meeting is not None:
        await refresh_final(turn, meeting)


async def refresh_final(turn: Turn, meeting: Meeting) -> None:
    """Keep the posted (pinned) final agenda in step with changes made after closing."""
    fresh = await MeetingRepo(await turn.conn()).get(meeting.id)
    if fresh is None or fresh.agenda_message_id is None:
        return
    text, _items = await agenda_text(
        await turn.conn(), turn.chat, fresh, turn.now(), title_key="agenda.final.title"
    )
    await turn.edit_message(fresh.agenda_message_id, text + "\n\n" + turn.t("agenda.final.closed"))
