"""Which poll a button, a reply or a prompt means, and who may close, reopen or remind it."""

from __future__ import annotations

from domain.errors import DomainError
from domain.polls import Poll
from handlers.kit.turn import Turn
from storage.polls import PollRepo


async def access_poll(turn: Turn, poll_id: int | None) -> Poll:
    """The poll a button or a prompt names (no id: the poll message the button sits on), only
    in its own group."""
    repo = PollRepo(await turn.conn())
    if poll_id is not None:
        return await turn.own(await repo.get(poll_id))
    message = turn.message
    return await turn.own(
        await repo.by_message(turn.chat.id, message.message_id) if message else None
    )


async def require_owner(turn: Turn, poll: Poll) -> None:
    """Closing, reopening and reminding are for the poll's creator or a group admin."""
    assert turn.user is not None
    if turn.user.id != poll.created_by and not (await turn.standing()).is_admin:
        raise DomainError("poll.error.not_owner")


async def answered_poll(turn: Turn) -> Poll:
    """The poll answered with the command, else the asker's latest open one (any, for admins)."""
    assert turn.user is not None
    repo = PollRepo(await turn.conn())
    message = turn.message
    replied = message.reply_to_message if message is not None else None
    if replied is not None:
        poll = await repo.by_message(turn.chat.id, replied.message_id)
        if poll is not None and poll.is_open:
            return poll
    poll = await repo.latest_open(turn.chat.id, created_by=turn.user.id)
    if poll is None and (await turn.standing()).is_admin:
        poll = await repo.latest_open(turn.chat.id)
    if poll is None:
        raise DomainError("poll.error.none_open")
    return poll
