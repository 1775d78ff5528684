"""The words people type after /advies, Dutch and English, in one table: both forms are read in
either language ("verzonden" or "sent", "beantwoord" or "answered", "deels overgenomen" or
"partly adopted"), so an English group can use the examples of its own catalog."""

from __future__ import annotations

import re

from domain.advice.model import Outcome

# Registration: `/advies <onderwerp> [verzonden <datum>] [aan <wie>] [gevraagd|ongevraagd]`.
SENT = ("verzonden", "verstuurd", "sent")
TO = ("aan", "to")
REQUESTED = ("gevraagd", "requested", "asked")
UNREQUESTED = ("ongevraagd", "unrequested", "unasked")

# `/advies 4 <step> ...`: what happened to advice 4.
STEPS: dict[str, tuple[str, ...]] = {
    "ack": ("ontvangen", "ontvangst", "received", "acknowledged"),
    "answer": ("beantwoord", "reactie", "answered", "reply"),
    "postpone": ("verdaagd", "verdaging", "uitstel", "postponed", "postpone"),
    "withdraw": ("intrekken", "ingetrokken", "withdraw", "withdrawn"),
    "terms": ("termijnen", "termijn", "terms", "deadlines"),
    # corrections of what was registered (issue 17)
    "subject": ("onderwerp", "subject"),
    "sent": SENT,
    "to": (*TO, "geadresseerde", "addressee"),
}

# `/advies 4 termijnen ontvangst 15 werkdagen reactie 8 weken`
TERM_ACK = ("ontvangstbevestiging", "ontvangst", "acknowledgement", "acknowledgment", "receipt")
TERM_REPLY = ("reactie", "antwoord", "reply", "answer")
UNIT_WORKDAYS = ("werkdagen", "werkdag", "working days", "working day", "workdays", "workday")
UNIT_DAYS = ("dagen", "dag", "days", "day")
UNIT_WEEKS = ("weken", "week", "weeks")

# The gemeente's answer: the outcome, as the buttons say it in either language.
OUTCOMES: dict[Outcome, tuple[str, ...]] = {
    Outcome.PARTLY: (
        "deels overgenomen",
        "gedeeltelijk overgenomen",
        "partly adopted",
        "partially adopted",
    ),
    Outcome.REJECTED: ("niet overgenomen", "not adopted"),
    Outcome.ADOPTED: ("overgenomen", "adopted"),
    Outcome.DEFERRED: ("aangehouden", "deferred", "on hold"),
}

# "verdaagd 15 januari wegens de raadsbehandeling": the reason follows one of these.
BECAUSE = ("wegens", "vanwege", "omdat", "want", "because of", "because", "due to")

# `/adviezen cijfers`
FIGURES = ("cijfers", "statistiek", "figures", "statistics", "stats")

# `/overzicht wekelijks maandag 9:00 | mail <adres> | prive aan|uit` (the gemeente contact's
# weekly overview)
DIGEST_WEEKLY = ("wekelijks", "weekly", "week")
DIGEST_MAIL = ("mail", "email", "e-mail")
DIGEST_PRIVATE = ("prive", "privé", "private")
OFF = ("uit", "off", "geen", "none", "nee", "no")


def alternation(words: tuple[str, ...]) -> str:
    """A regex alternative of `words`, longest first, spaces as any whitespace or a hyphen."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in ordered)


def step_of(word: str) -> str | None:
    """ "beantwoord" / "answered" -> "answer"; None for a word that names no step."""
    wanted = word.lower()
    return next((step for step, words in STEPS.items() if wanted in words), None)
