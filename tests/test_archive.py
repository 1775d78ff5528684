"""Documents for the archive, through the Application: the agenda and the report carry the
organisation, the kind, the full date with its year, the place and page numbers; a report is
"concept" until the next meeting of its kind approves it; "Mail het verslag" reaches a real
local SMTP server once per version, also when pressed twice or after a restart."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fakegram import ANNA, BRAM, CARLA, DUINDORP, FakeTelegram
from schedules.clock import FakeClock
from tests.support.harness import Harness
from tests.support.mailserver import Inbox, local_smtp, mail_settings
from tests.support.steps import texts, until


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    with local_smtp() as server:
        yield server


@pytest.fixture
async def mailbot(
    tmp_path: Path, clock: FakeClock, fake: FakeTelegram, smtp: tuple[Inbox, int]
) -> AsyncIterator[Harness]:
    harness = Harness(tmp_path / "wijkbot.sqlite3", clock, fake, **mail_settings(smtp[1]))
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


async def two_meetings(bot: Harness) -> None:
    """Bestuursvergaderingen on Tuesday 8 December and Tuesday 12 January."""
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    for user in (ANNA, BRAM, CARLA):
        await bot.say("/help", user=user)
    await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog")
    await bot.say("/overleg di 12 jan 19:30 Wijkcentrum De Boog")
    await bot.say("/agenda Parkeeroverlast Duinstraat", user=CARLA)


async def test_mail_the_report_once_per_version(mailbot: Harness, smtp: tuple[Inbox, int]) -> None:
    bot, (inbox, _port) = mailbot, smtp
    await two_meetings(bot)
    await until(bot, datetime(2026, 12, 8, 18, 45, tzinfo=UTC))
    out = await bot.say("/verslag")
    assert "📄 Concept: het volgende overleg van deze soort stelt het verslag vast." in (
        out[0].text or ""
    )
    out = await bot.press("✉️ Mail het verslag", message_id=out[0].message_id)
    assert texts(out)[-1] == (
        "Zet eerst de adressen voor het verslag: /instellingen verslagmail leden@bo-duindorp.nl."
    )
    await bot.say("/instellingen verslagmail leden@bo-duindorp.nl, secretaris@bo-duindorp.nl")
    report = await bot.say("/verslag")
    await bot.press("✉️ Mail het verslag", user=CARLA, message_id=report[0].message_id)
    assert inbox.messages() == []  # the board mails it
    await bot.press("✉️ Mail het verslag", message_id=report[0].message_id)
    await bot.press("✉️ Mail het verslag", message_id=report[0].message_id)
    assert len(inbox.messages()) == 1
    mail = inbox.messages()[0]
    assert mail["Subject"] == (
        "Verslag Bestuursvergadering Bewonersorganisatie Duindorp, dinsdag 8 december 2026"
        " (concept)"
    )
    assert mail["To"] == "leden@bo-duindorp.nl, secretaris@bo-duindorp.nl"
    body = mail.get_body(("plain",))
    assert body is not None
    assert "Parkeeroverlast Duinstraat" in body.get_content()
    attached = [part for part in mail.iter_attachments()]
    assert [part.get_filename() for part in attached] == ["verslag-2026-12-08.html"]
    assert "Concept" in attached[0].get_content()
    assert bot.fake.answered_callbacks[-1]["text"] == (
        "✉️ Dit verslag (concept) is al gemaild, op dinsdag 8 december 2026."
    )
    # a restart changes nothing: the mail went out once
    await bot.restart()
    await bot.press("✉️ Mail het verslag", message_id=report[0].message_id)
    assert len(inbox.messages()) == 1

    # the next bestuursvergadering approves it; then the approved version goes out once more
    await until(bot, datetime(2027, 1, 12, 18, 45, tzinfo=UTC))
    out = await bot.say("/verslag vaststellen")
    assert texts(out)[0] == (
        "✅ Het verslag van dinsdag 8 december 2026 is vastgesteld. Hieronder het vastgestelde"
        " verslag."
    )
    approved = bot.fake.files(DUINDORP.id)[-1].data.decode()
    assert "✅ Vastgesteld op dinsdag 12 januari 2027." in approved
    await bot.press("✉️ Mail het verslag")  # under the approved file
    await bot.press("✉️ Mail het verslag")
    assert len(inbox.messages()) == 2
    assert inbox.messages()[1]["Subject"].endswith("dinsdag 8 december 2026 (vastgesteld)")
    await until(bot, datetime(2027, 1, 13, 9, 0, tzinfo=UTC))
    assert await bot.sql("SELECT meeting_id, at_meeting_id FROM report_approvals") == [(1, 2)]


async def test_a_report_is_concept_until_the_next_meeting_approves_it(bot: Harness) -> None:
    await two_meetings(bot)
    await until(bot, datetime(2026, 12, 8, 18, 45, tzinfo=UTC))
    out = await bot.say("/verslag")
    assert [label for row in out[0].buttons for label, _ in row] == [
        "👥 Aanwezigen aanpassen",
        "✉️ Mail het verslag",
    ]
    html = bot.fake.files(DUINDORP.id)[-1].data.decode()
    assert "Verslag: Bestuursvergadering, dinsdag 8 december 2026" in html
    assert "Bewonersorganisatie Duindorp</strong> · Bestuursvergadering" in html
    assert "dinsdag 8 december 2026 om 19:30 tot 21:30" in html
    assert '<span class="status concept">📄 Concept' in html
    assert 'counter(page) " / " counter(pages)' in html
    out = await bot.press("✉️ Mail het verslag", message_id=out[0].message_id)
    assert texts(out)[-1].startswith("✉️ Er is geen mailserver ingesteld")

    await until(bot, datetime(2027, 1, 12, 18, 45, tzinfo=UTC))
    out = await bot.say("/verslag")
    report = out[0].text or ""
    assert (
        "▫️ Verslag vorige vergadering\n   📄 Het verslag van dinsdag 8 december 2026 is nog concept"
    ) in report
    await bot.press("✅ Verslag 8 december vaststellen", user=CARLA, message_id=out[0].message_id)
    assert await bot.sql("SELECT count(*) FROM report_approvals") == [(0,)]
    out = await bot.press("✅ Verslag 8 december vaststellen", message_id=out[0].message_id)
    assert texts(out)[0].startswith("✅ Het verslag van dinsdag 8 december 2026 is vastgesteld.")
    sent = bot.fake.files(DUINDORP.id)[-1]
    assert sent.name == "verslag-2026-12-08.html"
    assert '<span class="status">✅ Vastgesteld op dinsdag 12 januari 2027.</span>' in (
        sent.data.decode()
    )
    out = await bot.say("/verslag vaststellen")
    assert texts(out) == ["Het verslag van dinsdag 8 december 2026 is al vastgesteld."]
    report = texts(await bot.say("/verslag"))[0]
    assert "   ✅ Het verslag van dinsdag 8 december 2026 is vastgesteld." in report
