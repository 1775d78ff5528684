"""What the official's weekly digest counts as new (issue 20): the latest step each deadline
took in the period, told once; and a long digest kept to one Telegram message."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from domain.actions import Action, ActionState, Owner
from domain.advice.model import Advice, AdviceState, Outcome
from domain.advice.official import Turned, turned_of_action, turned_of_advice
from handlers.advice.official.news import digest_text

# sent Mon 23 Nov 2026: acknowledge by 7 Dec, reply by 4 Jan, "lang te laat" after 15 Feb
ADVICE = Advice(1, -100, 4, "Herinrichting Duinplein", date(2026, 11, 23))


def test_the_latest_step_in_the_period_counts() -> None:
    # due on 7 Dec and overdue from 8 Dec: a period holding both tells "overdue" only
    found = turned_of_advice(ADVICE, "Duindorp", date(2026, 11, 30), date(2026, 12, 9))
    assert found is not None
    assert (found.kind, found.step, found.deadline, found.on) == (
        "ack",
        "overdue",
        date(2026, 12, 7),
        date(2026, 12, 8),
    )
    assert found.late_days == 2
    # the period after it: nothing new for this advice
    assert turned_of_advice(ADVICE, "Duindorp", date(2026, 12, 9), date(2026, 12, 16)) is None
    # on the deadline itself: due today
    today = turned_of_advice(ADVICE, "Duindorp", date(2026, 12, 1), date(2026, 12, 7))
    assert today is not None
    assert today.step == "due"


def test_an_acknowledged_advice_becomes_very_late() -> None:
    acknowledged = ADVICE.acknowledge(date(2026, 11, 30))
    found = turned_of_advice(acknowledged, "Duindorp", date(2027, 2, 10), date(2027, 2, 17))
    assert found is not None
    assert (found.kind, found.step, found.deadline) == ("reply", "very_late", date(2027, 1, 4))
    # answered: nothing is owed, nothing is told
    answered = acknowledged.answer(date(2027, 2, 1), Outcome.ADOPTED, "De gemeente neemt het over.")
    assert answered.state is AdviceState.ANSWERED
    assert turned_of_advice(answered, "Duindorp", date(2027, 2, 10), date(2027, 2, 17)) is None


def test_an_action_of_the_stadsdeel_only_with_a_date() -> None:
    action = Action(
        7,
        -100,
        2,
        "bankjes plaatsen",
        (Owner("stadsdeel", party="stadsdeel"),),
        date(2026, 12, 1),
        None,
        ActionState.OPEN,
        1,
        datetime(2026, 11, 25, 14, tzinfo=UTC),
    )
    found = turned_of_action(action, "Duindorp", date(2026, 11, 25), date(2026, 12, 2))
    assert found is not None
    assert (found.step, found.late_days) == ("overdue", 1)
    undated = replace(action, due_date=None)
    assert turned_of_action(undated, "Duindorp", date(2026, 11, 25), date(2026, 12, 2)) is None
    ours = replace(action, owners=(Owner("Anna", user_id=1),))
    assert turned_of_action(ours, "Duindorp", date(2026, 11, 25), date(2026, 12, 2)) is None


def test_a_long_digest_stays_one_message_and_the_mail_has_everything() -> None:
    found = turned_of_advice(
        ADVICE, "Bewonersorganisatie Duindorp", date(2026, 12, 1), date(2026, 12, 9)
    )
    assert found is not None
    news: list[Turned] = []
    for n in range(40):  # forty organisations, each with a long title
        owed = replace(found.owed, group=f"Bewonersorganisatie nummer {n:02}", title="x" * 200)
        news.append(replace(found, owed=owed))
    text = digest_text("nl", 40, news, 60, "2 dec 2026", mail=False)
    assert len(text) < 4096  # one Telegram message
    shown = text.count("ontvangstbevestiging was uiterlijk")
    assert 10 < shown < 40
    assert f"… en nog {40 - shown}" in text
    assert text.endswith("Nog 60 open in totaal: /overzicht voor alles")
    mailed = digest_text("nl", 40, news, 60, "2 dec 2026", mail=True)
    assert mailed.count("ontvangstbevestiging was uiterlijk") == 40
