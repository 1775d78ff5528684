"""/peiling and /peilingen: native Telegram polls among the board, reminders, result, decision.

Telegram tells a bot who voted in its non-anonymous polls (`poll_answer`), not who is in the
group; Wijkbot knows its board (admins plus /bestuur), so it can count only the board and remind
exactly the board members who have not voted. Closing and the reminders are engine events.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import PollAnswerHandler, PollHandler

from domain import polls as poll_rules
from domain.decisions import MAX_TEXT as DECISION_MAX
from domain.errors import DomainError, UsageError
from domain.models import Chat
from domain.polls import (
    DURATION,
    PROPOSAL_KEYS,
    QUORUM,
    Poll,
    PollDraft,
    Tally,
    quorum_needed,
    read_command,
    reminder_moments,
    tally,
)
from domain.roles import Role
from domain.settings import GroupSettings
from handlers.i18n import Raw, format_moment, label, t
from handlers.kit.callbacks import CallbackData
from handlers.kit.feature import GROUP, Command, Feature, Listener
from handlers.kit.outbox import Outbox, mention, translated
from handlers.kit.services import Services
from handlers.kit.turn import Button, Turn
from schedules.engine import Firing
from schedules.when import resolve_default_time
from storage.chats import ChatRepo
from storage.decisions import DecisionRepo
from storage.due import DueRepo
from storage.people import PeopleRepo
from storage.polls import PollRepo
from storage.roles import RoleRepo
from storage.settings import SettingsRepo

log = logging.getLogger(__name__)

CLOSE_KIND = "poll_close"
REMIND_KIND = "poll_remind"
RECENT = timedelta(days=30)  # /peilingen shows polls closed this recently
RECENT_LIMIT = 5


# --- the board --------------------------------------------------------------------------------
async def board_of(svc: Services, bot: Any, chat_id: int, conn: Any = None) -> dict[int, str]:
    """The board now: Telegram admins (getChatAdministrators) and /bestuur members, id -> name.

    Inside a handler pass the turn's connection (its unit of work holds the database).
    """
    board = dict(await svc.admins.named(bot, chat_id))
    if conn is None:
        async with svc.db.transaction() as own:
            members = await RoleRepo(own).members(chat_id, Role.BOARD)
    else:
        members = await RoleRepo(conn).members(chat_id, Role.BOARD)
    for person in members:
        board.setdefault(person.id, person.full_name)
    return board


async def _names(svc: Services, ids: set[int], known: dict[int, str]) -> dict[int, str]:
    names = dict(known)
    async with svc.db.transaction() as conn:
        people = PeopleRepo(conn)
        for user_id in ids - set(known):
            person = await people.get(user_id)
            names[user_id] = person.full_name if person else str(user_id)
    return names


# --- /peiling ---------------------------------------------------------------------------------
async def poll_command(turn: Turn) -> None:
    """/peiling <vraag> [| optie ...] [sluit <wanneer>] [meerdere], or /peiling herinner."""
    turn.require_group()
    text = turn.text_after_command
    if text.split(maxsplit=1)[0].lower() in ("herinner", "remind") if text else False:
        await remind_now(turn)
        return
    await turn.require(Role.BOARD)
    if not text:
        await turn.ask(turn.t("poll.ask"), "poll")
        return
    await _create(turn, text)


async def on_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "wat is je vraag?" (kind `poll`)."""
    await turn.require(Role.BOARD)
    if not answer:
        await turn.ask(turn.t("poll.ask"), "poll")
        return
    await _create(turn, answer)


def _closing(turn: Turn, draft: PollDraft, settings: GroupSettings) -> datetime:
    now = turn.now()
    if draft.closing is None:
        return now + (settings.duration(DURATION) or timedelta(hours=48))
    return _read_moment(turn, draft.closing)


