"""/export adviezen: one row per advice, for Excel or LibreOffice."""

from __future__ import annotations

from domain.advice.model import Lateness
from domain.workdays import working_days_between
from handlers.advice.parse import today_of
from handlers.advice.text import OUTCOME_KEY, STATE_KEY
from handlers.i18n import label
from handlers.kit.documents import spreadsheet_csv
from handlers.kit.turn import Turn
from storage.advice import AdviceRepo

_HEADER = (
    "advice.csv.number",
    "advice.csv.subject",
    "advice.csv.recipient",
    "advice.csv.requested",
    "advice.csv.sent",
    "advice.csv.ack_due",
    "advice.csv.reply_due",
    "advice.csv.very_late",
    "advice.csv.state",
    "advice.csv.late",
    "advice.csv.acknowledged",
    "advice.csv.answered",
    "advice.csv.outcome",
    "advice.csv.summary",
    "advice.csv.ack_days",
    "advice.csv.reply_days",
    "advice.csv.postponed_to",
    "advice.csv.postpone_reason",
    "advice.csv.document",
)
_REQUESTED_KEY = {True: "advice.csv.requested.yes", False: "advice.csv.requested.no"}
_LATENESS_KEY = {
    Lateness.ON_TIME: "advice.lateness.op_tijd",
    Lateness.LATE: "advice.lateness.te_laat",
    Lateness.VERY_LATE: "advice.lateness.lang_te_laat",
}


async def export_csv(turn: Turn) -> None:
    """/export adviezen: one row per advice, for Excel or LibreOffice."""
    advices = await AdviceRepo(await turn.conn()).of_chat(turn.chat.id)
    today = today_of(turn)
    lang = turn.lang
    rows = []
    for a in advices:
        due = a.deadlines
        rows.append(
            [
                a.number,
                a.subject,
                a.recipient,
                "" if a.requested is None else label(lang, _REQUESTED_KEY[a.requested]),
                a.sent_on.isoformat(),
                due.ack.end.isoformat(),
                due.reply.end.isoformat(),
                due.very_late.end.isoformat(),
                label(lang, STATE_KEY[a.state]),
                label(lang, _LATENESS_KEY[a.lateness(today)]),
                a.acknowledged_on.isoformat() if a.acknowledged_on else "",
                a.answered_on.isoformat() if a.answered_on else "",
                label(lang, OUTCOME_KEY[a.outcome]) if a.outcome else "",
                a.summary or "",
                working_days_between(a.sent_on, a.acknowledged_on) if a.acknowledged_on else "",
                working_days_between(a.sent_on, a.answered_on) if a.answered_on else "",
                a.postponed_to.isoformat() if a.postponed_to else "",
                a.postpone_reason or "",
                a.document_name or a.link or "",
            ]
        )
    data = spreadsheet_csv([label(lang, key) for key in _HEADER], rows)
    await turn.reply_file("adviezen.csv", data, turn.t("advice.csv.caption", count=len(advices)))
