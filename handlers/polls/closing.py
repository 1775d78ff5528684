"""Closing a poll (at its deadline, by the button, or stopped in Telegram) and its result."""

from __future__ import annotations

import logging
from typing import Any

from telegram.error import BadRequest

from domain.models import Chat, Person
from domain.polls import Poll
from handlers.kit.outbox import Outbox, translated
from handlers.polls.keyboards import result_buttons
from handlers.polls.plan import unplan
from handlers.polls.text import count, result_text
from schedules.engine import Firing
from storage.people import PeopleRepo
from storage.polls import PollRepo
from storage.settings import SettingsRepo

log = logging.getLogger(__name__)


async def load_poll(conn: Any, poll_id: int) -> Poll | None:
    return await PollRepo(conn).get(poll_id)


async def fire_close(out: Outbox, firing: Firing) -> None:
    """The engine's sender at a poll's deadline (also when it passed while the bot was down)."""
    _chat, polls = await out.targets(firing, load_poll)
    for poll_id in dict.fromkeys(poll.id for poll in polls):
        await close_poll(out, poll_id, closed_by=None)


async def close_poll(out: Outbox, poll_id: int, *, closed_by: int | None) -> None:
    """Stop the native poll, store the board it counted among, post the result: once.

    Safe to repeat after a crash at any step: a stopped poll is not stopped again, and the
    result goes out only while none is recorded.
    """
    svc = out.svc
    async with svc.db.transaction() as conn:
        poll = await PollRepo(conn).get(poll_id)
    if poll is None:
        return
    if poll.is_open:
        board = await out.board(poll.chat_id)
        try:
            await translated(out.bot.stop_poll(poll.chat_id, poll.message_id))
        except BadRequest as exc:  # stopped already (a crash after this call), or deleted
            log.info("stopPoll for poll %s: %s", poll.id, exc)
        async with svc.db.transaction() as conn:
            repo = PollRepo(conn)
            await repo.close(poll.id, svc.clock.now(), closed_by, [p.id for p in board])
            await unplan(conn, poll.id)
            poll = await repo.get(poll.id)
        assert poll is not None
    if poll.result_message_id is not None:
        return
    chat = await out.chat(poll.chat_id)
    assert chat is not None
    text = await _result(out, chat, poll)
    sent = await out.send(
        poll.chat_id,
        text,
        result_buttons(chat.language, poll),
        thread_id=poll.thread_id,
        reply_to=poll.message_id,
    )
    async with svc.db.transaction() as conn:
        await PollRepo(conn).set_result_message(poll.id, sent.message_id)


async def _result(out: Outbox, chat: Chat, poll: Poll) -> str:
    """The result, counted among the board the poll closed with (today's, if none is kept)."""
    board_now = await out.board(chat.id)
    async with out.svc.db.transaction() as conn:
        settings = await SettingsRepo(conn).of(chat.id)
        votes = await PollRepo(conn).votes(poll.id)
    board = set(poll.board) if poll.board is not None else {p.id for p in board_now}
    result = count(poll, votes, board, settings)
    names = await _names(out, board | set(votes), board_now)
    return result_text(chat.language, poll, result, names)


async def _names(out: Outbox, ids: set[int], known: list[Person]) -> dict[int, str]:
    names = {person.id: person.full_name for person in known}
    async with out.svc.db.transaction() as conn:
        people = PeopleRepo(conn)
        for user_id in ids - set(names):
            person = await people.get(user_id)
            names[user_id] = person.full_name if person else str(user_id)
    return names
