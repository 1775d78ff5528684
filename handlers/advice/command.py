"""/advies: register an advice to the gemeente (board), or act on a numbered one.

`/advies <onderwerp> [verzonden <datum>] [aan <wie>] [gevraagd|ongevraagd]` registers (board);
`/advies 4` shows the timeline, `/advies 4 termijnen` how the deadlines were computed, and
`/advies 4 ontvangen|beantwoord|verdaagd|intrekken ...` record what happened. Gemeente contacts
use the buttons on the advice message ("Ontvangst bevestigen", then "Reactie geven").
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from domain.advice.deadlines import Terms
from domain.advice.model import MAX_SUBJECT, Advice
from domain.advice.parse import split_answer, split_registration
from domain.advice.settings import ACK_DAYS, REPLY_PERIOD, VERY_LATE
from domain.advice.words import step_of
from domain.errors import DomainError, PermissionDenied, UsageError
from domain.roles import Role
from handlers.advice.access import access_number
from handlers.advice.keyboards import registered_buttons
from handlers.advice.parse import NUMBER, attachment, past_day, recipient_of, today_of
from handlers.advice.plan import ensure_overview, schedule_chases
from handlers.advice.steps import (
    FIXES,
    acknowledge,
    answer,
    correctable,
    fix,
    postpone,
    set_terms,
    show,
    show_terms,
    withdraw,
)
from handlers.advice.text import card
from handlers.kit.turn import Turn
from storage.advice import AdviceRepo


async def advies(turn: Turn) -> None:
    """/advies: register (board), or act on a numbered advice."""
    turn.require_group()
    text = turn.text_after_command
    match = NUMBER.match(text)
    if match is not None:
        await _numbered(turn, int(match.group(1)), (match.group(2) or "").strip())
        return
    await turn.require(Role.BOARD)
    if not text:
        await turn.ask(turn.t("advice.ask"), "advice", attachment(turn))
        return
    await _register(turn, text, attachment(turn))


async def on_prompt(turn: Turn, text: str, payload: dict[str, Any]) -> None:
    """The answer to "which advice?" from a bare /advies."""
    await turn.require(Role.BOARD)
    if not text.strip():
        await turn.ask(turn.t("advice.ask"), "advice", payload)
        return
    await _register(turn, text, payload)


async def _register(turn: Turn, text: str, attached: dict[str, Any]) -> None:
    parts = split_registration(text)
    if not parts.subject:
        raise UsageError(command="advies")
    if len(parts.subject) > MAX_SUBJECT:
        raise DomainError("advice.too_long", limit=MAX_SUBJECT)
    sent_on = today_of(turn)
    if parts.sent_text is not None:
        found, rest = past_day(turn, parts.sent_text)
        if not parts.sent_text.strip() or rest or found is None:
            raise DomainError(
                "advice.bad.date", value=parts.sent_text, usage=turn.t("cmd.advies.usage")
            )
        sent_on = found
    recipient, email = "", ""
    if parts.to_text is not None:
        recipient, email = recipient_of(turn, parts.to_text)
    settings = await turn.group_settings()
    reply_period = settings.duration(REPLY_PERIOD) or timedelta(weeks=6)
    terms = Terms(
        ack_days=settings.number(ACK_DAYS),
        reply_days=max(1, reply_period.days),
        very_late_percent=settings.number(VERY_LATE),
    )
    assert turn.user is not None
    draft = Advice(
        id=0,
        chat_id=turn.chat.id,
        number=0,
        subject=parts.subject,
        sent_on=sent_on,
        recipient=recipient,
        email=email,
        requested=parts.requested,
        document_id=attached.get("document_id"),
        document_name=attached.get("document_name"),
        link=parts.link or attached.get("link"),
        terms=terms,
        created_by=turn.user.id,
    )
    conn = await turn.conn()
    repo = AdviceRepo(conn)
    advice = await repo.add(draft, turn.now())
    await repo.log(
        advice,
        "registered",
        turn.now(),
        turn.user.id,
        turn.user.full_name,
        sent=sent_on.isoformat(),
    )
    await schedule_chases(conn, turn.svc.engine, advice, turn.chat)
    await ensure_overview(turn)
    text_ = card(turn.lang, advice, today_of(turn))
    sent = await turn.reply(
        turn.t("advice.registered", number=advice.number) + "\n\n" + text_,
        registered_buttons(turn.lang, advice),
    )
    await AdviceRepo(await turn.conn()).set_message(advice.id, sent.message_id)
    await turn.unit.commit()
    await turn.svc.engine.changed()


async def _numbered(turn: Turn, number: int, rest: str) -> None:
    advice = await access_number(turn, number)
    if not rest:
        await show(turn, advice)
        return
    word, _, args = rest.partition(" ")
    action = step_of(word)
    args = args.strip()
    if action is None:
        raise UsageError(command="advies")
    if action in FIXES:
        await correctable(turn, advice)
        await fix(turn, advice, action, args)
        return
    if action == "terms":
        if not args:
            await show_terms(turn, advice)
            return
        await turn.require(Role.BOARD)
        await set_terms(turn, advice, args)
    elif action == "postpone":
        standing = await turn.standing()
        if not (standing.is_board or standing.is_gemeente):
            raise PermissionDenied(role="board")
        await postpone(turn, advice, args)
    else:
        await turn.require(Role.BOARD)
        if action == "ack":
            on, leftover = past_day(turn, args)
            if leftover:
                raise UsageError(command="advies")
            await acknowledge(turn, advice, on)
        elif action == "answer":
            date_text, outcome, summary = split_answer(args)
            on, leftover = past_day(turn, date_text)
            if leftover:
                raise UsageError(command="advies")
            await answer(turn, advice, on, outcome, summary, attachment(turn))
        else:
            if args:
                raise UsageError(command="advies")
            await withdraw(turn, advice)
