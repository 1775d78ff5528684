"""How meetings and agendas read: the shared text of the announcement, the reminders, the listing
and the agenda. Everything else in the package imports from here, never the other way round.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import aiosqlite
from babel.dates import format_date

from domain.agenda import AgendaItem, ItemState
from domain.errors import DomainError
from domain.formats import DEFAULT_KIND, Format
from domain.meetings import Answer, Meeting, MeetingState, tally
from domain.models import Chat
from handlers.formats.builtin import format_of
from handlers.formats.text import kind_line, standard_lines
from handlers.i18n import Raw, format_moment, t
from handlers.kit.feature import command_key
from handlers.kit.text import describe_rule, short
from schedules.when import from_rrule_text
from storage.agenda import AgendaRepo
from storage.meetings import MeetingRepo
from storage.people import PeopleRepo

NAMES = 25  # names shown per RSVP answer (the count is always whole)
IN_CHAT = 300  # an item's text in chat messages is cut to this; the document has it whole
BUDGET = 3500  # characters of HTML for the items, so that a message stays under 4096
RSVP_KEY = {
    Answer.YES: "meeting.rsvp.yes",
    Answer.MAYBE: "meeting.rsvp.maybe",
    Answer.NO: "meeting.rsvp.no",
}


def usage_error(command: str, reason_key: str, lang: str, **params: Any) -> DomainError:
    """A DomainError whose text is the reason plus the command's usage line and example."""
    return DomainError(
        "meeting.usage_because",
        reason=Raw(t(lang, reason_key, **params)),
        usage=Raw(t(lang, command_key(command, "usage"))),
        example=t(lang, command_key(command, "example")),
    )


def when_text(meeting: Meeting, lang: str, tz: ZoneInfo, now: datetime) -> str:
    """ "dinsdag 8 december om 19:30 tot 21:30"."""
    return span_text(meeting.starts_at, meeting.ends_at, lang, tz, now)


def span_text(starts: datetime, ends: datetime, lang: str, tz: ZoneInfo, now: datetime) -> str:
    """ "dinsdag 8 december om 19:30 tot 21:30", for a moment with no meeting stored yet too."""
    start = format_moment(starts, lang, tz, now=now)
    return t(lang, "meeting.when", start=start, end=ends.astimezone(tz).strftime("%H:%M"))


def day_text(moment: datetime, lang: str, tz: ZoneInfo, now: datetime | None = None) -> str:
    """ "8 december" (with the year when it is not this year's)."""
    local = moment.astimezone(tz)
    pattern = "d MMMM"
    if now is not None and now.astimezone(tz).year != local.year:
        pattern += " y"
    return str(format_date(local.date(), pattern, locale=lang))


def items_target(lang: str, following: Meeting | None, tz: ZoneInfo, now: datetime) -> str:
    """Where items go that move on: "het overleg van 8 december" or the next, unplanned one."""
    if following is None:
        return t(lang, "meeting.items_wait")
    return t(lang, "meeting.items_to", day=day_text(following.starts_at, lang, tz, now))


async def names(conn: aiosqlite.Connection, user_ids: list[int | None]) -> dict[int, str]:
    out: dict[int, str] = {}
    people = PeopleRepo(conn)
    for user_id in user_ids:
        if user_id is not None and user_id not in out:
            person = await people.get(user_id)
            out[user_id] = person.full_name if person else "?"
    return out


async def people_lines(conn: aiosqlite.Connection, meeting: Meeting, lang: str) -> list[str]:
    """Where, and who chairs and takes the minutes (each line only when known)."""
    lines = []
    if meeting.place:
        lines.append(t(lang, "meeting.place", place=meeting.place))
    people = await names(conn, [meeting.chair_id, meeting.minute_taker_id])
    if meeting.chair_id is not None:
        lines.append(t(lang, "meeting.chair", name=people[meeting.chair_id]))
    if meeting.minute_taker_id is not None:
        lines.append(t(lang, "meeting.minute_taker", name=people[meeting.minute_taker_id]))
    return lines


