"""End to end: `python -m bot`, configured by SMTP_URL and MAIL_FROM, chases an overdue advice
and mails it to a real local SMTP server when the board presses the button."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from fakegram import ANNA, DUINDORP, FakeBotAPIServer, FakeTelegram
from tests.support.faketime import faketime_env, needs_faketime
from tests.support.mailserver import PASSWORD, USER, Inbox, local_smtp
from tests.support.process import running_bot, until

pytestmark = [pytest.mark.process, needs_faketime]
# A Monday morning for the bot, whatever the hour of the run: chases wait for working hours.
MONDAY = "@2026-12-07 09:00:00"


async def test_the_real_process_chases_and_mails(tmp_path: Path) -> None:
    with local_smtp() as (inbox, port):
        await _play(tmp_path, inbox, port)


async def _play(tmp_path: Path, inbox: Inbox, port: int) -> None:
    fake = FakeTelegram()
    fake.add_chat(DUINDORP)
    fake.set_admins(DUINDORP.id, [], creator=ANNA)
    sent = date(2026, 12, 7) - timedelta(days=30)
    env = {
        "SMTP_URL": f"smtp://{USER}:{PASSWORD.replace(' ', '%20')}@127.0.0.1:{port}",
        "MAIL_FROM": "Wijkbot <wijkbot@bo-duindorp.nl>",
        **faketime_env(MONDAY),
    }
    async with FakeBotAPIServer(fake) as server:
        async with running_bot(server, tmp_path / "w.sqlite3", tmp_path, "mail", env):
            fake.say(DUINDORP, ANNA, "/instellingen gemeentemail stadsdeel@denhaag.nl")
            fake.say(DUINDORP, ANNA, f"/advies Bankjes verzonden {sent:%d-%m-%Y}")
            # thirty days ago: the acknowledgement deadline has passed, the chase goes at once
            chase = await until(
                lambda: [m for m in fake.sent(DUINDORP.id) if "Beste gemeente" in (m.text or "")],
                "the chase",
                20,
            )
            fake.click(DUINDORP, ANNA, "✉️ Mail de gemeente", chase[0].message_id)
            await until(lambda: inbox.envelopes, "the e-mail", 20)
            await until(
                lambda: (
                    "Gemaild op" in str(fake.bot_message(DUINDORP.id, chase[0].message_id).buttons)
                ),
                "the button to change",
            )
    assert inbox.envelopes[0].rcpt_tos == ["stadsdeel@denhaag.nl"]
    message = inbox.messages()[0]
    assert message["Subject"] == "Advies 1: Bankjes (Bewonersorganisatie Duindorp)"
    assert "ontvangstbevestiging" in message.get_content()
