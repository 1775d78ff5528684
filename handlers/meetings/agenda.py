"""/agenda: an item for the next meeting (typed, or the message it answers), the agenda as a
message (with the board's buttons) and as a printable document.

An item added after closing goes to the meeting after; a board member may put it back.
"""

from __future__ import annotations

from typing import Any

from domain.agenda import ItemError, ItemState, clean_item, near_duplicate
from domain.meetings import Meeting
from handlers.formats.builtin import format_of
from handlers.i18n import Raw, format_moment, label
from handlers.kit.documents import render_html
from handlers.kit.text import full_day, full_moment
from handlers.kit.turn import Button, Turn
from handlers.meetings.keyboards import force_button, item_added_buttons, listing_buttons
from handlers.meetings.text import agenda_text, day_text, link, names, usage_error, when_text
from storage.agenda import AgendaRepo
from storage.meetings import MeetingRepo

DOCUMENT_WORDS = ("document", "doc", "html", "print", "afdrukken")


async def agenda_command(turn: Turn) -> None:
    """/agenda [punt] | /agenda document | /agenda as a reply to a message."""
    turn.require_group()
    text = turn.text_after_command
    message = turn.message
    replied = message.reply_to_message if message is not None else None
    if text.lower() in DOCUMENT_WORDS:
        await _document(turn)
        return
    if not text and replied is not None and not _is_bot(turn, replied.from_user):
        source = replied.text or replied.caption or ""
        author = replied.from_user
        proposer = None
        if author is not None and not author.is_bot:  # the writer proposed it
            proposer = await person_of(turn, author)
        await add_item(turn, source, source_message_id=replied.message_id, proposer=proposer)
        return
    if not text:
        await _show(turn)
        return
    await add_item(turn, text)


async def person_of(turn: Turn, author: Any) -> int:
    """A message's writer as a known person (the one who proposes what they wrote)."""
    people = await turn.people()
    person = await people.upsert(
        author.id,
        author.first_name,
        author.last_name,
        author.username,
        author.language_code,
        turn.now(),
    )
    return person.id


def _is_bot(turn: Turn, user: Any) -> bool:
    return bool(user is not None and user.id == turn.bot.id)


async def add_item(
    turn: Turn,
    raw: str,
    *,
    source_message_id: int | None = None,
    proposer: int | None = None,
    added_by: int | None = None,
    edit: bool = False,
) -> None:
    """An item onto the next open agenda (near-duplicates refused, a closed agenda's item to the
    meeting after); `added_by`: who typed it when someone else pressed for it; `edit`: the
    answer replaces the pressed question instead of coming as a new message."""

    async def say(text: str, buttons: list[list[Button]] | None = None) -> None:
        if edit:
            await turn.edit(text, buttons)
        else:
            await turn.reply(text, buttons)

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
            await say(turn.t("agenda.duplicate", number=number, where=Raw(where)))
            return
    item_id = await agenda.add(
        turn.chat.id,
        target.id if target else None,
        text,
        proposer or added_by or turn.user.id,
        now,
        source_message_id=source_message_id,
        added_by=added_by or turn.user.id,
    )
    added = await agenda.get(item_id)
    assert added is not None
    number = added.number
    if target is not None:
        where = when_text(target, turn.lang, turn.tz, now)
        confirm = turn.t("agenda.added", number=number, when=where, text=text)
    else:
        confirm = turn.t("agenda.added_waiting", number=number, text=text)
    url = link(turn.chat.id, source_message_id) if source_message_id is not None else None
    if url is not None:
        confirm += "\n" + turn.t("agenda.link", url=url)
    buttons: list[list[Button]] = [item_added_buttons(turn.lang, added, now)]
    if closed is not None:
        confirm = (
            turn.t("agenda.closed_note", day=day_text(closed.starts_at, turn.lang, turn.tz, now))
            + "\n"
            + confirm
        )
        if (await turn.standing()).is_board:
            buttons = force_button(turn.lang, item_id, closed.id) + buttons
    await say(confirm, buttons)


async def next_meeting(turn: Turn) -> Meeting | None:
    """The coming meeting (its agenda is the one /agenda shows), if one is planned."""
    upcoming = await MeetingRepo(await turn.conn()).upcoming(turn.chat.id, turn.now(), limit=1)
    return upcoming[0] if upcoming else None


async def _show(turn: Turn) -> None:
    meeting = await next_meeting(turn)
    text, items = await agenda_text(await turn.conn(), turn.chat, meeting, turn.now())
    # the group sees these numbers now: a number a move gave is no longer in doubt
    await AgendaRepo(await turn.conn()).shown(turn.chat.id, meeting.id if meeting else None)
    board = (await turn.standing()).is_board
    await turn.reply(text, listing_buttons(turn.lang, items, board))


ADD = "agenda_item"  # the prompt "Welk punt wil je op de agenda zetten?" (step by step)


async def ask_item(turn: Turn) -> None:
    """ "➕ Punt toevoegen": the item is asked as a reply."""
    turn.require_group()
    await turn.ask(turn.t("agenda.ask_item"), ADD)


async def on_item_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The item typed in answer, added as if typed after /agenda."""
    turn.require_group()
    await add_item(turn, answer)


async def _document(turn: Turn) -> None:
    """The agenda as a printable A4 document (handlers/templates/agenda.html)."""
    now = turn.now()
    tz = turn.tz
    conn = await turn.conn()
    meeting = await next_meeting(turn)
    items = await AgendaRepo(conn).of_meeting(turn.chat.id, meeting.id if meeting else None)
    people = await names(conn, [meeting.chair_id, meeting.minute_taker_id] if meeting else [])
    lang = turn.lang
    fmt = await format_of(conn, turn.chat, meeting.kind) if meeting else None
    context = {
        "kind": fmt.name if fmt else "",
        "before": list(fmt.before) if fmt else [],
        "after": list(fmt.after) if fmt else [],
        "lang": lang,
        "group": turn.chat.name,
        "heading": (
            label(
                lang,
                "agenda.doc.heading_kind",
                kind=fmt.name,
                day=full_day(meeting.starts_at, lang, tz),
            )
            if meeting and fmt
            else label(lang, "agenda.doc.heading")
        ),
        "when": (
            full_moment(meeting.starts_at, lang, tz)
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