def _read_moment(turn: Turn, text: str) -> datetime:
    """A closing moment as typed ("vrijdag 17:00", "over 3 dagen"); it must be in the future."""
    now = turn.now()
    _rest, when = turn.split_when(text)  # "sluit om 5 uur": the wrapper asks back
    if when is None:
        raise UsageError(command="peiling", reason="poll.bad.closing_unread", value=text)
    moment = resolve_default_time(when, turn.chat.default_time)
    if moment <= now:
        shown = format_moment(moment, turn.lang, turn.tz, now=now)
        raise UsageError(command="peiling", reason="poll.bad.closing_past", moment=shown)
    return moment


def _option_texts(lang: str, draft: PollDraft) -> tuple[str, ...]:
    if draft.is_proposal:
        return tuple(label(lang, f"poll.option.{key}") for key in PROPOSAL_KEYS)
    return draft.options


async def _create(turn: Turn, text: str) -> None:
    draft = read_command(text)
    settings = await turn.group_settings()
    closes_at = _closing(turn, draft, settings)
    options = _option_texts(turn.lang, draft)
    multiple = draft.multiple and not draft.is_proposal
    assert turn.user is not None
    await turn.unit.commit()
    sent = await turn.bot.send_poll(
        turn.chat.id,
        draft.question,
        list(options),
        is_anonymous=False,
        allows_multiple_answers=multiple,
        message_thread_id=turn.thread_id,
        reply_markup=turn.keyboard([[(turn.label("poll.button.close"), PollPress("close"))]]),
    )
    assert sent.poll is not None
    conn = await turn.conn()
    poll_id = await PollRepo(conn).add(
        chat_id=turn.chat.id,
        created_by=turn.user.id,
        question=draft.question,
        options=options,
        proposal=draft.is_proposal,
        multiple=multiple,
        native_id=sent.poll.id,
        message_id=sent.message_id,
        thread_id=turn.thread_id,
        closes_at=closes_at,
        now=turn.now(),
    )
    await _schedule(turn, poll_id, closes_at)
    board = await board_of(turn.svc, turn.bot, turn.chat.id, await turn.conn())
    percent = settings.number(QUORUM)
    await turn.reply(
        turn.t(
            "poll.opened",
            who=turn.user.first_name,
            moment=format_moment(closes_at, turn.lang, turn.tz, now=turn.now()),
            board=len(board),
            percent=percent,
            needed=quorum_needed(len(board), percent),
        )
    )
    await turn.svc.engine.changed()


async def _schedule(turn: Turn, poll_id: int, closes_at: datetime) -> None:
    """The close at the deadline and the reminders 24 hours and 1 hour before it."""
    conn = await turn.conn()
    engine = turn.svc.engine
    tz = turn.chat.timezone
    await engine.schedule(conn, CLOSE_KIND, turn.chat.id, closes_at, timezone=tz, target_id=poll_id)
    for moment, tag in reminder_moments(closes_at, turn.now()):
        await engine.schedule(
            conn,
            REMIND_KIND,
            turn.chat.id,
            moment,
            timezone=tz,
            target_id=poll_id,
            payload={"lead": tag},
        )


# --- votes (poll_answer and poll updates carry no chat) -----------------------------------------
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


# --- closing ----------------------------------------------------------------------------------
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
        board = await board_of(svc, out.bot, poll.chat_id)
        try:
            await translated(out.bot.stop_poll(poll.chat_id, poll.message_id))
        except BadRequest as exc:  # stopped already (a crash after this call), or deleted
            log.info("stopPoll for poll %s: %s", poll.id, exc)
        async with svc.db.transaction() as conn:
            repo = PollRepo(conn)
            await repo.close(poll.id, svc.clock.now(), closed_by, board)
            due = DueRepo(conn)
            await due.cancel_target(CLOSE_KIND, poll.id)
            await due.cancel_target(REMIND_KIND, poll.id)
            poll = await repo.get(poll.id)
        assert poll is not None
    if poll.result_message_id is not None:
        return
    chat, settings, votes = await _context(svc, poll)
    text, buttons = await _result(out, chat, settings, poll, votes)
    sent = await out.send(
        poll.chat_id, text, buttons, thread_id=poll.thread_id, reply_to=poll.message_id
    )
    async with svc.db.transaction() as conn:
        await PollRepo(conn).set_result_message(poll.id, sent.message_id)


