"""The rpt: buttons under a report: the board corrects who came and lists guests who are not on
Telegram, then back to the report."""

from __future__ import annotations

from typing import Any

from domain.attendance import clean_guest
from domain.errors import DomainError
from domain.meetings import Meeting
from domain.roles import Role
from handlers.actions.meeting import meeting_day
from handlers.kit.callbacks import STALE
from handlers.kit.paging import require_text_message
from handlers.kit.text import short
from handlers.kit.turn import Button, Turn
from handlers.meetings.access import access_meeting
from handlers.report.build import attendance, build, invited_people
from handlers.report.keyboards import GuestPress, Op, ReportPress, report_buttons
from handlers.report.text import pages
from storage.report import ReportRepo

PER_ROW = 2
GUEST_PROMPT = "report_guest"


async def on_callback(turn: Turn) -> None:
    """Who came (a button per member, the guests), one toggled, a guest added or removed, and
    back to the report; board only."""
    require_text_message(turn)
    press = turn.button(ReportPress, GuestPress)
    assert isinstance(press, ReportPress | GuestPress)
    turn.require_group()
    meeting = await access_meeting(turn, press.meeting_id)
    await turn.require(Role.BOARD)
    conn = await turn.conn()
    match press:
        case GuestPress(_meeting, guest_id):
            if not await ReportRepo(conn).remove_guest(meeting.id, guest_id):
                raise DomainError(STALE)
        case ReportPress(Op.REPORT):
            board = await turn.board()
            invited = await invited_people(conn, turn.chat, meeting, board)
            report = await build(conn, turn.chat, meeting, board, invited)
            text = pages(turn.lang, turn.chat, report, turn.now())[0]
            await turn.edit(text, report_buttons(turn.lang, report, turn.tz))
            return
        case ReportPress(Op.GUEST):
            day = meeting_day(meeting, turn.lang, turn.tz, turn.now())
            await turn.ask(
                turn.t("report.guest.ask", day=day), GUEST_PROMPT, {"meeting": meeting.id}
            )
            return
        case ReportPress(Op.TOGGLE, _meeting, user_id):
            assert turn.user is not None
            people = await attendance(conn, turn.chat.id, meeting, await board_ids(turn))
            if user_id is None or user_id not in people:
                raise DomainError(STALE)
            await ReportRepo(conn).set_attendance(
                meeting.id, user_id, not people[user_id][1], turn.user.id, turn.now()
            )
    text, buttons = await attendance_view(turn, meeting)
    await turn.edit(text, buttons)


async def board_ids(turn: Turn) -> list[int]:
    """The board, for the rotation's chair and minute-taker (who count as present)."""
    return [person.id for person in await turn.board()]


async def attendance_view(turn: Turn, meeting: Meeting) -> tuple[str, list[list[Button]]]:
    """Who came, as buttons to switch; the guests, each with a button to take them off."""
    conn = await turn.conn()
    people = await attendance(conn, turn.chat.id, meeting, await board_ids(turn))
    buttons: list[list[Button]] = []
    row: list[Button] = []
    for user_id, (name, came) in people.items():
        row.append((("✅ " if came else "➖ ") + name, ReportPress(Op.TOGGLE, meeting.id, user_id)))
        if len(row) == PER_ROW:
            buttons.append(row)
            row = []
    if row:
        buttons.append(row)
    for guest in await ReportRepo(conn).guests(meeting.id):
        shown = turn.label("report.button.unguest", name=short(guest.name, 40))
        buttons.append([(shown, GuestPress(meeting.id, guest.id))])
    buttons.append(
        [
            (turn.label("report.button.guest"), ReportPress(Op.GUEST, meeting.id)),
            (turn.label("report.button.back"), ReportPress(Op.REPORT, meeting.id)),
        ]
    )
    day = meeting_day(meeting, turn.lang, turn.tz, turn.now())
    return turn.t("report.attendance", day=day), buttons


async def add_guest(turn: Turn, meeting: Meeting, name: str) -> None:
    """A guest not on Telegram ("Carla (stadsdeel)"): board only, once per name."""
    await turn.require(Role.BOARD)
    assert turn.user is not None
    cleaned = clean_guest(name)
    added = await ReportRepo(await turn.conn()).add_guest(
        meeting.id, cleaned, turn.user.id, turn.now()
    )
    day = meeting_day(meeting, turn.lang, turn.tz, turn.now())
    key = "report.guest.added" if added else "report.guest.known"
    await turn.reply(turn.t(key, name=cleaned, day=day))


async def on_guest_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The name asked for by "➕ Gast"."""
    turn.require_group()
    meeting = await access_meeting(turn, int(payload.get("meeting", 0)))
    await add_guest(turn, meeting, answer)
