"""Agenda items: what may be proposed, how near-duplicates are recognised, the order of items.

An item belongs to a meeting, or waits (`meeting_id` None) for the next meeting to be planned.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher
from enum import StrEnum

from domain.errors import DomainError

MAX_ITEM = 1000
SIMILAR = 0.85  # two items this alike (after normalising) are the same point


class ItemState(StrEnum):
    OPEN = "open"
    DISCUSSED = "discussed"  # "besproken"
    REMOVED = "removed"


class ItemChange(StrEnum):
    """What an item's timeline records after it was put on the agenda."""

    TEXT = "text"  # the text corrected (the old text is the detail)


@dataclass(frozen=True)
class AgendaItem:
    id: int
    chat_id: int
    meeting_id: int | None
    position: int
    text: str
    proposer_id: int | None
    state: ItemState
    proposer_name: str = ""
    source_message_id: int | None = None  # the message it was taken from (a reply to it)
    carried_from: datetime | None = None  # start of the meeting it was carried over from
    created_at: datetime | None = None
    number: int = 0  # the number the group sees; positions only order the agenda
    carried_from_id: int | None = None  # the meeting it was carried over from
    added_by: int | None = None  # who put it on the agenda (its undo and text edit)
    edited_by_name: str | None = None  # who last corrected its text ("gewijzigd door Bram")


class ItemError(DomainError):
    """An item that cannot be stored; the edge shows why, the usage line and an example."""


def clean_item(text: str) -> str:
    """The item as it will be stored: whitespace tidied, never empty, at most MAX_ITEM long."""
    cleaned = "\n".join(" ".join(line.split()) for line in text.strip().splitlines()).strip()
    cleaned = re.sub(r"\n{3,}", "\n\n", cleaned)
    if not any(ch.isalnum() for ch in cleaned):
        raise ItemError("agenda.empty")
    if len(cleaned) > MAX_ITEM:
        raise ItemError("agenda.too_long", limit=MAX_ITEM, length=len(cleaned))
    return cleaned


def _normal(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", plain).split())


def _similar(a: str, b: str) -> bool:
    """difflib's ratio at least SIMILAR; its cheap upper bounds first (a long agenda)."""
    matcher = SequenceMatcher(None, a, b)
    return (
        matcher.real_quick_ratio() >= SIMILAR
        and matcher.quick_ratio() >= SIMILAR
        and matcher.ratio() >= SIMILAR
    )


def near_duplicate(text: str, items: Sequence[AgendaItem]) -> tuple[int, AgendaItem] | None:
    """(number on the list, item) of an open item nearly the same as `text`, if there is one."""
    wanted = _normal(text)
    for item in items:
        other = _normal(item.text)
        if not wanted or not other:
            continue
        if wanted == other or _similar(wanted, other):
            return item.number, item
    return None


def neighbour(items: Sequence[AgendaItem], item_id: int, step: int) -> AgendaItem | None:
    """The item just above (-1) or below (+1) `item_id` on the agenda; None at an end."""
    ids = [item.id for item in items]
    index = ids.index(item_id) + step
    return items[index] if 0 <= index < len(items) else None


def may_edit(item: AgendaItem, user_id: int, *, board: bool) -> bool:
    """An item's text is corrected by the board, by whoever proposed it or put it on."""
    return board or user_id in (item.proposer_id, item.added_by)
