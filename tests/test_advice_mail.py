"""'Mail de gemeente': a real SMTP server (aiosmtpd on 127.0.0.1) reads what arrives."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from fakegram import ANNA, BRAM, CARLA, DUINDORP, FakeTelegram
from handlers.kit.config import SettingsError, load_settings
from handlers.kit.mail import parse_smtp_url
from schedules.clock import FakeClock
from tests.support.harness import Harness
from tests.support.mailserver import PASSWORD, USER, Inbox, free_port, local_smtp
from tests.support.steps import REGISTER, setup_group, texts


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    with local_smtp() as server:
        yield server


async def _harness(
    tmp_path: Path, clock: FakeClock, fake: FakeTelegram, url: str | None
) -> Harness:
    extra: dict[str, Any] = {}
    if url is not None:
        extra = {"smtp_url": url, "mail_from": "Wijkbot BO Duindorp <wijkbot@bo-duindorp.nl>"}
    harness = Harness(tmp_path / "wijkbot.sqlite3", clock, fake, **extra)
    await harness.start()
    return harness


@pytest.fixture
async def mailbot(
    tmp_path: Path, clock: FakeClock, fake: FakeTelegram, smtp: tuple[Inbox, int]
) -> AsyncIterator[Harness]:
    url = f"smtp://{USER}:{PASSWORD.replace(' ', '%20')}@127.0.0.1:{smtp[1]}"
    harness = await _harness(tmp_path, clock, fake, url)
    try:
        yield harness
    finally:
        await harness.stop()


async def _chased(bot: Harness) -> None:
    await setup_group(bot)
    await bot.say("/instellingen adviesoverzicht uit")
    await bot.say(
        "/instellingen gemeentemail stadsdeel.scheveningen@denhaag.nl, griffie@denhaag.nl"
    )
    await bot.say("/instellingen antwoordadres secretaris@bo-duindorp.nl")
    await bot.say(REGISTER)
    out = await bot.advance(timedelta(days=12, hours=18))  # Tuesday 8 December 09:00
    assert len(out) == 1


async def test_mail_goes_once_in_one_thread(mailbot: Harness, smtp: tuple[Inbox, int]) -> None:
    inbox, _port = smtp
    bot = mailbot
    await _chased(bot)
    await bot.press("✉️ Mail de gemeente", user=BRAM)  # not board: refused
    assert inbox.envelopes == []
    out = await bot.press("✉️ Mail de gemeente")
    assert len(inbox.envelopes) == 1, texts(out)
    envelope = inbox.envelopes[0]
    assert envelope.mail_from == "wijkbot@bo-duindorp.nl"
    assert envelope.rcpt_tos == ["stadsdeel.scheveningen@denhaag.nl", "griffie@denhaag.nl"]
    first = inbox.messages()[0]
    assert first["Subject"] == "Advies 1: Herinrichting Duinplein (Bewonersorganisatie Duindorp)"
    assert first["Reply-To"] == "secretaris@bo-duindorp.nl"
    assert first["Message-ID"].endswith("@bo-duindorp.nl>")
    assert first["In-Reply-To"] is None
    body = first.get_content().replace("\r\n", "\n")
    assert "Op maandag 23 november 2026 stuurde Bewonersorganisatie Duindorp u advies 1" in body
    assert "uiterlijk maandag 7 december 2026 een ontvangstbevestiging" in body
    assert "Met vriendelijke groet,\nBewonersorganisatie Duindorp" in body
    chase = [c for c in out if c.kind == "edited"][0]
    assert chase.buttons[-1] == [("✉️ Gemaild op 8 dec 2026", "adv:mailed:1")]
    toast = bot.fake.calls_to("answerCallbackQuery")[-1].params["text"]
    assert toast.startswith("✉️ Gemaild naar stadsdeel.scheveningen@denhaag.nl")
    # pressed twice, or after a restart: nothing is sent again
    await bot.press("✉️ Gemaild op 8 dec 2026")
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "adv:mail:1", chase.message_id))
    await bot.restart(after=timedelta(hours=1))
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "adv:mail:1", chase.message_id))
    assert len(inbox.envelopes) == 1
    assert "al gemaild op 8 dec 2026" in bot.fake.calls_to("answerCallbackQuery")[-1].params["text"]
    timeline = texts(await bot.say("/advies 1"))[0]
    assert (
        "gemaild naar stadsdeel.scheveningen@denhaag.nl, griffie@denhaag.nl door Anna" in timeline
    )
    # the reply chase mails in the same thread
    await bot.press("✅ Ontvangst bevestigen", user=CARLA)
    out = await bot.advance(timedelta(days=28))
    assert any("inhoudelijke reactie" in (c.text or "") for c in out)
    await bot.press("✉️ Mail de gemeente")
    assert len(inbox.envelopes) == 2
    second = inbox.messages()[1]
    assert second["Subject"] == first["Subject"]
    assert second["In-Reply-To"] == first["Message-ID"]
    assert second["References"] == first["Message-ID"]
    assert "inhoudelijke reactie" in second.get_content()


async def test_the_advice_address_overrides_the_groups(
    mailbot: Harness, smtp: tuple[Inbox, int]
) -> None:
    inbox, _port = smtp
    bot = mailbot
    await setup_group(bot)
    await bot.say("/instellingen adviesoverzicht uit")
    await bot.say(
        "/advies Bomenkap aan wethouder Groen wethouder.groen@denhaag.nl verzonden 23 november"
    )
    await bot.advance(timedelta(days=12, hours=18))
    await bot.press("✉️ Mail de gemeente")
    assert inbox.envelopes[0].rcpt_tos == ["wethouder.groen@denhaag.nl"]
    assert inbox.messages()[0]["Reply-To"] is None  # no secretary's address set


async def test_login_refused_marks_nothing(
    tmp_path: Path, clock: FakeClock, fake: FakeTelegram, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    bot = await _harness(tmp_path, clock, fake, f"smtp://{USER}:fout@127.0.0.1:{port}")
    try:
        await _chased(bot)
        out = await bot.press("✉️ Mail de gemeente")
        assert "De mailserver weigert de inlog" in texts(out)[0]
        assert "Er is niets gemaild" in texts(out)[0]
        assert inbox.envelopes == []
        assert await bot.sql("SELECT count(*) FROM advice_mails") == [(0,)]
        assert bot.fake.last(DUINDORP.id) is not None
        await bot.press("✉️ Mail de gemeente")  # the button is still there
    finally:
        await bot.stop()


async def test_server_down_marks_nothing(
    tmp_path: Path, clock: FakeClock, fake: FakeTelegram
) -> None:
    bot = await _harness(tmp_path, clock, fake, f"smtp://u:p@127.0.0.1:{free_port()}")
    try:
        await _chased(bot)
        out = await bot.press("✉️ Mail de gemeente")
        assert "De mailserver is niet bereikbaar" in texts(out)[0]
        assert await bot.sql("SELECT count(*) FROM advice_mails") == [(0,)]
        assert "Mail de gemeente" in str(bot.fake.calls_to("sendMessage")[-2].params)
    finally:
        await bot.stop()


async def test_without_a_mail_server_the_text_to_copy(bot: Harness) -> None:
    await _chased(bot)
    out = await bot.press("✉️ Mail de gemeente")
    text = texts(out)[0]
    assert text.startswith("✉️ Er is geen mailserver ingesteld")
    assert "Aan: stadsdeel.scheveningen@denhaag.nl, griffie@denhaag.nl" in text
    assert "Antwoorden naar: secretaris@bo-duindorp.nl" in text
    assert "Onderwerp: Advies 1: Herinrichting Duinplein (Bewonersorganisatie Duindorp)" in text
    assert "Geachte heer/mevrouw," in text
    sent = bot.fake.calls_to("sendMessage")[-1].params["text"]
    assert "<pre>Geachte heer/mevrouw," in sent
    assert "<code>stadsdeel.scheveningen@denhaag.nl, griffie@denhaag.nl</code>" in sent
    assert await bot.sql("SELECT count(*) FROM advice_mails") == [(0,)]


def test_mail_settings_are_checked_and_the_password_never_shows() -> None:
    settings = load_settings(
        bot_token="1:x", smtp_url="smtp://bo:s3cret@mail.example.nl", mail_from="Bot <b@bo.nl>"
    )
    assert "s3cret" not in repr(settings)
    assert settings.smtp_url is not None
    server = parse_smtp_url(settings.smtp_url.get_secret_value())
    assert (server.host, server.port, server.start_tls, server.use_tls) == (
        "mail.example.nl",
        587,
        True,
        False,
    )
    assert parse_smtp_url("smtps://a:b@mail.example.nl").port == 465
    with pytest.raises(SettingsError) as bad:
        load_settings(bot_token="1:x", smtp_url="ftp://bo:s3cret@mail.example.nl")
    assert str(bad.value).startswith("SMTP_URL: use smtp://")
    assert "s3cret" not in str(bad.value)
    with pytest.raises(SettingsError) as bad:
        load_settings(bot_token="1:x", mail_from="wijkbot at bo")
    assert str(bad.value).startswith("MAIL_FROM:")
