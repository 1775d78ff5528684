"""Advice to the gemeente: its states, what may follow what, its deadlines and the figures.

An advice has two deadlines, like a freedom-of-information request in Alaveteli: the
acknowledgement (ontvangstbevestiging) is due a number of working days after sending, the
substantive reply (inhoudelijke reactie) a number of calendar weeks after it; a term that ends
on a weekend or holiday runs to the next working day (Algemene termijnenwet, article 1). It
becomes "lang te laat" at a multiple of the reply period. "Te laat" and "lang te laat" are
derived from today's date, never stored. Pure: dates come in, nothing reads the clock.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from domain.errors import DomainError, UsageError
from domain.settings import SettingKind, SettingSpec
from domain.workdays import add_working_days, holiday_name, skipped_between, working_days_between

MAX_SUBJECT = 200
MAX_SUMMARY = 1000
MAX_REASON = 300

# --- settings (area "advice", shown in /instellingen) --------------------------------------------
ACK_DAYS = SettingSpec(
    "advice.ack_days",
    SettingKind.NUMBER,
    "10",
    "advice",
    words=("ontvangsttermijn", "ontvangst"),
    minimum=1,
    maximum=120,
    unit="workdays",
)
REPLY_PERIOD = SettingSpec(
    "advice.reply_period",
    SettingKind.DURATION,
    "6w",
    "advice",
    words=("reactietermijn", "reactie"),
    can_be_off=False,
)
VERY_LATE = SettingSpec(
    "advice.very_late",
    SettingKind.PERCENT,
    "200",
    "advice",
    words=("langtelaat",),
    minimum=101,
    maximum=1000,
)
OVERVIEW = SettingSpec(
    "advice.overview", SettingKind.WEEKLY, "0 09:00", "advice", words=("adviesoverzicht",)
)
ESCALATION = SettingSpec(
    "advice.escalation", SettingKind.TEXT, "", "advice", words=("escalatie", "escalatiecontact")
)
GEMEENTE_MAIL = SettingSpec(
    "advice.gemeente_mail",
    SettingKind.EMAILS,
    "",
    "advice",
    words=("gemeentemail", "gemeenteadres"),
)
REPLY_TO = SettingSpec(
    "advice.reply_to", SettingKind.EMAIL, "", "advice", words=("antwoordadres", "secretaris")
)
SETTINGS = (ACK_DAYS, REPLY_PERIOD, VERY_LATE, OVERVIEW, ESCALATION, GEMEENTE_MAIL, REPLY_TO)


class AdviceState(StrEnum):
    SENT = "verzonden"
    ACKNOWLEDGED = "ontvangen"
    ANSWERED = "beantwoord"
    WITHDRAWN = "ingetrokken"


class Outcome(StrEnum):
    ADOPTED = "overgenomen"
    PARTLY = "deels overgenomen"
    REJECTED = "niet overgenomen"
    DEFERRED = "aangehouden"


OUTCOME_CODES: dict[str, Outcome] = {"o": Outcome.ADOPTED, "d": Outcome.PARTLY}
OUTCOME_CODES.update({"n": Outcome.REJECTED, "a": Outcome.DEFERRED})


class Step(StrEnum):
    """What someone does to an advice; each is allowed from some states only."""

    ACKNOWLEDGE = "acknowledge"
    ANSWER = "answer"
    WITHDRAW = "withdraw"
    POSTPONE = "postpone"
    TERMS = "terms"


ALLOWED: dict[AdviceState, frozenset[Step]] = {
    AdviceState.SENT: frozenset(Step),
    # an answer without a separate acknowledgement also counts as acknowledged
    AdviceState.ACKNOWLEDGED: frozenset(Step) - {Step.ACKNOWLEDGE},
    AdviceState.ANSWERED: frozenset(),
    AdviceState.WITHDRAWN: frozenset(),
}


class Lateness(StrEnum):
    ON_TIME = "op_tijd"
    LATE = "te_laat"
    VERY_LATE = "lang_te_laat"


def parse_outcome(text: str) -> Outcome | None:
    """An outcome as people type it: "deels overgenomen", "Niet overgenomen", "aangehouden"."""
    wanted = " ".join(text.lower().replace("-", " ").split())
    for outcome in sorted(Outcome, key=lambda o: -len(o.value)):
        if wanted == outcome.value:
            return outcome
    return None


def next_working_day(day: date) -> date:
    """`day` itself when it is a working day, else the first working day after it."""
    return add_working_days(day, 0)


@dataclass(frozen=True)
class Terms:
    """The periods one advice runs on: from the group's settings, or overridden for it."""

    ack_days: int = 10  # working days
    reply_days: int = 42  # calendar days (6 weeks)
    very_late_percent: int = 200  # of the reply period


