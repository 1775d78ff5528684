"""domain/advice.py: working-day deadlines, states and transitions, postponement, the figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.advice.deadlines import Terms, deadlines
from domain.advice.figures import figures, share
from domain.advice.model import ALLOWED, Advice, AdviceState, Lateness, Outcome, Step
from domain.advice.parse import change_terms, split_answer, split_registration
from domain.errors import DomainError, UsageError
from domain.workdays import add_working_days, working_days_between


# --- working days around the holidays of the Algemene termijnenwet -----------------------------
@pytest.mark.parametrize(
    ("start", "n", "expected", "why"),
    [
        (
            date(2027, 3, 25),
            1,
            date(2027, 3, 30),
            "Goede Vrijdag 26/3, weekend, tweede paasdag 29/3",
        ),
        (date(2027, 3, 22), 10, date(2027, 4, 7), "two holidays and a weekend inside ten days"),
        (date(2027, 4, 26), 1, date(2027, 4, 28), "Koningsdag, Tuesday 27 April 2027"),
        (date(2027, 5, 4), 1, date(2027, 5, 7), "5 mei and Hemelvaartsdag 6 May 2027"),
        (date(2027, 5, 4), 2, date(2027, 5, 10), "then the weekend"),
        (date(2026, 12, 24), 1, date(2026, 12, 28), "both Christmas days (Friday, Saturday)"),
        (date(2026, 12, 31), 1, date(2027, 1, 4), "Nieuwjaarsdag on a Friday"),
    ],
)
def test_working_days_skip_the_holidays(start: date, n: int, expected: date, why: str) -> None:
    assert add_working_days(start, n) == expected, why


def test_working_days_between_counts_the_same_rule() -> None:
    assert working_days_between(date(2027, 3, 25), date(2027, 3, 30)) == 1
    assert working_days_between(date(2027, 5, 4), date(2027, 5, 7)) == 1
    assert working_days_between(date(2026, 12, 23), date(2027, 1, 4)) == 6  # 24,28,29,30,31,4


def test_deadlines_of_an_advice_sent_before_easter_2027() -> None:
    # 10 working days after Monday 22 March 2027: 23, 24, 25, (26 Goede Vrijdag), (29 tweede
    # paasdag), 30, 31 March, 1, 2, 5, 6, 7 April.
    due = deadlines(date(2027, 3, 22), Terms())
    assert due.ack.end == date(2027, 4, 7)
    assert [name for _d, name in due.ack.skipped] == ["Goede Vrijdag", "tweede paasdag"]
    assert due.reply.end == date(2027, 5, 3)  # six weeks, a Monday
    assert due.very_late.end == date(2027, 6, 14)  # twelve weeks


def test_a_term_ending_on_a_holiday_runs_to_the_next_working_day() -> None:
    due = deadlines(date(2027, 3, 25), Terms())
    assert (due.reply.raw_end, due.reply.end) == (date(2027, 5, 6), date(2027, 5, 7))
    assert due.reply.moved_because == "Hemelvaartsdag"
    due = deadlines(date(2027, 3, 16), Terms())
    assert (due.reply.end, due.reply.moved_because) == (date(2027, 4, 28), "Koningsdag")
    due = deadlines(date(2026, 11, 14), Terms())  # + 42 days = Saturday 26 December
    assert (due.reply.end, due.reply.moved_because) == (date(2026, 12, 28), "tweede kerstdag")


def test_overridden_terms() -> None:
    due = deadlines(date(2027, 3, 22), Terms(ack_days=15, reply_days=56, very_late_percent=150))
    assert due.ack.end == date(2027, 4, 14)
    # eight weeks is Monday 17 May 2027, tweede pinksterdag: the term runs to the 18th
    assert (due.reply.raw_end, due.reply.end) == (date(2027, 5, 17), date(2027, 5, 18))
    assert due.very_late.end == date(2027, 6, 14)  # 150%: twelve weeks


# --- states -----------------------------------------------------------------------------------
SENT = Advice(id=1, chat_id=-1, number=4, subject="Duinplein", sent_on=date(2026, 11, 2))
STATES = {
    AdviceState.SENT: SENT,
    AdviceState.ACKNOWLEDGED: replace(
        SENT, state=AdviceState.ACKNOWLEDGED, acknowledged_on=date(2026, 11, 5)
    ),
    AdviceState.ANSWERED: replace(
        SENT,
        state=AdviceState.ANSWERED,
        acknowledged_on=date(2026, 11, 5),
        answered_on=date(2026, 12, 1),
        outcome=Outcome.ADOPTED,
        summary="ja",
    ),
    AdviceState.WITHDRAWN: replace(SENT, state=AdviceState.WITHDRAWN),
}


def _do(advice: Advice, step: Step) -> Advice:
    on = date(2026, 11, 20)
    if step is Step.ACKNOWLEDGE:
        return advice.acknowledge(on)
    if step is Step.ANSWER:
        return advice.answer(on, Outcome.PARTLY, "de bomen blijven staan")
    if step is Step.WITHDRAW:
        return advice.withdraw()
    if step is Step.POSTPONE:
        return advice.postpone(date(2027, 2, 1), "raadsbehandeling")
    return advice.with_terms(Terms(ack_days=15))


EXPECTED = {
    Step.ACKNOWLEDGE: AdviceState.ACKNOWLEDGED,
    Step.ANSWER: AdviceState.ANSWERED,
    Step.WITHDRAW: AdviceState.WITHDRAWN,
}


@pytest.mark.parametrize("state", list(AdviceState))
@pytest.mark.parametrize("step", list(Step))
def test_every_transition_allowed_or_refused(state: AdviceState, step: Step) -> None:
    before = STATES[state]
    if step in ALLOWED[state]:
        after = _do(before, step)
        assert after.state is EXPECTED.get(step, state)
    else:
        with pytest.raises(DomainError) as refused:
            _do(before, step)
        assert refused.value.key == f"advice.refused.{state.value}"
        assert STATES[state] == before  # nothing changed


def test_the_allowed_table_is_what_the_issue_says() -> None:
    assert Step.ANSWER in ALLOWED[AdviceState.SENT]  # an answer also acknowledges
    assert Step.ACKNOWLEDGE not in ALLOWED[AdviceState.ACKNOWLEDGED]
    assert ALLOWED[AdviceState.ANSWERED] == frozenset()
    assert ALLOWED[AdviceState.WITHDRAWN] == frozenset()


def test_an_answer_without_acknowledgement_acknowledges_on_the_same_day() -> None:
    answered = SENT.answer(date(2026, 11, 30), Outcome.REJECTED, "nee")
    assert answered.acknowledged_on == date(2026, 11, 30)
    with pytest.raises(DomainError):
        SENT.answer(date(2026, 11, 30), Outcome.REJECTED, "  ")
    with pytest.raises(DomainError):
        SENT.acknowledge(date(2026, 11, 1))  # before it was sent


def test_lateness_is_derived_from_today() -> None:
    due = SENT.deadlines  # sent Mon 2 Nov 2026: ack 16 Nov, reply 14 Dec, very late 25 Jan
    assert (due.ack.end, due.reply.end, due.very_late.end) == (
        date(2026, 11, 16),
        date(2026, 12, 14),
        date(2027, 1, 25),
    )
    assert SENT.lateness(date(2026, 11, 16)) is Lateness.ON_TIME
    assert SENT.lateness(date(2026, 11, 17)) is Lateness.LATE
    acknowledged = STATES[AdviceState.ACKNOWLEDGED]
    assert acknowledged.lateness(date(2026, 11, 17)) is Lateness.ON_TIME
    assert acknowledged.lateness(date(2026, 12, 15)) is Lateness.LATE
    assert acknowledged.lateness(date(2027, 1, 26)) is Lateness.VERY_LATE
    assert STATES[AdviceState.ANSWERED].lateness(date(2027, 6, 1)) is Lateness.ON_TIME


def test_an_extension_moves_the_reply_deadline_and_the_very_late_date() -> None:
    postponed = SENT.postpone(date(2027, 1, 15), "de raad behandelt het in januari")
    due = postponed.deadlines
    assert due.ack.end == date(2026, 11, 16)  # unchanged
    assert due.reply.end == date(2027, 1, 15)
    assert due.very_late.end == date(2027, 2, 26)  # six weeks after the new date
    assert postponed.lateness(date(2026, 12, 20)) is Lateness.LATE  # still no acknowledgement
    acknowledged = STATES[AdviceState.ACKNOWLEDGED].postpone(date(2027, 1, 15), "raad")
    assert acknowledged.lateness(date(2026, 12, 20)) is Lateness.ON_TIME
    with pytest.raises(DomainError):
        SENT.postpone(date(2026, 12, 1), "eerder dan de termijn")
    with pytest.raises(DomainError):
        SENT.postpone(date(2027, 1, 15), "  ")


# --- the figures, checked by hand ---------------------------------------------------------------
def test_figures_on_a_known_set() -> None:
    today = date(2027, 3, 1)
    a = SENT  # 2 Nov 2026; ack 16 Nov, reply 14 Dec
    advices = [
        # acknowledged on 9 Nov (5 working days, on time), answered 10 Dec (28 wd, on time)
        replace(
            a,
            id=1,
            state=AdviceState.ANSWERED,
            acknowledged_on=date(2026, 11, 9),
            answered_on=date(2026, 12, 10),
            outcome=Outcome.ADOPTED,
        ),
        # acknowledged 20 Nov (late, 14 wd), answered 4 Jan 2027 (late; 43 wd)
        replace(
            a,
            id=2,
            state=AdviceState.ANSWERED,
            acknowledged_on=date(2026, 11, 20),
            answered_on=date(2027, 1, 4),
            outcome=Outcome.REJECTED,
        ),
        # never acknowledged, deadlines passed: judged late twice
        replace(a, id=3),
        # withdrawn before anything: counted, not judged
        replace(a, id=4, state=AdviceState.WITHDRAWN),
        # 2027: sent 15 Feb, nothing due yet
        replace(a, id=5, sent_on=date(2027, 2, 15)),
    ]
    y2026, y2027 = figures(advices, today)
    assert (y2026.year, y2026.count, y2026.withdrawn) == (2026, 4, 1)
    assert (y2026.ack_on_time, y2026.ack_judged) == (1, 3)
    assert (y2026.reply_on_time, y2026.reply_judged) == (1, 3)
    assert share(y2026.ack_on_time, y2026.ack_judged) == 33
    # working days 2 Nov -> 9 Nov = 5; 2 Nov -> 20 Nov = 14: median 9.5
    assert y2026.median_ack_days == 9.5
    # 2 Nov -> 10 Dec = 28 (six weeks less two days); 2 Nov -> 4 Jan 2027: 28 + 11 Dec (1)
    # + 14-18 Dec (5) + 21-24 Dec (4; 25 Dec kerstdag) + 28-31 Dec (4) + 4 Jan (1; 1 Jan
    # Nieuwjaarsdag) = 43; the median of 28 and 43 is 35.5
    assert working_days_between(date(2026, 11, 2), date(2027, 1, 4)) == 43
    assert y2026.median_reply_days == 35.5
    assert y2026.outcomes[Outcome.ADOPTED] == 1
    assert y2026.outcomes[Outcome.REJECTED] == 1
    assert (y2027.count, y2027.ack_judged, y2027.median_ack_days) == (1, 0, None)
    assert share(0, 0) is None


# --- what people type ---------------------------------------------------------------------------
def test_registration_parts() -> None:
    parts = split_registration(
        "Herinrichting Duinplein verzonden 3 november aan stadsdeel Scheveningen gevraagd"
    )
    assert (parts.subject, parts.sent_text, parts.to_text, parts.requested) == (
        "Herinrichting Duinplein",
        "3 november",
        "stadsdeel Scheveningen",
        True,
    )
    parts = split_registration('"Advies aan de wethouder" aan wethouder@denhaag.nl ongevraagd')
    assert (parts.subject, parts.to_text, parts.requested) == (
        "Advies aan de wethouder",
        "wethouder@denhaag.nl",
        False,
    )
    parts = split_registration("Speeltuin Vissershaven https://bo-duindorp.nl/advies.pdf")
    assert (parts.subject, parts.link) == (
        "Speeltuin Vissershaven",
        "https://bo-duindorp.nl/advies.pdf",
    )
    assert split_registration("verzonden 3 november").subject == ""  # no subject
    assert split_registration("Aan de slag met groen").subject == "Aan de slag met groen"


def test_answer_and_terms_as_typed() -> None:
    assert split_answer("3 december deels overgenomen: de bomen blijven") == (
        "3 december",
        Outcome.PARTLY,
        "de bomen blijven",
    )
    assert split_answer("Niet overgenomen: te duur")[1] is Outcome.REJECTED
    with pytest.raises(UsageError):
        split_answer("overgenomen zonder dubbele punt")
    with pytest.raises(DomainError):
        split_answer("misschien: wie weet")
    assert change_terms(Terms(), "ontvangst 15 werkdagen en reactie 8 weken") == Terms(15, 56, 200)
    assert change_terms(Terms(), "reactie 60 dagen") == Terms(10, 60, 200)
    with pytest.raises(UsageError):
        change_terms(Terms(), "ontvangst snel")
