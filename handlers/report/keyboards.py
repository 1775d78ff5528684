"""The buttons under a meeting report: their typed data and the rows (imports no other module
of the package but the report's data)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from babel.dates import format_date

from handlers.i18n import label
from handlers.kit.callbacks import CallbackData
from handlers.kit.turn import Button
from handlers.report.build import Report


class Op(StrEnum):
    ATTENDANCE = "a"  # who came, as buttons
    TOGGLE = "t"  # one person came or not
    REPORT = "r"  # back to the report
    GUEST = "g"  # add a guest (asks the name)


@dataclass(frozen=True)
class ReportPress(CallbackData, prefix="rpt"):
    """rpt:a:<meeting>, rpt:t:<meeting>:<user>, rpt:r:<meeting>."""

    op: Op
    meeting_id: int
    user_id: int | None = None


@dataclass(frozen=True)
class GuestPress(CallbackData, prefix="rpt:x"):
    """rpt:x:<meeting>:<guest>: the guest was not there after all."""

    meeting_id: int
    guest_id: int


@dataclass(frozen=True)
class MailPress(CallbackData, prefix="rpt:m"):
    """rpt:m:<meeting>: mail this report to the group's addresses (once per version)."""

    meeting_id: int


@dataclass(frozen=True)
class ApprovePress(CallbackData, prefix="rpt:v"):
    """rpt:v:<meeting>:<earlier meeting>: at this meeting the earlier report is approved."""

    meeting_id: int
    previous_id: int


@dataclass(frozen=True)
class NotePick(CallbackData, prefix="rpt:n"):
    """rpt:n:<number>: the note typed after /notulen goes with agenda item <number> (0: the
    rondvraag); the note itself is kept with the question (prompt `minutes_pick`)."""

    number: int


def note_buttons(lang: str, items: list[tuple[int, str]]) -> list[list[Button]]:
    """One button per agenda item ("2. Hek bij de speeltuin") and "Rondvraag"."""
    rows: list[list[Button]] = [
        [(label(lang, "minutes.button.item", number=number, text=text)[:64], NotePick(number))]
        for number, text in items
    ]
    rows.append([(label(lang, "minutes.button.rondvraag"), NotePick(0))])
    return rows


def report_buttons(lang: str, report: Report, tz: ZoneInfo | None = None) -> list[list[Button]]:
    """Under the report's first message: who came, mail it, and (at the next meeting of its
    kind) the earlier report approved with one press."""
    meeting = report.meeting
    rows: list[list[Button]] = [
        [
            (label(lang, "report.button.attendance"), ReportPress(Op.ATTENDANCE, meeting.id)),
            (label(lang, "report.button.mail"), MailPress(meeting.id)),
        ]
    ]
    earlier = report.to_approve
    if earlier is not None:
        local = earlier.starts_at.astimezone(tz) if tz is not None else earlier.starts_at
        day = str(format_date(local.date(), "d MMMM", locale=lang))
        rows.append(
            [(label(lang, "report.button.approve", day=day), ApprovePress(meeting.id, earlier.id))]
        )
    return rows