@dataclass(frozen=True)
class Computation:
    """How one deadline was computed, for "/advies 4 termijnen"."""

    start: date
    amount: int
    unit: str  # "workdays" or "days"
    raw_end: date  # before moving off a weekend or holiday
    end: date
    skipped: tuple[tuple[date, str], ...] = ()  # holidays on weekdays that were not counted
    moved_because: str | None = None  # "weekend" or a holiday's name


def _working_days_term(start: date, amount: int) -> Computation:
    end = add_working_days(start, amount)
    return Computation(start, amount, "workdays", end, end, tuple(skipped_between(start, end)))


def _calendar_term(start: date, days: int) -> Computation:
    raw = start + timedelta(days=days)
    end = next_working_day(raw)
    because = None
    if end != raw:
        because = holiday_name(raw) or "weekend"
    return Computation(start, days, "days", raw, end, moved_because=because)


@dataclass(frozen=True)
class Deadlines:
    ack: Computation
    reply: Computation
    very_late: Computation
    postponed: bool = False


def deadlines(
    sent_on: date, terms: Terms, postponed_to: date | None = None, acknowledged: bool = False
) -> Deadlines:
    """Both deadlines and the very-late date of an advice sent on `sent_on`.

    A postponement (verdaging) replaces the reply deadline; the very-late date keeps the same
    distance after it as it had after the original reply deadline.
    """
    ack = _working_days_term(sent_on, terms.ack_days)
    reply = _calendar_term(sent_on, terms.reply_days)
    extra = terms.reply_days * (terms.very_late_percent - 100) // 100
    if postponed_to is not None:
        reply = Computation(postponed_to, 0, "days", postponed_to, postponed_to)
        very_late = _calendar_term(postponed_to, extra)
        return Deadlines(ack, reply, very_late, postponed=True)
    very_late = _calendar_term(sent_on, terms.reply_days + extra)
    return Deadlines(ack, reply, very_late)


@dataclass(frozen=True)
class Advice:
    id: int
    chat_id: int
    number: int
    subject: str
    sent_on: date
    state: AdviceState = AdviceState.SENT
    recipient: str = ""
    email: str = ""  # overrides the group's gemeente address for this advice
    requested: bool | None = None  # gevraagd / ongevraagd / not said
    document_id: str | None = None
    document_name: str | None = None
    link: str | None = None
    terms: Terms = field(default_factory=Terms)
    postponed_to: date | None = None
    postpone_reason: str | None = None
    acknowledged_on: date | None = None
    answered_on: date | None = None
    outcome: Outcome | None = None
    summary: str | None = None
    answer_document_id: str | None = None
    answer_document_name: str | None = None
    message_id: int | None = None
    created_by: int | None = None

    @property
    def deadlines(self) -> Deadlines:
        return deadlines(self.sent_on, self.terms, self.postponed_to)

    @property
    def is_open(self) -> bool:
        return self.state in (AdviceState.SENT, AdviceState.ACKNOWLEDGED)

    def require(self, step: Step) -> None:
        """Refuse a step the state does not allow; the refusal names the state."""
        if step not in ALLOWED[self.state]:
            raise DomainError(
                f"advice.refused.{self.state.value.replace(' ', '_')}",
                number=self.number,
                step=step.value,
            )

    def lateness(self, today: date) -> Lateness:
        """Derived, never stored: has a deadline passed while the gemeente still owes?"""
        if not self.is_open:
            return Lateness.ON_TIME
        due = self.deadlines
        if today > due.very_late.end:
            return Lateness.VERY_LATE
        if today > due.reply.end:
            return Lateness.LATE
        if self.state is AdviceState.SENT and today > due.ack.end:
            return Lateness.LATE
        return Lateness.ON_TIME

    def next_deadline(self) -> tuple[str, date] | None:
        """("ack"|"reply", date) of what the gemeente owes next; None when nothing is owed."""
        if self.state is AdviceState.SENT:
            return "ack", self.deadlines.ack.end
        if self.state is AdviceState.ACKNOWLEDGED:
            return "reply", self.deadlines.reply.end
        return None

    def days_waiting(self, today: date) -> int:
        """Working days since sending, until the answer (or the withdrawal) ended the wait."""
        end = self.answered_on if self.answered_on else today
        return working_days_between(self.sent_on, end)

    # --- transitions: each returns the changed advice, or raises and changes nothing ---------
    def acknowledge(self, on: date) -> Advice:
        self.require(Step.ACKNOWLEDGE)
        _not_before(self, on)
        return replace(self, state=AdviceState.ACKNOWLEDGED, acknowledged_on=on)

    def answer(self, on: date, outcome: Outcome, summary: str) -> Advice:
        self.require(Step.ANSWER)
        _not_before(self, on)
        summary = summary.strip()
        if not summary:
            raise DomainError("advice.answer.no_summary", number=self.number)
        if len(summary) > MAX_SUMMARY:
            raise DomainError("advice.too_long", limit=MAX_SUMMARY)
        return replace(
            self,
            state=AdviceState.ANSWERED,
            answered_on=on,
            acknowledged_on=self.acknowledged_on or on,
            outcome=outcome,
            summary=summary,
        )

    def withdraw(self) -> Advice:
        self.require(Step.WITHDRAW)
        return replace(self, state=AdviceState.WITHDRAWN)

    def postpone(self, to: date, reason: str) -> Advice:
        self.require(Step.POSTPONE)
        reason = reason.strip(" ,.:;-")
        if not reason:
            raise DomainError("advice.postpone.no_reason", number=self.number)
        if len(reason) > MAX_REASON:
            raise DomainError("advice.too_long", limit=MAX_REASON)
        to = next_working_day(to)  # a date on a weekend or holiday runs to the next working day
        if to <= self.deadlines.reply.end:
            raise DomainError("advice.postpone.not_later", number=self.number)
        return replace(self, postponed_to=to, postpone_reason=reason)

    def with_terms(self, terms: Terms) -> Advice:
        self.require(Step.TERMS)
        return replace(self, terms=terms)


