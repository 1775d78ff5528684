"""Votes: `poll_answer` and `poll` updates, which carry no chat of their own."""

from __future__ import annotations

from typing import Any

from telegram import Update

from handlers.kit.outbox import Outbox
from handlers.kit.turn import Turn
from handlers.polls.closing import close_poll
from storage.polls import PollRepo


async def chat_of_update(update: Update, conn: Any) -> int | None:
    """The chat of a `poll_answer` or `poll` update: the chat of the poll it is about."""
    native_id = (
        update.poll_answer.poll_id
        if update.poll_answer is not None
        else update.poll.id
        if update.poll is not None
        else None
    )
    if native_id is None:
        return None
    poll = await PollRepo(conn).by_native(native_id)
    return poll.chat_id if poll else None


async def on_poll_answer(turn: Turn) -> None:
    """A vote, a changed vote or a retraction (no options): stored as it arrives."""
    answer = turn.update.poll_answer
    assert answer is not None
    repo = PollRepo(await turn.conn())
    poll = await repo.by_native(answer.poll_id)
    if poll is None or not poll.is_open or turn.user is None:
        return  # a vote on behalf of a channel, or one that crossed the closing
    await repo.vote(poll.id, turn.user.id, list(answer.option_ids), turn.now())


async def on_poll(turn: Turn) -> None:
    """Telegram's view of the poll; if it was stopped without us, close it as at the deadline."""
    native = turn.update.poll
    assert native is not None
    poll = await PollRepo(await turn.conn()).by_native(native.id)
    if poll is None or not poll.is_open or not native.is_closed:
        return
    await turn.unit.commit()
    await close_poll(Outbox(turn.svc, turn.bot), poll.id, closed_by=None)
    await turn.svc.engine.changed()