async def _context(svc: Services, poll: Poll) -> tuple[Chat, GroupSettings, dict[int, Any]]:
    async with svc.db.transaction() as conn:
        chat = await ChatRepo(conn).get(poll.chat_id)
        settings = await SettingsRepo(conn).of(poll.chat_id)
        votes = await PollRepo(conn).votes(poll.id)
    assert chat is not None
    return chat, settings, votes


def count(poll: Poll, votes: dict[int, Any], board: set[int], settings: GroupSettings) -> Tally:
    return tally(
        poll.options,
        votes,
        frozenset(board),
        settings.number(QUORUM),
        proposal=poll.proposal,
    )


def outcome_text(lang: str, result: Tally) -> str:
    kind, leaders = result.outcome
    return t(lang, f"poll.outcome.{kind}", options=", ".join(leaders))


async def _result(
    out: Outbox, chat: Chat, settings: GroupSettings, poll: Poll, votes: dict[int, Any]
) -> tuple[str, list[list[Button]]]:
    """The result message: counts among the board, who voted what, turnout against quorum."""
    lang = chat.language
    board_names = await board_of(out.svc, out.bot, chat.id)
    board = set(poll.board) if poll.board is not None else set(board_names)
    result = count(poll, votes, board, settings)
    names = await _names(out.svc, board | set(votes), board_names)
    lines = [t(lang, "poll.result.title", question=poll.question)]
    lines += [
        t(lang, "poll.result.count", option=option, count=number)
        for option, number in zip(poll.options, result.counts, strict=True)
    ]
    who = [
        t(lang, "poll.result.voter", name=names[uid], choice=_choice(poll, picked))
        for uid, picked in result.board_votes.items()
    ]
    if who:
        lines.append("\n" + t(lang, "poll.result.who") + "\n" + "\n".join(who))
    if result.other_votes:
        others = [
            t(lang, "poll.result.voter", name=names[uid], choice=_choice(poll, picked))
            for uid, picked in result.other_votes.items()
        ]
        lines.append("\n" + t(lang, "poll.result.not_counted") + "\n" + "\n".join(others))
    if result.non_voters:
        absent = ", ".join(names[uid] for uid in result.non_voters)
        lines.append("\n" + t(lang, "poll.result.absent", names=absent))
    lines.append("\n" + _turnout(lang, result))
    lines.append(t(lang, "poll.result.outcome", outcome=outcome_text(lang, result)))
    return "\n".join(lines), result_buttons(lang, poll)


def result_buttons(lang: str, poll: Poll) -> list[list[Button]]:
    """Under the result: log it as a decision, or reopen; none once it is a decision."""
    if poll.decision_id is not None:
        return []
    return [
        [(label(lang, "poll.button.decide"), PollPress("decide", poll.id))],
        [(label(lang, "poll.button.reopen"), PollPress("reopen", poll.id))],
    ]


def _choice(poll: Poll, picked: tuple[int, ...]) -> str:
    return ", ".join(poll.options[i] for i in picked)


def _turnout(lang: str, result: Tally) -> str:
    key = "poll.result.quorum_met" if result.quorum_met else "poll.result.quorum_missed"
    return t(
        lang,
        key,
        turnout=result.turnout,
        board=len(result.board),
        percent=result.turnout_percent,
        quorum=result.quorum_percent,
        needed=result.needed,
    )


async def fire_close(out: Outbox, firing: Firing) -> None:
    """The engine's sender at a poll's deadline (also when it passed while the bot was down)."""
    for poll_id in dict.fromkeys(e.target_id for e in firing.events if e.target_id is not None):
        await close_poll(out, poll_id, closed_by=None)


# --- reminders ----------------------------------------------------------------------------------
async def fire_remind(out: Outbox, firing: Firing) -> None:
    """The engine's sender 24 hours and 1 hour before closing: mention exactly the non-voters."""
    for poll_id in dict.fromkeys(e.target_id for e in firing.events if e.target_id is not None):
        async with out.svc.db.transaction() as conn:
            poll = await PollRepo(conn).get(poll_id)
        if poll is None or not poll.is_open or poll.closes_at <= firing.now:
            continue  # closed meanwhile: the result says who did not vote
        await remind(out, poll)


