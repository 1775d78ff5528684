"""/verslag: the report of the meeting in progress or last held, as messages and as a
printable A4 file; the pending action list is not needed after it."""

from __future__ import annotations

from handlers.actions.after_meeting import KIND as AFTER_MEETING
from handlers.kit.turn import Turn
from handlers.report.archive import approve_command, filename
from handlers.report.attendance import add_guest
from handlers.report.build import build, invited_people
from handlers.report.keyboards import report_buttons
from handlers.report.text import pages, report_html
from storage.due import DueRepo
from storage.report import ReportRepo

GUEST_WORDS = ("gast", "gasten", "guest", "guests")
APPROVE_WORDS = ("vaststellen", "vastgesteld", "goedkeuren", "approve")


async def report_command(turn: Turn) -> None:
    """/verslag: the report as a message and as a printable file; the board corrects who came;
    /verslag gast <naam>: a guest who is not on Telegram (board); /verslag vaststellen: the
    earlier report of this kind of meeting is approved (board)."""
    turn.require_group()
    conn = await turn.conn()
    now = turn.now()
    meeting = await ReportRepo(conn).in_progress_or_held(turn.chat.id, now)
    if meeting is None:
        await turn.reply(turn.t("report.no_meeting"))
        return
    word, _, rest = turn.text_after_command.partition(" ")
    if word.lower() in GUEST_WORDS:
        await add_guest(turn, meeting, rest)
        return
    if word.lower() in APPROVE_WORDS:
        await approve_command(turn, meeting)
        return
    board = await turn.board()
    invited = await invited_people(conn, turn.chat, meeting, board)
    report = await build(conn, turn.chat, meeting, board, invited)
    texts = pages(turn.lang, turn.chat, report, now)
    await ReportRepo(conn).mark_posted(meeting.id, turn.chat.id, "report", None, now)
    await DueRepo(conn).cancel_target(AFTER_MEETING, meeting.id)  # the list is not needed now
    await turn.reply(texts[0], report_buttons(turn.lang, report, turn.tz))
    for text in texts[1:]:
        await turn.reply(text)
    await turn.reply_file(
        filename(turn, meeting),
        report_html(turn.lang, turn.chat, report, now),
        turn.t("report.doc.caption"),
    )