async def meeting_card(
    conn: aiosqlite.Connection,
    meeting: Meeting,
    chat: Chat,
    now: datetime,
    *,
    title_key: str,
    **title: Any,
) -> str:
    """The meeting's header: title, when, where, chair and minute-taker."""
    tz = ZoneInfo(chat.timezone)
    lang = chat.language
    lines = [
        t(lang, title_key, group=chat.name, **title),
        t(lang, "meeting.when_line", when=when_text(meeting, lang, tz, now)),
    ]
    if meeting.kind != DEFAULT_KIND:  # "🗂 Stadsdeeloverleg · uitgenodigd: ..."
        lines.append(kind_line(lang, await format_of(conn, chat, meeting.kind)))
    lines += await people_lines(conn, meeting, lang)
    return "\n".join(lines)


async def rsvp_block(conn: aiosqlite.Connection, meeting: Meeting, lang: str) -> str:
    """Who comes, who may and who does not, with names."""
    counted = tally(await MeetingRepo(conn).rsvps(meeting.id))
    lines = []
    for answer in Answer:
        people = counted[answer]
        line = t(lang, RSVP_KEY[answer], count=len(people))
        if people:
            shown = ", ".join(people[:NAMES]) + (
                f" +{len(people) - NAMES}" if len(people) > NAMES else ""
            )
            line += ": " + html.escape(shown, quote=False)
        lines.append(line)
    return "\n".join(lines)


async def rsvp_counts(conn: aiosqlite.Connection, meeting: Meeting, lang: str) -> str:
    """The answers as counts without names: "✅ 1 komt · 🤔 0 misschien · ❌ 2 niet"."""
    counted = tally(await MeetingRepo(conn).rsvps(meeting.id))
    return t(
        lang,
        "meeting.list.rsvp",
        yes=Raw(t(lang, "meeting.list.yes", count=len(counted[Answer.YES]))),
        maybe=Raw(t(lang, "meeting.list.maybe", count=len(counted[Answer.MAYBE]))),
        no=Raw(t(lang, "meeting.list.no", count=len(counted[Answer.NO]))),
    )


async def announcement(
    conn: aiosqlite.Connection,
    meeting: Meeting,
    chat: Chat,
    now: datetime,
    *,
    series: str | None = None,
) -> str:
    """The announcement of a meeting (or its cancellation) with the RSVPs so far; a meeting of
    a running series keeps saying so when a press or a move redraws it."""
    lang = chat.language
    if meeting.state is MeetingState.CANCELLED:
        return await meeting_card(conn, meeting, chat, now, title_key="meeting.title.cancelled")
    if series is None and meeting.series_id is not None:
        running = await MeetingRepo(conn).series(meeting.series_id)
        if running is not None and running.active:
            series = describe_rule(from_rrule_text(running.recurrence), lang)
    card = await meeting_card(conn, meeting, chat, now, title_key="meeting.title")
    parts = [card]
    if series:
        parts.append(t(lang, "meeting.series", rule=series))
    parts.append(await rsvp_block(conn, meeting, lang))
    parts.append(t(lang, "meeting.rsvp.hint"))
    return "\n\n".join(parts)


async def day_reminder_text(
    conn: aiosqlite.Connection, meeting: Meeting, chat: Chat, now: datetime
) -> str:
    """The day-before reminder: the meeting, its agenda (what fits) and who comes."""
    lang = chat.language
    tz = ZoneInfo(chat.timezone)
    days = (meeting.starts_at.astimezone(tz).date() - now.astimezone(tz).date()).days
    # "Morgen" as a rule; sent late on the day itself (the bot was down), or earlier by the
    # group's setting, it says so; a press re-renders it with the day it is then
    if days == 1:
        card = await meeting_card(conn, meeting, chat, now, title_key="meeting.day.title")
    elif days <= 0:
        card = await meeting_card(conn, meeting, chat, now, title_key="meeting.day.title.today")
    else:
        card = await meeting_card(
            conn, meeting, chat, now, title_key="meeting.day.title.ahead", count=days
        )
    items = await AgendaRepo(conn).of_meeting(chat.id, meeting.id)
    rsvps = await rsvp_block(conn, meeting, lang)
    fmt = await format_of(conn, chat, meeting.kind)
    around = standard_lines(lang, fmt.before + fmt.after)
    budget = BUDGET - len(card) - len(rsvps) - sum(len(line) + 1 for line in around)
    agenda = fitting(lang, agenda_lines(lang, items, tz), budget)
    parts = [
        card,
        t(lang, "meeting.day.agenda") + "\n" + "\n".join(standard_around(lang, fmt, agenda)),
        rsvps,
    ]
    return "\n\n".join(parts)