def _not_before(advice: Advice, on: date) -> None:
    if on < advice.sent_on:
        raise DomainError("advice.date_before_sent", number=advice.number)


# --- figures ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class YearFigures:
    year: int
    count: int
    ack_on_time: int  # acknowledged by the deadline
    ack_judged: int  # acknowledged, or its deadline has passed
    reply_on_time: int
    reply_judged: int
    median_ack_days: float | None  # working days from sending to acknowledgement
    median_reply_days: float | None
    outcomes: dict[Outcome, int]
    withdrawn: int = 0


def share(part: int, whole: int) -> int | None:
    """A rounded percentage; None when there is nothing to judge yet."""
    return round(100 * part / whole) if whole else None


def figures(advices: Iterable[Advice], today: date) -> list[YearFigures]:
    """Per year of sending: how often the gemeente acknowledged and replied on time, and how fast.

    An advice counts for "on time" once it is acknowledged (answered) or once its deadline has
    passed without it; one withdrawn before that is not judged. The reply deadline is the
    postponed one when the gemeente announced a verdaging.
    """
    by_year: dict[int, list[Advice]] = {}
    for advice in advices:
        by_year.setdefault(advice.sent_on.year, []).append(advice)
    out: list[YearFigures] = []
    for year in sorted(by_year):
        items = by_year[year]
        ack_on_time = ack_judged = reply_on_time = reply_judged = 0
        ack_days: list[int] = []
        reply_days: list[int] = []
        outcomes = dict.fromkeys(Outcome, 0)
        for advice in items:
            due = advice.deadlines
            if advice.acknowledged_on is not None:
                ack_judged += 1
                ack_on_time += advice.acknowledged_on <= due.ack.end
                ack_days.append(working_days_between(advice.sent_on, advice.acknowledged_on))
            elif advice.is_open and today > due.ack.end:
                ack_judged += 1
            if advice.answered_on is not None:
                reply_judged += 1
                reply_on_time += advice.answered_on <= due.reply.end
                reply_days.append(working_days_between(advice.sent_on, advice.answered_on))
            elif advice.is_open and today > due.reply.end:
                reply_judged += 1
            if advice.outcome is not None:
                outcomes[advice.outcome] += 1
        out.append(
            YearFigures(
                year=year,
                count=len(items),
                ack_on_time=ack_on_time,
                ack_judged=ack_judged,
                reply_on_time=reply_on_time,
                reply_judged=reply_judged,
                median_ack_days=_median(ack_days),
                median_reply_days=_median(reply_days),
                outcomes=outcomes,
                withdrawn=sum(a.state is AdviceState.WITHDRAWN for a in items),
            )
        )
    return out


