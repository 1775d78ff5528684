"""One meeting's report, gathered from the meetings, RSVPs, agenda, decisions and actions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from domain.actions import Action
from domain.agenda import AgendaItem
from domain.attendance import Attendance
from domain.attendance import attendance as attendance_of
from domain.decisions import Decision
from domain.meetings import Answer, Meeting
from domain.models import Chat, Person
from handlers.actions.after_meeting import meeting_actions
from handlers.meetings.lifecycle import rotation_jobs
from storage.agenda import AgendaRepo
from storage.decisions import DecisionRepo
from storage.meetings import MeetingRepo
from storage.people import PeopleRepo
from storage.report import ReportRepo


@dataclass
class Report:
    meeting: Meeting
    chair: str | None = None
    minute_taker: str | None = None
    attendance: Attendance = field(default_factory=Attendance)
    items: list[tuple[AgendaItem, list[Decision]]] = field(default_factory=list)
    loose: list[Decision] = field(default_factory=list)  # decisions not tied to an item
    new_actions: list[Action] = field(default_factory=list)
    open_before: list[Action] = field(default_factory=list)


async def build(conn: Any, chat: Chat, meeting: Meeting, board: Sequence[Person] = ()) -> Report:
    """Everything the report shows; attendance is the RSVPs as the board corrected them, with
    the board (`board`) expected at the meeting."""
    people = PeopleRepo(conn)
    report = Report(meeting)
    chair, minutes = await rotation_jobs(conn, meeting, [person.id for person in board])
    for attr, user_id in (("chair", chair), ("minute_taker", minutes)):
        if user_id is not None:
            person = await people.get(int(user_id))
            setattr(report, attr, person.full_name if person else None)
    repo = ReportRepo(conn)
    corrections = await repo.attendance(meeting.id)
    members = {p.id: p.full_name for p in await people.members_of(chat.id)}
    report.attendance = attendance_of(
        {person.id: person.full_name for person in board},
        await MeetingRepo(conn).rsvps(meeting.id),
        corrections,
        await repo.guests(meeting.id),
        members,
    )
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
    report.new_actions, report.open_before = await meeting_actions(conn, chat.id, meeting)
    return report


async def attendance(conn: Any, chat_id: int, meeting: Meeting) -> dict[int, tuple[str, bool]]:
    """Everyone who could have come (members seen, people who answered), and whether they did."""
    corrections = await ReportRepo(conn).attendance(meeting.id)
    rsvps = {r.user_id: r for r in await MeetingRepo(conn).rsvps(meeting.id)}
    people: dict[int, tuple[str, bool]] = {}
    for person in await PeopleRepo(conn).members_of(chat_id):
        rsvp = rsvps.get(person.id)
        default = rsvp is not None and rsvp.answer is Answer.YES
        people[person.id] = (person.first_name, corrections.get(person.id, default))
    return people
