"""How an advice reads in the chat: its card, its line in a list, its timeline, its deadlines.

Shared by the /advies commands, the chase messages and the overviews, so an advice looks the
same wherever it shows. Every word comes from the catalogs.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime

from domain.advice.deadlines import Computation
from domain.advice.model import Advice, AdviceState, Lateness, Outcome
from domain.models import Person
from domain.workdays import working_days_between
from handlers.i18n import Raw, t
from handlers.kit.outbox import mention
from storage.advice import TimelineEntry

# Catalog keys are picked from these tables, never built, so a test can tell a used key.
OUTCOME_KEY = {
    Outcome.ADOPTED: "advice.outcome.adopted",
    Outcome.PARTLY: "advice.outcome.partly",
    Outcome.REJECTED: "advice.outcome.rejected",
    Outcome.DEFERRED: "advice.outcome.deferred",
}
STATE_KEY = {
    AdviceState.SENT: "advice.state.sent",
    AdviceState.ACKNOWLEDGED: "advice.state.acknowledged",
    AdviceState.ANSWERED: "advice.state.answered",
    AdviceState.WITHDRAWN: "advice.state.withdrawn",
}
_LATE_KEY = {Lateness.LATE: "advice.late.te_laat", Lateness.VERY_LATE: "advice.late.lang_te_laat"}
_NEXT_KEY = {"ack": "advice.list.next.ack", "reply": "advice.list.next.reply"}
_TIMELINE_KEY = {  # the kinds stored in advice_events
    "registered": "advice.tl.registered",
    "acknowledged": "advice.tl.acknowledged",
    "answered": "advice.tl.answered",
    "withdrawn": "advice.tl.withdrawn",
    "postponed": "advice.tl.postponed",
    "terms": "advice.tl.terms",
    "chased_ack": "advice.tl.chased_ack",
    "chased_reply": "advice.tl.chased_reply",
    "escalated": "advice.tl.escalated",
    "mailed": "advice.tl.mailed",
    "subject_changed": "advice.tl.subject_changed",
    "sent_changed": "advice.tl.sent_changed",
    "to_changed": "advice.tl.to_changed",
    "mail_in": "advice.tl.mail_in",
}


def day(value: date, lang: str) -> str:
    """ "dinsdag 17 november 2026": deadlines are read and quoted, so the year is always there."""
    return str(format_date(value, "EEEE d MMMM y", locale=lang))


def short_day(value: date, lang: str) -> str:
    return str(format_date(value, "d MMM y", locale=lang))


def stamp(moment: datetime, lang: str, tz: ZoneInfo) -> str:
    return str(format_datetime(moment.astimezone(tz), "d MMM y HH:mm", tzinfo=tz, locale=lang))


def mentions(people: Iterable[Person]) -> Raw:
    """Names that notify their people: the gemeente contacts, the board."""
    return Raw(", ".join(mention(p.id, p.full_name) for p in people))


def state_word(lang: str, advice: Advice, today: date) -> str:
    """The stored state, with the derived lateness after it: "ontvangen, te laat"."""
    word = t(lang, STATE_KEY[advice.state])
    late = advice.lateness(today)
    if late in _LATE_KEY:
        word += t(lang, _LATE_KEY[late])
    return word


def amount(lang: str, n: int, unit: str) -> str:
    """ "10 werkdagen", "1 werkdag", "6 weken", "45 dagen": a term as people say it."""
    if unit == "workdays":
        return t(lang, "advice.period.workdays", count=n)
    if n % 7 == 0:
        return t(lang, "advice.period.weeks", count=n // 7)
    return t(lang, "advice.period.days", count=n)


def waited(lang: str, workdays: int) -> Raw:
    """ "12 werkdagen": how long the group has waited, in the unit the deadlines count."""
    return Raw(t(lang, "advice.period.workdays", count=workdays))


def period(lang: str, computation: Computation) -> str:
    """How long one term is."""
    return amount(lang, computation.amount, computation.unit)


def recipient_part(lang: str, advice: Advice) -> str:
    parts: list[str] = []
    if advice.recipient:
        parts.append(t(lang, "advice.to", recipient=advice.recipient))
    if advice.email:
        parts.append(t(lang, "advice.to_email", email=advice.email))
    return "".join(parts)


def addressee(advice: Advice) -> str:
    """ "stadsdeel Centrum centrum@denhaag.nl": who it went to, as typed."""
    return " ".join(part for part in (advice.recipient, advice.email.replace(",", ", ")) if part)


def card(lang: str, advice: Advice, today: date) -> str:
    """The advice message: what, when, to whom, state, both deadlines (its buttons are
    `keyboards.card_buttons`)."""
    due = advice.deadlines
    lines = [t(lang, "advice.card.title", number=advice.number, subject=advice.subject)]
    requested = ""
    if advice.requested is not None:
        requested = t(lang, "advice.requested" if advice.requested else "advice.unrequested")
    lines.append(
        t(
            lang,
            "advice.card.sent",
            date=day(advice.sent_on, lang),
            to=Raw(recipient_part(lang, advice)),
            requested=Raw(requested),
        )
    )
    if advice.document_name or advice.link:
        lines.append(t(lang, "advice.card.document", name=advice.document_name or advice.link))
    lines.append(t(lang, "advice.card.state", state=state_word(lang, advice, today)))
    if advice.acknowledged_on is not None:
        lines.append(t(lang, "advice.card.acknowledged", date=day(advice.acknowledged_on, lang)))
    else:
        lines.append(
            t(
                lang,
                "advice.card.ack_due",
                date=day(due.ack.end, lang),
                period=period(lang, due.ack),
            )
        )
    if advice.answered_on is not None and advice.outcome is not None:
        lines.append(
            t(
                lang,
                "advice.card.answered",
                date=day(advice.answered_on, lang),
                outcome=t(lang, OUTCOME_KEY[advice.outcome]),
                summary=advice.summary or "",
            )
        )
    elif advice.state is not AdviceState.WITHDRAWN:
        key = "advice.card.reply_postponed" if due.postponed else "advice.card.reply_due"
        lines.append(
            t(
                lang,
                key,
                date=day(due.reply.end, lang),
                period=period(lang, due.reply),
                reason=advice.postpone_reason or "",
            )
        )
        lines.append(t(lang, "advice.card.very_late", date=day(due.very_late.end, lang)))
    return "\n".join(lines)


def _next_step(lang: str, advice: Advice) -> str:
    """ "ontvangstbevestiging uiterlijk 12 jan": the advice's next deadline, or nothing."""
    nxt = advice.next_deadline()
    if nxt is None:
        return ""
    what, when = nxt
    return t(lang, _NEXT_KEY[what], date=short_day(when, lang))


