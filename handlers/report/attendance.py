"""The rpt: buttons under a report: the board corrects who came, then back to the report."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from domain.errors import DomainError
from domain.meetings import Meeting
from domain.roles import Role
from handlers.actions.meeting import meeting_day
from handlers.i18n import label
from handlers.kit.callbacks import STALE, CallbackData
from handlers.kit.paging import require_text_message
from handlers.kit.turn import Button, Turn
from handlers.meetings.access import access_meeting
from handlers.report.build import attendance, build
from handlers.report.text import pages
from storage.report import ReportRepo

PER_ROW = 2


class Op(StrEnum):
    ATTENDANCE = "a"  # who came, as buttons
    TOGGLE = "t"  # one person came or not
    REPORT = "r"  # back to the report


@dataclass(frozen=True)
class ReportPress(CallbackData, prefix="rpt"):
    """rpt:a:<meeting>, rpt:t:<meeting>:<user>, rpt:r:<meeting>."""

    op: Op
    meeting_id: int
    user_id: int | None = None


def report_buttons(lang: str, meeting: Meeting) -> list[list[Button]]:
    """Under the report's first message: "Aanwezigen aanpassen"."""
    return [[(label(lang, "report.button.attendance"), ReportPress(Op.ATTENDANCE, meeting.id))]]


async def on_callback(turn: Turn) -> None:
    """Who came (a button per member), one toggled, and back to the report; board only."""
    require_text_message(turn)
    press = turn.button(ReportPress)
    turn.require_group()
    meeting = await access_meeting(turn, press.meeting_id)
    await turn.require(Role.BOARD)
    conn = await turn.conn()
    if press.op is Op.REPORT:
        report = await build(conn, turn.chat, meeting)
        text = pages(turn.lang, turn.chat, report, turn.now())[0]
        await turn.edit(text, report_buttons(turn.lang, meeting))
        return
    if press.op is Op.TOGGLE:
        assert turn.user is not None
        people = await attendance(conn, turn.chat.id, meeting)
        if press.user_id is None or press.user_id not in people:
            raise DomainError(STALE)
        present = not people[press.user_id][1]
        await ReportRepo(conn).set_attendance(
            meeting.id, press.user_id, present, turn.user.id, turn.now()
        )
    people = await attendance(conn, turn.chat.id, meeting)
    buttons: list[list[Button]] = []
    row: list[Button] = []
    for user_id, (name, came) in people.items():
        row.append((("✅ " if came else "➖ ") + name, ReportPress(Op.TOGGLE, meeting.id, user_id)))
        if len(row) == PER_ROW:
            buttons.append(row)
            row = []
    if row:
        buttons.append(row)
    buttons.append([(turn.label("report.button.back"), ReportPress(Op.REPORT, meeting.id))])
    day = meeting_day(meeting, turn.lang, turn.tz, turn.now())
    await turn.edit(turn.t("report.attendance", day=day), buttons)
