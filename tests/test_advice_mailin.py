"""Replies by e-mail close the loop (issue 20): the bot in-process with a real SMTP server
(aiosmtpd) and a real IMAP server (pymap) on 127.0.0.1. A chase is mailed with the advice's
signed reply address; the official's reply, delivered to the bot's mailbox, shows in the group;
the board marks it and the chase for that deadline stays away. Matching by thread and subject,
the postvak, automatic replies and mail from strangers."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from fakegram import BRAM, FakeTelegram
from fakegram.model import Change
from schedules.clock import FakeClock
from tests.support.harness import Harness
from tests.support.imapserver import ImapTestServer, local_imap
from tests.support.mailserver import PASSWORD, USER, Inbox, local_smtp
from tests.support.steps import REGISTER, setup_group, texts

# pymap is a Python process (the everyday run leaves these out)
pytestmark = pytest.mark.process

OFFICIAL = "stadsdeel.scheveningen@denhaag.nl"
REPLY = "Geachte heer, mevrouw,\n\nUw advies is ontvangen.\n\nMet vriendelijke groet,\nFenna"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    with local_smtp() as server:
        yield server


@pytest.fixture
def imap() -> Iterator[ImapTestServer]:
    with local_imap() as server:
        yield server


@pytest.fixture
async def mailbot(
    tmp_path: Path,
    clock: FakeClock,
    fake: FakeTelegram,
    smtp: tuple[Inbox, int],
    imap: ImapTestServer,
) -> AsyncIterator[Harness]:
    harness = Harness(
        tmp_path / "wijkbot.sqlite3",
        clock,
        fake,
        smtp_url=f"smtp://{USER}:{PASSWORD.replace(' ', '%20')}@127.0.0.1:{smtp[1]}",
        mail_from="Wijkbot BO Duindorp <wijkbot@bo-duindorp.nl>",
        imap_url=imap.url,
    )
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


async def _chased_and_mailed(bot: Harness, inbox: Inbox) -> EmailMessage:
    await setup_group(bot)
    await bot.say("/instellingen adviesoverzicht uit")
    await bot.say(f"/instellingen gemeentemail {OFFICIAL}")
    await bot.say("/instellingen antwoordadres secretaris@bo-duindorp.nl")
    await bot.say(REGISTER)
    out = await bot.advance(timedelta(days=12, hours=18))  # the acknowledgement chase
    assert len(out) == 1
    await bot.press("✉️ Mail de gemeente")
    (sent,) = inbox.messages()
    assert isinstance(sent, EmailMessage)
    return sent


def _reply(
    to: str,
    *,
    subject: str = "RE: Advies 1: Herinrichting Duinplein",
    body: str = REPLY,
    sender: str = f"Fenna Jansen <{OFFICIAL}>",
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = to
    mail["Subject"] = subject
    mail["Date"] = "Wed, 09 Dec 2026 10:15:00 +0100"
    mail["Message-ID"] = f"<{abs(hash((to, subject, body)))}@denhaag.nl>"
    if in_reply_to:
        mail["In-Reply-To"] = in_reply_to
        mail["References"] = in_reply_to
    for name, value in (headers or {}).items():
        mail[name] = value
    mail.set_content(body + "\n\nOp 8 dec. 2026 om 09:00 schreef Wijkbot:\n> Geachte heer,\n")
    return mail.as_bytes()


async def _until_posted(bot: Harness, marker: int, needle: str, within: float = 15) -> Change:
    deadline = time.monotonic() + within
    while True:
        for change in bot.fake.changes_since(marker):
            if needle in (change.text or ""):
                return change
        assert time.monotonic() < deadline, texts(bot.fake.changes_since(marker))
        await asyncio.sleep(0.1)


async def test_a_reply_to_the_chase_closes_the_loop(
    mailbot: Harness, smtp: tuple[Inbox, int], imap: ImapTestServer
) -> None:
    bot = mailbot
    sent = await _chased_and_mailed(bot, smtp[0])
    reply_to = str(sent["Reply-To"])
    assert reply_to.startswith("wijkbot+advies-1-")
    assert reply_to.endswith("@bo-duindorp.nl")
    assert sent["Cc"] == "secretaris@bo-duindorp.nl"
    assert "secretaris@bo-duindorp.nl" in smtp[0].envelopes[0].rcpt_tos

    marker = bot.fake.mark()
    await imap.deliver(_reply(reply_to))
    shown = await _until_posted(bot, marker, "Mail over advies 1")
    assert f"Fenna Jansen &lt;{OFFICIAL}&gt;" in (shown.text or "") or OFFICIAL in (
        shown.text or ""
    )
    assert "Uw advies is ontvangen." in (shown.text or "")
    assert "schreef Wijkbot" not in (shown.text or "")
    assert "Met vriendelijke groet" not in (shown.text or "")
    labels = [label for row in shown.buttons for label, _ in row]
    assert labels == [
        "✅ Dit is de ontvangstbevestiging",
        "📨 Dit is de reactie",
        "✖️ Geen van beide",
    ]
    # a member is not the board
    await bot.press("📨 Dit is de reactie", user=BRAM, message_id=shown.message_id)
    assert await bot.sql("SELECT state FROM advices") == [("verzonden",)]
    # the board: this is the reply, adopted
    await bot.press("📨 Dit is de reactie", message_id=shown.message_id)
    out = await bot.press("overgenomen")
    assert any("reactie" in t.lower() for t in texts(out)), texts(out)
    assert await bot.sql("SELECT state FROM advices") == [("beantwoord",)]
    timeline = texts(await bot.say("/advies 1"))[0]
    assert "mail ontvangen van" in timeline
    assert any("Per mail: 1 reactie" in t for t in texts(await bot.say("/adviezen cijfers")))
    # no reply chase follows
    later = await bot.advance(timedelta(days=60))
    assert not any("inhoudelijke reactie" in t for t in texts(later)), texts(later)


async def test_thread_subject_postvak_automatic_and_strangers(
    mailbot: Harness, smtp: tuple[Inbox, int], imap: ImapTestServer
) -> None:
    bot = mailbot
    sent = await _chased_and_mailed(bot, smtp[0])
    marker = bot.fake.mark()
    # by thread: to the bot's plain address, answering our Message-ID
    await imap.deliver(
        _reply("wijkbot@bo-duindorp.nl", subject="Reactie", in_reply_to=str(sent["Message-ID"]))
    )
    by_thread = await _until_posted(bot, marker, "Mail over advies 1")
    # an out-of-office by token: shown, but no buttons and no change
    marker = bot.fake.mark()
    await imap.deliver(
        _reply(
            str(sent["Reply-To"]),
            subject="Automatisch antwoord: Advies 1",
            body="Ik ben afwezig tot maandag.",
            headers={"Auto-Submitted": "auto-replied"},
        )
    )
    away = await _until_posted(bot, marker, "automatisch antwoord")
    assert away.buttons == []
    # a forged tag, a stranger and a known address without an advice number
    marker = bot.fake.mark()
    await imap.deliver(
        _reply("wijkbot+advies-1-aaaaaaaa@bo-duindorp.nl", sender="spam@example.com"),
        _reply("wijkbot@bo-duindorp.nl", sender="iemand@example.com", subject="Advies 1"),
        _reply("wijkbot@bo-duindorp.nl", subject="Vraag over de wijkschouw"),
    )
    notice = await _until_posted(bot, marker, "/post")
    assert "bij geen advies" in (notice.text or "")
    await asyncio.sleep(1.0)
    shown = texts(bot.fake.changes_since(marker))
    assert not any("spam@example.com" in t or "iemand@example.com" in t for t in shown)
    # by subject from the gemeente address, with the college's letter attached
    marker = bot.fake.mark()
    documents_before = len(bot.fake.calls_to("sendDocument"))
    with_letter = EmailMessage()
    with_letter["From"] = OFFICIAL
    with_letter["To"] = "wijkbot@bo-duindorp.nl"
    with_letter["Subject"] = "Antw: advies 1"
    with_letter.set_content("In de bijlage de brief van het college.")
    with_letter.add_attachment(
        b"%PDF-1.4 brief", maintype="application", subtype="pdf", filename="brief.pdf"
    )
    await imap.deliver(with_letter.as_bytes())
    by_subject = await _until_posted(bot, marker, "Mail over advies 1")
    assert "brief.pdf" in (by_subject.text or "")
    documents = bot.fake.calls_to("sendDocument")[documents_before:]
    assert len(documents) == 1
    # the postvak: only the board, and it can be put with the advice
    refused = await bot.say("/post", user=BRAM)
    assert "Wijkschouw".lower() not in " ".join(texts(refused)).lower()
    out = await bot.say("/post")
    assert any("Vraag over de wijkschouw" in t for t in texts(out)), texts(out)
    await bot.press("🔗 Bij een advies")
    out = await bot.press("Advies 1: Herinrichting Duinplein")
    assert any("Mail over advies 1" in t for t in texts(out)), texts(out)
    assert texts(await bot.say("/post"))[-1].startswith("📭")
    # the board marks the first one as the acknowledgement
    await bot.press("✅ Dit is de ontvangstbevestiging", message_id=by_thread.message_id)
    assert await bot.sql("SELECT state FROM advices") == [("ontvangen",)]
    rows = await bot.sql("SELECT how, state FROM advice_mail_in ORDER BY id")
    assert rows[0] == ("thread", "acknowledgement")
    assert ("token", "new") in rows  # the out-of-office, left as it was
    assert ("subject", "new") in rows
    assert ("postvak", "new") in rows  # put with the advice


async def test_an_away_notice_without_headers_is_no_reply(
    mailbot: Harness, smtp: tuple[Inbox, int], imap: ImapTestServer
) -> None:
    """Some mail servers send "Afwezig: ..." with no Auto-Submitted header: still no reply."""
    bot = mailbot
    sent = await _chased_and_mailed(bot, smtp[0])
    marker = bot.fake.mark()
    await imap.deliver(
        _reply(
            str(sent["Reply-To"]),
            subject="Afwezig: Advies 1: Herinrichting Duinplein",
            body="Ik ben tot en met 4 januari met vakantie. Voor dringende zaken: 14070.",
        )
    )
    away = await _until_posted(bot, marker, "automatisch antwoord")
    assert away.buttons == []
    assert await bot.sql("SELECT state FROM advices") == [("verzonden",)]
