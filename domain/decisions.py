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

_ITEM = re.compile(
    r"^(?:punt\s*|agendapunt\s*|item\s*|#)?(\d{1,3})(?:\s*[:.)]\s*(.+)|\s*[:.)]?)$",
    re.IGNORECASE | re.S,
)


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

    def require_change_right(self, user_id: int, standing: Standing) -> None:
        """Who logged it may correct its text and item; so may the board."""
        if user_id != self.created_by and not standing.is_board:
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
    A number alone ("3:", "punt 3") is (3, ""): the text is still to come."""
    match = _ITEM.match(text.strip())
    if match is None:
        return None, text.strip()
    return int(match.group(1)), (match.group(2) or "").strip()
