"""Meeting formats: each kind of meeting (bestuursvergadering, ledenvergadering, stadsdeeloverleg,
thermometergesprek, evaluatie, or one a group adds) has its standard agenda around the members'
items, its lead times and who is invited. Pure rules: what people type and what a format is."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from domain.errors import DomainError
from domain.meetings import AGENDA_CALL, AGENDA_CLOSE
from domain.settings import GroupSettings

DEFAULT_KIND = "bestuur"  # a group that never chose gets the bestuursvergadering
MAX_STANDARD = 10  # standard items before, and after, the members' items
MAX_TEXT = 120  # a standard item or a kind's name
MAX_KINDS = 12
LONG_WORD = 8  # a kind word this long is recognised anywhere in /overleg, not only first


class Invited(StrEnum):
    """Who is expected at a kind of meeting (the report's "afwezig zonder bericht")."""

    BOARD = "board"
    MEMBERS = "members"
    BOARD_GEMEENTE = "board_gemeente"


INVITED_ORDER = (Invited.BOARD, Invited.BOARD_GEMEENTE, Invited.MEMBERS)


@dataclass(frozen=True)
class Format:
    key: str
    name: str
    words: tuple[str, ...]  # what people type after /overleg, folded ("stadsdeeloverleg")
    before: tuple[str, ...]  # the standard items before the members' items
    after: tuple[str, ...]  # ... and after them
    invited: Invited
    call: str | None = None  # a stored duration ("4w") for agenda.call; None: the group's
    close: str | None = None  # the same for agenda.close
    builtin: bool = True

    def settings(self, settings: GroupSettings) -> GroupSettings:
        """The group's settings with this kind's own lead times in place."""
        values = dict(settings.values)
        if self.call is not None:
            values[AGENDA_CALL.key] = self.call
        if self.close is not None:
            values[AGENDA_CLOSE.key] = self.close
        return GroupSettings(values)

    @property
    def approval_index(self) -> int | None:
        """The standard item where the previous meeting's report is approved ("Verslag vorige
        vergadering"): the first one before the members' items that names the report."""
        for index, text in enumerate(self.before):
            if any(word in fold(text) for word in APPROVAL_WORDS):
                return index
        return None


APPROVAL_WORDS = ("verslag", "notulen", "minutes", "report")


def fold(text: str) -> str:
    """Lower case without accents, for matching what people type."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def split_kind(formats: Sequence[Format], text: str) -> tuple[Format | None, str]:
    """The kind a /overleg text names, and the text without it: the first word ("ALV 12 maart
    20:00"), or a kind's long name anywhere ("do 14 jan 15:00 stadsdeeloverleg Stadsdeelhuis"),
    so it is never read as part of the place or the date."""
    words = text.split()
    if not words:
        return None, text
    first = fold(words[0]).strip(",.:;")
    for fmt in formats:
        if first in fmt.words:
            return fmt, " ".join(words[1:])
    for index, word in enumerate(words):
        folded = fold(word).strip(",.:;")
        if len(folded) < LONG_WORD:
            continue
        for fmt in formats:
            if folded in fmt.words:
                return fmt, " ".join(words[:index] + words[index + 1 :])
    return None, text


RONDVRAAG_WORDS = ("rondvraag", "any other business", "wvttk")


def is_rondvraag(title: str) -> bool:
    """The standard item where the rondvraag's notes go."""
    return any(word in fold(title) for word in RONDVRAAG_WORDS)


def standard_part(title: str) -> str:
    """How a note on a standard item is stored (`agenda_notes.part`)."""
    return "std:" + fold(title)


def split_standard(fmt: Format, text: str) -> tuple[str | None, str]:
    """ "mededelingen: tekst" -> the standard item "Mededelingen en ingekomen stukken" and the
    text: a word of its title (four letters or more) before a colon; else (None, text)."""
    head, sep, rest = text.partition(":")
    word = fold(head.strip())
    if not sep or len(word) < 4 or not word.isalpha():
        return None, text
    for title in fmt.before + fmt.after:
        if word == fold(title) or word in re.findall(r"\w+", fold(title)):
            return title, rest.strip()
    return None, text


def clean_name(text: str) -> str:
    name = " ".join(text.split()).strip(" .,;:")
    if not any(ch.isalpha() for ch in name):
        raise DomainError("format.name.empty")
    if len(name) > MAX_TEXT:
        raise DomainError("format.too_long", limit=MAX_TEXT)
    return name


def words_of(name: str) -> tuple[str, ...]:
    """What people type for a kind they named: its name as one word ("buurtschouw")."""
    return (re.sub(r"[^\w]", "", fold(name)),)


def new_key(name: str, taken: Sequence[str]) -> str:
    base = re.sub(r"[^a-z0-9]", "", fold(name))[:16] or "soort"
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}{n}"
    return key


def clean_items(text: str) -> tuple[str, ...]:
    """Standard items as typed: one a line (bullets and numbers dropped), "geen" for none."""
    if fold(text.strip()) in ("geen", "none", "-", "leeg"):
        return ()
    items = []
    for line in text.splitlines():
        item = re.sub(r"^\s*(?:[-*•▫️▪️]+|\d{1,2}[.)])\s*", "", line).strip()
        item = " ".join(item.split())
        if not item:
            continue
        if len(item) > MAX_TEXT:
            raise DomainError("format.too_long", limit=MAX_TEXT)
        items.append(item)
    if len(items) > MAX_STANDARD:
        raise DomainError("format.too_many", maximum=MAX_STANDARD)
    return tuple(items)


def next_invited(invited: Invited) -> Invited:
    """The button that switches who is invited goes round: board, board and gemeente, members."""
    index = INVITED_ORDER.index(invited)
    return INVITED_ORDER[(index + 1) % len(INVITED_ORDER)]


def with_items(
    fmt: Format, before: tuple[str, ...] | None, after: tuple[str, ...] | None
) -> Format:
    return replace(
        fmt,
        before=fmt.before if before is None else before,
        after=fmt.after if after is None else after,
    )
