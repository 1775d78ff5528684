"""/verslag: the report of the meeting in progress or last held (a message and a printable A4
HTML file), the board's attendance corrections, and the action list that follows a meeting by
itself unless a report went out already."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import aiosqlite

from domain.actions import LIST_AFTER_MEETING, Action
from domain.agenda import AgendaItem
from domain.decisions import Decision
from domain.errors import DomainError
from domain.meetings import Answer, Meeting, MeetingState
from domain.models import Chat
from domain.roles import Role
from handlers import followup
from handlers.actions import due_text, line, owner_names
from handlers.followup import KIND as FOLLOW_UP
from handlers.followup import ensure_after_meeting
from handlers.i18n import format_moment, t
from handlers.kit.documents import render_html
from handlers.kit.feature import GROUP, Command, Feature
from handlers.kit.outbox import Outbox
from handlers.kit.paging import Line, paginate, require_text_message
from handlers.kit.turn import Button, Turn
from schedules.engine import Firing
from storage.actions import ActionRepo
from storage.agenda import AgendaRepo
from storage.chats import ChatRepo
from storage.decisions import DecisionRepo
from storage.due import DueRepo
from storage.meetings import MeetingRepo
from storage.people import PeopleRepo
from storage.report import ReportRepo
from storage.settings import SettingsRepo


@dataclass
class Report:
    meeting: Meeting
    chair: str | None = None
    minute_taker: str | None = None
    present: list[str] = field(default_factory=list)
    excused: list[str] = field(default_factory=list)
    items: list[tuple[AgendaItem, list[Decision]]] = field(default_factory=list)
    loose: list[Decision] = field(default_factory=list)  # decisions not tied to an item
    new_actions: list[Action] = field(default_factory=list)
    open_before: list[Action] = field(default_factory=list)


def meeting_day(meeting: Meeting, lang: str, tz: ZoneInfo, now: datetime) -> str:
    """ "dinsdag 8 december": how a meeting is named in lists and headings."""
    return format_moment(meeting.starts_at, lang, tz, with_time=False, now=now)


async def build(conn: aiosqlite.Connection, chat: Chat, meeting: Meeting) -> Report:
    """Everything the report shows, read from meetings, agenda, decisions and actions."""
    people = PeopleRepo(conn)
    report = Report(meeting)
    for attr, user_id in (("chair", meeting.chair_id), ("minute_taker", meeting.minute_taker_id)):
        if user_id is not None:
            person = await people.get(int(user_id))
            setattr(report, attr, person.full_name if person else None)
    corrections = await ReportRepo(conn).attendance(meeting.id)
    rsvps = await MeetingRepo(conn).rsvps(meeting.id)
    answered = {r.user_id: r for r in rsvps}
    for rsvp in rsvps:
        came = corrections.get(rsvp.user_id, rsvp.answer is Answer.YES)
        if came:
            report.present.append(rsvp.name)
        elif rsvp.answer is Answer.NO:
            report.excused.append(rsvp.name)
    for user_id, came in corrections.items():
        if came and user_id not in answered:
            person = await people.get(user_id)
            if person is not None:
                report.present.append(person.full_name)
    decisions = await DecisionRepo(conn).of_meeting(meeting.id)
    agenda = AgendaRepo(conn)
    items = await agenda.of_meeting(chat.id, meeting.id)
    known = {item.id for item in items}
    for decision in decisions:  # an item with a decision that moved on still belongs here
        if decision.agenda_item_id is not None and decision.agenda_item_id not in known:
            item = await agenda.get(decision.agenda_item_id)
            if item is not None:
                items.append(item)
                known.add(item.id)
    for item in items:
        report.items.append((item, [d for d in decisions if d.agenda_item_id == item.id]))
    report.loose = [d for d in decisions if d.agenda_item_id not in known]
    repo = ActionRepo(conn)
    report.new_actions = await repo.of_meeting(meeting.id)
    new = {a.id for a in report.new_actions}
    report.open_before = [
        a for a in await repo.open_before(chat.id, meeting.starts_at) if a.id not in new
    ]
    return report


def report_lines(lang: str, chat: Chat, report: Report, now: datetime) -> list[Line]:
    """The report as sections of lines, so a long one splits over messages at section lines."""
    tz = ZoneInfo(chat.timezone)
    meeting = report.meeting
    head = t(lang, "report.section.meeting")
    lines = [
        Line(head, t(lang, "report.when", when=_when(meeting, lang, tz, now))),
    ]
    if meeting.place:
        lines.append(Line(head, t(lang, "report.place", place=meeting.place)))
    lines.append(Line(head, t(lang, "report.chair", name=report.chair or "-")))
    lines.append(Line(head, t(lang, "report.minute_taker", name=report.minute_taker or "-")))
    present = ", ".join(report.present) if report.present else "-"
    lines.append(Line(head, t(lang, "report.present", count=len(report.present), names=present)))
    if report.excused:
        lines.append(Line(head, t(lang, "report.excused", names=", ".join(report.excused))))
    head = t(lang, "report.section.agenda")
    if not report.items:
        lines.append(Line(head, t(lang, "report.no_items")))
    for item, decisions in report.items:
        text = t(lang, "report.item", number=item.position, text=item.text)
        for decision in decisions:
            text += "\n" + t(lang, "report.decision", number=decision.number, text=decision.text)
        lines.append(Line(head, text))
    if report.loose:
        head = t(lang, "report.section.decisions")
        for decision in report.loose:
            lines.append(
                Line(head, t(lang, "report.decision", number=decision.number, text=decision.text))
            )
    head = t(lang, "report.section.new_actions")
    if not report.new_actions:
        lines.append(Line(head, t(lang, "report.no_actions")))
    for action in report.new_actions:
        lines.append(Line(head, line(lang, chat, action, now, owners=True)))
    if report.open_before:
        head = t(lang, "report.section.open_before")
        for action in report.open_before:
            lines.append(Line(head, line(lang, chat, action, now, owners=True)))
    return lines


def _when(meeting: Meeting, lang: str, tz: ZoneInfo, now: datetime) -> str:
    start = format_moment(meeting.starts_at, lang, tz, now=now)
    return t(lang, "report.time", start=start, end=meeting.ends_at.astimezone(tz).strftime("%H:%M"))


def report_html(lang: str, chat: Chat, report: Report, now: datetime) -> bytes:
    tz = ZoneInfo(chat.timezone)
    meeting = report.meeting

    def actions(rows: list[Action]) -> list[dict[str, object]]:
        return [
            {
                "number": a.number,
                "text": a.text,
                "owners": owner_names(lang, a.owners),
                "due": due_text(lang, chat, a, now) or "",
                "overdue": a.is_overdue(now.astimezone(tz).date()),
            }
            for a in rows
        ]

    return render_html(
        "report.html",
        lang=lang,
        group=chat.name,
        heading=t(lang, "report.doc.heading", day=meeting_day(meeting, lang, tz, now)),
        when=_when(meeting, lang, tz, now),
        place=meeting.place,
        chair=report.chair or "-",
        minute_taker=report.minute_taker or "-",
        present=", ".join(report.present) or "-",
        excused=", ".join(report.excused),
        items=[
            {
                "number": item.position,
                "text": item.text,
                "decisions": [{"number": d.number, "text": d.text} for d in decisions],
            }
            for item, decisions in report.items
        ],
        loose=[{"number": d.number, "text": d.text} for d in report.loose],
        new_actions=actions(report.new_actions),
        open_before=actions(report.open_before),
        labels={
            key: t(lang, f"report.doc.{key}")
            for key in (
                "place",
                "chair",
                "minute_taker",
                "present",
                "excused",
                "agenda",
                "no_items",
                "decision",
                "decisions",
                "new_actions",
                "no_actions",
                "open_before",
                "action",
                "owners",
                "due",
                "overdue",
            )
        },
        footer=t(lang, "report.doc.footer", moment=format_moment(now, lang, tz, now=now)),
    )


# --- /verslag ------------------------------------------------------------------------------------
async def report_command(turn: Turn) -> None:
    """/verslag: the report as a message and as a printable file; the board corrects who came."""
    turn.require_group()
    conn = await turn.conn()
    now = turn.now()
    meeting = await ReportRepo(conn).in_progress_or_held(turn.chat.id, now)
    if meeting is None:
        await turn.reply(turn.t("report.no_meeting"))
        return
    report = await build(conn, turn.chat, meeting)
    pages = _pages(turn, report)
    await ReportRepo(conn).mark_posted(meeting.id, turn.chat.id, "report", None, now)
    await DueRepo(conn).cancel_target(FOLLOW_UP, meeting.id)  # the list is not needed now
    await turn.reply(pages[0], [[(turn.label("report.button.attendance"), f"rpt:a:{meeting.id}")]])
    for page in pages[1:]:
        await turn.reply(page)
    tz = turn.tz
    day = meeting.starts_at.astimezone(tz).date().isoformat()
    await turn.reply_file(
        f"verslag-{day}.html",
        report_html(turn.lang, turn.chat, report, now),
        turn.t("report.doc.caption"),
    )


def _pages(turn: Turn, report: Report) -> list[str]:
    tz = turn.tz
    title = turn.t(
        "report.title",
        day=meeting_day(report.meeting, turn.lang, tz, turn.now()),
        group=turn.chat.name,
    )
    return [p.text for p in paginate(title, report_lines(turn.lang, turn.chat, report, turn.now()))]


async def on_callback(turn: Turn) -> None:
    """rpt:a:<meeting> (who came), rpt:t:<meeting>:<user> (toggle), rpt:r:<meeting> (back)."""
    require_text_message(turn)
    query = turn.query
    assert query is not None
    assert query.data is not None
    parts = query.data.split(":")
    if len(parts) < 3 or not parts[2].isdigit():
        raise DomainError("error.stale_button")
    turn.require_group()
    conn = await turn.conn()
    meeting = await MeetingRepo(conn).get(int(parts[2]))
    if meeting is None or meeting.chat_id != turn.chat.id:
        raise DomainError("error.stale_button")
    await turn.require(Role.BOARD)
    verb = parts[1]
    if verb == "t" and len(parts) == 4 and parts[3].isdigit():
        assert turn.user is not None
        user_id = int(parts[3])
        people = await _attendance(conn, turn.chat.id, meeting)
        if user_id not in people:
            raise DomainError("error.stale_button")
        present = not people[user_id][1]
        await ReportRepo(conn).set_attendance(
            meeting.id, user_id, present, turn.user.id, turn.now()
        )
        verb = "a"
    if verb == "a":
        people = await _attendance(conn, turn.chat.id, meeting)
        buttons: list[list[Button]] = []
        row: list[Button] = []
        for user_id, (name, came) in people.items():
            row.append((("✅ " if came else "➖ ") + name, f"rpt:t:{meeting.id}:{user_id}"))
            if len(row) == 2:
                buttons.append(row)
                row = []
        if row:
            buttons.append(row)
        buttons.append([(turn.label("report.button.back"), f"rpt:r:{meeting.id}")])
        day = meeting_day(meeting, turn.lang, turn.tz, turn.now())
        await turn.edit(turn.t("report.attendance", day=day), buttons)
    elif verb == "r":
        report = await build(conn, turn.chat, meeting)
        button = [[(turn.label("report.button.attendance"), f"rpt:a:{meeting.id}")]]
        await turn.edit(_pages(turn, report)[0], button)
    else:
        raise DomainError("error.stale_button")


async def _attendance(
    conn: aiosqlite.Connection, chat_id: int, meeting: Meeting
) -> dict[int, tuple[str, bool]]:
    """Everyone who could have come (members seen, people who answered), and whether they did."""
    corrections = await ReportRepo(conn).attendance(meeting.id)
    rsvps = {r.user_id: r for r in await MeetingRepo(conn).rsvps(meeting.id)}
    people: dict[int, tuple[str, bool]] = {}
    for person in await PeopleRepo(conn).members_of(chat_id):
        rsvp = rsvps.get(person.id)
        default = rsvp is not None and rsvp.answer is Answer.YES
        people[person.id] = (person.first_name, corrections.get(person.id, default))
    return people


# --- the action list after a meeting ----------------------------------------------------------
async def fire_after_meeting(out: Outbox, firing: Firing) -> None:
    """Hours after a meeting: its new actions and those still open, unless a report went out."""
    async with out.svc.db.transaction() as conn:
        chat = await ChatRepo(conn).get(firing.chat_id)
        settings = await SettingsRepo(conn).of(firing.chat_id)
        delay = settings.duration(LIST_AFTER_MEETING)
        if chat is None or delay is None:
            return
        reports = ReportRepo(conn)
        meetings = MeetingRepo(conn)
        todo: list[tuple[Meeting, Report]] = []
        for event in firing.events:
            meeting = await meetings.get(event.target_id or 0)
            if meeting is None or meeting.state is MeetingState.CANCELLED:
                continue
            if await reports.posted(meeting.id) is not None:
                continue
            if meeting.ends_at + delay > firing.now + timedelta(minutes=1):
                # the meeting moved later since this was planned: follow it
                await ensure_after_meeting(out.svc, conn, chat, settings, firing.now)
                continue
            report = await build(conn, chat, meeting)
            if not report.new_actions and not report.open_before:
                await reports.mark_posted(meeting.id, chat.id, "none", None, firing.now)
                continue
            todo.append((meeting, report))
    lang = chat.language
    tz = ZoneInfo(chat.timezone)
    for meeting, report in todo:
        title = t(lang, "report.list.title", day=meeting_day(meeting, lang, tz, firing.now))
        lines = [
            Line(
                t(lang, "report.section.new_actions"), line(lang, chat, a, firing.now, owners=True)
            )
            for a in report.new_actions
        ] + [
            Line(
                t(lang, "report.section.open_before"), line(lang, chat, a, firing.now, owners=True)
            )
            for a in report.open_before
        ]
        sent = None
        for page in paginate(title, lines):
            text = page.text + "\n\n" + t(lang, "report.list.hint")
            if firing.late:
                text += "\n" + t(lang, "engine.late")
            sent = await out.send(chat.id, text)
        async with out.svc.db.transaction() as conn:
            await ReportRepo(conn).mark_posted(
                meeting.id, chat.id, "list", sent.message_id if sent else None, firing.now
            )


FEATURE = Feature(
    "report",
    commands=(Command("verslag", report_command, aliases=("report",), scopes=frozenset({GROUP})),),
    callbacks={"rpt": on_callback},
    events={followup.KIND: fire_after_meeting},
)
