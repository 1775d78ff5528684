"""What people type after /advies: the registration's parts, new terms, an answer's outcome."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from domain.advice import words
from domain.advice.deadlines import Terms
from domain.advice.model import Outcome
from domain.errors import DomainError, UsageError

_OUTCOME_WORD = {w: outcome for outcome, forms in words.OUTCOMES.items() for w in forms}
_ANY_OUTCOME = words.alternation(tuple(_OUTCOME_WORD))
_OUTCOME_IN_TEXT = re.compile(rf"(?<!\w)({_ANY_OUTCOME})(?!\w)", re.IGNORECASE)


def parse_outcome(text: str) -> Outcome | None:
    """An outcome as people type it: "deels overgenomen", "Niet overgenomen", "deferred"."""
    return _OUTCOME_WORD.get(" ".join(text.lower().replace("-", " ").split()))


def read_outcome(text: str) -> tuple[Outcome, str] | None:
    """The outcome in a typed answer and the summary: "deels overgenomen: de bomen blijven"
    -> (PARTLY, "de bomen blijven"); "Het advies is niet overgenomen" -> (REJECTED, the whole
    text). None when no outcome, or two different ones, are named."""
    found = list(_OUTCOME_IN_TEXT.finditer(text))
    outcomes = {parse_outcome(m.group(1)) for m in found}
    if len(outcomes) != 1:
        return None
    outcome = outcomes.pop()
    assert outcome is not None
    first = found[0]
    if text[: first.start()].strip(" ,.:;-–—"):
        return outcome, text.strip()
    return outcome, text[first.end() :].lstrip(" ,.:;-–—\n").strip()


_OPTION = re.compile(
    r"(?<!\S)("
    + words.alternation(words.SENT + words.TO + words.REQUESTED + words.UNREQUESTED)
    + r")(?!\S)",
    re.IGNORECASE,
)
_OPTION_KIND = {
    **{w: "sent" for w in words.SENT},
    **{w: "to" for w in words.TO},
    **{w: "requested" for w in words.REQUESTED},
    **{w: "unrequested" for w in words.UNREQUESTED},
}
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

    "aan" / "to" names the addressee: the first after "verzonden <datum>", else the last one,
    so a subject may hold the word ("Plan to close the library sent 3 November to district
    Centre"). A subject that itself holds an option word can be put between quotes.
    """
    text = " ".join(text.split())
    link_match = _URL.search(text)
    link = link_match.group(0).rstrip(".,;)") if link_match else None
    if link_match:
        text = " ".join((text[: link_match.start()] + text[link_match.end() :]).split())
    closing = _QUOTES.get(text[:1])
    start = 0
    if closing is not None and closing in text[1:]:
        start = text.index(closing, 1) + 1
    # a subject may start with "Aan ..." but never with "verzonden" or "gevraagd"
    options = [m for m in _OPTION.finditer(text, start)]
    kind = {m.start(): _OPTION_KIND[m.group(1).lower()] for m in options}
    chosen = [m for m in options if kind[m.start()] == "sent"][:1]
    # "gevraagd" / "asked" is a flag: it counts where nothing follows it but another option
    # ("Residents asked for benches sent 3 November asked": the last one)
    ends = [m.start() for m in options[1:]] + [len(text)] if options else []
    flags = [
        m
        for m, end in zip(options, ends, strict=True)
        if kind[m.start()] in ("requested", "unrequested") and not text[m.end() : end].strip()
    ]
    chosen += flags[-1:]
    sent = next((m.start() for m in chosen if kind[m.start()] == "sent"), None)
    addressed = [m for m in options if kind[m.start()] == "to" and m.start() > 0]
    after_sent = [m for m in addressed if sent is not None and m.start() > sent]
    chosen += after_sent[:1] or addressed[-1:]
    chosen.sort(key=lambda m: m.start())
    if start:
        subject = text[1 : start - 1]
    else:
        subject = text[: chosen[0].start()] if chosen else text
    found: dict[str, str] = {}
    for index, match in enumerate(chosen):
        end = chosen[index + 1].start() if index + 1 < len(chosen) else len(text)
        found[kind[match.start()]] = text[match.end() : end].strip(" ,;")
    requested = None
    if "requested" in found or "unrequested" in found:
        requested = "requested" in found
    return Registration(
        subject=subject.strip(" ,.:;-"),
        sent_text=found.get("sent"),
        to_text=found.get("to"),
        requested=requested,
        link=link,
    )


_TERM = re.compile(
    rf"({words.alternation(words.TERM_ACK + words.TERM_REPLY)})\s+(\d{{1,3}})\s*"
    rf"({words.alternation(words.UNIT_WORKDAYS + words.UNIT_DAYS + words.UNIT_WEEKS)})?(?!\w)",
    re.IGNORECASE,
)


def _one_of(word: str, forms: tuple[str, ...]) -> bool:
    return " ".join(word.lower().replace("-", " ").split()) in forms


def change_terms(terms: Terms, text: str) -> Terms:
    """ "ontvangst 15 werkdagen", "reactie 8 weken" (or both; "acknowledgement 15 working
    days", "reply 8 weeks") -> the new terms; else UsageError."""
    matches = list(_TERM.finditer(text))
    leftover = re.sub(r"\b(en|and)\b|[,;]", " ", _TERM.sub(" ", text)).strip()
    if not matches or leftover:
        raise UsageError(command="advies")
    for match in matches:
        what, amount, unit = match.group(1), int(match.group(2)), (match.group(3) or "")
        if amount <= 0:
            raise UsageError(command="advies")
        if _one_of(what, words.TERM_ACK):
            if _one_of(unit, words.UNIT_WEEKS + words.UNIT_DAYS):
                raise DomainError("advice.terms.ack_workdays")
            terms = replace(terms, ack_days=amount)
        else:
            if _one_of(unit, words.UNIT_WORKDAYS):
                raise DomainError("advice.terms.reply_weeks")
            days = amount if _one_of(unit, words.UNIT_DAYS) else amount * 7
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
    rf"^(.*?)\s*(?<![a-z])({_ANY_OUTCOME})$",
    re.IGNORECASE | re.DOTALL,
)
