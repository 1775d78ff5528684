"""The sliding-window rate limiter: no rolling window over the limit, whatever the latency."""

from __future__ import annotations

import asyncio
import random
import time
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter

from bot.ratelimit import SlidingWindowLimiter


def most_in_any_window(times: list[float], period: float) -> int:
    times = sorted(times)
    best, left = 0, 0
    for right, moment in enumerate(times):
        while moment - times[left] >= period:
            left += 1
        best = max(best, right - left + 1)
    return best


async def test_no_rolling_window_is_ever_over_with_latency_and_many_groups() -> None:
    limiter = SlidingWindowLimiter(6, 3, overall_period=0.25, group_period=0.6)
    rng = random.Random(13)
    arrivals: list[tuple[int, float]] = []

    async def send(chat_id: int) -> bool:
        await asyncio.sleep(rng.uniform(0, 0.03))  # the way there
        arrivals.append((chat_id, time.monotonic()))
        await asyncio.sleep(rng.uniform(0, 0.03))  # the way back
        return True

    chats = [-100 - i % 5 for i in range(40)] + [555] * 5  # five groups and one private chat
    started = time.monotonic()
    await asyncio.gather(
        *(
            limiter.process_request(send, (c,), {}, "sendMessage", {"chat_id": c}, None)
            for c in chats
        )
    )
    elapsed = time.monotonic() - started
    assert len(arrivals) == len(chats)
    assert most_in_any_window([t for _c, t in arrivals], 0.25) <= 6
    for group in range(-104, -99):
        assert most_in_any_window([t for c, t in arrivals if c == group], 0.6) <= 3
    # paced, but not needlessly: 45 messages at 6 per ~0.3 s take about two seconds
    assert elapsed < 4


async def test_requests_that_are_no_messages_are_not_paced() -> None:
    limiter = SlidingWindowLimiter(1, 1, overall_period=10, group_period=10)

    async def call() -> bool:
        return True

    started = time.monotonic()
    for endpoint in ("answerCallbackQuery", "getChatAdministrators", "sendChatAction") * 5:
        await limiter.process_request(call, (), {}, endpoint, {"chat_id": -1}, None)
    assert time.monotonic() - started < 0.5


async def test_a_429_pauses_and_retries() -> None:
    limiter = SlidingWindowLimiter(max_retries=2)
    answers: list[Any] = [RetryAfter(timedelta(seconds=0.1)), True]

    async def call() -> Any:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert await limiter.process_request(call, (), {}, "sendMessage", {"chat_id": -5}, None)
    assert answers == []
