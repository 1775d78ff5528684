"""The rpt: presses routed: attendance and guests, mailing the report, approving the earlier
one."""

from __future__ import annotations

from handlers.kit.turn import Turn
from handlers.report import archive, attendance, minutes
from handlers.report.keyboards import ApprovePress, MailPress, NotePick


async def on_callback(turn: Turn) -> None:
    data = turn.query.data if turn.query is not None else None
    if MailPress.matches(data) or ApprovePress.matches(data):
        await archive.on_press(turn)
    elif NotePick.matches(data):
        await minutes.on_pick(turn)
    else:
        await attendance.on_callback(turn)
