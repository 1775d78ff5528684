"""Flood control: one person sending a burst of commands must not hold up everyone else.

Telegram lets a bot send about 20 messages a minute into one group, so 100 commands from one
member would delay every other member's answer by minutes. More than `limit` commands within
`window` earns one "rustig aan" message; that person's further commands are ignored for
`pause`. Time is passed in (the domain never reads the clock).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

FLOOD_LIMIT = 10
FLOOD_WINDOW = timedelta(seconds=30)
FLOOD_PAUSE = timedelta(minutes=1)


class Verdict(StrEnum):
    SERVE = "serve"
    WARN = "warn"  # this command tipped it over: say "rustig aan" once, do not run it
    IGNORE = "ignore"  # paused: drop it silently


@dataclass
class _Track:
    times: deque[datetime] = field(default_factory=deque)
    paused_until: datetime | None = None


class FloodGuard:
    """Counts commands per user in a sliding window; in memory (a restart forgives)."""

    def __init__(
        self,
        limit: int = FLOOD_LIMIT,
        window: timedelta = FLOOD_WINDOW,
        pause: timedelta = FLOOD_PAUSE,
    ) -> None:
        self.limit = limit
        self.window = window
        self.pause = pause
        self._tracks: dict[int, _Track] = {}
        self.warned = 0
        self.ignored = 0

    def check(self, user_id: int, now: datetime) -> Verdict:
        track = self._tracks.setdefault(user_id, _Track())
        if track.paused_until is not None:
            if now < track.paused_until:
                self.ignored += 1
                return Verdict.IGNORE
            track.paused_until = None
            track.times.clear()
        while track.times and now - track.times[0] >= self.window:
            track.times.popleft()
        track.times.append(now)
        if len(track.times) > self.limit:
            track.paused_until = now + self.pause
            self.warned += 1
            return Verdict.WARN
        self._forget_idle(now)
        return Verdict.SERVE

    def _forget_idle(self, now: datetime) -> None:
        """Drop users who were quiet for a whole window, so memory stays small."""
        if len(self._tracks) < 1024:
            return
        for user_id in [
            uid
            for uid, track in self._tracks.items()
            if track.paused_until is None
            and (not track.times or now - track.times[-1] >= self.window)
        ]:
            del self._tracks[user_id]