def list_line(lang: str, advice: Advice, today: date) -> str:
    """One advice in /adviezen and the weekly overview."""
    return t(
        lang,
        "advice.list.item",
        number=advice.number,
        subject=advice.subject,
        state=state_word(lang, advice, today),
        sent=short_day(advice.sent_on, lang),
        waited=waited(lang, advice.days_waiting(today)),
        next=Raw(_next_step(lang, advice)),
    )


def owed_line(lang: str, advice: Advice, today: date) -> str:
    """One advice in the gemeente's part of the weekly overview: what is awaited, by when."""
    return t(
        lang,
        "advice.list.owed",
        number=advice.number,
        subject=advice.subject,
        state=state_word(lang, advice, today),
        next=Raw(_next_step(lang, advice)),
    )


def timeline(
    lang: str, advice: Advice, entries: list[TimelineEntry], tz: ZoneInfo, today: date
) -> str:
    """ "/advies 4": the card's facts and every change, oldest first."""
    lines = [card(lang, advice, today), "", t(lang, "advice.timeline.title")]
    for entry in entries:
        key = _TIMELINE_KEY.get(entry.kind)
        if key is None:
            continue  # a kind of entry this version does not show
        params = {k: _shown(lang, v) for k, v in entry.data.items()}
        if entry.kind == "terms":
            params["ack"] = Raw(amount(lang, int(entry.data["ack"]), "workdays"))
            params["reply"] = Raw(amount(lang, int(entry.data["reply"]), "days"))
        text = t(lang, key, by=entry.by_name or "Wijkbot", **params)
        lines.append(t(lang, "advice.timeline.item", at=stamp(entry.at, lang, tz), text=Raw(text)))
    return "\n".join(lines)


def _shown(lang: str, value: object) -> object:
    """Timeline data is stored plainly; dates (ISO) are shown as words."""
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return short_day(date.fromisoformat(value), lang)
        except ValueError:
            return value
    return value


def explain_terms(lang: str, advice: Advice) -> str:
    """ "/advies 4 termijnen": how each date was computed, holidays skipped named."""
    due = advice.deadlines
    lines = [t(lang, "advice.terms.title", number=advice.number, subject=advice.subject)]
    lines.append(t(lang, "advice.terms.sent", date=day(advice.sent_on, lang)))
    lines.append(_explain(lang, "advice.terms.ack", due.ack))
    if advice.postponed_to is not None:
        lines.append(
            t(
                lang,
                "advice.terms.postponed",
                date=day(due.reply.end, lang),
                reason=advice.postpone_reason or "",
            )
        )
    else:
        lines.append(_explain(lang, "advice.terms.reply", due.reply))
    lines.append(_explain(lang, "advice.terms.very_late", due.very_late))
    lines.append(
        t(
            lang,
            "advice.terms.footer",
            number=advice.number,
            ack=Raw(t(lang, "advice.terms.ack_command", count=advice.terms.ack_days)),
            percent=advice.terms.very_late_percent,
        )
    )
    return "\n\n".join(lines)


def _explain(lang: str, key: str, c: Computation) -> str:
    """One deadline: its date, the term it ends, what was not counted and why it moved."""
    text = t(
        lang,
        key,
        date=day(c.end, lang),
        period=period(lang, c),
        start=short_day(c.start, lang),
    )
    if c.unit == "workdays":
        weekend = (c.end - c.start).days - working_days_between(c.start, c.end) - len(c.skipped)
        text += "\n" + t(lang, "advice.terms.weekend_days", count=weekend)
        for skipped, name in c.skipped:
            text += "\n" + t(lang, "advice.terms.skipped", date=short_day(skipped, lang), name=name)
    if c.moved_because is not None:
        reason = (
            t(lang, "advice.terms.because_weekend")
            if c.moved_because == "weekend"
            else c.moved_because
        )
        text += "\n" + t(lang, "advice.terms.moved", raw=short_day(c.raw_end, lang), reason=reason)
    return text