async def remind(out: Outbox, poll: Poll) -> int:
    """Remind the board members who have not voted: in the group with a mention, and privately
    those who pressed Start. Returns how many were reminded (0: everyone voted)."""
    chat, settings, votes = await _context(out.svc, poll)
    board_names = await board_of(out.svc, out.bot, chat.id)
    result = count(poll, votes, set(board_names), settings)
    if not result.non_voters:
        return 0
    lang = chat.language
    now = out.svc.clock.now()
    moment = format_moment(poll.closes_at, lang, chat.timezone, now=now)
    mentions = Raw(", ".join(mention(uid, board_names[uid]) for uid in result.non_voters))
    text = t(
        lang,
        "poll.remind.group",
        left=_left(lang, poll.closes_at - now),
        question=poll.question,
        moment=moment,
        names=mentions,
        turnout=result.turnout,
        board=len(result.board),
    )
    await out.send(poll.chat_id, text, thread_id=poll.thread_id, reply_to=poll.message_id)
    async with out.svc.db.transaction() as conn:
        people = PeopleRepo(conn)
        private = [p for uid in result.non_voters if (p := await people.get(uid)) is not None]
    for person in private:
        await out.also_private(
            person,
            t(lang, "poll.remind.private", group=chat.name, question=poll.question, moment=moment),
        )
    return len(result.non_voters)


def _left(lang: str, left: timedelta) -> str:
    minutes = max(1, round(left.total_seconds() / 60))
    if minutes < 90:
        return t(lang, "poll.left.minutes", n=minutes)
    return t(lang, "poll.left.hours", n=round(minutes / 60))


async def remind_now(turn: Turn) -> None:
    """/peiling herinner: the creator (or an admin) reminds the non-voters at once."""
    poll = await _target_poll(turn)
    await _require_owner(turn, poll)
    await turn.unit.commit()
    reminded = await remind(Outbox(turn.svc, turn.bot), poll)
    if reminded == 0:
        await turn.reply(turn.t("poll.remind.everyone_voted", question=poll.question))


async def _target_poll(turn: Turn) -> Poll:
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


async def _require_owner(turn: Turn, poll: Poll) -> None:
    """Closing, reopening and reminding are for the poll's creator or a group admin."""
    assert turn.user is not None
    if turn.user.id != poll.created_by and not (await turn.standing()).is_admin:
        raise DomainError("poll.error.not_owner")


# --- buttons: close, reopen ---------------------------------------------------------------------
@dataclass(frozen=True)
class PollPress(CallbackData, prefix="poll"):
    """poll:close[:id] | decide:id | reopen:id (no id: the poll message the button sits on)."""

    op: str
    poll_id: int | None = None


async def on_callback(turn: Turn) -> None:
    """A poll's buttons; every press re-checks the chat and the rights."""
    press = turn.button(PollPress)
    action = press.op
    poll = await _pressed_poll(turn, press.poll_id)
    if action == "close":
        await _require_owner(turn, poll)
        if not poll.is_open:
            raise DomainError("poll.error.closed")
        await turn.unit.commit()
        assert turn.user is not None
        await close_poll(Outbox(turn.svc, turn.bot), poll.id, closed_by=turn.user.id)
        await turn.svc.engine.changed()
        await turn.notice(turn.t("poll.closed_notice"))
    elif action == "decide":
        await _decide(turn, poll)
    elif action == "reopen":
        await _require_owner(turn, poll)
        if poll.is_open:
            raise DomainError("poll.error.open")
        if poll.decision_id is not None:
            raise DomainError("poll.error.decided")
        await turn.ask(
            turn.t("poll.reopen.ask", question=poll.question), "poll_reopen", {"poll": poll.id}
        )
    else:
        raise DomainError("error.stale_button")


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


