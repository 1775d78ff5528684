"""The engine's senders for a meeting's rhythm: the call for agenda items, the closing (final
agenda, pinned), the reminders, the end (carry-over, a series' next) and the half-year check.

After a long downtime several steps of one meeting come due together, so each sender checks
what still makes sense at `firing.now` (a reminder after the start, a call after closing are
skipped).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import aiosqlite
from telegram import Message

from domain.meetings import AGENDA_CLOSE, MINIMUM_PER_YEAR, Meeting, MeetingSeries, MeetingState
from domain.models import Chat
from handlers.actions.after_meeting import ensure_after_meeting
from handlers.formats.builtin import lead_settings
from handlers.i18n import format_moment, t
from handlers.kit.outbox import Outbox, Pin, late_line
from handlers.kit.sections import After, Section
from handlers.kit.text import short
from handlers.meetings.keyboards import add_button, rsvp_buttons
from handlers.meetings.lifecycle import (
    carry_over,
    ensure_half_year,
    ensure_series_next,
    fill_jobs,
    planned_meeting,
)
from handlers.meetings.text import (
    SHARED,
    agenda_text,
    day_reminder_text,
    day_text,
    items_target,
    meeting_card,
    rsvp_counts,
    when_text,
)
from schedules.engine import Firing
from storage.agenda import AgendaRepo
from storage.meetings import MeetingRepo
from storage.settings import SettingsRepo

MAX_LISTED = 15  # carried-over items named in the message after a meeting
LISTED_TEXT = 150  # each of them cut to this
PIN_REFUSED = "pin_refused"


async def _ahead(out: Outbox, firing: Firing) -> tuple[Chat | None, list[Meeting]]:
    """The firing's chat and its meetings still planned and not yet begun: when the bot was
    down until after the start, a call or a reminder is no use any more."""
    chat, meetings = await out.targets(firing, planned_meeting)
    return chat, [meeting for meeting in meetings if meeting.starts_at > firing.now]


# --- the agenda -------------------------------------------------------------------------------
async def fire_call(out: Outbox, firing: Firing) -> None:
    """The call for items (uitvraag), with the list so far and when the agenda closes."""
    chat, meetings = await _ahead(out, firing)
    if chat is None:
        return
    lang = chat.language
    tz = ZoneInfo(chat.timezone)
    for meeting in meetings:
        if meeting.agenda_closed:
            continue  # closing came first: a call is no use now
        async with out.svc.db.transaction() as conn:
            text, _items = await agenda_text(
                conn, chat, meeting, firing.now, title_key="agenda.call.title"
            )
            await AgendaRepo(conn).shown(chat.id, meeting.id)
            settings = await SettingsRepo(conn).of(chat.id)
            lead = (await lead_settings(conn, chat.id, meeting.kind, settings)).duration(
                AGENDA_CLOSE
            )
        how = t(lang, "agenda.call.how")
        if lead is not None:
            closes = format_moment(meeting.starts_at - lead, lang, tz, now=firing.now)
            how += "\n" + t(lang, "agenda.call.closes", moment=closes)
        # "➕ Punt toevoegen" under it, so a reply to it is offered for the agenda as well
        await out.send(chat.id, text + "\n\n" + how + late_line(lang, firing), [add_button(lang)])


async def fire_close(out: Outbox, firing: Firing) -> None:
    """The agenda closes: post the final agenda, pin it, unpin the previous one."""
    chat, meetings = await out.targets(firing, planned_meeting)
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
            await AgendaRepo(conn).shown(chat.id, meeting.id)
            previous = await MeetingRepo(conn).last_pinned_agenda(chat.id, meeting.id)
        text += "\n\n" + t(lang, "agenda.final.closed")
        sent = await out.send(chat.id, text + late_line(lang, firing))
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


# --- the reminders ----------------------------------------------------------------------------
async def day_section(out: Outbox, firing: Firing) -> list[Section]:
    """The day-before reminder: the meeting, its agenda and who comes (RSVP buttons); with the
    rest of the day's news in the group (the Monday overview before a Tuesday meeting)."""
    chat, meetings = await _ahead(out, firing)
    if chat is None:
        return []
    sections: list[Section] = []
    for meeting in meetings:
        async with out.svc.db.transaction() as conn:
            text = await day_reminder_text(conn, meeting, chat, firing.now)
            await AgendaRepo(conn).shown(chat.id, meeting.id)
        sections.append(
            Section(
                text,
                buttons=rsvp_buttons(meeting, chat.language),
                after=_shows(out, chat.id, meeting.id, "day"),
            )
        )
    return sections


async def fire_hour_before(out: Outbox, firing: Firing) -> None:
    """The last reminder: the meeting and how many come."""
    chat, meetings = await _ahead(out, firing)
    if chat is None:
        return
    for meeting in meetings:
        async with out.svc.db.transaction() as conn:
            text = await meeting_card(
                conn, meeting, chat, firing.now, title_key="meeting.hour.title"
            )
            text += "\n\n" + await rsvp_counts(conn, meeting, chat.language)
        await out.send(chat.id, text + late_line(chat.language, firing))


