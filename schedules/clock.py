"""The injected clock: production reads the system clock, tests and the demo move a fake one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the current moment (always timezone-aware, UTC)."""

    def now(self) -> datetime: ...


class SystemClock:
    """Reads the system clock on every call; never cached, so a restart with a moved clock works."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that only moves when told to; listeners hear about every move."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start")
        self._now = start.astimezone(UTC)
        self._listeners: list[Callable[[], None]] = []

    def now(self) -> datetime:
        return self._now

    def set(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware moment")
        self._now = moment.astimezone(UTC)
        for listener in list(self._listeners):
            listener()

    def advance(self, delta: timedelta) -> None:
        self.set(self._now + delta)

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)
