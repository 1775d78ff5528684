"""/advies: register an advice to the gemeente, follow its states, its deadlines and timeline.

`/advies <onderwerp> [verzonden <datum>] [aan <wie>] [gevraagd|ongevraagd]` registers (board);
`/advies 4` shows the timeline, `/advies 4 termijnen` how the deadlines were computed, and
`/advies 4 ontvangen|beantwoord|verdaagd|intrekken ...` record what happened. Gemeente contacts
use the buttons on the advice message ("Ontvangst bevestigen", then "Reactie geven").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from domain import advice as advice_rules
from domain.advice import (
    ACK_DAYS,
    MAX_SUBJECT,
    OUTCOME_CODES,
    REPLY_PERIOD,
    VERY_LATE,
    Advice,
    Outcome,
    Step,
    Terms,
    change_terms,
    split_answer,
    split_registration,
)
from domain.errors import DomainError, PermissionDenied, UsageError
from domain.roles import Role
from domain.settings import is_email
from handlers import advice_chase
from handlers.advice_chase import ensure_overview, local_today, schedule_chases
from handlers.advice_mail import on_mail_button, refresh_chase_buttons
from handlers.advice_text import card, card_buttons, day, explain_terms, timeline
from handlers.kit.feature import GROUP, Command, Feature
from handlers.kit.turn import Turn
from storage.advice import AdviceRepo

_NUMBER = re.compile(r"^#?(\d{1,6})(?:\s+(.*))?$", re.DOTALL)
_YEAR = re.compile(r"\b\d{4}\b")
_MONTHISH = re.compile(
    r"\d{1,2}\s*[-/.]\s*\d{1,2}|\b(jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"^(op\s+)?(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$", re.IGNORECASE
)
_SUBCOMMANDS = {
    "ontvangen": "ack",
    "ontvangst": "ack",
    "beantwoord": "answer",
    "reactie": "answer",
    "verdaagd": "postpone",
    "verdaging": "postpone",
    "uitstel": "postpone",
    "intrekken": "withdraw",
    "ingetrokken": "withdraw",
    "termijnen": "terms",
    "termijn": "terms",
}


def today_of(turn: Turn) -> date:
    return local_today(turn.now(), turn.tz)


def read_day(turn: Turn, text: str, *, past: bool = True) -> tuple[date | None, str]:
    """A date said of the past ("3 november", "maandag", "gisteren") and the rest of the text.

    The date reader looks ahead; a day and month without a year, or a bare weekday, that lands
    in the future is taken as the last one before today, since things are registered after the
    fact. Explicit future dates ("morgen", "1 december 2027") stay in the future.
    """
    rest, when = turn.split_when(text)  # "om 3 uur" or "binnenkort": the wrapper asks back
    tz = turn.tz
    if when is None:
        return None, text.strip()
    found = when.moment.astimezone(tz).date()
    today = turn.now().astimezone(tz).date()
    phrase = text[when.start : when.end].strip()
    if past and found > today and not _YEAR.search(phrase):
        if _WEEKDAY.match(phrase):
            found -= timedelta(days=7)
        elif _MONTHISH.search(phrase):
            try:
                found = found.replace(year=found.year - 1)
            except ValueError:  # 29 February
                found = found.replace(year=found.year - 1, day=28)
    return found, rest


def _past_day(turn: Turn, text: str) -> tuple[date, str]:
    """An optional date at the start of `text` (default today); a future one is refused."""
    today = today_of(turn)
    if not text.strip():
        return today, ""
    found, rest = read_day(turn, text)
    if found is None:
        return today, text.strip()
    if found > today:
        raise DomainError(
            "advice.bad.future",
            date=day(found, turn.lang),
            usage=turn.t("cmd.advies.usage"),
        )
    return found, rest


# --- the command ------------------------------------------------------------------------------
async def advies(turn: Turn) -> None:
    """/advies: register (board), or act on a numbered advice."""
    turn.require_group()
    text = turn.text_after_command
    match = _NUMBER.match(text)
    if match is not None:
        await _numbered(turn, int(match.group(1)), (match.group(2) or "").strip())
        return
    await turn.require(Role.BOARD)
    if not text:
        await turn.ask(turn.t("advice.ask"), "advice", _attachment(turn))
        return
    await _register(turn, text, _attachment(turn))


async def on_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to "which advice?" from a bare /advies."""
    await turn.require(Role.BOARD)
    if not answer.strip():
        await turn.ask(turn.t("advice.ask"), "advice", payload)
        return
    await _register(turn, answer, payload)


def _attachment(turn: Turn) -> dict[str, Any]:
    """The document or link in the message /advies replied to, if any."""
    message = turn.message
    replied = message.reply_to_message if message is not None else None
    if replied is None:
        return {}
    if replied.document is not None:
        return {
            "document_id": replied.document.file_id,
            "document_name": replied.document.file_name or "document",
        }
    for entity in (*(replied.entities or ()), *(replied.caption_entities or ())):
        if entity.type == "text_link" and entity.url:
            return {"link": entity.url}
    body = replied.text or replied.caption or ""
    found = re.search(r"https?://\S+", body)
    return {"link": found.group(0)} if found else {}


