"""/peilingen: the open polls (closing, turnout) and those closed recently (outcome)."""

from __future__ import annotations

from datetime import timedelta

from handlers.i18n import format_moment
from handlers.kit.turn import Button, Turn
from handlers.polls.keyboards import PollOp, PollPress
from handlers.polls.text import count, outcome_text
from storage.polls import PollRepo

RECENT = timedelta(days=30)  # /peilingen shows polls closed this recently
RECENT_LIMIT = 5


async def list_polls(turn: Turn) -> None:
    """/peilingen: the open polls with a close button each, then the recently closed ones."""
    turn.require_group()
    text, buttons = await poll_list(turn)
    await turn.reply(text, buttons or None)


async def poll_list(turn: Turn) -> tuple[str, list[list[Button]]]:
    """What /peilingen shows now; also what its message becomes after a press on it."""
    repo = PollRepo(await turn.conn())
    now = turn.now()
    open_polls = await repo.open_in(turn.chat.id)
    closed = await repo.closed_since(turn.chat.id, now - RECENT, RECENT_LIMIT)
    if not open_polls and not closed:
        return turn.t("poll.list.empty"), []
    settings = await turn.group_settings()
    votes = {p.id: await repo.votes(p.id) for p in [*open_polls, *closed]}
    board_now = {person.id for person in await turn.board()}
    lines: list[str] = []
    buttons: list[list[Button]] = []
    if open_polls:
        lines.append(turn.t("poll.list.open", count=len(open_polls)))
        for number, poll in enumerate(open_polls, start=1):
            result = count(poll, votes[poll.id], board_now, settings)
            lines.append(
                turn.t(
                    "poll.list.open_item",
                    number=number,
                    question=poll.question,
                    moment=format_moment(poll.closes_at, turn.lang, turn.tz, now=now),
                    turnout=result.turnout,
                    count=len(result.board),
                )
            )
            buttons.append(
                [
                    (
                        turn.label("poll.button.close_n", number=number),
                        PollPress(PollOp.CLOSE, poll.id),
                    )
                ]
            )
    if closed:
        if lines:
            lines.append("")
        lines.append(turn.t("poll.list.closed"))
        for poll in closed:
            board = set(poll.board) if poll.board is not None else board_now
            result = count(poll, votes[poll.id], board, settings)
            assert poll.closed_at is not None
            lines.append(
                turn.t(
                    "poll.list.closed_item",
                    question=poll.question,
                    moment=format_moment(poll.closed_at, turn.lang, turn.tz, now=now),
                    outcome=outcome_text(turn.lang, result),
                    turnout=result.turnout,
                    board=len(result.board),
                )
            )
    return "\n".join(lines), buttons
