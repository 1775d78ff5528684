"""The mailbox reader (handlers/kit/mailbox.py) against a real IMAP server (pymap on 127.0.0.1):
each message handed over once, across a restart; IDLE and polling; the server going away and
coming back; broken, HTML-only and oversized mail; a handler failing; a flood at a bounded pace."""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from domain.mail_in import parse_mail
from handlers.kit import mailbox
from handlers.kit.imap import ImapSession, parse_imap_url
from handlers.kit.mailbox import Fetched, MailboxReader, TryLater
from schedules.clock import FakeClock
from storage.db import Database
from storage.mailbox import MailboxRepo
from storage.migrations import migrate
from tests.support.imapserver import PASSWORD, ImapTestServer, local_imap, message

# Each test starts pymap, a Python process (the everyday run leaves them out).
pytestmark = pytest.mark.process

FAST = {"retry_delays": (0.1, 0.2, 0.3), "poll_every": 0.2, "pace": 500.0}


# --- the reader -----------------------------------------------------------------------------


@pytest.fixture
def imap() -> Iterator[ImapTestServer]:
    with local_imap() as server:
        yield server


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    store = await Database.open(tmp_path / "wijkbot.sqlite3")
    await migrate(store)
    yield store
    await store.close()


class Recorder:
    """A handler that keeps what it was handed (and can be told to fail)."""

    def __init__(self) -> None:
        self.got: list[Fetched] = []
        self.fail: Callable[[Fetched], Awaitable[None]] | None = None
        self.arrived = asyncio.Event()

    async def __call__(self, fetched: Fetched) -> None:
        if self.fail is not None:
            await self.fail(fetched)
        self.got.append(fetched)
        self.arrived.set()

    @property
    def subjects(self) -> list[str]:
        return [parse_mail(f.raw).subject for f in self.got]

    async def wait_for(self, count: int, within: float = 15.0) -> None:
        deadline = time.monotonic() + within
        while len(self.got) < count:
            assert time.monotonic() < deadline, f"got {len(self.got)} of {count}"
            self.arrived.clear()
            try:
                await asyncio.wait_for(self.arrived.wait(), 0.5)
            except TimeoutError:
                pass


def reader(
    imap: ImapTestServer, db: Database, handler: Recorder, **options: object
) -> MailboxReader:
    settings = {**FAST, **options}
    clock = FakeClock(datetime.now(UTC))
    return MailboxReader(parse_imap_url(imap.url), db, clock, handler, **settings)  # type: ignore[arg-type]


async def test_each_message_once_in_order_across_a_restart(
    imap: ImapTestServer, tmp_path: Path
) -> None:
    path = tmp_path / "restart.sqlite3"
    await imap.deliver(*(message(n, subject=f"Advies {n}") for n in (1, 2, 3)))
    before_db = await Database.open(path)
    await migrate(before_db)
    first = Recorder()
    before = reader(imap, before_db, first)
    assert await before.read_once() == 3
    assert await before.read_once() == 0  # the second poll finds nothing new
    await before.stop()
    await before_db.close()  # the bot stops
    assert first.subjects == ["Advies 1", "Advies 2", "Advies 3"]

    await imap.deliver(message(4, subject="Advies 4"), message(5, subject="Advies 5"))
    after_db = await Database.open(path)  # and starts again: a new process, the same file
    try:
        second = Recorder()
        after = reader(imap, after_db, second)
        assert await after.read_once() == 2
        await after.stop()
        assert second.subjects == ["Advies 4", "Advies 5"]
        async with after_db.reading() as conn:
            mark = await MailboxRepo(conn).mark(after.server.name)
        assert mark is not None
        assert mark.last_uid == second.got[-1].uid
    finally:
        await after_db.close()


async def test_nothing_is_flagged_moved_or_deleted(imap: ImapTestServer, db: Database) -> None:
    await imap.deliver(message(1), message(2))
    handler = Recorder()
    read = reader(imap, db, handler)
    await read.read_once()
    await read.stop()
    flags = await imap.flags()
    assert len(flags) == 2
    assert all("Seen" not in value and "Deleted" not in value for value in flags.values())


