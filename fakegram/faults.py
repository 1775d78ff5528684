"""Faults on demand: error answers (429, 5xx, 400, a proxy's HTML page), hangs, slow answers, a
kicked or blocked bot (403), an outage (``go_down``: connections dropped or a proxy's error
page), Telegram's flood limits and network latency."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from fakegram.limits import GROUP_PER_MINUTE, OVERALL_PER_SECOND, FloodLimits
from fakegram.model import Fault, Hang
from fakegram.state import State
from fakegram.wire import JSON, Unreachable, error_body


class Faults(State):
    """Fault injection: :meth:`fail_next`, :meth:`hang_next`, :meth:`kick`, :meth:`go_down`."""

    def kick(self, chat_id: int) -> None:
        """The bot is kicked (group) or blocked (private): every later send answers 403."""
        self._kicked.add(chat_id)
        if chat_id in self._chats and self._chats[chat_id].type != "private":
            self._bot_status[chat_id] = "kicked"

    def unkick(self, chat_id: int) -> None:
        self._kicked.discard(chat_id)
        if chat_id in self._bot_status:
            self._bot_status[chat_id] = "member"

    # -- fault injection -----------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        status: int,
        body: JSON | None = None,
        times: int = 1,
        *,
        retry_after: int = 7,
        description: str | None = None,
        html: bool = False,
    ) -> None:
        """The next ``times`` calls of ``method`` ("*" = any but getUpdates) answer this error;
        with ``html`` a proxy in front of the Bot API answers them with its HTML error page."""
        if body is None:
            body = error_body(status, description, retry_after)
        self._faults.append(Fault(method.lower(), status, body, times, html))

    def slow_answer_next(self, method: str, seconds: float, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` are carried out at once but answered
        ``seconds`` later: the window in which a bot has sent a message and does not know it."""
        self._slow.append(Hang(method.lower(), seconds, times))

    def hang_next(self, method: str, seconds: float, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` wait ``seconds`` before being handled."""
        self._hangs.append(Hang(method.lower(), seconds, times))

    def go_down(self, status: int | None = None) -> None:
        """Telegram becomes unreachable: every call (waiting long polls too) has its connection
        dropped, or with ``status`` (502, 503, 504) gets a proxy's HTML error page. Calls made
        meanwhile are not recorded (they never arrive), only counted in ``refused``."""
        self._down = Unreachable(status)
        self._update_event.set()  # wake the long polls: they fail now

    def come_back(self) -> None:
        """The outage ends: calls are answered again."""
        self._down = None

    @property
    def down(self) -> bool:
        return self._down is not None

    def _check_reachable(self) -> None:
        if self._down is not None:
            self.refused += 1
            raise Unreachable(self._down.status)

    def limit_floods(
        self,
        per_second: int = OVERALL_PER_SECOND,
        per_minute_group: int = GROUP_PER_MINUTE,
        clock: Callable[[], float] = time.monotonic,
    ) -> FloodLimits:
        """From now on answer 429 as Telegram does beyond its flood limits (fakegram.limits)."""
        self.flood = FloodLimits(per_second, per_minute_group, clock)
        return self.flood

    def slow_down(self, latency: float) -> None:
        """Every call but getUpdates answers after ``latency`` seconds (half there, half back)."""
        self.latency = latency

    def _take(self, items: list[Any], method: str) -> Any:
        low = method.lower()
        for item in items:
            if item.method == low or (item.method == "*" and low != "getupdates"):
                item.times -= 1
                if item.times <= 0:
                    items.remove(item)
                return item
        return None
