"""A poll in words: the count among the board, the result message, the decision's text."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from domain.decisions import MAX_TEXT as DECISION_MAX
from domain.polls import QUORUM, Poll, Tally, tally
from domain.settings import GroupSettings
from handlers.i18n import label, t

# What a proposal's three options are called (a proposal has no options of its own).
PROPOSAL_OPTIONS = ("poll.option.for", "poll.option.against", "poll.option.abstain")
OUTCOME = {
    "no_quorum": "poll.outcome.no_quorum",
    "none": "poll.outcome.none",
    "adopted": "poll.outcome.adopted",
    "rejected": "poll.outcome.rejected",
    "tie": "poll.outcome.tie",
    "winner": "poll.outcome.winner",
}


def count(poll: Poll, votes: dict[int, Any], board: set[int], settings: GroupSettings) -> Tally:
    """The votes counted among `board` with the group's quorum."""
    return tally(
        poll.options,
        votes,
        frozenset(board),
        settings.number(QUORUM),
        proposal=poll.proposal,
    )


def outcome_text(lang: str, result: Tally) -> str:
    kind, leaders = result.outcome
    return t(lang, OUTCOME[kind], options=", ".join(leaders))


def result_text(lang: str, poll: Poll, result: Tally, names: dict[int, str]) -> str:
    """The result message: counts among the board, who voted what, turnout against quorum."""
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
    return "\n".join(lines)


def _choice(poll: Poll, picked: tuple[int, ...]) -> str:
    return ", ".join(poll.options[i] for i in picked)


def _turnout(lang: str, result: Tally) -> str:
    key = "poll.result.quorum_met" if result.quorum_met else "poll.result.quorum_missed"
    return t(
        lang,
        key,
        turnout=result.turnout,
        count=len(result.board),
        percent=result.turnout_percent,
        quorum=result.quorum_percent,
        needed=result.needed,
    )


def decision_text(lang: str, poll: Poll, result: Tally) -> str:
    """ "Peiling: vraag — uitkomst (Voor 3, Tegen 1, Onthouding 0; 4 van 5 bestuursleden)"."""
    counts = ", ".join(f"{o} {n}" for o, n in zip(poll.options, result.counts, strict=True))
    kind, leaders = result.outcome
    outcome = label(lang, OUTCOME[kind], options=", ".join(leaders))
    question = poll.question
    while True:
        text = label(
            lang,
            "poll.decision",
            question=question,
            outcome=outcome,
            counts=counts,
            turnout=result.turnout,
            count=len(result.board),
        )
        if len(text) <= DECISION_MAX or len(question) < 20:
            return text[:DECISION_MAX]
        question = question[: len(question) - (len(text) - DECISION_MAX) - 1].rstrip() + "…"


def time_left(lang: str, left: timedelta) -> str:
    """How long a poll still runs: "40 minuten", "23 uur"."""
    minutes = max(1, round(left.total_seconds() / 60))
    if minutes < 90:
        return t(lang, "poll.left.minutes", count=minutes)
    return t(lang, "poll.left.hours", count=round(minutes / 60))
