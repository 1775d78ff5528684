"""The action list that follows a meeting: one engine event per meeting, at its end plus the
group's delay (default 3 hours), kept in step with the meetings table.

Meetings are planned and moved by /overleg (handlers/meetings/); rather than reaching into
it, `ensure_after_meeting` runs whenever decisions or actions are logged or listed and after
each digest: every meeting that has not had its list (or report) yet gets one pending event,
moved when the meeting moved. The sender checks again at firing time.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Message

from domain.actions import LIST_AFTER_MEETING, Action
from domain.meetings import Meeting, MeetingState
from domain.models import Chat
from domain.settings import GroupSettings
from handlers.actions.meeting import meeting_day
from handlers.actions.text import RECORD, line
from handlers.i18n import t
from handlers.kit.outbox import Outbox
from handlers.kit.paging import Line
from handlers.kit.sections import After, Section
from schedules.engine import Firing
from storage.actions import ActionRepo
from storage.due import DueRepo
from storage.meetings import MeetingRepo
from storage.report import ReportRepo
from storage.settings import SettingsRepo

KIND = "action.after_meeting"
# Meetings that ended longer ago than this are not followed up any more (the bot learned late).
LOOK_BACK = timedelta(days=2)


async def ensure_after_meeting(
    svc: Any, conn: Any, chat: Chat, settings: GroupSettings, now: datetime
) -> None:
    """One pending list per meeting that has had no list or report yet, at its end + delay."""
    delay = settings.duration(LIST_AFTER_MEETING)
    if delay is None:
        return
    reports = ReportRepo(conn)
    due = DueRepo(conn)
    for meeting in await reports.ending_after(chat.id, now - delay - LOOK_BACK):
        if await reports.posted(meeting.id) is not None:
            continue
        wanted = max(meeting.ends_at + delay, now)
        pending = await due.pending_for_target(KIND, meeting.id)
        if len(pending) == 1 and abs(pending[0].fire_at - wanted) < timedelta(minutes=1):
            continue
        if pending and meeting.ends_at + delay <= now:
            continue  # due already; it goes out with the engine's next run
        for event in pending:
            await due.cancel(event.id)
        await svc.engine.schedule(
            conn, KIND, chat.id, wanted, timezone=chat.timezone, target_id=meeting.id
        )


async def meeting_actions(
    conn: Any, chat_id: int, meeting: Meeting
) -> tuple[list[Action], list[Action]]:
    """The actions logged at a meeting, and those still open from before it."""
    repo = ActionRepo(conn)
    new = await repo.of_meeting(meeting.id)
    known = {a.id for a in new}
    earlier = [a for a in await repo.open_before(chat_id, meeting.starts_at) if a.id not in known]
    return new, earlier


async def _meeting(conn: Any, meeting_id: int) -> Meeting | None:
    return await MeetingRepo(conn).get(meeting_id)


async def list_section(out: Outbox, firing: Firing) -> list[Section]:
    """Hours after a meeting: its new actions and those still open, unless a report went out."""
    chat, meetings = await out.targets(firing, _meeting)
    if chat is None:
        return []
    todo: list[tuple[Meeting, list[Action], list[Action]]] = []
    async with out.svc.db.transaction() as conn:
        settings = await SettingsRepo(conn).of(chat.id)
        delay = settings.duration(LIST_AFTER_MEETING)
        if delay is None:
            return []
        reports = ReportRepo(conn)
        for meeting in meetings:
            if meeting.state is MeetingState.CANCELLED:
                continue
            if await reports.posted(meeting.id) is not None:
                continue
            if meeting.ends_at + delay > firing.now + timedelta(minutes=1):
                # the meeting moved later since this was planned: follow it
                await ensure_after_meeting(out.svc, conn, chat, settings, firing.now)
                continue
            new, earlier = await meeting_actions(conn, chat.id, meeting)
            if not new and not earlier:
                await reports.mark_posted(meeting.id, chat.id, "none", None, firing.now)
                continue
            todo.append((meeting, new, earlier))
    lang = chat.language
    tz = ZoneInfo(chat.timezone)
    sections: list[Section] = []
    for meeting, new, earlier in todo:
        title = t(lang, "report.list.title", day=meeting_day(meeting, lang, tz, firing.now))
        new_head = t(lang, "report.section.new_actions")
        earlier_head = t(lang, "report.section.open_before")
        lines = [
            Line(new_head, line(lang, chat, a, firing.now, owners=True), a.id) for a in new
        ] + [
            Line(earlier_head, line(lang, chat, a, firing.now, owners=True), a.id) for a in earlier
        ]
        hint = t(lang, "report.list.hint")
        sections.append(
            Section(title, lines, footer=hint, after=_posted(out, meeting), lists=RECORD)
        )
    return sections


def _posted(out: Outbox, meeting: Meeting) -> After:
    """Once the list went out: recorded, so it goes once and /verslag knows."""

    async def after(message: Message | None, _shared: bool) -> None:
        async with out.svc.db.transaction() as conn:
            await ReportRepo(conn).mark_posted(
                meeting.id,
                meeting.chat_id,
                "list",
                message.message_id if message else None,
                out.svc.clock.now(),
            )

    return after
