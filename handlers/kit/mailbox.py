"""Incoming e-mail: a reader that hands each new message of the mailbox to the bot once (the
IMAP session and `IMAP_URL` are in `handlers/kit/imap.py`).

The reader (`MailboxReader`) keeps one connection. It waits with IDLE where the server offers
it (a new message wakes it at once; the IDLE is renewed every few minutes) and otherwise polls
every minute. Each round lists the UIDs above the mark it keeps in the database
(`storage/mailbox.py`: the mailbox's UIDVALIDITY and the highest UID handled), fetches them one
by one in UID order with BODY.PEEK (so the \\Seen flag stays as it was) at a bounded pace, hands
each to the bot's handler and then moves the mark. "Handled" marks nothing on the server: the
bot never sets a flag or keyword, never moves and never deletes mail; its memory is the mark
alone, so people reading the same mailbox see it as they left it.

- A message over `MESSAGE_CAP` is fetched as its header only (`Fetched.complete` is False).
- A handler that fails on a message is logged once with the UID, and the reader goes on: bad
  mail never stops the bot (the message stays in the mailbox). A handler that cannot do its
  work now (Telegram away) raises `TryLater`: the mark stays and the message comes again.
- On the first look at a mailbox, or when its UIDVALIDITY changed (the mailbox was rebuilt and
  its UIDs mean something else), only mail that arrived in the last `FIRST_LOOK` is handled;
  older mail is left alone, counted in one log line.
- The mailbox being unreachable is one WARNING when it starts and one INFO when it is back
  (as `handlers/kit/health.py` does for the Bot API); the reader retries after 5 s, 15 s, 30 s
  and then every minute. The password never shows in a log: it is not in any message this
  module writes, and `bot/logs.py` redacts it everywhere else.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from handlers.kit.health import duration
from handlers.kit.imap import ImapServer, ImapSession, MailboxError
from schedules.clock import Clock
from storage.db import Database
from storage.mailbox import MailboxMark, MailboxRepo

log = logging.getLogger("wijkbot.mailbox")

MESSAGE_CAP = 30 * 1024 * 1024  # bytes; bigger messages are fetched as their header only
FIRST_LOOK = timedelta(days=7)
POLL_EVERY = 60.0  # seconds, when the server has no IDLE
IDLE_RENEW = 5 * 60.0  # seconds; servers drop an IDLE after 30 minutes, NATs sooner
PACE = 10.0  # messages a second at most: a flood of 1,000 takes at least 100 s
ROUND = 200  # messages listed per round; the next round follows at once
RETRY_DELAYS = (5.0, 15.0, 30.0, 60.0)  # seconds between attempts while the mailbox is away


class TryLater(Exception):
    """Raised by a handler that cannot do its work now: the message is offered again."""


@dataclass(frozen=True)
class Fetched:
    """One new message as the server holds it."""

    mailbox: str
    uidvalidity: int
    uid: int
    size: int
    raw: bytes  # the whole message, or its header only when it is over MESSAGE_CAP
    complete: bool


Handler = Callable[[Fetched], Awaitable[None]]


class MailboxReader:
    """Reads new mail and hands each message once to `handle` (see the module docstring)."""

    def __init__(
        self,
        server: ImapServer,
        db: Database,
        clock: Clock,
        handle: Handler,
        *,
        poll_every: float = POLL_EVERY,
        idle_renew: float = IDLE_RENEW,
        pace: float = PACE,
        retry_delays: Sequence[float] = RETRY_DELAYS,
    ) -> None:
        self.server = server
        self.db = db
        self.clock = clock
        self.handle = handle
        self.poll_every = poll_every
        self.idle_renew = idle_renew
        self.pace = pace
        self.retry_delays = tuple(retry_delays)
        self.down_since: datetime | None = None
        self.outages = 0
        self.handled = 0  # messages handed to the handler since start
        self.failed = 0  # of those, how many the handler failed on
        self._task: asyncio.Task[None] | None = None
        self._connection: ImapSession | None = None
        self._nudge = asyncio.Event()

    async def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="wijkbot-mailbox")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass
        await self._disconnect()

    def nudge(self) -> None:
        """Look at the mailbox now rather than at the next poll (a polled mailbox)."""
        self._nudge.set()

    async def _run(self) -> None:
        failures = 0
        while True:
            try:
                await self.read_once()
                failures = 0
                await self._wait()
            except MailboxError as exc:
                self._failed(exc)
                await self._disconnect()
                delay = self.retry_delays[min(failures, len(self.retry_delays) - 1)]
                failures += 1
                await asyncio.sleep(delay)
            except TryLater:
                await asyncio.sleep(self.retry_delays[0])
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("reading the mailbox %s failed; trying again", self.server.name)
                await self._disconnect()
                await asyncio.sleep(self.retry_delays[-1])

    async def read_once(self) -> int:
        """One round: connect if needed, hand every new message to the handler; how many."""
        connection = await self._connect()
        mark = await self._mark(connection)
        count = 0
        while True:
            listed = await connection.sizes_after(mark.last_uid, ROUND)
            if not listed:
                return count
            for uid, size in listed:
                started = asyncio.get_running_loop().time()
                whole = size <= MESSAGE_CAP
                raw = await connection.fetch(uid, whole=whole)
                fetched = Fetched(self.server.name, mark.uidvalidity, uid, size, raw, whole)
                await self._hand_over(fetched)
                mark = MailboxMark(mark.uidvalidity, uid)
                count += 1
                spent = asyncio.get_running_loop().time() - started
                await asyncio.sleep(max(0.0, 1.0 / self.pace - spent))

    async def _hand_over(self, fetched: Fetched) -> None:
        try:
            await self.handle(fetched)
        except (TryLater, asyncio.CancelledError):
            raise
        except Exception:
            self.failed += 1
            log.exception(
                "mail UID %d in %s could not be handled; it stays in the mailbox",
                fetched.uid,
                self.server.name,
            )
        self.handled += 1
        async with self.db.transaction() as conn:
            await MailboxRepo(conn).remember(
                self.server.name, MailboxMark(fetched.uidvalidity, fetched.uid), self.clock.now()
            )

    async def _connect(self) -> ImapSession:
        if self._connection is not None and not self._connection.lost.is_set():
            await self._connection.refresh()
            return self._connection
        await self._disconnect()
        connection = ImapSession(self.server)
        try:
            await connection.open()
        except BaseException:
            await connection.close()
            raise
        self._connection = connection
        self._recovered()
        return connection

    async def _disconnect(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            await connection.close()

    async def _mark(self, connection: ImapSession) -> MailboxMark:
        """The mark for this mailbox; set on a first look or a new UIDVALIDITY (see above)."""
        async with self.db.reading() as conn:
            mark = await MailboxRepo(conn).mark(self.server.name)
        if mark is not None and mark.uidvalidity == connection.uidvalidity:
            return mark
        recent = await connection.uids_since(self.clock.now() - FIRST_LOOK)
        last = await connection.sizes_after(0, 1_000_000)
        top = last[-1][0] if last else max(0, connection.uidnext - 1)
        start = (recent[0] - 1) if recent else top
        older = sum(1 for uid, _ in last if uid <= start)
        log.info(
            "mailbox %s: %s (UIDVALIDITY %d); %d older message(s) left alone, reading from UID %d",
            self.server.name,
            "first look" if mark is None else "rebuilt",
            connection.uidvalidity,
            older,
            start + 1,
        )
        fresh = MailboxMark(connection.uidvalidity, start)
        async with self.db.transaction() as conn:  # a new UIDVALIDITY replaces the old mark
            await MailboxRepo(conn).remember(self.server.name, fresh, self.clock.now())
        return fresh

    async def _wait(self) -> None:
        connection = self._connection
        if connection is not None and connection.idles:
            await connection.wait_for_news(self.idle_renew)
            return
        self._nudge.clear()
        try:
            await asyncio.wait_for(self._nudge.wait(), self.poll_every)
        except TimeoutError:
            pass

    def _failed(self, exc: MailboxError) -> None:
        if self.down_since is None:
            self.down_since = self.clock.now()
            self.outages += 1
            what = "refused the login" if exc.kind == "login" else "is unreachable"
            log.warning("mailbox %s %s: %s; trying again", self.server.name, what, exc.reason)

    def _recovered(self) -> None:
        if self.down_since is None:
            return
        down_for = self.clock.now() - self.down_since
        self.down_since = None
        log.info("mailbox %s reachable again after %s", self.server.name, duration(down_for))