async def test_on_a_first_look_old_mail_is_left_alone(
    imap: ImapTestServer, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    from aioimaplib import aioimaplib

    client = aioimaplib.IMAP4(host="127.0.0.1", port=imap.port)
    await client.wait_hello_from_server()
    await client.login("wijkbot", PASSWORD)
    old = datetime.now(UTC) - timedelta(days=30)
    await client.append(message(1, subject="Oud"), mailbox="INBOX", date=old)
    await client.logout()
    await imap.deliver(message(2, subject="Nieuw"))
    handler = Recorder()
    read = reader(imap, db, handler)
    with caplog.at_level(logging.INFO, logger="wijkbot.mailbox"):
        await read.read_once()
    await read.stop()
    assert handler.subjects == ["Nieuw"]
    assert "first look" in caplog.text
    assert "1 older message(s) left alone" in caplog.text


async def test_idle_hands_over_new_mail_at_once(imap: ImapTestServer, db: Database) -> None:
    handler = Recorder()
    read = reader(imap, db, handler, idle_renew=60.0, poll_every=60.0)
    await read.start()
    try:
        await asyncio.sleep(0.5)  # connected and idling
        started = time.monotonic()
        await imap.deliver(message(1, subject="Direct"))
        await handler.wait_for(1, within=10)
        assert time.monotonic() - started < 5  # IDLE, not the minute's poll
        assert handler.subjects == ["Direct"]
    finally:
        await read.stop()


async def test_without_idle_the_mailbox_is_polled(
    imap: ImapTestServer, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ImapSession, "idles", property(lambda self: False))
    handler = Recorder()
    read = reader(imap, db, handler, poll_every=0.3)
    await read.start()
    try:
        await asyncio.sleep(0.5)
        await imap.deliver(message(1), message(2))
        await handler.wait_for(2)
        await asyncio.sleep(1.0)  # a few more polls
        assert len(handler.got) == 2
    finally:
        await read.stop()


async def test_the_server_going_down_and_coming_back(
    imap: ImapTestServer, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    handler = Recorder()
    read = reader(imap, db, handler, idle_renew=60.0)
    with caplog.at_level(logging.INFO, logger="wijkbot.mailbox"):
        await read.start()
        try:
            await imap.deliver(message(1, subject="Voor"))
            await handler.wait_for(1)
            imap.stop()
            await asyncio.sleep(2.0)  # several attempts while it is away
            imap.start()  # an empty mailbox again, with a new UIDVALIDITY
            await asyncio.sleep(1.0)
            await imap.deliver(message(2, subject="Na"))
            await handler.wait_for(2)
        finally:
            await read.stop()
    gc.collect()  # what the lost connection left pending is not collected half-done
    await asyncio.sleep(0)
    assert handler.subjects == ["Voor", "Na"]
    lines = [r for r in caplog.records if r.name == "wijkbot.mailbox"]
    warnings = [r for r in lines if r.levelno == logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "is unreachable" in warnings[0].getMessage()
    back = [r.getMessage() for r in lines if "reachable again" in r.getMessage()]
    assert len(back) == 1
    assert read.outages == 1
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert PASSWORD not in caplog.text


async def test_a_refused_login_is_one_calm_line_without_the_password(
    imap: ImapTestServer, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = parse_imap_url(imap.url.replace("geheim", "fout"))
    read = MailboxReader(wrong, db, FakeClock(datetime.now(UTC)), Recorder(), **FAST)  # type: ignore[arg-type]
    with caplog.at_level(logging.DEBUG):
        await read.start()
        await asyncio.sleep(1.0)
        await read.stop()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "refused the login" in warnings[0].getMessage()
    assert "fout" not in caplog.text


async def test_broken_and_html_only_mail_is_handed_over_and_read(
    imap: ImapTestServer, db: Database
) -> None:
    html_only = (
        b"From: a@denhaag.nl\r\nSubject: HTML\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b"<p>Ontvangen,&nbsp;<b>dank</b>.</p><p>Groet,<br>Jan</p>\r\n"
    )
    broken = (
        b"From: <<<\r\nSubject: =?x-none?q?kapot?=\r\nContent-Type: multipart/mixed\r\n\r\n"
        b"\xff\xfe no boundary \x00\r\n"
    )
    await imap.deliver(html_only, broken, message(3, subject="Daarna"))
    handler = Recorder()
    read = reader(imap, db, handler)
    assert await read.read_once() == 3
    await read.stop()
    parsed = [parse_mail(f.raw) for f in handler.got]
    assert parsed[0].html_only
    assert parsed[0].new_text == "Ontvangen, dank."
    assert parsed[2].subject == "Daarna"


async def test_a_handler_that_fails_on_one_message_does_not_stop_the_rest(
    imap: ImapTestServer, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    await imap.deliver(message(1, subject="Goed"), message(2, subject="Fout"), message(3))
    handler = Recorder()

    async def fail_on_two(fetched: Fetched) -> None:
        if parse_mail(fetched.raw).subject == "Fout":
            raise RuntimeError("a bug in a handler")

    handler.fail = fail_on_two
    read = reader(imap, db, handler)
    with caplog.at_level(logging.ERROR, logger="wijkbot.mailbox"):
        assert await read.read_once() == 3
        assert await read.read_once() == 0  # not offered again
    await read.stop()
    assert handler.subjects == ["Goed", "Re: Advies 4"]
    assert read.failed == 1
    assert len([r for r in caplog.records if "could not be handled" in r.getMessage()]) == 1


async def test_try_later_offers_the_message_again(imap: ImapTestServer, db: Database) -> None:
    await imap.deliver(message(1, subject="Straks"))
    handler = Recorder()
    tries = []

    async def away_once(fetched: Fetched) -> None:
        tries.append(fetched.uid)
        if len(tries) == 1:
            raise TryLater

    handler.fail = away_once
    read = reader(imap, db, handler)
    await read.start()
    try:
        await handler.wait_for(1)
    finally:
        await read.stop()
    assert handler.subjects == ["Straks"]
    assert tries == [tries[0], tries[0]]


async def test_a_message_over_the_cap_is_fetched_as_its_header(
    imap: ImapTestServer, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mailbox, "MESSAGE_CAP", 2000)
    await imap.deliver(message(1, subject="Groot", body="x" * 5000), message(2, subject="Klein"))
    handler = Recorder()
    read = reader(imap, db, handler)
    await read.read_once()
    await read.stop()
    big, small = handler.got
    assert (big.complete, small.complete) == (False, True)
    assert big.size > 5000
    assert len(big.raw) < 1000
    assert parse_mail(big.raw).subject == "Groot"


async def test_a_flood_of_a_thousand_is_read_once_at_a_bounded_pace(
    imap: ImapTestServer, db: Database
) -> None:
    await imap.deliver(*(message(n, subject=f"Bom {n}") for n in range(1000)))
    handler = Recorder()
    read = reader(imap, db, handler, pace=400.0)
    started = time.monotonic()
    assert await read.read_once() == 1000
    seconds = time.monotonic() - started
    await read.stop()
    assert seconds >= 1000 / 400
    assert [f.uid for f in handler.got] == sorted({f.uid for f in handler.got})
    assert len(handler.got) == 1000
