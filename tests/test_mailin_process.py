"""End to end: the real `python -m bot` with SMTP_URL and IMAP_URL (aiosmtpd and pymap on
127.0.0.1). A chase is mailed, the official replies to it in the bot's mailbox, the group sees
the reply, the board marks it as the reply, and the reply chase is off."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from fakegram import ANNA, DUINDORP, FakeBotAPIServer, FakeTelegram
from tests.support.faketime import faketime_env, needs_faketime
from tests.support.imapserver import ImapTestServer, local_imap
from tests.support.mailserver import PASSWORD, USER, Inbox, local_smtp
from tests.support.process import clean, running_bot, until

pytestmark = [pytest.mark.process, needs_faketime]
# A Monday morning for the bot, whatever the hour of the run: chases wait for working hours.
MONDAY = "@2026-12-07 09:00:00"


async def test_a_mailed_reply_closes_the_loop_in_the_real_process(tmp_path: Path) -> None:
    with local_smtp() as (inbox, port), local_imap() as imap:
        await _play(tmp_path, inbox, port, imap)


def _pending_reply_chases(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT count(*) FROM due WHERE kind = 'advice_reply' AND state = 'pending'"
        ).fetchone()
    return int(row[0])


async def _play(tmp_path: Path, inbox: Inbox, port: int, imap: ImapTestServer) -> None:
    fake = FakeTelegram()
    fake.add_chat(DUINDORP)
    fake.set_admins(DUINDORP.id, [], creator=ANNA)
    sent = datetime(2026, 11, 5, tzinfo=UTC).astimezone(ZoneInfo("Europe/Amsterdam")).date()
    db = tmp_path / "w.sqlite3"
    env = {
        "SMTP_URL": f"smtp://{USER}:{PASSWORD.replace(' ', '%20')}@127.0.0.1:{port}",
        "MAIL_FROM": "Wijkbot <wijkbot@bo-duindorp.nl>",
        "IMAP_URL": imap.url,
        **faketime_env(MONDAY),
    }
    async with FakeBotAPIServer(fake) as server:
        async with running_bot(server, db, tmp_path, "mailin", env) as bot:
            fake.say(DUINDORP, ANNA, "/instellingen gemeentemail stadsdeel@denhaag.nl")
            fake.say(DUINDORP, ANNA, "/instellingen antwoordadres secretaris@bo-duindorp.nl")
            fake.say(DUINDORP, ANNA, f"/advies Bankjes verzonden {sent:%d-%m-%Y}")
            chase = await until(
                lambda: [m for m in fake.sent(DUINDORP.id) if "Beste gemeente" in (m.text or "")],
                "the chase",
                20,
            )
            fake.click(DUINDORP, ANNA, "✉️ Mail de gemeente", chase[0].message_id)
            await until(lambda: inbox.envelopes, "the e-mail", 20)
            mailed = inbox.messages()[0]
            assert str(mailed["Reply-To"]).startswith("wijkbot+advies-1-")
            assert mailed["Cc"] == "secretaris@bo-duindorp.nl"
            assert _pending_reply_chases(db) == 1

            reply = EmailMessage()
            reply["From"] = "Stadsdeel <stadsdeel@denhaag.nl>"
            reply["To"] = str(mailed["Reply-To"])
            reply["Subject"] = f"RE: {mailed['Subject']}"
            reply["Message-ID"] = "<antwoord-1@denhaag.nl>"
            reply["In-Reply-To"] = str(mailed["Message-ID"])
            reply.set_content(
                "Het college neemt uw advies over.\n\nMet vriendelijke groet,\nStadsdeel\n\n"
                "Van: Wijkbot\nVerzonden: gisteren\nAan: stadsdeel\nOnderwerp: Advies 1\n"
            )
            await imap.deliver(reply.as_bytes())
            shown = await until(
                lambda: [
                    m for m in fake.sent(DUINDORP.id) if "Mail over advies 1" in (m.text or "")
                ],
                "the reply in the group",
                30,
            )
            assert "Het college neemt uw advies over." in (shown[0].text or "")
            assert "Verzonden: gisteren" not in (shown[0].text or "")
            fake.click(DUINDORP, ANNA, "📨 Dit is de reactie", shown[0].message_id)
            outcome = await until(
                lambda: [m for m in fake.sent(DUINDORP.id) if "uitkomst" in (m.text or "")],
                "the outcome question",
            )
            fake.click(DUINDORP, ANNA, "overgenomen", outcome[-1].message_id)
            await until(lambda: _pending_reply_chases(db) == 0, "the reply chase to be off")
            await fake.wait_idle(quiet=0.3, timeout=10)
            clean(bot)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT state FROM advices").fetchall() == [("beantwoord",)]
        assert conn.execute("SELECT how, state FROM advice_mail_in").fetchall() == [
            ("token", "reply")
        ]
