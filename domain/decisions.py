"""Decisions logged with /besluit: what one is, who may correct it, and the agenda item a text
points at."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from domain.errors import DomainError, PermissionDenied
from domain.roles import Standing

MAX_TEXT = 500

_ITEM = re.compile(r"^#?(\d{1,3})(?:\s*[:.)]\s*(.+)|\s*[:.)]?)$", re.S)
# "punt 3 akkoord": the word says it is an item, so no colon is needed
_NAMED = re.compile(r"^(?:agendapunt|punt|item|#)\s*(\d{1,3})\b\s*[:.)]?\s*(.*)$", re.I | re.S)
# "3 akkoord": item 3, or a number in the text ("2 bankjes extra"); only the writer knows
_BARE = re.compile(r"^(\d{1,3})\s+(\S.*)$", re.S)


class Change(StrEnum):
    """What a decision's timeline records after it was logged."""

    TEXT = "text"
    ITEM = "item"
    REMOVED = "removed"


@dataclass(frozen=True)
class Decision:
    id: int
    chat_id: int
    number: int
    text: str
    created_by: int
    created_at: datetime
    meeting_id: int | None = None
    agenda_item_id: int | None = None
    creator_name: str = ""
    removed_at: datetime | None = None

    def may_change(self, user_id: int, standing: Standing) -> bool:
        """Who logged it may correct its text and item; so may the board."""
        return user_id == self.created_by or standing.is_board

    def require_change_right(self, user_id: int, standing: Standing) -> None:
        if not self.may_change(user_id, standing):
            raise PermissionDenied(role="owner")

    def require_present(self) -> None:
        """A removed decision stays on record (its number is never reused) but changes no more."""
        if self.removed_at is not None:
            raise DomainError("decision.removed", number=self.number)


def check_text(text: str) -> str:
    """The text as stored: spaces tidied, never empty, at most `MAX_TEXT`."""
    text = " ".join(text.split())
    if not text:
        raise DomainError("decision.empty")
    if len(text) > MAX_TEXT:
        raise DomainError("decision.too_long", limit=MAX_TEXT)
    return text


def split_item_number(text: str) -> tuple[int | None, str]:
    """`/besluit 3: tekst` names agenda item 3; returns (3, "tekst"), else (None, text).
    A number alone ("3:", "punt 3") is (3, ""): the text is still to come. "punt 3 tekst" and
    "agendapunt 3 tekst" name item 3 without a colon; a bare "3 tekst" does not (`bare_number`)."""
    text = text.strip()
    match = _ITEM.match(text) or _NAMED.match(text)
    if match is None:
        return None, text
    return int(match.group(1)), (match.group(2) or "").strip()


def bare_number(text: str) -> tuple[int, str] | None:
    """ "3 akkoord met de begroting": a number first without a colon, which may be agenda item
    3 or part of the text ("2 bankjes extra"); the caller asks when 3 is an item."""
    if split_item_number(text)[0] is not None:
        return None
    match = _BARE.match(text.strip())
    return None if match is None else (int(match.group(1)), match.group(2).strip())