def _median(values: Sequence[int]) -> float | None:
    return float(statistics.median(values)) if values else None


# --- what people type -------------------------------------------------------------------------
_OPTION = re.compile(r"(?<!\S)(verzonden|verstuurd|aan|gevraagd|ongevraagd)(?!\S)", re.IGNORECASE)
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_QUOTES = {'"': '"', "“": "”", "„": "”", "'": "'", "‘": "’"}


@dataclass(frozen=True)
class Registration:
    """`/advies <onderwerp> [verzonden <datum>] [aan <wie>] [gevraagd|ongevraagd]`, split."""

    subject: str
    sent_text: str | None = None
    to_text: str | None = None
    requested: bool | None = None
    link: str | None = None


def split_registration(text: str) -> Registration:
    """Cut the optional parts off the subject; the first option word ends the subject.

    A subject that itself holds an option word ("aan") can be put between quotes.
    """
    text = " ".join(text.split())
    link_match = _URL.search(text)
    link = link_match.group(0).rstrip(".,;)") if link_match else None
    if link_match:
        text = " ".join((text[: link_match.start()] + text[link_match.end() :]).split())
    closing = _QUOTES.get(text[:1])
    if closing is not None and closing in text[1:]:
        end = text.index(closing, 1)
        subject, rest = text[1:end], text[end + 1 :]
    else:
        # a subject may start with "Aan ..." but never with "verzonden" or "gevraagd"
        first = next(
            (m for m in _OPTION.finditer(text) if m.start() > 0 or m.group(1).lower() != "aan"),
            None,
        )
        subject, rest = (text[: first.start()], text[first.start() :]) if first else (text, "")
    found: dict[str, str] = {}
    matches = list(_OPTION.finditer(rest))
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(rest)
        found[match.group(1).lower()] = rest[match.end() : end].strip(" ,;")
    requested = None
    if "gevraagd" in found or "ongevraagd" in found:
        requested = "gevraagd" in found and "ongevraagd" not in found
    sent_text = found.get("verzonden", found.get("verstuurd"))
    return Registration(
        subject=subject.strip(" ,.:;-"),
        sent_text=sent_text,
        to_text=found.get("aan"),
        requested=requested,
        link=link,
    )


_TERM = re.compile(
    r"(ontvangst|ontvangstbevestiging|reactie|antwoord)\s+(\d{1,3})\s*(werkdagen|werkdag|dagen|dag|weken|week)?",
    re.IGNORECASE,
)


def change_terms(terms: Terms, text: str) -> Terms:
    """ "ontvangst 15 werkdagen", "reactie 8 weken" (or both) -> the new terms; else UsageError."""
    matches = list(_TERM.finditer(text))
    leftover = re.sub(r"\b(en|and)\b|[,;]", " ", _TERM.sub(" ", text)).strip()
    if not matches or leftover:
        raise UsageError(command="advies")
    for match in matches:
        what, amount, unit = match.group(1).lower(), int(match.group(2)), (match.group(3) or "")
        unit = unit.lower()
        if amount <= 0:
            raise UsageError(command="advies")
        if what.startswith("ontvangst"):
            if unit in ("week", "weken", "dag", "dagen"):
                raise DomainError("advice.terms.ack_workdays")
            terms = replace(terms, ack_days=amount)
        else:
            days = amount * 7 if unit in ("week", "weken", "") else amount
            if unit.startswith("werkdag"):
                raise DomainError("advice.terms.reply_weeks")
            terms = replace(terms, reply_days=days)
    return terms


def split_answer(text: str) -> tuple[str, Outcome, str]:
    """ "[datum] <uitkomst>: <samenvatting>" -> (date text, outcome, summary)."""
    head, colon, summary = text.partition(":")
    if not colon:
        raise UsageError(command="advies")
    match = _OUTCOME_AT_END.match(head.strip())
    if match is None:
        raise DomainError("advice.answer.no_outcome")
    outcome = parse_outcome(match.group(2))
    assert outcome is not None
    return match.group(1).strip(), outcome, summary.strip()


_OUTCOME_AT_END = re.compile(
    r"^(.*?)\s*(?<![a-z])(deels[\s-]+overgenomen|niet[\s-]+overgenomen|overgenomen|aangehouden)$",
    re.IGNORECASE | re.DOTALL,
)
