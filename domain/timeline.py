"""One line of a record's history ("datum gewijzigd door Anna"): the same shape for every record
kind that keeps one (actions, decisions), each with its own `Change` enum."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

C = TypeVar("C", bound=StrEnum)


@dataclass(frozen=True)
class TimelineEntry(Generic[C]):
    at: datetime
    change: C
    by_name: str | None = None
    detail: str | None = None
