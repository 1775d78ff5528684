"""Quick polls among board members: reading the command, counting, quorum and outcome.

Pure rules: the handler reads the closing moment with the date reader and asks Telegram who
the admins are; this module gets plain ids and option indexes and says what they add up to.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from domain.errors import UsageError
from domain.settings import SettingKind, SettingSpec

DURATION = SettingSpec(
    "polls.duration",
    SettingKind.DURATION,
    "48h",
    "polls",
    words=("peilingduur", "peiling", "sluittijd", "pollduration", "poll"),
    can_be_off=False,
    label="setting.polls.duration.label",
    help="setting.polls.duration.help",
)
QUORUM = SettingSpec(
    "polls.quorum",
    SettingKind.PERCENT,
    "50",
    "polls",
    words=("quorum",),
    minimum=0,
    maximum=100,
    label="setting.polls.quorum.label",
    help="setting.polls.quorum.help",
)
SETTINGS = (DURATION, QUORUM)

MAX_QUESTION = 300  # Telegram's limits for sendPoll
MAX_OPTION = 100
MAX_OPTIONS = 10  # ours: a board poll with more choices is not a quick poll
MIN_OPTIONS = 2
# One reminder to vote before closing (hours before, and the payload tag): a day ahead when
# the poll runs longer than a day, else an hour ahead. Nobody asks for more than one; who
# wants another nudge types /peiling herinner.
REMIND_BEFORE = ((24, "24h"), (1, "1h"))

# What people type after /peiling, Dutch and English: both are read in either language.
CLOSES = ("sluit", "sluiten", "closes", "close")  # "sluit vrijdag 17:00"
CLOSES_AT = ("op", "om", "on", "at")  # "sluit op vrijdag", "closes at 17:00"
MULTIPLE = ("meerdere", "meer antwoorden", "multiple")  # more than one answer per voter
REMIND = ("herinner", "remind")  # /peiling herinner: a nudge for who has not voted


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])


_MULTIPLE = re.compile(rf"\s*\b(?:{_alternation(MULTIPLE)})\s*$", re.IGNORECASE)
_CLOSE = re.compile(
    rf"\b(?:{_alternation(CLOSES)})\b(?:\s+(?:{_alternation(CLOSES_AT)}))?\s+", re.IGNORECASE
)

# Options typed on the question's line or under it (`read_command`).
_BULLET = re.compile(r"^(?:[-–•*·]\s*|\d{1,2}[.)](?:\s+|$))")
_SPACED_SLASH = re.compile(r"(?<=\s)/(?=\s|$)")  # "12/6 / 19/6": the dates keep their slashes
_SLASH = re.compile(r"(?<!\d)/|/(?!\d)")  # "ja/nee", not "12/6"
OR_WORDS = ("of", "or")
_OR = re.compile(rf"\s+(?:{_alternation(OR_WORDS)})\s+", re.IGNORECASE)
_COMMA = re.compile(r"\s*[,;]\s*")
_COMMA_OR = re.compile(rf"\s*[,;]\s*|\s+(?:{_alternation(OR_WORDS)})\s+", re.IGNORECASE)
# After "of"/"or" these start a clause ("of je kunt", "of niet"), so there is no choice.
WHETHER = (
    "je", "jij", "u", "we", "wij", "jullie", "ze", "zij", "hij", "het", "er", "dat", "dit",
    "iemand", "niet", "ik", "you", "they", "it", "there", "not", "i",
)  # fmt: skip
_WHETHER = re.compile(rf"(?:{_alternation(WHETHER)})\b", re.IGNORECASE)
# A question starting with one of these asks for a choice ("Welke avond: di of do?").
CHOICE_WORDS = (
    "welke", "welk", "wat", "wanneer", "waar", "wie", "hoe laat", "hoeveel",
    "which", "what", "when", "where", "who", "how many",
)  # fmt: skip
_CHOICE = re.compile(rf"\s*(?:{_alternation(CHOICE_WORDS)})\b", re.IGNORECASE)
SHORT_ITEM = 3  # words: "1 dec, 8 dec" is a list, "graag reageren, ook als je kunt" is not


@dataclass(frozen=True)
class PollDraft:
    """What `/peiling` was given: a question, options (none: a proposal), closing, multiple."""

    question: str
    options: tuple[str, ...]
    closing: str | None  # the words after "sluit", read by the date reader
    multiple: bool
    # a proposal whose question holds "x of y": the confirmation says how to make it a choice
    maybe_choice: bool = False

    @property
    def is_proposal(self) -> bool:
        return not self.options


@dataclass(frozen=True)
class Poll:
    """A poll as stored: the native Telegram poll it is now, its deadline and state."""

    id: int
    chat_id: int
    created_by: int
    question: str
    options: tuple[str, ...]
    proposal: bool
    multiple: bool
    native_id: str
    message_id: int
    thread_id: int | None
    closes_at: datetime
    created_at: datetime
    closed_at: datetime | None = None
    closed_by: int | None = None
    board: frozenset[int] | None = None  # the board when it closed
    result_message_id: int | None = None
    decision_id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


def _bad(reason: str, **params: Any) -> UsageError:
    """`reason`: the catalog key of what is wrong, shown with /peiling's usage."""
    return UsageError(command="peiling", reason=reason, **params)


