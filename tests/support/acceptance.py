"""Shared moves of the acceptance scenarios: the real `python -m bot` against fakegram's HTTP
server, played the way the held-out judges play it.

- The group is a privacy-mode supergroup (a -100 id): `Scene.say` refuses to push a message
  the bot could not see there (only commands and replies to the bot's own messages).
- Commands are sometimes addressed as `/cmd@WijkBot`, users may lack a username or last name.
- Between acts the bot is stopped and started again with its system clock days later
  (libfaketime); the fake Bot API keeps the real clock, as an independent emulator would.
"""

from __future__ import annotations

import re
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fakegram import Change, FakeBotAPIServer, FakeChat, FakeTelegram, FakeUser
from fakegram.model import BOT_ID
from tests.support.faketime import faketime_env
from tests.support.process import BotProcess, clean, running_bot, said, until

AMS = ZoneInfo("Europe/Amsterdam")
MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()
DUTCH_DAY = re.compile(
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) (\d{1,2}) ("
    + "|".join(MONTHS)
    + r") (\d{4})"
)

# Statutory holidays (Algemene termijnenwet art. 3) for the years these scenarios can reach,
# written out by hand so the tests do not reuse the code they check.
HOLIDAYS = {
    date(2026, 12, 25),
    date(2026, 12, 26),
    date(2027, 1, 1),
    date(2027, 3, 26),
    date(2027, 3, 29),
    date(2027, 4, 27),
    date(2027, 5, 5),
    date(2027, 5, 6),
    date(2027, 5, 17),
    date(2027, 12, 25),
    date(2027, 12, 26),
    date(2028, 1, 1),
    date(2028, 4, 14),
    date(2028, 4, 17),
    date(2028, 4, 27),
    date(2028, 5, 5),
    date(2028, 5, 25),
    date(2028, 6, 5),
    date(2028, 12, 25),
    date(2028, 12, 26),
}


def plus_working_days(start: date, days: int) -> date:
    current = start
    while days > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            days -= 1
    return current


def dutch_dates(text: str) -> list[date]:
    """Every "maandag 7 december 2026" in a text, in order."""
    return [date(int(y), MONTHS.index(m) + 1, int(d)) for d, m, y in DUTCH_DAY.findall(text or "")]


def seconds_until(moment: datetime) -> int:
    """The libfaketime offset that puts the bot's clock at `moment` now."""
    return int((moment - datetime.now(UTC)).total_seconds())


def local_noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, 0, tzinfo=AMS)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in HOLIDAYS


def working_morning(hour: int = 10) -> datetime:
    """The next working day's morning: where a scenario starts, so that what it expects to
    arrive is not held for the group's quiet hours (21:30-08:00) or a day off, whenever the
    tests run."""
    day = datetime.now(UTC).astimezone(AMS).date() + timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=AMS)


@dataclass
class Scene:
    """One group, the fake Bot API, and the bot process of the current act."""

    fake: FakeTelegram
    server: FakeBotAPIServer
    chat: FakeChat
    workdir: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    bot: BotProcess | None = None

    @property
    def db(self) -> Path:
        return self.workdir / "wijkbot.sqlite3"

    @asynccontextmanager
    async def act(self, name: str, offset: int | None = None) -> AsyncIterator[BotProcess]:
        """Run the bot with its clock `offset` seconds ahead; stop it with SIGTERM, cleanly."""
        env = {**faketime_env(None if offset is None else f"{offset:+d}"), **self.extra_env}
        async with running_bot(self.server, self.db, self.workdir, name, env) as bot:
            self.bot = bot
            await self.settle()
            yield bot
            await stop(bot)
            self.bot = None

    # -- what users do ---------------------------------------------------------------------

    def visible(self, update: dict[str, Any]) -> bool:
        """Would a privacy-mode bot receive this message update?"""
        message = update.get("message")
        if message is None:
            return True
        text = message.get("text") or message.get("caption") or ""
        if text.startswith("/"):
            return True
        replied = message.get("reply_to_message") or {}
        return (replied.get("from") or {}).get("id") == BOT_ID

    def say(self, user: FakeUser, text: str, **kwargs: Any) -> dict[str, Any]:
        update = self.fake.message(self.chat, user, text, **kwargs)
        assert self.visible(update), f"privacy mode: the bot would not see {text!r}"
        return self.fake.push(update)

    async def ask(self, user: FakeUser, text: str, needle: str, **kwargs: Any) -> Change:
        """Say something and wait for exactly one new bot message containing `needle`."""
        mark = self.fake.mark()
        self.say(user, text, **kwargs)
        hits = await said(self.fake, mark, needle, self.chat.id)
        new = [c for c in hits if c.kind == "new"]
        assert new, [c.text for c in hits]
        return new[-1]

    async def press(
        self, user: FakeUser, label: str, message_id: int | None = None
    ) -> list[Change]:
        mark = self.fake.mark()
        answered = len(self.fake.answered_callbacks)
        self.fake.click(self.chat, user, label, message_id)
        await until(lambda: len(self.fake.answered_callbacks) > answered, f"an answer to {label}")
        await self.fake.wait_idle(quiet=0.3, timeout=10)
        return self.fake.changes_since(mark)

    def alert(self) -> str:
        return str(self.fake.answered_callbacks[-1].get("text") or "")

    def new(self, mark: int) -> list[Change]:
        return [
            c
            for c in self.fake.changes_since(mark)
            if c.kind == "new" and c.chat_id == self.chat.id
        ]

    async def settle(self) -> None:
        await self.fake.wait_idle(quiet=0.5, timeout=15)


async def stop(bot: BotProcess) -> None:
    assert await bot.stop(signal.SIGTERM, timeout=5) == 0
    clean(bot)
