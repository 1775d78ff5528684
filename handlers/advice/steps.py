"""What happens to an advice: each step checks the state, stores the change with its timeline
entry and re-planned chases in one transaction, answers, and redraws the advice's card."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from domain.advice.model import Advice, AdviceState, Outcome, Step
from domain.advice.parse import change_terms
from domain.errors import DomainError, PermissionDenied, UsageError
from handlers.advice.keyboards import card_buttons
from handlers.advice.parse import past_day, read_day, reason_of, recipient_of, today_of
from handlers.advice.plan import schedule_chases
from handlers.advice.text import (
    OUTCOME_KEY,
    addressee,
    card,
    day,
    explain_terms,
    timeline,
)
from handlers.kit.turn import Turn
from storage.advice import AdviceRepo


async def show(turn: Turn, advice: Advice) -> None:
    """The card and the timeline, with the gemeente's button for what is owed now."""
    entries = await AdviceRepo(await turn.conn()).timeline(advice.id)
    text = timeline(turn.lang, advice, entries, turn.tz, today_of(turn))
    await turn.reply(text, card_buttons(turn.lang, advice))


async def show_terms(turn: Turn, advice: Advice) -> None:
    """How each deadline was computed ("/advies 4 termijnen")."""
    await turn.reply(explain_terms(turn.lang, advice))


async def set_terms(turn: Turn, advice: Advice, args: str) -> None:
    """New terms for one advice ("ontvangst 15 werkdagen", "reactie 8 weken")."""
    advice.require(Step.TERMS)
    changed = advice.with_terms(change_terms(advice.terms, args))
    await _store(turn, changed, "terms", ack=changed.terms.ack_days, reply=changed.terms.reply_days)
    await turn.reply(explain_terms(turn.lang, changed))
    await _after_change(turn, changed)


async def postpone(turn: Turn, advice: Advice, args: str) -> None:
    """The gemeente announced a verdaging: a new reply deadline, with its reason."""
    advice.require(Step.POSTPONE)
    found, reason = read_day(turn, args, past=False) if args else (None, "")
    turn.no_date_words(args, reason)  # "verdaagd 15 janauri": asked, never in the reason
    if found is None:
        raise UsageError(command="advies")
    changed = advice.postpone(found, reason_of(reason))
    await _store(turn, changed, "postponed", to=found.isoformat(), reason=changed.postpone_reason)
    await turn.reply(
        turn.t(
            "advice.postponed",
            number=advice.number,
            date=day(changed.deadlines.reply.end, turn.lang),
            very_late=day(changed.deadlines.very_late.end, turn.lang),
            reason=changed.postpone_reason or "",
        )
    )
    await _after_change(turn, changed)


async def acknowledge(turn: Turn, advice: Advice, on: date) -> None:
    changed = advice.acknowledge(on)
    await _store(turn, changed, "acknowledged", on=on.isoformat())
    await turn.reply(turn.t("advice.acknowledged", number=advice.number, date=day(on, turn.lang)))
    await _after_change(turn, changed)


async def answer(
    turn: Turn,
    advice: Advice,
    on: date,
    outcome: Outcome,
    summary: str,
    attached: dict[str, Any],
) -> None:
    changed = advice.answer(on, outcome, summary)
    if attached.get("document_id"):
        changed = replace(
            changed,
            answer_document_id=attached["document_id"],
            answer_document_name=attached.get("document_name"),
        )
    await _store(
        turn,
        changed,
        "answered",
        on=on.isoformat(),
        outcome=turn.t(OUTCOME_KEY[outcome]),
        summary=changed.summary,
    )
    await turn.reply(
        turn.t(
            "advice.answered",
            number=advice.number,
            date=day(on, turn.lang),
            outcome=turn.t(OUTCOME_KEY[outcome]),
        )
    )
    await _after_change(turn, changed)


async def withdraw(turn: Turn, advice: Advice) -> None:
    changed = advice.withdraw()
    await _store(turn, changed, "withdrawn")
    await turn.reply(turn.t("advice.withdrawn", number=advice.number))
    await _after_change(turn, changed)


async def _store(turn: Turn, advice: Advice, kind: str, **data: Any) -> None:
    """Save a transition, write it in the timeline and re-plan the chases: one transaction."""
    assert turn.user is not None
    conn = await turn.conn()
    repo = AdviceRepo(conn)
    await repo.save(advice)
    await repo.log(advice, kind, turn.now(), turn.user.id, turn.user.full_name, **data)
    await schedule_chases(conn, turn.svc.engine, advice, turn.chat)


async def _after_change(turn: Turn, advice: Advice) -> None:
    """Redraw the advice message in place and re-arm the engine."""
    if advice.message_id is not None:
        text = card(turn.lang, advice, today_of(turn))
        await turn.edit_message(advice.message_id, text, card_buttons(turn.lang, advice))
    await turn.svc.engine.changed()


# --- corrections of what was registered (issue 17) ---------------------------------------------
FIXES = ("subject", "sent", "to")


async def correctable(turn: Turn, advice: Advice) -> None:
    """Who registered it may correct it, and so may the board."""
    assert turn.user is not None
    if advice.created_by != turn.user.id and not (await turn.standing()).is_board:
        raise PermissionDenied(role="owner")


async def fix(turn: Turn, advice: Advice, what: str, text: str) -> None:
    """ "/advies 4 onderwerp ...", "verzonden 3 november", "aan stadsdeel Centrum x@y.nl" (or
    the answer to the card's question): stored with the old value on the timeline; a new
    sending date moves the deadlines, and the chases are planned again."""
    if not text.strip():
        raise DomainError(_EMPTY_KEY[what], number=advice.number)
    if what == "subject":
        changed = advice.with_subject(text)
        await _store(turn, changed, "subject_changed", old=advice.subject)
        reply = turn.t("advice.fixed.subject", number=advice.number, subject=changed.subject)
    elif what == "sent":
        found, rest = past_day(turn, text)
        if rest:
            raise DomainError("advice.bad.date", value=text, usage=turn.t("cmd.advies.usage"))
        changed = advice.with_sent_on(found)
        await _store(turn, changed, "sent_changed", old=advice.sent_on.isoformat())
        due = changed.deadlines
        reply = turn.t(
            _SENT_KEY.get(changed.state, "advice.fixed.sent_closed"),
            number=advice.number,
            date=day(found, turn.lang),
            ack=day(due.ack.end, turn.lang),
            reply=day(due.reply.end, turn.lang),
        )
    else:
        recipient, email = recipient_of(turn, text)
        changed = advice.with_recipient(recipient, email)
        old = addressee(advice) or turn.t("advice.fix.nobody")
        await _store(turn, changed, "to_changed", old=old)
        reply = turn.t("advice.fixed.to", number=advice.number, to=addressee(changed))
    await turn.reply(reply)
    await _after_change(turn, changed)


# What a new sending date moved, by what the gemeente still owes.
_SENT_KEY = {
    AdviceState.SENT: "advice.fixed.sent",
    AdviceState.ACKNOWLEDGED: "advice.fixed.sent_reply",
}
_EMPTY_KEY = {
    "subject": "advice.fix.no_subject",
    "sent": "advice.fix.no_date",
    "to": "advice.fix.no_recipient",
}
