"""What a poll's buttons do: close it, log the result as a decision, reopen it."""

from __future__ import annotations

from typing import Any

from domain.errors import DomainError, UsageError
from domain.polls import Poll
from domain.roles import Role
from handlers.i18n import format_moment
from handlers.kit.outbox import Outbox
from handlers.kit.turn import Turn
from handlers.polls.access import access_poll, require_owner
from handlers.polls.closing import close_poll
from handlers.polls.create import read_moment
from handlers.polls.keyboards import PollOp, PollPress, close_buttons
from handlers.polls.listing import poll_list
from handlers.polls.plan import plan
from handlers.polls.text import count, decision_text
from storage.decisions import DecisionRepo
from storage.polls import PollRepo


async def on_press(turn: Turn) -> None:
    """A poll's buttons; every press re-checks the chat and the rights."""
    press = turn.button(PollPress)
    poll = await access_poll(turn, press.poll_id)
    if press.op is PollOp.CLOSE:
        await _close(turn, poll)
    elif press.op is PollOp.DECIDE:
        await _decide(turn, poll)
    else:
        await _ask_reopen(turn, poll)


async def _close(turn: Turn, poll: Poll) -> None:
    await require_owner(turn, poll)
    listed = turn.message is not None and turn.message.message_id != poll.message_id
    if not poll.is_open:
        if not listed:
            raise DomainError("poll.error.closed")
        await turn.edit(*await poll_list(turn))  # an old /peilingen, shown as it stands now
        await turn.notice(turn.t("poll.error.closed"))
        return
    await turn.unit.commit()
    assert turn.user is not None
    await close_poll(Outbox(turn.svc, turn.bot), poll.id, closed_by=turn.user.id)
    await turn.svc.engine.changed()
    if listed:  # "🔒 Sluit 1" under /peilingen: the list, edited in place
        await turn.edit(*await poll_list(turn))
    await turn.notice(turn.t("poll.closed_notice"))


async def _decide(turn: Turn, poll: Poll) -> None:
    """ "Vastleggen als besluit": a decision with the question, the outcome and the count,
    linked to the poll (`polls.decision_id`); the result message says so. Board only, once."""
    await turn.require(Role.BOARD)
    if poll.is_open:
        raise DomainError("poll.error.open")
    conn = await turn.conn()
    if poll.decision_id is not None:
        raise DomainError("poll.error.decided")
    settings = await turn.group_settings()
    votes = await PollRepo(conn).votes(poll.id)
    assert poll.board is not None  # a closed poll keeps the board it was counted among
    result = count(poll, votes, set(poll.board), settings)
    assert turn.user is not None
    decision = await DecisionRepo(conn).add(
        turn.chat.id, decision_text(turn.lang, poll, result), turn.user.id, turn.now()
    )
    await PollRepo(conn).set_decision(poll.id, decision.id)
    message = turn.message
    shown = message.text_html if message is not None and message.text else ""
    note = turn.t("poll.decided", number=decision.number, who=turn.user.first_name)
    await turn.edit(f"{shown}\n\n{note}".strip())
    await turn.notice(turn.t("poll.decided.notice", number=decision.number))


def _require_reopenable(poll: Poll) -> None:
    if poll.is_open:
        raise DomainError("poll.error.open")
    if poll.decision_id is not None:
        raise DomainError("poll.error.decided")


async def _ask_reopen(turn: Turn, poll: Poll) -> None:
    await require_owner(turn, poll)
    _require_reopenable(poll)
    await turn.ask(
        turn.t("poll.reopen.ask", question=poll.question), "poll_reopen", {"poll": poll.id}
    )


async def on_reopen_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The new deadline for a closed poll: Telegram cannot reopen a stopped poll, so the same
    question goes out again as a new native poll; earlier votes keep counting."""
    poll = await access_poll(turn, int(payload.get("poll", 0)))
    await require_owner(turn, poll)
    _require_reopenable(poll)
    try:
        closes_at = read_moment(turn, answer)
    except UsageError as exc:
        reason = str(exc.params.get("reason", "poll.bad.closing_unread"))
        params = {k: v for k, v in exc.params.items() if k not in ("reason", "command")}
        await turn.ask(
            turn.t(reason, **params) + "\n" + turn.t("poll.reopen.ask", question=poll.question),
            "poll_reopen",
            payload,
        )
        return
    await turn.unit.commit()
    sent = await turn.bot.send_poll(
        poll.chat_id,
        poll.question,
        list(poll.options),
        is_anonymous=False,
        allows_multiple_answers=poll.multiple,
        message_thread_id=poll.thread_id,
        reply_markup=turn.keyboard(close_buttons(turn.lang)),
    )
    assert sent.poll is not None
    await PollRepo(await turn.conn()).reopen(poll.id, sent.poll.id, sent.message_id, closes_at)
    await plan(turn, poll.id, closes_at)
    await turn.reply(
        turn.t(
            "poll.reopened",
            moment=format_moment(closes_at, turn.lang, turn.tz, now=turn.now()),
        )
    )
    await turn.svc.engine.changed()
