"""The fake's flood limits: 429 beyond 30 messages in any second, or 20 a minute in a group."""

from __future__ import annotations

from typing import Any

from fakegram import ANNA, BRAM, FakeChat, FakeTelegram
from fakegram.limits import FloodLimits


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def telegram() -> FakeTelegram:
    fake = FakeTelegram()
    for user in (ANNA, BRAM):
        fake.private_start(user)  # the bot may write to them
    for i in range(40):
        fake.add_chat(FakeChat(-1002000000000 - i, "supergroup", f"Wijk {i}"))
    return fake


def send(fake: FakeTelegram, chat_id: int, method: str = "sendMessage") -> Any:
    params: dict[str, Any] = {"chat_id": chat_id}
    if method == "sendMessage":
        params["text"] = "hallo"
    elif method == "sendChatAction":
        params["action"] = "typing"
    return fake.call(method, params)


async def test_the_31st_message_in_a_rolling_second_is_refused() -> None:
    fake, clock = telegram(), Clock()
    limits = fake.limit_floods(clock=clock)
    for i in range(30):
        clock.now += 0.02  # 30 messages in 0.6 s, to 30 different groups
        assert (await send(fake, -1002000000000 - i))[0] == 200, i
    status, body = await send(fake, 502)
    assert status == 429
    assert body["parameters"]["retry_after"] >= 1
    clock.now += 0.39  # still less than a second after the first one
    assert (await send(fake, 502))[0] == 429
    clock.now += 0.05  # the first one left the window
    assert (await send(fake, 502))[0] == 200
    assert limits.accepted == 31
    assert [r.window for r in limits.refused] == ["second", "second"]


async def test_a_group_gets_20_messages_a_minute_other_groups_are_not_held_up() -> None:
    fake, clock = telegram(), Clock()
    limits = fake.limit_floods(clock=clock)
    for _ in range(20):
        clock.now += 2
        assert (await send(fake, -1001500500500))[0] == 200
    clock.now += 2
    assert (await send(fake, -1001500500500))[0] == 429
    assert (await send(fake, -4001))[0] == 200  # another group
    assert (await send(fake, 501))[0] == 200  # a private chat: no per-minute limit
    clock.now += 60 - 40 + 0.01  # the first one is a minute old
    assert (await send(fake, -1001500500500))[0] == 200
    assert [r.window for r in limits.refused] == ["minute"]


async def test_only_messages_count_and_limits_are_off_by_default() -> None:
    fake = telegram()
    for _ in range(40):
        assert (await send(fake, 501))[0] == 200
    clock = Clock()
    fake.limit_floods(per_second=2, clock=clock)
    for _ in range(5):
        assert (await send(fake, 501, "sendChatAction"))[0] == 200
    assert (await send(fake, 501))[0] == 200
    assert (await send(fake, 501))[0] == 200
    assert (await send(fake, 501))[0] == 429


def test_refused_calls_do_not_count() -> None:
    clock = Clock()
    limits = FloodLimits(per_second=1, clock=clock)
    assert limits.check("sendMessage", {"chat_id": 1}) is None
    for _ in range(5):
        assert limits.check("sendMessage", {"chat_id": 1}) == 1
    clock.now += 1.0
    assert limits.check("sendMessage", {"chat_id": 1}) is None
