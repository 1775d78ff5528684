"""'Mail het advies': an advice registered with an e-mail address gets the board's button on its
card, which mails the advice itself (once) as the first mail of its thread; a real SMTP server
(aiosmtpd on 127.0.0.1) reads what arrives."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from fakegram import BRAM, CARLA, FakeTelegram
from schedules.clock import FakeClock
from tests.support.harness import Harness
from tests.support.mailserver import PASSWORD, USER, Inbox, local_smtp
from tests.support.steps import setup_group, texts


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    with local_smtp() as server:
        yield server


@pytest.fixture
async def mailbot(
    tmp_path: Path, clock: FakeClock, fake: FakeTelegram, smtp: tuple[Inbox, int]
) -> AsyncIterator[Harness]:
    harness = Harness(
        tmp_path / "wijkbot.sqlite3",
        clock,
        fake,
        smtp_url=f"smtp://{USER}:{PASSWORD.replace(' ', '%20')}@127.0.0.1:{smtp[1]}",
        mail_from="Wijkbot BO Duindorp <wijkbot@bo-duindorp.nl>",
    )
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


async def test_the_advice_is_mailed_once_from_its_card(
    mailbot: Harness, smtp: tuple[Inbox, int]
) -> None:
    inbox, _port = smtp
    bot = mailbot
    await setup_group(bot)
    await bot.say("/instellingen antwoordadres secretaris@bo-duindorp.nl")
    out = await bot.say(
        "/advies Bomen Duinplein verzonden 23 november aan stadsdeel@denhaag.nl gevraagd"
    )
    card = out[-1]
    labels = [label for row in card.buttons for label, _ in row]
    assert "✉️ Mail het advies" in labels
    await bot.press("✉️ Mail het advies", user=BRAM)  # not the board
    await bot.press("✉️ Mail het advies", user=CARLA)  # the gemeente neither
    assert inbox.envelopes == []
    await bot.press("✉️ Mail het advies")
    assert len(inbox.envelopes) == 1
    assert inbox.envelopes[0].rcpt_tos == ["stadsdeel@denhaag.nl"]
    sent = inbox.messages()[0]
    assert sent["Subject"] == "Advies 1: Bomen Duinplein (Bewonersorganisatie Duindorp)"
    assert sent["Reply-To"] == "secretaris@bo-duindorp.nl"  # no IMAP_URL: the secretary
    body = sent.get_content()
    assert "stuurde Bewonersorganisatie Duindorp u advies 1: Bomen Duinplein" in body
    assert "ontvangstbevestiging graag uiterlijk" in body
    await bot.press("✉️ Mail het advies")
    assert len(inbox.envelopes) == 1
    assert "al gemaild" in bot.fake.calls_to("answerCallbackQuery")[-1].params["text"]
    timeline = texts(await bot.say("/advies 1"))[0]
    assert "gemaild naar stadsdeel@denhaag.nl door Anna de Vries (het advies)" in timeline