def read_command(text: str) -> PollDraft:
    """Split a question, its options, `sluit vrijdag 17:00` and `meerdere`; raise UsageError.

    Options come with "|", one per line under the question, or on the question's line after
    its "?" as a list ("ja / nee", "di, wo of do"); see `_inline` for when an "of" makes a
    choice. "sluit ..." and "meerdere" belong at the end. A "sluit" followed by a question mark
    is part of the question ("Wie sluit af?"), not a closing time.
    """
    closing: str | None = None
    multiple = False
    if "|" in text:
        parts = [p.strip() for p in text.split("|")]
        parts[-1], closing, multiple = _tail(parts[-1], closing, multiple)
        question, options = parts[0], tuple(parts[1:])
    else:
        lines = [line.strip() for line in text.splitlines() if line.strip()] or [""]
        for _ in range(2):  # "sluit ..." and "meerdere" may each have a line of their own
            lines[-1], closing, multiple = _tail(lines[-1], closing, multiple)
            if lines[-1] or len(lines) == 1:
                break
            lines.pop()
        if len(lines) > 1:  # "Welke avond? meerdere" over options one per line
            lines[0], multiple = _tail_multiple(lines[0], multiple)
        if _one_per_line(lines):
            question = lines[0]
            options = tuple(_BULLET.sub("", line, count=1).strip() for line in lines[1:])
        else:
            question, options = _inline("\n".join(lines))
    if not question:
        raise _bad("poll.bad.no_question")
    if len(question) > MAX_QUESTION:
        raise _bad("poll.bad.question_long", limit=MAX_QUESTION, length=len(question))
    if any(not option for option in options):
        raise _bad("poll.bad.empty_option")
    if len(options) == 1:
        raise _bad("poll.bad.one_option")
    if len(options) > MAX_OPTIONS:
        raise _bad("poll.bad.many_options", limit=MAX_OPTIONS, count=len(options))
    for option in options:
        if len(option) > MAX_OPTION:
            raise _bad("poll.bad.option_long", limit=MAX_OPTION, option=option[:40] + "…")
    if len({o.casefold() for o in options}) != len(options):
        raise _bad("poll.bad.same_option")
    maybe_choice = not options and any(
        not _WHETHER.match(question, found.end()) for found in _OR.finditer(question)
    )
    return PollDraft(question, options, closing, multiple, maybe_choice)


def _tail(text: str, closing: str | None, multiple: bool) -> tuple[str, str | None, bool]:
    """`text` without a closing "sluit ..." and "meerdere" at its end, and what they said."""
    for _ in range(2):  # "meerdere" may stand before or after "sluit ..."
        found = _MULTIPLE.search(text)
        if found:
            multiple = True
            text = text[: found.start()].rstrip()
        matches = list(_CLOSE.finditer(text))
        if closing is None and matches and "?" not in text[matches[-1].end() :]:
            closing = text[matches[-1].end() :].strip() or None
            text = text[: matches[-1].start()].rstrip(" ,;")
    return text, closing, multiple


def _tail_multiple(line: str, multiple: bool) -> tuple[str, bool]:
    """The question's line without a "meerdere" after its "?"."""
    found = _MULTIPLE.search(line)
    if found is None or not line[: found.start()].rstrip().endswith("?"):
        return line, multiple
    return line[: found.start()].rstrip(), True


def _one_per_line(lines: Sequence[str]) -> bool:
    """Options one per line: each with a bullet, or two or more under a line ending in "?"/":".

    A single line under the question is read like the text after its "?" (a list, or part of
    the question), so "Zullen we ...\nGraag voor vrijdag" stays a proposal; so do lines that
    end like sentences.
    """
    rest = lines[1:]
    if not rest:
        return False
    if all(_BULLET.match(line) for line in rest):
        return True
    # "Graag reageren.": a sentence under the question is a note, not an option
    sentences = any(line.endswith((".", "!")) for line in rest)
    return len(rest) >= 2 and lines[0].endswith(("?", ":")) and not sentences