async def _register(turn: Turn, text: str, attached: dict[str, Any]) -> None:
    parts = split_registration(text)
    if not parts.subject:
        raise UsageError(command="advies")
    if len(parts.subject) > MAX_SUBJECT:
        raise DomainError("advice.too_long", limit=MAX_SUBJECT)
    sent_on = today_of(turn)
    if parts.sent_text is not None:
        found, rest = _past_day(turn, parts.sent_text)
        if not parts.sent_text.strip() or rest or found is None:
            raise DomainError(
                "advice.bad.date", value=parts.sent_text, usage=turn.t("cmd.advies.usage")
            )
        sent_on = found
    recipient, email = "", ""
    if parts.to_text is not None:
        words = parts.to_text.split()
        addresses = [w.strip("<>(),;") for w in words if "@" in w]
        for address in addresses:
            if not is_email(address):
                raise DomainError(
                    "advice.bad.email", value=address, usage=turn.t("cmd.advies.usage")
                )
        email = ",".join(addresses)
        recipient = " ".join(w for w in words if "@" not in w)
    settings = await turn.group_settings()
    reply_period = settings.duration(REPLY_PERIOD) or timedelta(weeks=6)
    terms = Terms(
        ack_days=settings.number(ACK_DAYS),
        reply_days=max(1, reply_period.days),
        very_late_percent=settings.number(VERY_LATE),
    )
    assert turn.user is not None
    link = parts.link or attached.get("link")
    draft = Advice(
        id=0,
        chat_id=turn.chat.id,
        number=0,
        subject=parts.subject,
        sent_on=sent_on,
        recipient=recipient[:200],
        email=email,
        requested=parts.requested,
        document_id=attached.get("document_id"),
        document_name=attached.get("document_name"),
        link=link,
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
    text_, buttons = card(turn.lang, advice, today_of(turn))
    sent = await turn.reply(
        turn.t("advice.registered", number=advice.number) + "\n\n" + text_, buttons
    )
    await AdviceRepo(await turn.conn()).set_message(advice.id, sent.message_id)
    await turn.unit.commit()
    await turn.svc.engine.changed()


# --- a numbered advice ------------------------------------------------------------------------
async def find(turn: Turn, number: int) -> Advice:
    """This group's advice with that number; another group's numbers do not exist here."""
    advice = await AdviceRepo(await turn.conn()).by_number(turn.chat.id, number)
    if advice is None:
        raise DomainError("advice.unknown", number=number, usage=turn.t("cmd.advies.usage"))
    return advice


async def _numbered(turn: Turn, number: int, rest: str) -> None:
    advice = await find(turn, number)
    if not rest:
        await show(turn, advice)
        return
    word, _, args = rest.partition(" ")
    action = _SUBCOMMANDS.get(word.lower())
    args = args.strip()
    if action is None:
        raise UsageError(command="advies")
    if action == "terms":
        await _terms(turn, advice, args)
    elif action == "postpone":
        standing = await turn.standing()
        if not (standing.is_board or standing.is_gemeente):
            raise PermissionDenied(role="board")
        await _postpone(turn, advice, args)
    else:
        await turn.require(Role.BOARD)
        if action == "ack":
            on, leftover = _past_day(turn, args)
            if leftover:
                raise UsageError(command="advies")
            await acknowledge(turn, advice, on)
        elif action == "answer":
            date_text, outcome, summary = split_answer(args)
            on, leftover = _past_day(turn, date_text)
            if leftover:
                raise UsageError(command="advies")
            await answer(turn, advice, on, outcome, summary, _attachment(turn))
        else:
            if args:
                raise UsageError(command="advies")
            changed = advice.withdraw()
            await _store(turn, changed, "withdrawn")
            await turn.reply(turn.t("advice.withdrawn", number=advice.number))
            await _after_change(turn, changed)


async def show(turn: Turn, advice: Advice) -> None:
    """The card and the timeline, with the gemeente's button for what is owed now."""
    entries = await AdviceRepo(await turn.conn()).timeline(advice.id)
    text = timeline(turn.lang, advice, entries, turn.tz, today_of(turn))
    await turn.reply(text, card_buttons(turn.lang, advice))


async def _terms(turn: Turn, advice: Advice, args: str) -> None:
    if not args:
        await turn.reply(explain_terms(turn.lang, advice))
        return
    await turn.require(Role.BOARD)
    advice.require(Step.TERMS)
    changed = advice.with_terms(change_terms(advice.terms, args))
    await _store(turn, changed, "terms", ack=changed.terms.ack_days, reply=changed.terms.reply_days)
    await turn.reply(explain_terms(turn.lang, changed))
    await _after_change(turn, changed)


async def _postpone(turn: Turn, advice: Advice, args: str) -> None:
    advice.require(Step.POSTPONE)
    found, reason = read_day(turn, args, past=False) if args else (None, "")
    if found is None:
        raise UsageError(command="advies")
    changed = advice.postpone(found, re.sub(r"^(wegens|vanwege|omdat|want)\s+", "", reason))
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
        outcome=turn.t(f"advice.outcome.{outcome.name.lower()}"),
        summary=changed.summary,
    )
    await turn.reply(
        turn.t(
            "advice.answered",
            number=advice.number,
            date=day(on, turn.lang),
            outcome=turn.t(f"advice.outcome.{outcome.name.lower()}"),
        )
    )
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
        text, buttons = card(turn.lang, advice, today_of(turn))
        await turn.edit_message(advice.message_id, text, buttons)
    await turn.svc.engine.changed()


