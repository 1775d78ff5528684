"""Decisions logged with /besluit: what one is, and the agenda item a text points at."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

MAX_TEXT = 500

_ITEM = re.compile(
    r"^(?:punt\s*|agendapunt\s*|item\s*|#)?(\d{1,3})(?:\s*[:.)]\s*(.+)|\s*[:.)]?)$",
    re.IGNORECASE | re.S,
)


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


def split_item_number(text: str) -> tuple[int | None, str]:
    """`/besluit 3: tekst` names agenda item 3; returns (3, "tekst"), else (None, text).
    A number alone ("3:", "punt 3") is (3, ""): the text is still to come."""
    match = _ITEM.match(text.strip())
    if match is None:
        return None, text.strip()
    return int(match.group(1)), (match.group(2) or "").strip()