# --- after the meeting ------------------------------------------------------------------------
async def end_section(out: Outbox, firing: Firing) -> list[Section]:
    """The meeting has passed: open items carry over to the next meeting; it is marked held.
    What the group hears goes with whatever else is due then (the action list, in the
    morning after a late meeting)."""
    chat, meetings = await out.targets(firing, planned_meeting)
    if chat is None:
        return []
    tz = ZoneInfo(chat.timezone)
    lang = chat.language
    board = [person.id for person in await out.board(chat.id)] if meetings else []
    sections: list[Section] = []
    for meeting in meetings:
        async with out.svc.db.transaction() as conn:
            repo = MeetingRepo(conn)
            await fill_jobs(conn, meeting, board, firing.now)
            created = None
            if meeting.series_id is not None:
                created = await ensure_series_next(
                    conn, out.svc, meeting.series_id, chat, firing.now
                )
            items, following = await carry_over(conn, meeting, firing.now, held=True)
            await repo.set_state(meeting.id, MeetingState.HELD, firing.now)
            # the action list follows a meeting even when nothing about actions was typed
            # after it was planned (handlers/actions/after_meeting.py)
            settings = await SettingsRepo(conn).of(chat.id)
            await ensure_after_meeting(out.svc, conn, chat, settings, firing.now)
        intro = t(lang, "meeting.end.title", day=day_text(meeting.starts_at, lang, tz, firing.now))
        lines = [intro]
        if items:
            target = items_target(lang, following, tz, firing.now)
            lines.append(t(lang, "meeting.end.carried", count=len(items), target=target))
            lines.extend(
                t(lang, "meeting.end.item", text=short(item.text, LISTED_TEXT))
                for item in items[:MAX_LISTED]
            )
            if len(items) > MAX_LISTED:
                lines.append(t(lang, "agenda.more", count=len(items) - MAX_LISTED))
        if created is None:
            if items:
                sections.append(Section("\n".join(lines)))
            continue
        lines.append(t(lang, "meeting.end.next", when=when_text(created, lang, tz, firing.now)))
        sections.append(
            Section(
                "\n".join(lines),
                buttons=rsvp_buttons(created, lang),
                after=_shows(out, chat.id, created.id, SHARED),
            )
        )
    return sections


def _shows(out: Outbox, chat_id: int, meeting_id: int, kind: str) -> After:
    """The message that carried a meeting's RSVP buttons knows that meeting, so a press there
    counts; when it says more (the weekly overview, the action list) a press does not rewrite
    it (`SHARED`)."""

    async def after(message: Message | None, shared: bool) -> None:
        if message is None:
            return
        shows = SHARED if shared else kind
        async with out.svc.db.transaction() as conn:
            await MeetingRepo(conn).record_message(chat_id, message.message_id, meeting_id, shows)

    return after


async def fire_series_next(out: Outbox, firing: Firing) -> None:
    """A cancelled meeting of a series would have ended now: its next meeting is planned (as
    after one that took place) and announced with RSVP buttons; a stopped series plans none."""
    chat, series = await out.targets(firing, _running_series)
    if chat is None:
        return
    lang = chat.language
    for one in series:
        async with out.svc.db.transaction() as conn:
            created = await ensure_series_next(conn, out.svc, one.id, chat, firing.now)
        if created is None:
            continue
        when = when_text(created, lang, ZoneInfo(chat.timezone), firing.now)
        text = t(lang, "meeting.series_next", when=when) + late_line(lang, firing)
        sent = await out.send(chat.id, text, rsvp_buttons(created, lang))
        async with out.svc.db.transaction() as conn:
            repo = MeetingRepo(conn)
            await repo.record_message(chat.id, sent.message_id, created.id, "announce")
            await repo.set_message(created.id, "announce_message_id", sent.message_id)


async def _running_series(conn: aiosqlite.Connection, series_id: int) -> MeetingSeries | None:
    series = await MeetingRepo(conn).series(series_id)
    return series if series is not None and series.active else None


async def fire_half_year(out: Outbox, firing: Firing) -> None:
    """First working day of a half year: tell the board when too few meetings are planned."""
    chat = await out.chat(firing.chat_id)
    if chat is None:
        return
    tz = ZoneInfo(chat.timezone)
    year = firing.occurrence.astimezone(tz).year
    async with out.svc.db.transaction() as conn:
        settings = await SettingsRepo(conn).of(chat.id)
        meetings = [
            m
            for m in await MeetingRepo(conn).between(
                chat.id, datetime(year, 1, 1, tzinfo=tz), datetime(year + 1, 1, 1, tzinfo=tz)
            )
            if m.state is not MeetingState.CANCELLED
        ]
        await ensure_half_year(conn, out.svc, chat, firing.now)
    minimum = settings.number(MINIMUM_PER_YEAR)
    if minimum and len(meetings) < minimum:
        text = t(
            chat.language, "meeting.half_year", year=year, count=len(meetings), minimum=minimum
        )
        await out.send(chat.id, text + late_line(chat.language, firing))
