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
from domain.formats import Format, Invited, is_rondvraag, standard_part
from domain.meetings import Answer, Meeting, Rsvp
from domain.minutes import ITEM, RONDVRAAG, Approval, Note
from domain.models import Chat, Person
from domain.roles import Role
from handlers.actions.after_meeting import meeting_actions
from handlers.formats.builtin import format_of
from handlers.meetings.lifecycle import rotation_jobs
from storage.agenda import AgendaRepo
from storage.decisions import DecisionRepo
from storage.meetings import MeetingRepo
from storage.people import PeopleRepo
from storage.report import ReportRepo
from storage.roles import RoleRepo


@dataclass
class Entry:
    """One agenda item in the report, under the number it had on the agenda: what was noted,
    decided and taken on for it; or where it was carried over to."""

    number: int
    item: AgendaItem
    notes: list[Note] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    carried: bool = False  # it moved on to another meeting (or waits for one)
    carried_to: Meeting | None = None


@dataclass
class Standard:
    """A standard item of the meeting's kind ("Mededelingen en ingekomen stukken"), with what
    was noted under it."""

    title: str
    notes: list[Note] = field(default_factory=list)
    approves: bool = False  # "Verslag vorige vergadering": the earlier report is approved here


@dataclass
class Report:
    meeting: Meeting
    kind: Format | None = None
    before: list[Standard] = field(default_factory=list)
    after: list[Standard] = field(default_factory=list)
    chair: str | None = None
    minute_taker: str | None = None
    attendance: Attendance = field(default_factory=Attendance)
    items: list[Entry] = field(default_factory=list)
    rondvraag: list[Note] = field(default_factory=list)
    loose: list[Decision] = field(default_factory=list)  # decisions not tied to an item
    new_actions: list[Action] = field(default_factory=list)  # not made for an item
    open_before: list[Action] = field(default_factory=list)
    approval: Approval | None = None  # this report is "vastgesteld" (None: concept)
    previous: Meeting | None = None  # the meeting of this kind before: its report is approved here
    previous_approval: Approval | None = None

    @property
    def actions_on_items(self) -> bool:
        """Some new actions stand under their agenda item (then "no new actions" is untrue)."""
        return any(entry.actions for entry in self.items)

    @property
    def to_approve(self) -> Meeting | None:
        """The earlier report of this kind still in concept, which this meeting approves."""
        if self.previous is None or self.previous_approval is not None:
            return None
        return self.previous if self.kind is None or self.kind.approval_index is not None else None


async def build(
    conn: Any,
    chat: Chat,
    meeting: Meeting,
    board: Sequence[Person] = (),
    invited: Sequence[Person] | None = None,
) -> Report:
    """Everything the report shows; attendance is the RSVPs as the board corrected them, with
    those invited to this kind of meeting (`invited`; the board by default) expected."""
    people = PeopleRepo(conn)
    fmt = await format_of(conn, chat, meeting.kind)
    report = Report(
        meeting,
        kind=fmt,
        before=[
            Standard(title, approves=index == fmt.approval_index)
            for index, title in enumerate(fmt.before)
        ],
        after=[Standard(title) for title in fmt.after],
    )
    chair, minutes = await rotation_jobs(conn, meeting, [person.id for person in board])
    for attr, user_id in (("chair", chair), ("minute_taker", minutes)):
        if user_id is not None:
            person = await people.get(int(user_id))
            setattr(report, attr, person.full_name if person else None)
    repo = ReportRepo(conn)
    report.approval = await repo.approval(meeting.id)
    report.previous = await repo.previous_of_kind(meeting)
    if report.previous is not None:
        report.previous_approval = await repo.approval(report.previous.id)
    rsvps = await MeetingRepo(conn).rsvps(meeting.id)
    corrections = {
        **at_the_table((chair, minutes), rsvps),
        **await repo.attendance(meeting.id),
    }
    members = {p.id: p.full_name for p in await people.members_of(chat.id)}
    report.attendance = attendance_of(
        {person.id: person.full_name for person in (board if invited is None else invited)},
        rsvps,
        corrections,
        await repo.guests(meeting.id),
        members,
    )
    report.items = await entries(conn, chat, meeting)
    decisions = await DecisionRepo(conn).of_meeting(meeting.id)
    notes = await repo.notes(meeting.id)
    new_actions, report.open_before = await meeting_actions(conn, chat.id, meeting)
    for_item = await repo.action_items([a.id for a in new_actions])
    by_item = {entry.item.id: entry for entry in report.items}
    agenda = AgendaRepo(conn)
    for decision in decisions:  # an item with a decision that left before closing belongs here
        item_id = decision.agenda_item_id
        if item_id is not None and item_id not in by_item:
            item = await agenda.get(item_id)
            if item is not None:
                by_item[item.id] = Entry(item.number, item)
                report.items.append(by_item[item.id])
    for decision in decisions:
        entry = by_item.get(decision.agenda_item_id or 0)
        if entry is not None:
            entry.decisions.append(decision)
        else:
            report.loose.append(decision)
    standard = {standard_part(s.title): s for s in report.before + report.after}
    rondvraag = next((s for s in report.after + report.before if is_rondvraag(s.title)), None)
    for note in notes:
        entry = by_item.get(note.item_id or 0)
        if entry is not None:
            entry.notes.append(note)
        elif note.part in standard:
            standard[note.part].notes.append(note)
        elif note.part == RONDVRAAG and rondvraag is not None:
            rondvraag.notes.append(note)
        elif note.part != ITEM:  # the rondvraag, or a standard item renamed since
            report.rondvraag.append(note)
    for action in new_actions:
        entry = by_item.get(for_item.get(action.id, 0))
        if entry is not None:
            entry.actions.append(action)
        else:
            report.new_actions.append(action)
    report.items.sort(key=lambda entry: (entry.number, entry.item.id))
    return report


