"""/help that fits a phone (issue 17, point 5): one screen with the commands by topic; /help
<command> or /help <topic> gives the full help with examples and never the whole list again;
an English group reads English examples. Exact inputs through the Application."""

from __future__ import annotations

from fakegram import ANNA, FakeChat
from tests.support.harness import Harness
from tests.support.steps import texts


async def test_help_fits_one_screen_by_topic(bot: Harness) -> None:
    """The issue: /help was 49 lines (three phone screens)."""
    out = await bot.say("/help")
    assert texts(out) == [
        "📋 Wat Wijkbot kan\n"
        "🗓️ Overleg en agenda: /overleg /agenda /verslag /notulen\n"
        "📌 Besluiten en acties: /besluit /besluiten /actie /acties\n"
        "📨 Adviezen: /advies /adviezen /post\n"
        "🗳️ Peilingen: /peiling /peilingen /thermometer\n"
        "⏰ Herinneringen: /herinner /herinneringen\n"
        "👥 Groep en privacy: /help /instellingen /bestuur /gemeente /export /privacy"
        " /vergeetgroep\n"
        "\n"
        "Uitleg met voorbeelden: /help actie; een onderwerp: /help adviezen;"
        " datums typen: /help datums.\n"
        "Een opdracht zonder tekst erachter? Dan vraag ik stap voor stap wat ik moet weten."
    ]


async def test_help_of_a_command_is_that_command_in_full(bot: Harness) -> None:
    """The issue: `/help overleg` printed the whole list again."""
    text = texts(await bot.say("/help overleg"))[0]
    assert text.startswith(
        "/overleg (ook /meeting) — overleggen plannen en bekijken (met aanmelden en agenda-ritme)"
    )
    assert "• /overleg jaar voor de jaarplanning" in text
    assert "/overleg verplaatsen 8 dec naar 10 dec 19:30" in text
    assert "/overleg afzeggen 22 december" in text
    assert "🗓️ datums typ je zoals je praat: /help datums" in text
    assert text.endswith("Meer over 🗓️ Overleg en agenda: /help vergaderen")
    assert "/peiling" not in text  # not the whole list again
    text = texts(await bot.say("/help actie"))[0]
    assert text.startswith("/actie (ook /action) — een actie vastleggen")
    assert "/actie bewonersbrief rondsturen @jan uiterlijk vrijdag" in text
    assert "/besluit" not in text
    # the slash, the alias, a typo: the same help
    assert texts(await bot.say("/help /actie"))[0] == text
    assert texts(await bot.say("/help action"))[0] == text
    assert texts(await bot.say("/help actei"))[0] == text


async def test_help_of_a_topic(bot: Harness) -> None:
    text = texts(await bot.say("/help adviezen"))[0]
    assert text.startswith("📨 Adviezen\n\n/advies (ook /advice)")
    assert "• /advies 4 beantwoord [datum] uitkomst: samenvatting" in text
    assert "/adviezen (ook /advicelist) — alle adviezen met hun stand" in text
    assert "/overleg" not in text
    text = texts(await bot.say("/help datums"))[0]
    assert text.startswith("🗓️ Datums en tijden typ je zoals je praat")
    out = await bot.say("/help koffie")
    assert texts(out) == ["Daar heb ik geen uitleg over: koffie. /help laat zien wat ik kan."]


async def test_help_in_private_shows_what_works_there(bot: Harness) -> None:
    text = texts(await bot.say("/help", chat=FakeChat.private(ANNA)))[0]
    assert text.startswith("📋 Wat Wijkbot kan (in dit privégesprek)")
    assert "/overzicht" in text
    assert "/bestuur" not in text


async def test_an_english_group_gets_english_help_and_keywords(bot: Harness) -> None:
    """The issue: in an English group the examples and keywords stayed Dutch ("sluit Friday")."""
    await bot.say("/instellingen taal en")
    text = texts(await bot.say("/help"))[0]
    assert "🗳️ Polls: /poll /polls /thermometer" in text
    assert "👥 Group and privacy: /help /settings /board /municipality" in text
    text = texts(await bot.say("/help poll"))[0]
    assert "/poll Which date for the street party? | 12 June | 19 June closes Friday 17:00" in (
        text
    )
    assert "sluit" not in text
    assert "• /poll question | option | option … [closes when] [multiple]" in text
    text = texts(await bot.say("/help advice"))[0]
    assert "• /advice subject [sent date] [to whom or e-mail address] [requested|unrequested]" in (
        text
    )
    # a usage line after a mistake is English too
    text = texts(await bot.say("/acties alle"))[0]
    assert "/actions mine" in text
