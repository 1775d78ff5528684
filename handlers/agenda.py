"""/agenda: items for the next meeting, the board's buttons, the agenda rhythm and the document.

The rhythm is engine events of the meeting (`domain/meetings.py`): the call for items
(`meeting.call`) and the closing (`meeting.close`), when the final agenda is posted and pinned.
An item added after closing goes to the meeting after; a board member may put it back.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import aiosqlite
from telegram.error import TelegramError

from domain import meetings as meeting_rules
from domain.agenda import AgendaItem, ItemError, ItemState, clean_item, moved, near_duplicate
from domain.errors import DomainError
from domain.meetings import AGENDA_CLOSE, Meeting, MeetingState
from domain.models import Chat
from domain.roles import Role
from handlers.i18n import Raw, format_moment, label, t
from handlers.kit.documents import render_html
from handlers.kit.feature import GROUP, Command, Feature
from handlers.kit.outbox import Outbox, Pin
from handlers.kit.turn import Button, Turn
from handlers.meetings import (
    day_text,
    firing_meetings,
    late_line,
    meeting_card,
    names,
    usage_error,
    when_text,
)
from schedules.engine import Firing
from storage.agenda import AgendaRepo
from storage.meetings import MeetingRepo
from storage.settings import SettingsRepo

log = logging.getLogger(__name__)

IN_CHAT = 300  # an item's text in chat messages is cut to this; the document has it whole
BUDGET = 3500  # characters of HTML for the items, so that a message stays under 4096
WITH_BUTTONS = 15  # items that get buttons (Telegram allows 100 buttons per message)
PIN_REFUSED = "pin_refused"


# --- /agenda ------------------------------------------------------------------------------------
async def agenda_command(turn: Turn) -> None:
    """/agenda [punt] | /agenda document | /agenda as a reply to a message."""
    turn.require_group()
    text = turn.text_after_command
    message = turn.message
    replied = message.reply_to_message if message is not None else None
    if text.lower() in ("document", "doc", "html", "print", "afdrukken"):
        await _document(turn)
        return
    if not text and replied is not None and not _is_bot(turn, replied.from_user):
        source = replied.text or replied.caption or ""
        author = replied.from_user
        proposer = None
        if author is not None and not author.is_bot:  # the writer proposed it
            people = await turn.people()
            person = await people.upsert(
                author.id,
                author.first_name,
                author.last_name,
                author.username,
                author.language_code,
                turn.now(),
            )
            proposer = person.id
        await _add(turn, source, source_message_id=replied.message_id, proposer=proposer)
        return
    if not text:
        await _show(turn)
        return
    await _add(turn, text)


def _is_bot(turn: Turn, user: Any) -> bool:
    return bool(user is not None and user.id == turn.bot.id)


async def _add(
    turn: Turn, raw: str, *, source_message_id: int | None = None, proposer: int | None = None
) -> None:
    try:
        text = clean_item(raw)
    except ItemError as exc:
        raise usage_error("agenda", exc.key, turn.lang, **exc.params) from None
    assert turn.user is not None
    now = turn.now()
    conn = await turn.conn()
    meetings = MeetingRepo(conn)
    agenda = AgendaRepo(conn)
    upcoming = await meetings.upcoming(turn.chat.id, now, limit=1)
    target = upcoming[0] if upcoming else None
    closed: Meeting | None = None
    if target is not None and (target.agenda_closed or target.starts_at <= now):
        closed = target
        target = await meetings.next_after(turn.chat.id, target.starts_at)
    for meeting in (closed, target):
        if meeting is None and closed is not None:
            continue
        items = await agenda.of_meeting(turn.chat.id, meeting.id if meeting else None)
        found = near_duplicate(text, items)
        if found is not None:
            number, _item = found
            where = (
                turn.t(
                    "agenda.of_meeting", day=day_text(meeting.starts_at, turn.lang, turn.tz, now)
                )
                if meeting
                else turn.t("agenda.of_waiting")
            )
            await turn.reply(turn.t("agenda.duplicate", number=number, where=Raw(where)))
            return
    item_id = await agenda.add(
        turn.chat.id,
        target.id if target else None,
        text,
        proposer or turn.user.id,
        now,
        source_message_id=source_message_id,
    )
    items = await agenda.of_meeting(turn.chat.id, target.id if target else None)
    number = next(n for n, item in enumerate(items, start=1) if item.id == item_id)
    if target is not None:
        where = when_text(target, turn.lang, turn.tz, now)
        confirm = turn.t("agenda.added", number=number, when=where, text=text)
    else:
        confirm = turn.t("agenda.added_waiting", number=number, text=text)
    url = link(turn.chat.id, source_message_id) if source_message_id is not None else None
    if url is not None:
        confirm += "\n" + turn.t("agenda.link", url=url)
    buttons: list[list[Button]] = []
    if closed is not None:
        confirm = (
            turn.t("agenda.closed_note", day=day_text(closed.starts_at, turn.lang, turn.tz, now))
            + "\n"
            + confirm
        )
        if (await turn.standing()).is_board:
            buttons.append(
                [(turn.label("agenda.button.force"), f"agd:force:{item_id}:{closed.id}")]
            )
    await turn.reply(confirm, buttons)


# --- showing the agenda -------------------------------------------------------------------------
def link(chat_id: int, message_id: int) -> str | None:
    """A t.me link to a message of a supergroup (other chats have no such links)."""
    text = str(chat_id)
    if not text.startswith("-100"):
        return None
    return f"https://t.me/c/{text[4:]}/{message_id}"


def agenda_lines(lang: str, items: list[AgendaItem], tz: ZoneInfo) -> list[str]:
    """The numbered items: text, proposer, carried-over and discussed marks, a link back."""
    lines: list[str] = []
    for number, item in enumerate(items, start=1):
        text = _short(item.text, IN_CHAT)
        line = t(lang, "agenda.line", number=number, text=text, who=item.proposer_name or "?")
        if item.carried_from is not None:
            line += " " + t(lang, "agenda.carried", day=day_text(item.carried_from, lang, tz))
        if item.state is ItemState.DISCUSSED:
            line += " " + t(lang, "agenda.discussed")
        if item.source_message_id is not None:
            url = link(item.chat_id, item.source_message_id)
            if url is not None:
                line += " " + t(lang, "agenda.link", url=url)
        lines.append(line)
    return lines


async def agenda_text(
    conn: aiosqlite.Connection,
    chat: Chat,
    meeting: Meeting | None,
    now: datetime,
    *,
    title_key: str = "agenda.title",
) -> tuple[str, list[AgendaItem]]:
    lang = chat.language
    tz = ZoneInfo(chat.timezone)
    items = await AgendaRepo(conn).of_meeting(chat.id, meeting.id if meeting else None)
    if meeting is None:
        head = t(lang, "agenda.title_waiting", group=chat.name)
    else:
        head = await meeting_card(conn, meeting, chat, now, title_key=title_key)
    body = fitting(lang, agenda_lines(lang, items, tz), BUDGET - len(head)) or [
        t(lang, "agenda.none")
    ]
    text = head + "\n\n" + "\n".join(body)
    if meeting is not None and meeting.agenda_closed and title_key == "agenda.title":
        text += "\n\n" + t(lang, "agenda.is_closed")
    return text, items


def fitting(lang: str, lines: list[str], budget: int) -> list[str]:
    """As many lines as fit one Telegram message; the rest is counted ("en nog 4 punten")."""
    kept: list[str] = []
    used = 0
    for index, line in enumerate(lines):
        if used + len(line) + 1 > budget:
            kept.append(t(lang, "agenda.more", count=len(lines) - index))
            break
        kept.append(line)
        used += len(line) + 1
    return kept


def board_buttons(lang: str, items: list[AgendaItem]) -> list[list[Button]]:
    rows: list[list[Button]] = []
    for number, item in enumerate(items[:WITH_BUTTONS], start=1):
        done = "agenda.button.reopen" if item.state is ItemState.DISCUSSED else "agenda.button.done"
        rows.append(
            [
                (label(lang, "agenda.button.up", n=number), f"agd:up:{item.id}"),
                (label(lang, "agenda.button.down", n=number), f"agd:down:{item.id}"),
                (label(lang, "agenda.button.defer", n=number), f"agd:defer:{item.id}"),
                (label(lang, done, n=number), f"agd:done:{item.id}"),
                (label(lang, "agenda.button.remove", n=number), f"agd:rm:{item.id}"),
            ]
        )
    return rows


async def _next_meeting(turn: Turn) -> Meeting | None:
    upcoming = await MeetingRepo(await turn.conn()).upcoming(turn.chat.id, turn.now(), limit=1)
    return upcoming[0] if upcoming else None


async def _show(turn: Turn) -> None:
    meeting = await _next_meeting(turn)
    text, items = await agenda_text(await turn.conn(), turn.chat, meeting, turn.now())
    board = (await turn.standing()).is_board
    await turn.reply(text, board_buttons(turn.lang, items) if board else None)


# --- the board's buttons ---------------------------------------------------------------------
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
        await turn.notice(turn.t("agenda.removed", text=_short(item.text)))
    elif action == "defer":
        after = await meetings.next_after(turn.chat.id, meeting.starts_at) if meeting else None
        if meeting is None:
            raise DomainError("agenda.nothing_after")
        await agenda.move_to(item.id, turn.chat.id, after.id if after else None, now)
        await agenda.reorder([i for i in ids if i != item.id], now)
        where = (
            turn.t("meeting.items_to", day=day_text(after.starts_at, turn.lang, turn.tz, now))
            if after
            else turn.t("meeting.items_wait")
        )
        await turn.notice(turn.t("agenda.deferred", target=where))
    elif action == "done":
        new = ItemState.OPEN if item.state is ItemState.DISCUSSED else ItemState.DISCUSSED
        await agenda.set_state(item.id, new, now)
    else:
        raise DomainError("error.stale_button")
    text, items = await agenda_text(conn, turn.chat, meeting, now)
    await turn.edit(text, board_buttons(turn.lang, items))
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


# --- the document -------------------------------------------------------------------------------
async def _document(turn: Turn) -> None:
    now = turn.now()
    tz = turn.tz
    conn = await turn.conn()
    meeting = await _next_meeting(turn)
    items = await AgendaRepo(conn).of_meeting(turn.chat.id, meeting.id if meeting else None)
    people = await names(conn, [meeting.chair_id, meeting.minute_taker_id] if meeting else [])
    lang = turn.lang
    context = {
        "lang": lang,
        "group": turn.chat.name,
        "heading": label(lang, "agenda.doc.heading"),
        "when": (
            format_moment(meeting.starts_at, lang, tz, now=now)
            + " – "
            + meeting.ends_at.astimezone(tz).strftime("%H:%M")
            if meeting
            else label(lang, "agenda.doc.no_meeting")
        ),
        "place": meeting.place if meeting else "",
        "place_label": label(lang, "agenda.doc.place"),
        "chair": people.get(meeting.chair_id or 0, "") if meeting else "",
        "chair_label": label(lang, "agenda.doc.chair"),
        "minute_taker": people.get(meeting.minute_taker_id or 0, "") if meeting else "",
        "minute_taker_label": label(lang, "agenda.doc.minute_taker"),
        "items": [
            {
                "text": item.text,
                "proposer": item.proposer_name or "?",
                "carried": (
                    label(lang, "agenda.doc.carried", day=day_text(item.carried_from, lang, tz))
                    if item.carried_from
                    else ""
                ),
                "discussed": item.state is ItemState.DISCUSSED,
            }
            for item in items
        ],
        "discussed_label": label(lang, "agenda.doc.discussed"),
        "empty": label(lang, "agenda.doc.empty"),
        "footer": label(lang, "agenda.doc.footer", moment=format_moment(now, lang, tz, now=now)),
    }
    data = render_html("agenda.html", **context)
    day = meeting.starts_at.astimezone(tz).strftime("%Y-%m-%d") if meeting else "volgend-overleg"
    await turn.reply_file(f"agenda-{day}.html", data, turn.t("agenda.doc.caption"))


# --- the rhythm -----------------------------------------------------------------------------
async def fire_call(out: Outbox, firing: Firing) -> None:
    """The call for items (uitvraag), with the list so far and when the agenda closes."""
    chat, meetings = await firing_meetings(out, firing)
    if chat is None:
        return
    lang = chat.language
    tz = ZoneInfo(chat.timezone)
    for meeting in meetings:
        if meeting.agenda_closed or meeting.starts_at <= firing.now:
            continue  # closing (or the meeting itself) came first: a call is no use now
        async with out.svc.db.transaction() as conn:
            text, _items = await agenda_text(
                conn, chat, meeting, firing.now, title_key="agenda.call.title"
            )
            lead = (await SettingsRepo(conn).of(chat.id)).duration(AGENDA_CLOSE)
        how = t(lang, "agenda.call.how")
        if lead is not None:
            closes = format_moment(meeting.starts_at - lead, lang, tz, now=firing.now)
            how += "\n" + t(lang, "agenda.call.closes", moment=closes)
        await out.send(chat.id, text + "\n\n" + how + late_line(lang, firing.late))


async def fire_close(out: Outbox, firing: Firing) -> None:
    """The agenda closes: post the final agenda, pin it, unpin the previous one."""
    chat, meetings = await firing_meetings(out, firing)
    if chat is None:
        return
    lang = chat.language
    for meeting in meetings:
        if meeting.agenda_closed or meeting.ends_at <= firing.now:
            continue
        async with out.svc.db.transaction() as conn:
            text, _items = await agenda_text(
                conn, chat, meeting, firing.now, title_key="agenda.final.title"
            )
            previous = await MeetingRepo(conn).last_pinned_agenda(chat.id, meeting.id)
        text += "\n\n" + t(lang, "agenda.final.closed")
        sent = await out.send(chat.id, text + late_line(lang, firing.late))
        async with out.svc.db.transaction() as conn:
            await MeetingRepo(conn).set_message(meeting.id, "agenda_message_id", sent.message_id)
        await _pin(out, chat, sent.message_id, previous)


async def _pin(out: Outbox, chat: Chat, message_id: int, previous: Meeting | None) -> None:
    """Pin the final agenda; where the group did not allow it, tell the board once how to.

    Only Telegram's refusal is explained: a passing failure (a 502, a timeout) is logged by
    `Outbox.pin`, so a later real refusal still gets its one explanation."""
    replaced = previous.agenda_message_id if previous is not None else None
    if await out.pin(chat.id, message_id, unpin=replaced) is not Pin.REFUSED:
        return
    async with out.svc.db.transaction() as conn:
        first = await MeetingRepo(conn).notice_once(chat.id, PIN_REFUSED, out.svc.clock.now())
    if first:
        await out.send(chat.id, t(chat.language, "agenda.pin_refused"))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _int(parts: list[str], index: int) -> int:
    try:
        return int(parts[index])
    except (IndexError, ValueError):
        raise DomainError("error.stale_button") from None


FEATURE = Feature(
    "agenda",
    commands=(Command("agenda", agenda_command, scopes=frozenset({GROUP})),),
    callbacks={"agd": on_callback},
    events={meeting_rules.CALL: fire_call, meeting_rules.CLOSE: fire_close},
)
