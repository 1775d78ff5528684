"""An advice, its states and what may follow what; every transition returns a changed copy or
raises a `DomainError` naming the state, so a refusal changes nothing."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from domain.advice.deadlines import Deadlines, Terms, deadlines, next_working_day
from domain.errors import DomainError
from domain.workdays import working_days_between

MAX_SUBJECT = 200
MAX_SUMMARY = 1000
MAX_REASON = 300


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


# What a refused step says, by the state that refuses it (catalog keys, picked, never built).
REFUSED_KEY: dict[AdviceState, str] = {
    AdviceState.SENT: "advice.refused.verzonden",
    AdviceState.ACKNOWLEDGED: "advice.refused.ontvangen",
    AdviceState.ANSWERED: "advice.refused.beantwoord",
    AdviceState.WITHDRAWN: "advice.refused.ingetrokken",
}


class Lateness(StrEnum):
    ON_TIME = "op_tijd"
    LATE = "te_laat"
    VERY_LATE = "lang_te_laat"


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
    created_at: datetime | None = None

    @property
    def deadlines(self) -> Deadlines:
        return deadlines(self.sent_on, self.terms, self.postponed_to)

    @property
    def is_open(self) -> bool:
        return self.state in (AdviceState.SENT, AdviceState.ACKNOWLEDGED)

    def require(self, step: Step) -> None:
        """Refuse a step the state does not allow; the refusal names the state."""
        if step not in ALLOWED[self.state]:
            raise DomainError(REFUSED_KEY[self.state], number=self.number, step=step.value)

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

    # --- corrections of what was registered (issue 17): in any state, a refusal changes nothing
    def with_subject(self, subject: str) -> Advice:
        subject = " ".join(subject.split()).strip(" ,.:;-")
        if not subject:
            raise DomainError("advice.fix.no_subject", number=self.number)
        if len(subject) > MAX_SUBJECT:
            raise DomainError("advice.too_long", limit=MAX_SUBJECT)
        if subject == self.subject:
            raise DomainError("advice.fix.same", number=self.number)
        return replace(self, subject=subject)

    def with_sent_on(self, on: date) -> Advice:
        """Another sending date: the deadlines follow from it; the gemeente cannot have
        acknowledged or answered before it was sent."""
        if on == self.sent_on:
            raise DomainError("advice.fix.same", number=self.number)
        if any(d is not None and d < on for d in (self.acknowledged_on, self.answered_on)):
            raise DomainError("advice.fix.after_reply", number=self.number)
        return replace(self, sent_on=on)

    def with_recipient(self, recipient: str, email: str) -> Advice:
        if (recipient, email) == (self.recipient, self.email):
            raise DomainError("advice.fix.same", number=self.number)
        if not recipient and not email:
            raise DomainError("advice.fix.no_recipient", number=self.number)
        return replace(self, recipient=recipient, email=email)


def _not_before(advice: Advice, on: date) -> None:
    if on < advice.sent_on:
        raise DomainError("advice.date_before_sent", number=advice.number)
