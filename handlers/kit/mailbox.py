"""Incoming e-mail over IMAP (aioimaplib): where the mailbox is, and a reader that hands each
new message to the bot once.

`IMAP_URL` names the mailbox: `imaps://user:password@imap.example.nl/INBOX` (TLS, port 993 by
default). A plain `imap://` is accepted only for a server on this machine (127.0.0.1,
localhost, ::1), as for SMTP: nothing leaves the machine there.

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
import re
import ssl
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TypeVar
from urllib.parse import unquote, urlparse

from aioimaplib import aioimaplib

from handlers.kit.health import duration
from schedules.clock import Clock
from storage.db import Database
from storage.mailbox import MailboxMark, MailboxRepo

log = logging.getLogger("wijkbot.mailbox")
T = TypeVar("T")

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
TIMEOUT = 30.0  # seconds for one IMAP command (a big message takes a while on a slow line)
MESSAGE_CAP = 30 * 1024 * 1024  # bytes; bigger messages are fetched as their header only
FIRST_LOOK = timedelta(days=7)
POLL_EVERY = 60.0  # seconds, when the server has no IDLE
IDLE_RENEW = 5 * 60.0  # seconds; servers drop an IDLE after 30 minutes, NATs sooner
PACE = 10.0  # messages a second at most: a flood of 1,000 takes at least 100 s
ROUND = 200  # messages listed per round; the next round follows at once
RETRY_DELAYS = (5.0, 15.0, 30.0, 60.0)  # seconds between attempts while the mailbox is away


class MailboxError(Exception):
    """The mailbox cannot be read right now; `kind` is "down" or "login"."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(f"{kind}: {reason}")
        self.kind = kind
        self.reason = reason


class TryLater(Exception):
    """Raised by a handler that cannot do its work now: the message is offered again."""


@dataclass(frozen=True)
class ImapServer:
    host: str
    port: int
    username: str
    password: str = field(repr=False)
    folder: str
    use_tls: bool

    @property
    def name(self) -> str:
        """The mailbox without its password: what the database and the log call it."""
        return f"{self.username}@{self.host}:{self.port}/{self.folder}"


def parse_imap_url(url: str) -> ImapServer:
    """`imaps://user:pass@host/INBOX` -> the server; ValueError names what is wrong (never the
    password)."""
    parsed = urlparse(url.strip())
    example = "use imaps://user:password@host/INBOX"
    if parsed.scheme not in ("imap", "imaps") or not parsed.hostname:
        raise ValueError(example)
    loopback = parsed.hostname.lower() in LOOPBACK
    if parsed.scheme == "imap" and not loopback:
        raise ValueError(f"{example}: plain imap:// only for a server on this machine")
    if not parsed.username or parsed.password is None:
        raise ValueError(f"{example}: the user name and password are missing")
    tls = parsed.scheme == "imaps"
    try:
        port = parsed.port or (993 if tls else 143)
    except ValueError:
        raise ValueError(f"{example}: the port is not a number") from None
    return ImapServer(
        host=parsed.hostname,
        port=port,
        username=unquote(parsed.username),
        password=unquote(parsed.password),
        folder=unquote(parsed.path.strip("/")) or "INBOX",
        use_tls=tls,
    )


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

_UIDVALIDITY = re.compile(rb"\[UIDVALIDITY (\d+)\]", re.IGNORECASE)
_UIDNEXT = re.compile(rb"\[UIDNEXT (\d+)\]", re.IGNORECASE)
_UID = re.compile(rb"\bUID (\d+)", re.IGNORECASE)
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)", re.IGNORECASE)
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


