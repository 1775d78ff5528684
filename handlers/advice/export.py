"""/export adviezen: one row per advice, for Excel or LibreOffice."""

from __future__ import annotations

from domain.workdays import working_days_between
from handlers.advice.parse import today_of
from handlers.i18n import label
from handlers.kit.documents import spreadsheet_csv
from handlers.kit.turn import Turn
from storage.advice import AdviceRepo


async def export_csv(turn: Turn) -> None:
    """/export adviezen: one row per advice, for Excel or LibreOffice."""
    advices = await AdviceRepo(await turn.conn()).of_chat(turn.chat.id)
    today = today_of(turn)
    header = [label(turn.lang, f"advice.csv.{column}") for column in _COLUMNS]
    rows = []
    for a in advices:
        due = a.deadlines
        rows.append(
            [
                a.number,
                a.subject,
                a.recipient,
                ""
                if a.requested is None
                else label(turn.lang, f"advice.csv.requested.{a.requested}"),
                a.sent_on.isoformat(),
                due.ack.end.isoformat(),
                due.reply.end.isoformat(),
                due.very_late.end.isoformat(),
                label(turn.lang, f"advice.state.{a.state.name.lower()}"),
                label(turn.lang, f"advice.lateness.{a.lateness(today).value}"),
                a.acknowledged_on.isoformat() if a.acknowledged_on else "",
                a.answered_on.isoformat() if a.answered_on else "",
                label(turn.lang, f"advice.outcome.{a.outcome.name.lower()}") if a.outcome else "",
                a.summary or "",
                working_days_between(a.sent_on, a.acknowledged_on) if a.acknowledged_on else "",
                working_days_between(a.sent_on, a.answered_on) if a.answered_on else "",
                a.postponed_to.isoformat() if a.postponed_to else "",
                a.postpone_reason or "",
                a.document_name or a.link or "",
            ]
        )
    data = spreadsheet_csv(header, rows)
    await turn.reply_file("adviezen.csv", data, turn.t("advice.csv.caption", count=len(advices)))


_COLUMNS = (
    "number",
    "subject",
    "recipient",
    "requested",
    "sent",
    "ack_due",
    "reply_due",
    "very_late",
    "state",
    "late",
    "acknowledged",
    "answered",
    "outcome",
    "summary",
    "ack_days",
    "reply_days",
    "postponed_to",
    "postpone_reason",
    "document",
)
