"""What people type after /advies: the registration's parts, new terms, an answer's outcome."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from domain.advice.deadlines import Terms
from domain.advice.model import Outcome
from domain.errors import DomainError, UsageError


def parse_outcome(text: str) -> Outcome | None:
    """An outcome as people type it: "deels overgenomen", "Niet overgenomen", "aangehouden"."""
    wanted = " ".join(text.lower().replace("-", " ").split())
    for outcome in sorted(Outcome, key=lambda o: -len(o.value)):
        if wanted == outcome.value:
            return outcome
    return None


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