class _Connection:
    """One logged-in, selected IMAP session."""

    def __init__(self, server: ImapServer) -> None:
        self.server = server
        self.lost = asyncio.Event()
        context = ssl.create_default_context() if server.use_tls else None
        self.client = aioimaplib.IMAP4(
            host=server.host,
            port=server.port,
            timeout=TIMEOUT,
            conn_lost_cb=lambda _exc: self.lost.set(),
            ssl_context=context,
        )
        self.uidvalidity = 0
        self.uidnext = 0

    async def open(self) -> None:
        await self._command(self.client.wait_hello_from_server())
        response = await self._command(
            self.client.login(self.server.username, self.server.password)
        )
        if response.result != "OK":
            raise MailboxError("login", _text(response.lines[-1:]) or "login refused")
        response = await self._command(self.client.select(self.server.folder))
        if response.result != "OK":
            raise MailboxError("down", f"cannot open {self.server.folder}: {_text(response.lines)}")
        lines = b" ".join(bytes(line) for line in response.lines)
        validity, uidnext = _UIDVALIDITY.search(lines), _UIDNEXT.search(lines)
        if validity is None:
            raise MailboxError("down", f"{self.server.folder} has no UIDVALIDITY")
        self.uidvalidity = int(validity.group(1))
        self.uidnext = int(uidnext.group(1)) if uidnext else 0

    @property
    def idles(self) -> bool:
        return bool(self.client.has_capability("IDLE"))

    async def _command(self, call: Awaitable[T]) -> T:
        """One command, cut short when the connection drops (aioimaplib would wait out its
        timeout for an answer that cannot come)."""
        task = asyncio.ensure_future(call)
        lost = asyncio.ensure_future(self.lost.wait())
        try:
            done, _ = await asyncio.wait(
                {task, lost}, timeout=TIMEOUT, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            lost.cancel()
        if task not in done:
            task.cancel()
            raise MailboxError("down", "connection lost" if lost in done else "no answer")
        try:
            return task.result()
        except (OSError, TimeoutError, aioimaplib.AioImapException) as exc:
            raise MailboxError("down", _reason(exc)) from exc

    async def uid(self, command: str, *args: str) -> aioimaplib.Response:
        if self.lost.is_set():
            raise MailboxError("down", "connection lost")
        response = await self._command(self.client.uid(command, *args))
        if response.result != "OK":
            raise MailboxError("down", f"UID {command}: {_text(response.lines[-1:])}")
        return response

    async def refresh(self) -> None:
        """Let the server tell the session about mail that arrived since the last command."""
        await self._command(self.client.noop())

    async def sizes_after(self, last_uid: int, limit: int) -> list[tuple[int, int]]:
        """(UID, size) of the messages above `last_uid`, lowest first, at most `limit`."""
        response = await self.uid("fetch", f"{last_uid + 1}:*", "(UID RFC822.SIZE)")
        found: dict[int, int] = {}
        for line in response.lines:
            if isinstance(line, bytearray):
                continue
            uid, size = _UID.search(line), _SIZE.search(line)
            # "n:*" names the last message even when its UID is below n: skip what is known
            if uid and int(uid.group(1)) > last_uid:
                found[int(uid.group(1))] = int(size.group(1)) if size else 0
        return sorted(found.items())[:limit]

    async def uids_since(self, day: datetime) -> list[int]:
        since = f"{day.day}-{_MONTHS[day.month - 1]}-{day.year}"
        response = await self._command(self.client.uid_search("SINCE", since, charset=None))
        if response.result != "OK":
            raise MailboxError("down", f"UID SEARCH: {_text(response.lines[-1:])}")
        numbers = b" ".join(bytes(line) for line in response.lines[:-1])
        return sorted(int(n) for n in re.findall(rb"\d+", numbers))

    async def fetch(self, uid: int, *, whole: bool) -> bytes:
        part = "BODY.PEEK[]" if whole else "BODY.PEEK[HEADER]"
        response = await self.uid("fetch", str(uid), f"(UID {part})")
        literals = [bytes(line) for line in response.lines if isinstance(line, bytearray)]
        return literals[0] if literals else b""

    async def wait_for_news(self, seconds: float) -> None:
        """IDLE until the server says something changed, the connection drops, or `seconds`."""
        idle = await self._command(self.client.idle_start(timeout=seconds))
        lost = asyncio.ensure_future(self.lost.wait())
        try:
            while True:
                push = asyncio.ensure_future(self.client.wait_server_push(timeout=seconds + 5))
                done, _ = await asyncio.wait({push, lost}, return_when=asyncio.FIRST_COMPLETED)
                if lost in done:
                    push.cancel()
                    raise MailboxError("down", "connection lost")
                try:
                    lines = push.result()
                except TimeoutError:
                    break
                if lines == aioimaplib.STOP_WAIT_SERVER_PUSH or any(
                    b"EXISTS" in bytes(line) for line in lines
                ):
                    break
        finally:
            lost.cancel()
        self.client.idle_done()
        await self._command(idle)

    async def close(self) -> None:
        if not self.lost.is_set():
            try:
                await asyncio.wait_for(self.client.logout(), 5)
            except (OSError, TimeoutError, aioimaplib.AioImapException):
                pass
        transport = self.client.protocol.transport
        if transport is not None:
            transport.close()


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
        self._connection: _Connection | None = None
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

    async def _connect(self) -> _Connection:
        if self._connection is not None and not self._connection.lost.is_set():
            await self._connection.refresh()
            return self._connection
        await self._disconnect()
        connection = _Connection(self.server)
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

    async def _mark(self, connection: _Connection) -> MailboxMark:
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


def _text(lines: Sequence[bytes | bytearray]) -> str:
    return " ".join(bytes(line).decode("utf-8", "replace") for line in lines)[:200]


def _reason(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())[:200]
