"""The gemeente official's view across groups (issue 20): /overzicht in the private chat shows
every open advice and gemeente action of all the groups where one is a gemeente contact, and
nothing of any other group; its buttons do the gemeente's steps, reported in that group; the
weekly digest arrives once a week, once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from fakegram import ANNA, BRAM, CARLA, DUINDORP, Change, FakeChat, FakeTelegram
from schedules.clock import FakeClock
from tests.support.harness import Harness
from tests.support.mailserver import PASSWORD, USER, local_smtp
from tests.support.steps import texts

ESCAMP = FakeChat(-1001600600601, "supergroup", "Wijkberaad Escamp")
LOOSDUINEN = FakeChat(-1001600600602, "supergroup", "Commissie Loosduinen")
SEGBROEK = FakeChat(-1001600600603, "supergroup", "Wijkoverleg Segbroek")  # Carla is no contact


async def _group(bot: Harness, chat: FakeChat, subject: str, *, contact: bool = True) -> None:
    bot.fake.set_admins(chat.id, [], creator=ANNA)
    await bot.say("/help", user=CARLA, chat=chat)
    await bot.say("/instellingen adviesoverzicht uit", chat=chat)
    if contact:
        await bot.say("/gemeente toevoegen @carla_gemeente", chat=chat)
    await bot.say(f"/advies {subject} verzonden 23 november aan stadsdeel gevraagd", chat=chat)
    await bot.say(f"/actie bankjes plaatsen bij {subject} 1 december stadsdeel", chat=chat)


async def _four_groups(bot: Harness) -> None:
    await _group(bot, DUINDORP, "Herinrichting Duinplein")
    await _group(bot, ESCAMP, "Speeltuin Escamp")
    await _group(bot, LOOSDUINEN, "Haagse Beek")
    await _group(bot, SEGBROEK, "Geheim plan Segbroek", contact=False)
    await bot.process(bot.fake.private_start(CARLA))


PRIVATE = FakeChat.private(CARLA)


async def test_the_overview_shows_three_groups_and_nothing_of_the_fourth(bot: Harness) -> None:
    await _four_groups(bot)
    await bot.advance(timedelta(days=14))  # the acknowledgements are late now
    out = texts(await bot.say("/overzicht", user=CARLA, chat=PRIVATE))
    overview = out[-1]
    assert "3 groepen" in overview
    for name in ("Bewonersorganisatie Duindorp", "Wijkberaad Escamp", "Commissie Loosduinen"):
        assert name in overview
    for subject in ("Herinrichting Duinplein", "Speeltuin Escamp", "Haagse Beek"):
        assert subject in overview
    assert overview.count("bankjes") == 3  # the stadsdeel's actions
    assert "Segbroek" not in overview
    assert "werkdagen te laat" in overview
    assert "Antwoordtijden per organisatie" in overview
    # only what is known yet: no "nog niet bekend, nog niet bekend op tijd"
    assert (
        "Commissie Loosduinen: 1 advies · nog geen ontvangst, 0% op tijd · reactie nog niet bekend"
        in overview
    )
    # in a group it points to the private chat
    assert "privégesprek" in texts(await bot.say("/overzicht", user=CARLA))[-1]
    # Bram is nobody's contact
    await bot.process(bot.fake.private_start(BRAM))
    assert (
        "geen groep gemeentecontact"
        in texts(await bot.say("/overzicht", user=BRAM, chat=FakeChat.private(BRAM)))[-1]
    )


async def test_a_button_in_the_overview_acts_in_the_group(bot: Harness) -> None:
    await _four_groups(bot)
    marker = bot.fake.mark()
    await bot.say("/overzicht", user=CARLA, chat=PRIVATE)
    await bot.press("✅ Ontvangst 1 · Wijkberaad Escamp", user=CARLA, chat=PRIVATE)
    changes = bot.fake.changes_since(marker)
    in_escamp = [c.text or "" for c in changes if c.chat_id == ESCAMP.id]
    assert any("via het overzicht van Carla" in text for text in in_escamp), in_escamp
    rows = await bot.sql(
        "SELECT c.title, a.state FROM advices a JOIN chats c ON c.id = a.chat_id ORDER BY c.title"
    )
    assert ("Wijkberaad Escamp", "ontvangen") in rows
    assert ("Bewonersorganisatie Duindorp", "verzonden") in rows
    # a forged press on the fourth group's advice is refused
    (segbroek_advice,) = await bot.sql("SELECT id FROM advices WHERE chat_id = ?", SEGBROEK.id)
    last = bot.fake.messages(PRIVATE.id)[-1]
    await bot.process(
        bot.fake.callback(PRIVATE, CARLA, f"ovz:ack:{segbroek_advice[0]}", last.message_id)
    )
    assert await bot.sql("SELECT state FROM advices WHERE chat_id = ?", SEGBROEK.id) == [
        ("verzonden",)
    ]


def _digests(changes: list[Change]) -> list[str]:
    """The digests among what was sent: the full one or its quiet line."""
    return [
        c.text
        for c in changes
        if c.chat_id == PRIVATE.id
        and c.text
        and ("Weekoverzicht" in c.text or "Niets nieuws" in c.text)
    ]


async def _days(bot: Harness, days: int) -> list[str]:
    """Let the days pass one at a time; the digests that went out meanwhile."""
    digests = []
    for _ in range(days):
        digests += _digests(await bot.advance(timedelta(days=1)))
    return digests


async def test_the_digest_tells_what_became_due_or_overdue_once(bot: Harness) -> None:
    await _four_groups(bot)  # advices sent Mon 23 Nov (acknowledge by Mon 7 Dec), actions 1 Dec
    out = texts(await bot.say("/overzicht wekelijks maandag 9:00", user=CARLA, chat=PRIVATE))
    assert "maandag 09:00" in out[-1]
    # Mon 30 Nov: nothing became due yet
    assert await _days(bot, 5) == ["📅 Niets nieuws deze week; nog 6 open: /overzicht"]
    # Mon 7 Dec: the stadsdeel's actions fell overdue, the acknowledgements are due today
    (second,) = await _days(bot, 7)
    assert "Weekoverzicht · 3 groepen" in second
    assert "Nieuw sinds 30 nov" in second
    assert second.count("bankjes plaatsen") == 3
    assert second.count("was uiterlijk 1 dec 2026 (4 werkdagen te laat)") == 3
    assert second.count("ontvangstbevestiging uiterlijk vandaag") == 3
    assert "Segbroek" not in second
    escamp = second[second.index("Wijkberaad Escamp") :]
    assert escamp.index("bankjes") < escamp.index("Speeltuin Escamp")  # overdue first
    assert second.endswith("Nog 6 open in totaal: /overzicht voor alles")
    assert "Antwoordtijden" not in second  # the figures stay in /overzicht
    # Mon 14 Dec: the acknowledgement term passed; the actions are not told again
    (third,) = await _days(bot, 7)
    assert third.count("ontvangstbevestiging was uiterlijk 7 dec 2026 (5 werkdagen te laat)") == 3
    assert "bankjes" not in third
    # Escamp's contact acknowledges; a week later nothing new: one line
    await bot.say("/overzicht", user=CARLA, chat=PRIVATE)
    await bot.press("✅ Ontvangst 1 · Wijkberaad Escamp", user=CARLA, chat=PRIVATE)
    assert await _days(bot, 7) == ["📅 Niets nieuws deze week; nog 6 open: /overzicht"]
    await bot.say("/overzicht wekelijks uit", user=CARLA, chat=PRIVATE)
    assert await _days(bot, 8) == []


async def test_a_restart_delivers_the_missed_digest_once_since_the_last(bot: Harness) -> None:
    await _four_groups(bot)
    await bot.say("/overzicht wekelijks woensdag 9:00", user=CARLA, chat=PRIVATE)
    (first,) = await _days(bot, 7)  # Wed 2 Dec: the actions fell overdue
    assert first.count("bankjes plaatsen") == 3
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=14))  # down through 9 and 16 Dec
    (missed,) = _digests(bot.fake.changes_since(marker))
    assert "Nieuw sinds 2 dec" in missed  # the period runs from the last one sent
    assert missed.count("ontvangstbevestiging was uiterlijk 7 dec 2026 (7 werkdagen te laat)") == 3
    assert "bankjes" not in missed
    assert await _days(bot, 7) == ["📅 Niets nieuws deze week; nog 6 open: /overzicht"]


async def test_no_digest_when_nothing_is_open(bot: Harness) -> None:
    bot.fake.set_admins(ESCAMP.id, [], creator=ANNA)
    await bot.say("/help", user=CARLA, chat=ESCAMP)
    await bot.say("/gemeente toevoegen @carla_gemeente", chat=ESCAMP)
    await bot.process(bot.fake.private_start(CARLA))
    await bot.say("/overzicht wekelijks maandag 9:00", user=CARLA, chat=PRIVATE)
    changes = await bot.advance(timedelta(days=5))  # Mon 30 Nov
    assert [c for c in changes if c.chat_id == PRIVATE.id] == []
    assert await bot.sql("SELECT last_sent_at FROM official_digests") == [
        ("2026-11-30T14:00:00+00:00",)
    ]


async def test_the_digest_by_mail_only(
    tmp_path: Path, clock: FakeClock, fake: FakeTelegram
) -> None:
    with local_smtp() as (inbox, port):
        bot = Harness(
            tmp_path / "digest.sqlite3",
            clock,
            fake,
            smtp_url=f"smtp://{USER}:{PASSWORD.replace(' ', '%20')}@127.0.0.1:{port}",
            mail_from="Wijkbot <wijkbot@bo-duindorp.nl>",
        )
        await bot.start()
        try:
            await _four_groups(bot)
            await bot.say("/overzicht wekelijks vrijdag 8:00", user=CARLA, chat=PRIVATE)
            await bot.say("/overzicht mail carla@denhaag.nl", user=CARLA, chat=PRIVATE)
            out = texts(await bot.say("/overzicht prive uit", user=CARLA, chat=PRIVATE))
            assert "per mail aan carla@denhaag.nl" in out[-1]
            assert "in dit gesprek" not in out[-1]
            assert await _days(bot, 14) == []  # nothing in the chat
        finally:
            await bot.stop()
    assert [e.rcpt_tos for e in inbox.envelopes] == [["carla@denhaag.nl"]] * 2
    quiet, news = (m.get_content() for m in inbox.messages())
    assert inbox.messages()[0]["Subject"] == "Wijkbot-weekoverzicht: wat uw groepen nog verwachten"
    assert (
        quiet.strip() == "Niets nieuws deze week; nog 6 open: typ /overzicht in je chat met de bot"
    )
    assert "Nieuw sinds 27 nov" in news
    assert news.count("was uiterlijk 1 dec") == 3  # Fri 4 Dec: the actions fell overdue
    assert "advies" not in news  # the acknowledgements are not due yet
    assert "Segbroek" not in news
    assert "<b>" not in news
    assert "typ /overzicht in je chat met de bot voor alles" in news