# --- the gemeente's buttons -------------------------------------------------------------------
async def on_callback(turn: Turn) -> None:
    """adv:show|ack|ans|out|mail|mailed:<id>[:<code>] — every press re-checks chat and role."""
    query = turn.query
    assert query is not None
    assert query.data is not None
    parts = query.data.split(":")
    action = parts[1] if len(parts) > 1 else ""
    advice = await _of_this_chat(turn, parts)
    if action == "show":
        await show(turn, advice)
        return
    if action in ("mail", "mailed"):
        await on_mail_button(turn, advice, again=action == "mailed")
        return
    await turn.require(Role.GEMEENTE)
    if action == "ack":
        await acknowledge(turn, advice, today_of(turn))
        await _refresh_pressed(turn, advice)
    elif action == "ans":
        advice.require(Step.ANSWER)
        rows = [
            [(turn.label(f"advice.outcome.{outcome.name.lower()}"), f"adv:out:{advice.id}:{code}")]
            for code, outcome in OUTCOME_CODES.items()
        ]
        await turn.reply(turn.t("advice.ask_outcome", number=advice.number), rows)
    elif action == "out" and len(parts) == 4 and parts[3] in OUTCOME_CODES:
        advice.require(Step.ANSWER)
        outcome = OUTCOME_CODES[parts[3]]
        shown = turn.t(f"advice.outcome.{outcome.name.lower()}")
        await turn.edit(turn.t("advice.outcome_chosen", number=advice.number, outcome=shown))
        await turn.ask(
            turn.t("advice.ask_summary", number=advice.number, outcome=shown),
            "advice_answer",
            {"advice": advice.id, "outcome": parts[3]},
        )
    else:
        raise DomainError("error.stale_button")


async def _of_this_chat(turn: Turn, parts: list[str]) -> Advice:
    try:
        advice_id = int(parts[2])
    except (IndexError, ValueError):
        raise DomainError("error.stale_button") from None
    advice = await AdviceRepo(await turn.conn()).get(advice_id)
    if advice is None or advice.chat_id != turn.chat.id:
        raise DomainError("error.stale_button")
    return advice


async def _refresh_pressed(turn: Turn, advice: Advice) -> None:
    """A gemeente button pressed outside the card (a chase, a timeline): redraw its buttons."""
    message = turn.message
    if message is None or message.message_id == advice.message_id:
        return
    repo = AdviceRepo(await turn.conn())
    if await repo.chase_in_message(turn.chat.id, message.message_id) is not None:
        await refresh_chase_buttons(turn, message.message_id)
        return
    current = await repo.get(advice.id)
    if current is not None:
        await turn.edit_message(message.message_id, None, card_buttons(turn.lang, current))


async def on_answer_prompt(turn: Turn, summary: str, payload: dict[str, Any]) -> None:
    """The gemeente contact's short summary of the reply."""
    await turn.require(Role.GEMEENTE)
    advice = await AdviceRepo(await turn.conn()).get(int(payload["advice"]))
    if advice is None or advice.chat_id != turn.chat.id:
        raise DomainError("error.stale_button")
    outcome = OUTCOME_CODES[str(payload["outcome"])]
    if not summary.strip():
        shown = turn.t(f"advice.outcome.{outcome.name.lower()}")
        await turn.ask(
            turn.t("advice.ask_summary", number=advice.number, outcome=shown),
            "advice_answer",
            payload,
        )
        return
    await answer(turn, advice, today_of(turn), outcome, summary, _attachment(turn))


FEATURE = Feature(
    "advice",
    commands=(
        Command("advies", advies, aliases=("advice",), scopes=frozenset({GROUP}), dates=True),
    ),
    callbacks={"adv": on_callback},
    prompts={"advice": on_prompt, "advice_answer": on_answer_prompt},
    events={
        advice_chase.ACK_KIND: advice_chase.fire_chase,
        advice_chase.REPLY_KIND: advice_chase.fire_chase,
        advice_chase.VERY_LATE_KIND: advice_chase.fire_chase,
        advice_chase.OVERVIEW_KIND: advice_chase.fire_overview,
    },
    settings=tuple(advice_rules.SETTINGS),
)