def decision_text(lang: str, poll: Poll, result: Tally) -> str:
    """ "Peiling: vraag — uitkomst (Voor 3, Tegen 1, Onthouding 0; 4 van 5 bestuursleden)"."""
    counts = ", ".join(f"{o} {n}" for o, n in zip(poll.options, result.counts, strict=True))
    kind, leaders = result.outcome
    outcome = label(lang, f"poll.outcome.{kind}", options=", ".join(leaders))
    question = poll.question
    while True:
        text = label(
            lang,
            "poll.decision",
            question=question,
            outcome=outcome,
            counts=counts,
            turnout=result.turnout,
            board=len(result.board),
        )
        if len(text) <= DECISION_MAX or len(question) < 20:
            return text[:DECISION_MAX]
        question = question[: len(question) - (len(text) - DECISION_MAX) - 1].rstrip() + "…"


async def _pressed_poll(turn: Turn, poll_id: int | None) -> Poll:
    """The poll a button names (or the poll message it sits on), only in its own chat."""
    repo = PollRepo(await turn.conn())
    if poll_id is not None:
        return await turn.own(await repo.get(poll_id))
    message = turn.message
    return await turn.own(
        await repo.by_message(turn.chat.id, message.message_id) if message else None
    )


async def on_reopen_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The new deadline for a closed poll: Telegram cannot reopen a stopped poll, so the same
    question goes out again as a new native poll; earlier votes keep counting."""
    poll = await turn.own(await PollRepo(await turn.conn()).get(int(payload.get("poll", 0))))
    await _require_owner(turn, poll)
    if poll.is_open:
        raise DomainError("poll.error.open")
    if poll.decision_id is not None:
        raise DomainError("poll.error.decided")
    try:
        closes_at = _read_moment(turn, answer)
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
        reply_markup=turn.keyboard([[(turn.label("poll.button.close"), PollPress("close"))]]),
    )
    assert sent.poll is not None
    await PollRepo(await turn.conn()).reopen(poll.id, sent.poll.id, sent.message_id, closes_at)
    await _schedule(turn, poll.id, closes_at)
    await turn.reply(
        turn.t(
            "poll.reopened",
            moment=format_moment(closes_at, turn.lang, turn.tz, now=turn.now()),
        )
    )
    await turn.svc.engine.changed()


# --- /peilingen ---------------------------------------------------------------------------------
async def list_polls(turn: Turn) -> None:
    """/peilingen: the open polls (closing, turnout) and those closed recently (outcome)."""
    turn.require_group()
    repo = PollRepo(await turn.conn())
    now = turn.now()
    open_polls = await repo.open_in(turn.chat.id)
    closed = await repo.closed_since(turn.chat.id, now - RECENT, RECENT_LIMIT)
    if not open_polls and not closed:
        await turn.reply(turn.t("poll.list.empty"))
        return
    settings = await turn.group_settings()
    votes = {p.id: await repo.votes(p.id) for p in [*open_polls, *closed]}
    await turn.unit.commit()
    board_now = set(await board_of(turn.svc, turn.bot, turn.chat.id))
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
                    board=len(result.board),
                )
            )
            buttons.append(
                [
                    (
                        turn.label("poll.button.close_n", number=number),
                        PollPress("close", poll.id),
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
    await turn.reply("\n".join(lines), buttons)


FEATURE = Feature(
    "polls",
    commands=(
        Command("peiling", poll_command, aliases=("poll",), scopes=frozenset({GROUP}), dates=True),
        Command("peilingen", list_polls, aliases=("polls",), scopes=frozenset({GROUP})),
    ),
    callbacks={"poll": on_callback},
    prompts={"poll": on_prompt, "poll_reopen": on_reopen_prompt},
    events={CLOSE_KIND: fire_close, REMIND_KIND: fire_remind},
    settings=tuple(poll_rules.SETTINGS),
    # poll and poll_answer updates carry no chat: the poll they are about says which chat
    listeners=(
        Listener(PollAnswerHandler, on_poll_answer, chat_of=chat_of_update),
        Listener(PollHandler, on_poll, chat_of=chat_of_update),
    ),
    updates=("poll", "poll_answer"),
)