# What kind of bot message shows a meeting (`meeting_messages.kind`): its announcement, its
# day-before reminder, or a message it shares with other news (the morning after a meeting:
# the next meeting's RSVP buttons under the action list), which a press does not rewrite.
SHARED = "shared"


async def render_shown(
    conn: aiosqlite.Connection, meeting: Meeting, chat: Chat, now: datetime, kind: str
) -> str:
    """The text of a bot message showing this meeting, by what kind of message it is."""
    if kind == "day":
        return await day_reminder_text(conn, meeting, chat, now)
    return await announcement(conn, meeting, chat, now)


# --- the agenda ---------------------------------------------------------------------------------
def link(chat_id: int, message_id: int) -> str | None:
    """A t.me link to a message of a supergroup (other chats have no such links)."""
    text = str(chat_id)
    if not text.startswith("-100"):
        return None
    return f"https://t.me/c/{text[4:]}/{message_id}"


def agenda_lines(lang: str, items: list[AgendaItem], tz: ZoneInfo) -> list[str]:
    """The numbered items: text, proposer, carried-over, corrected and discussed marks, a link
    back."""
    lines: list[str] = []
    for item in items:
        text = short(item.text, IN_CHAT)
        who = item.proposer_name or "?"
        line = t(lang, "agenda.line", number=item.number, text=text, who=who)
        if item.carried_from is not None:
            line += " " + t(lang, "agenda.carried", day=day_text(item.carried_from, lang, tz))
        if item.edited_by_name is not None:
            line += " " + t(lang, "agenda.edited", who=item.edited_by_name)
        if item.state is ItemState.DISCUSSED:
            line += " " + t(lang, "agenda.discussed")
        if item.source_message_id is not None:
            url = link(item.chat_id, item.source_message_id)
            if url is not None:
                line += " " + t(lang, "agenda.link", url=url)
        lines.append(line)
    return lines


def standard_around(lang: str, fmt: Format, lines: list[str]) -> list[str]:
    """The members' items between the standard items of the meeting's kind ("▫️ Opening en
    vaststellen agenda" ... "▫️ Rondvraag", "▫️ Sluiting")."""
    return [
        *standard_lines(lang, fmt.before),
        *(lines or [t(lang, "agenda.none")]),
        *standard_lines(lang, fmt.after),
    ]


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


async def agenda_text(
    conn: aiosqlite.Connection,
    chat: Chat,
    meeting: Meeting | None,
    now: datetime,
    *,
    title_key: str = "agenda.title",
) -> tuple[str, list[AgendaItem]]:
    """The agenda of a meeting (or of the items waiting for one) as one message."""
    lang = chat.language
    tz = ZoneInfo(chat.timezone)
    items = await AgendaRepo(conn).of_meeting(chat.id, meeting.id if meeting else None)
    if meeting is None:
        head = t(lang, "agenda.title_waiting", group=chat.name)
    else:
        head = await meeting_card(conn, meeting, chat, now, title_key=title_key)
    fmt = await format_of(conn, chat, meeting.kind) if meeting is not None else None
    around = standard_lines(lang, fmt.before + fmt.after) if fmt is not None else []
    budget = BUDGET - len(head) - sum(len(line) + 1 for line in around)
    body = fitting(lang, agenda_lines(lang, items, tz), budget)
    if fmt is not None:
        body = standard_around(lang, fmt, body)
    text = head + "\n\n" + "\n".join(body or [t(lang, "agenda.none")])
    if meeting is not None and meeting.agenda_closed and title_key == "agenda.title":
        text += "\n\n" + t(lang, "agenda.is_closed")
    return text, items