def _inline(text: str) -> tuple[str, tuple[str, ...]]:
    """The question and the options written on its line; no options: a proposal.

    Options stand after the last "?" as a list. With nothing after the "?", a question that
    starts with a choice word ("Welke avond: di of do?", "Wanneer, vrijdag of zaterdag?") has
    its options after its first ":" or ","; any other "of" inside the question is part of a
    yes/no question ("Zullen we op vrijdag of zaterdag ...?", "Gaan we akkoord of niet?").
    """
    end = text.rfind("?")
    if end < 0:
        return text, ()
    question, rest = text[: end + 1].strip(), text[end + 1 :].strip()
    if rest:
        listed = _listed(rest) if "\n" not in rest else None
        return (question, listed) if listed else (text, ())
    body = question[:-1]
    if not _CHOICE.match(body):
        return question, ()
    cut = body.find(":")
    cut = cut if cut > 0 else body.find(",")
    listed = _listed(body[cut + 1 :]) if cut > 0 else None
    if not listed:
        return question, ()
    return body[:cut].strip() + "?", listed


def _listed(text: str) -> tuple[str, ...] | None:
    """`text` as a list of options ("a / b", "a, b of c", "a of b", "a, b"), or None."""
    text = text.strip().rstrip(".!,;").strip()
    slash = _SPACED_SLASH if _SPACED_SLASH.search(text) else _SLASH
    if slash.search(text):
        return tuple(item.strip() for item in slash.split(text))
    ors = list(_OR.finditer(text))
    if ors:
        # "laat weten of je kunt", "akkoord of niet": "of" opens a clause, not a choice;
        # in "a, b of c" the commas come before the "of"
        if any(_WHETHER.match(text, found.end()) for found in ors) or "," in text[ors[0].end() :]:
            return None
        return tuple(item.strip() for item in _COMMA_OR.split(text))
    items = [item.strip() for item in _COMMA.split(text)]
    if len(items) > 1 and all(len(item.split()) <= SHORT_ITEM for item in items):
        return tuple(items)
    return None


def quorum_needed(board_size: int, percent: int) -> int:
    """How many board members must vote: `percent` of the board, rounded up."""
    if percent <= 0:
        return 0
    if board_size == 0:
        return 1
    return max(1, math.ceil(board_size * percent / 100 - 1e-9))


@dataclass(frozen=True)
class Tally:
    """A poll counted among the board: per option, who voted what, turnout and quorum."""

    options: tuple[str, ...]
    counts: tuple[int, ...]  # board members per option
    board_votes: Mapping[int, tuple[int, ...]]  # board member -> option indexes
    other_votes: Mapping[int, tuple[int, ...]]  # not on the board: shown, not counted
    board: frozenset[int]
    quorum_percent: int
    proposal: bool
    non_voters: tuple[int, ...] = field(default=())

    @property
    def turnout(self) -> int:
        return len(self.board_votes)

    @property
    def needed(self) -> int:
        return quorum_needed(len(self.board), self.quorum_percent)

    @property
    def quorum_met(self) -> bool:
        return bool(self.board) and self.turnout >= self.needed

    @property
    def turnout_percent(self) -> int:
        return round(100 * self.turnout / len(self.board)) if self.board else 0

    @property
    def outcome(self) -> tuple[str, tuple[str, ...]]:
        """(kind, options): kind is no_quorum, none, adopted, rejected, tie or winner."""
        if not self.quorum_met:
            return "no_quorum", ()
        if self.proposal:
            yes, no = self.counts[0], self.counts[1]
            if yes > no:
                return "adopted", ()
            if yes == no:
                return "tie", ()
            return "rejected", ()
        top = max(self.counts, default=0)
        if top == 0:
            return "none", ()
        leaders = tuple(o for o, c in zip(self.options, self.counts, strict=True) if c == top)
        return ("winner" if len(leaders) == 1 else "tie"), leaders


def tally(
    options: Sequence[str],
    votes: Mapping[int, Sequence[int]],
    board: frozenset[int],
    quorum_percent: int,
    *,
    proposal: bool,
) -> Tally:
    """Count `votes` (user -> option indexes) among `board`; other voters are kept apart."""
    counts = [0] * len(options)
    board_votes: dict[int, tuple[int, ...]] = {}
    other_votes: dict[int, tuple[int, ...]] = {}
    for user_id, chosen in votes.items():
        picked = tuple(sorted({i for i in chosen if 0 <= i < len(options)}))
        if not picked:
            continue
        if user_id in board:
            board_votes[user_id] = picked
            for index in picked:
                counts[index] += 1
        else:
            other_votes[user_id] = picked
    return Tally(
        options=tuple(options),
        counts=tuple(counts),
        board_votes=board_votes,
        other_votes=other_votes,
        board=board,
        quorum_percent=quorum_percent,
        proposal=proposal,
        non_voters=tuple(sorted(board - set(board_votes))),
    )


def reminder_moments(closes_at: datetime, now: datetime) -> list[tuple[datetime, str]]:
    """The one reminder still ahead: 24 hours before closing if that is still to come, else
    1 hour before; none for a poll that closes within the hour."""
    for hours, tag in REMIND_BEFORE:
        moment = closes_at - timedelta(hours=hours)
        if moment > now:
            return [(moment, tag)]
    return []
