"""One IMAP session (aioimaplib) and where the mailbox is: the few commands the mailbox reader
(`handlers/kit/mailbox.py`) needs, each cut short when the connection drops.

`IMAP_URL` names the mailbox: `imaps://user:password@imap.example.nl/INBOX` (TLS, port 993 by
default). A plain `imap://` is accepted only for a server on this machine (127.0.0.1,
localhost, ::1), as for SMTP: nothing leaves the machine there. The password is in no message
this module writes.
"""

from __future__ import annotations

import asyncio
import re
import ssl
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar
from urllib.parse import unquote, urlparse

from aioimaplib import aioimaplib

from handlers.kit.mail import ServerError

T = TypeVar("T")

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
TIMEOUT = 30.0  # seconds for one IMAP command (a big message takes a while on a slow line)


class MailboxError(ServerError):
    """The mailbox cannot be read right now; `kind` is "down" or "login"."""


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


_UIDVALIDITY = re.compile(rb"\[UIDVALIDITY (\d+)\]", re.IGNORECASE)
_UIDNEXT = re.compile(rb"\[UIDNEXT (\d+)\]", re.IGNORECASE)
_UID = re.compile(rb"\bUID (\d+)", re.IGNORECASE)
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)", re.IGNORECASE)
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


class ImapSession:
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
                    idle.cancel()  # its answer cannot come any more
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
        # what aioimaplib still waits for (an IDLE and its answer, after the connection went)
        # is cancelled, not left pending for the garbage collector to complain about
        for task in list(getattr(self.client, "tasks", ())):
            task.cancel()


def _text(lines: Sequence[bytes | bytearray]) -> str:
    return " ".join(bytes(line).decode("utf-8", "replace") for line in lines)[:200]


def _reason(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())[:200]
