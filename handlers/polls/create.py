"""/peiling: reading the command (or the answer to "wat is je vraag?") and opening the poll."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from domain.calm import quiet_hours_of
from domain.errors import UsageError
from domain.polls import (
    DURATION,
    QUORUM,
    REMIND,
    PollDraft,
    quorum_needed,
    read_command,
    reminder_moments,
)
from domain.roles import Role
from domain.settings import GroupSettings
from handlers.i18n import format_moment, label
from handlers.kit.turn import Turn
from handlers.polls.keyboards import close_buttons
from handlers.polls.plan import plan
from handlers.polls.reminding import remind_now
from handlers.polls.text import PROPOSAL_OPTIONS
from schedules.when import resolve_default_time
from storage.polls import PollRepo


async def poll_command(turn: Turn) -> None:
    """/peiling <vraag> [| optie ...] [sluit <wanneer>] [meerdere], or /peiling herinner."""
    turn.require_group()
    text = turn.text_after_command
    if text and text.split(maxsplit=1)[0].lower() in REMIND:
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
    if draft.closing is None:
        # a moment the bot picked: the result never comes inside the quiet hours (a poll
        # opened at 22:30 closes at 08:00 two days later, not at 22:30)
        moment = turn.now() + (settings.duration(DURATION) or timedelta(hours=48))
        quiet = quiet_hours_of(settings)
        local = moment.astimezone(turn.tz)
        if quiet is not None and quiet.contains(local.time()):
            return quiet.end_after(local, turn.tz)
        return moment
    return read_moment(turn, draft.closing)


def read_moment(turn: Turn, text: str) -> datetime:
    """A closing moment as typed ("vrijdag 17:00", "over 3 dagen"); it must be in the future."""
    now = turn.now()
    rest, when = turn.split_when(text)  # "sluit om 5 uur": the wrapper asks back
    turn.no_date_words(text, rest)  # "sluit donderdg 17:00": asked, not today at 17:00
    if when is None:
        raise UsageError(command="peiling", reason="poll.bad.closing_unread", value=text)
    moment = resolve_default_time(when, turn.chat.default_time)
    if moment <= now:
        shown = format_moment(moment, turn.lang, turn.tz, now=now)
        raise UsageError(command="peiling", reason="poll.bad.closing_past", moment=shown)
    return moment


async def _create(turn: Turn, text: str) -> None:
    draft = read_command(text)
    settings = await turn.group_settings()
    closes_at = _closing(turn, draft, settings)
    options = (
        tuple(label(turn.lang, key) for key in PROPOSAL_OPTIONS)
        if draft.is_proposal
        else draft.options
    )
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
        reply_markup=turn.keyboard(close_buttons(turn.lang)),
    )
    assert sent.poll is not None
    poll_id = await PollRepo(await turn.conn()).add(
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
    await plan(turn, poll_id, closes_at)
    board = await turn.board()
    percent = settings.number(QUORUM)
    opened = turn.t(
        "poll.opened",
        who=turn.user.first_name,
        moment=format_moment(closes_at, turn.lang, turn.tz, now=turn.now()),
        count=len(board),
        percent=percent,
        needed=quorum_needed(len(board), percent),
    )
    for moment, _tag in reminder_moments(closes_at, turn.now()):  # the one reminder, if any
        hours = round((closes_at - moment).total_seconds() / 3600)
        opened += " " + turn.t("poll.opened.reminder", count=hours)
    # what was read, so that a misreading shows at once
    if draft.is_proposal:
        opened += "\n" + turn.t("poll.opened.proposal")
        if draft.maybe_choice:
            opened += "\n" + turn.t("poll.opened.choice_hint")
    else:
        opened += "\n" + turn.t("poll.opened.options", options=" · ".join(options))
    await turn.reply(opened)
    await turn.svc.engine.changed()