async def entries(conn: Any, chat: Chat, meeting: Meeting) -> list[Entry]:
    """The meeting's agenda items under their numbers: those on it now, and those that moved
    on after its agenda closed (carried over: to which meeting, or waiting for the next)."""
    agenda = AgendaRepo(conn)
    found = [Entry(item.number, item) for item in await agenda.of_meeting(chat.id, meeting.id)]
    meetings = MeetingRepo(conn)
    for number, item in await agenda.left(meeting.id):
        to = await meetings.get(item.meeting_id) if item.meeting_id is not None else None
        found.append(Entry(number, item, carried=True, carried_to=to))
    return sorted(found, key=lambda entry: (entry.number, entry.item.id))


async def invited_people(
    conn: Any, chat: Chat, meeting: Meeting, board: Sequence[Person]
) -> list[Person]:
    """Who is expected at this kind of meeting: the board, the board and the gemeente
    contacts, or every member (domain/formats.py `Invited`)."""
    fmt = await format_of(conn, chat, meeting.kind)
    if fmt.invited is Invited.MEMBERS:
        return await PeopleRepo(conn).members_of(chat.id)
    found = {person.id: person for person in board}
    if fmt.invited is Invited.BOARD_GEMEENTE:
        for person in await RoleRepo(conn).members(chat.id, Role.GEMEENTE):
            found.setdefault(person.id, person)
    return list(found.values())


def at_the_table(jobs: Sequence[int | None], rsvps: Sequence[Rsvp]) -> dict[int, bool]:
    """The chair and the minute-taker came unless they sent word: the report names them in their
    job, so it must not list them as absent (the board's own marks still win)."""
    said_no = {r.user_id for r in rsvps if r.answer is Answer.NO}
    return {user_id: True for user_id in jobs if user_id is not None and user_id not in said_no}


async def attendance(
    conn: Any, chat_id: int, meeting: Meeting, board: Sequence[int] = ()
) -> dict[int, tuple[str, bool]]:
    """Everyone who could have come (members seen, people who answered), and whether they did
    (the chair and minute-taker as the report names them: `board` for the rotation)."""
    listed = await MeetingRepo(conn).rsvps(meeting.id)
    corrections = {
        **at_the_table(await rotation_jobs(conn, meeting, board), listed),
        **await ReportRepo(conn).attendance(meeting.id),
    }
    rsvps = {r.user_id: r for r in listed}
    people: dict[int, tuple[str, bool]] = {}
    for person in await PeopleRepo(conn).members_of(chat_id):
        rsvp = rsvps.get(person.id)
        default = rsvp is not None and rsvp.answer is Answer.YES
        people[person.id] = (person.first_name, corrections.get(person.id, default))
    return people
