"""/overleg without a date: the coming meetings (with the board's buttons), and /overleg jaar."""

from __future__ import annotations

import html
from datetime import datetime

from domain.meetings import MINIMUM_PER_YEAR, MeetingState
from handlers.i18n import format_moment
from handlers.kit.turn import Button, Turn
from handlers.meetings.keyboards import manage_buttons, new_button
from handlers.meetings.text import people_lines, rsvp_counts, when_text
from storage.meetings import MeetingRepo

LISTED = 5  # upcoming meetings shown by /overleg
INDENT = "\n    "


NEW = "meeting_new"  # the prompt "Wanneer is het overleg?" (step by step)


async def send_listing(turn: Turn) -> None:
    """The coming meetings; the board gets buttons to change them and to plan one step by step
    (with none planned, the board is asked straight away)."""
    board = (await turn.standing()).is_board
    text, buttons = await listing(turn, with_buttons=board)
    if board and not buttons:
        await ask_new(turn)
        return
    await turn.reply(text, buttons)


async def ask_new(turn: Turn) -> None:
    """ "Wanneer is het overleg, en waar?" as a reply prompt."""
    await turn.ask(turn.t("meeting.ask_new"), NEW)


async def listing(turn: Turn, *, with_buttons: bool) -> tuple[str, list[list[Button]]]:
    """The text of the coming meetings (and the board's buttons for each)."""
    now = turn.now()
    conn = await turn.conn()
    repo = MeetingRepo(conn)
    meetings = await repo.upcoming(turn.chat.id, now, limit=LISTED)
    running = {series.id for series in await repo.active_series(turn.chat.id)}
    if not meetings:
        return turn.t("meeting.list.empty"), []
    lines = [turn.t("meeting.list.title", group=turn.chat.name)]
    buttons: list[list[Button]] = []
    for number, meeting in enumerate(meetings, start=1):
        details = [
            *await people_lines(conn, meeting, turn.lang),
            await rsvp_counts(conn, meeting, turn.lang),
        ]
        lines.append(
            f"{number}. "
            + when_text(meeting, turn.lang, turn.tz, now)
            + "".join(INDENT + line for line in details)
        )
        if with_buttons:
            suffix = f" {number}" if len(meetings) > 1 else ""
            in_series = meeting.series_id in running
            buttons.extend(manage_buttons(meeting, turn.lang, suffix, series=in_series))
    if with_buttons:
        buttons.append(new_button(turn.lang))
    return "\n\n".join(lines), buttons


async def year_overview(turn: Turn) -> None:
    """/overleg jaar: this year's meetings, held and planned, against the agreed minimum."""
    now = turn.now()
    tz = turn.tz
    year = now.astimezone(tz).year
    start = datetime(year, 1, 1, tzinfo=tz)
    end = datetime(year + 1, 1, 1, tzinfo=tz)
    conn = await turn.conn()
    meetings = [
        m
        for m in await MeetingRepo(conn).between(turn.chat.id, start, end)
        if m.state is not MeetingState.CANCELLED
    ]
    held = [m for m in meetings if m.state is MeetingState.HELD or m.ends_at <= now]
    lines = [turn.t("meeting.year.title", year=year, group=turn.chat.name)]
    for meeting in meetings:
        key = "meeting.year.held" if meeting in held else "meeting.year.planned"
        entry = turn.t(key, when=format_moment(meeting.starts_at, turn.lang, tz))
        if meeting.place:
            entry += f" — {html.escape(meeting.place, quote=False)}"
        lines.append(entry)
    if not meetings:
        lines.append(turn.t("meeting.year.none"))
    lines.append("")
    lines.append(
        turn.t(
            "meeting.year.count",
            count=len(meetings),
            held=len(held),
            planned=len(meetings) - len(held),
        )
    )
    minimum = (await turn.group_settings()).number(MINIMUM_PER_YEAR)
    if minimum:
        key = "meeting.year.below" if len(meetings) < minimum else "meeting.year.enough"
        lines.append(turn.t(key, minimum=minimum))
    await turn.reply("\n".join(lines))
