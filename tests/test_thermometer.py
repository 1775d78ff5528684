"""The thermometer through the Application: three board members and two gemeente contacts
answer privately (some after pressing Start, some through the group's link), the result shows
each side's average and the gap, nothing stored says who answered what, the chart is a PNG,
and a second year shows the trend."""

from __future__ import annotations

from datetime import UTC, datetime

from fakegram import ANNA, BRAM, CARLA, DUINDORP, FakeChat, FakeUser
from tests.support.harness import Harness
from tests.support.steps import texts, until

DIRK = FakeUser(504, "Dirk", "Bakker", "dirk_b")
EVA = FakeUser(505, "Eva", "Jansen", "eva_j")
BOARD = (ANNA, BRAM, DIRK)
GEMEENTE = (CARLA, EVA)
EVERYONE = BOARD + GEMEENTE

# each person's scores for the six default statements, and their answer to the open question
ANSWERS = {
    ANNA.id: ((4, 3, 5, 4, 2, 4), "Eerder een reactie op adviezen"),
    BRAM.id: ((3, 3, 4, 5, 2, 3), ""),
    DIRK.id: ((5, 3, 4, 4, 3, 4), "Vaker langskomen"),
    CARLA.id: ((5, 4, 5, 5, 3, 4), "Agenda's eerder delen"),
    EVA.id: ((4, 4, 4, 5, 4, 5), ""),
}


def private(user: FakeUser) -> FakeChat:
    return FakeChat.private(user)


async def group(bot: Harness) -> None:
    """Anna (creator) and Bram (admin) on the board, Dirk added with /bestuur; Carla and Eva
    the gemeente contacts. Anna, Bram and Carla pressed Start in a private chat before."""
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    for user in EVERYONE:
        await bot.say("/help", user=user)
    said = bot.fake.message(DUINDORP, DIRK, "ik doe mee")
    await bot.say("/bestuur toevoegen", reply_to=said)
    await bot.say("/gemeente toevoegen @carla_gemeente")
    await bot.say("/gemeente toevoegen @eva_j")
    for user in (ANNA, BRAM, CARLA):
        await bot.process(bot.fake.private_start(user))


async def answer(bot: Harness, user: FakeUser, *, via_link: int | None = None) -> list[str]:
    """Score every statement in the private chat, then answer (or skip) the open question."""
    seen: list[str] = []
    if via_link is not None:
        seen += texts(await bot.process(bot.fake.private_start(user, f"thermo_{via_link}")))
    scores, remark = ANSWERS[user.id]
    for score in scores:
        seen += texts(await bot.press(str(score), user=user, chat=private(user)))
    if remark:
        prompt = bot.fake.last(user.id)
        assert prompt is not None
        seen += texts(
            await bot.say(remark, user=user, chat=private(user), reply_to=prompt.message_id)
        )
    else:
        seen += texts(await bot.press("Overslaan", user=user, chat=private(user)))
    return seen


async def test_a_year_of_the_thermometer(bot: Harness) -> None:
    await group(bot)
    out = texts(await bot.say("/thermometer uitslag", user=BRAM))
    assert out == ["Er is nog geen uitslag: start de thermometer met /thermometer."]
    status = await bot.say("/thermometer", user=BRAM)
    shown = status[0].text or ""
    assert shown.startswith("🌡️ Thermometer Bewonersorganisatie Duindorp\n")
    assert "6 stellingen van 1 (helemaal oneens) tot 5 (helemaal eens)" in shown
    assert "Gevraagd worden: 3 bestuursleden en 2 gemeentecontacten." in shown
    assert "Na het starten kan iedereen invullen tot zaterdag 5 december om 09:00." in shown
    # a gemeente contact cannot start it: the board does
    await bot.press("▶️ Thermometer starten", user=CARLA, message_id=status[0].message_id)
    assert await bot.sql("SELECT count(*) FROM thermometers") == [(0,)]

    out = await bot.press("▶️ Thermometer starten", user=ANNA, message_id=status[0].message_id)
    started = next(c.text or "" for c in out if c.message_id == status[0].message_id)
    assert started.startswith("🌡️ De thermometer van Bewonersorganisatie Duindorp is gestart")
    assert "Invullen kan tot zaterdag 5 december om 09:00." in started
    assert "3 mensen kregen de vragen al privé." in started
    assert "Dirk, Eva: jullie krijgen de vragen zodra je via de link op Start drukt." in started
    link = next(c for c in out if c.message_id == status[0].message_id)
    assert "https://t.me/WijkBot?start=thermo_1" in str(link.message)
    first = bot.fake.last(CARLA.id)
    assert first is not None
    assert (first.text or "").startswith(
        "🌡️ Thermometer Bewonersorganisatie Duindorp\nStelling 1 van 6:\n"
        "We worden op tijd geïnformeerd\n\n1 = helemaal oneens"
    )
    assert [label for label, _ in first.buttons[0]] == ["1", "2", "3", "4", "5"]
    assert bot.fake.last(DIRK.id) is None  # Dirk never pressed Start: only the group's link

    # back to the previous statement, then on: the same message throughout
    await bot.press("2", user=ANNA, chat=private(ANNA))
    out = await bot.press("↩️ Vorige", user=ANNA, chat=private(ANNA))
    assert "Stelling 1 van 6" in texts(out)[0]
    for user in (ANNA, BRAM, CARLA):
        seen = await answer(bot, user)
        assert seen[-1].startswith("✅ Dank je wel! Je antwoorden tellen anoniem mee")
    seen = await answer(bot, DIRK, via_link=1)
    assert seen[0].startswith("🌡️ Thermometer Bewonersorganisatie Duindorp\nStelling 1 van 6")
    # a second try changes nothing
    again = texts(await bot.process(bot.fake.private_start(DIRK, "thermo_1")))
    assert again == ["Je hebt de thermometer al ingevuld. Dank je wel!"]
    # a member who is neither board nor gemeente is not asked
    fenna = FakeUser(506, "Fenna")
    await bot.say("/help", user=fenna)
    out = await bot.process(bot.fake.private_start(fenna, "thermo_1"))
    assert texts(out) == [
        "De thermometer is voor het bestuur en de gemeentecontacten van de groep."
    ]

    # two days before the deadline: a count across both sides, no names
    out = await until(bot, datetime(2026, 12, 3, 8, 1, tzinfo=UTC))
    reminder = next(text for text in out if "niet ingevuld" in text)
    assert reminder.startswith(
        "🌡️ Nog 1 van de 5 mensen heeft de thermometer niet ingevuld."
        " Hij sluit zaterdag 5 december om 09:00."
    )
    assert "Eva" not in reminder
    status = texts(await bot.say("/thermometer", user=ANNA))
    assert "Loopt tot zaterdag 5 december om 09:00. Ingevuld: 4 van 5." in status[0]
    await answer(bot, EVA, via_link=1)

    # nothing stored links an answer to a person
    for table in ("thermometer_scores", "thermometer_remarks"):
        columns = [row[1] for row in await bot.sql(f"PRAGMA table_info({table})")]
        assert not any("user" in column for column in columns), columns
        for row in await bot.sql(f"SELECT * FROM {table}"):
            assert not {user.id for user in EVERYONE} & set(row), row
    assert await bot.sql("SELECT count(*) FROM thermometer_asked WHERE draft IS NOT NULL") == [(0,)]
    assert await bot.sql("SELECT sum(count) FROM thermometer_scores") == [(30,)]

    out = await until(bot, datetime(2026, 12, 5, 8, 1, tzinfo=UTC))
    result = next(text for text in out if text.startswith("🌡️ Uitslag thermometer"))
    assert result.startswith(
        "🌡️ Uitslag thermometer Bewonersorganisatie Duindorp, 5 december 2026\n"
        "Ingevuld: bestuur 3 van 3 · gemeente 2 van 2."
    )
    for part in (
        "1. We worden op tijd geïnformeerd\n   Bestuur 4,0 · Gemeente 4,5 · verschil 0,5",
        "3. Afspraken worden nagekomen\n   Bestuur 4,3 · Gemeente 4,5 · verschil 0,2",
        "5. We delen vragen vóór er een plan ligt\n   Bestuur 2,3 · Gemeente 3,5 · verschil 1,2",
        "6. De samenwerking is dit jaar verbeterd\n   Bestuur 3,7 · Gemeente 4,5 · verschil 0,8",
        "Wat kan beter?",
        "• Bestuur: Eerder een reactie op adviezen",
        "• Gemeente: Agenda's eerder delen",
    ):
        assert part in result, part
    assert "vorige" not in result.lower()
    files = bot.fake.files(DUINDORP.id)
    chart, document = files[-2], files[-1]
    assert chart.kind == "photo"
    assert chart.data.startswith(b"\x89PNG\r\n\x1a\n")
    assert chart.width == 900
    assert chart.height is not None
    assert chart.height >= 350
    assert document.name == "thermometer-2026-12-05.html"
    html = document.data.decode()
    assert "Uitslag thermometer" in html
    assert "5 december 2026" in html
    assert "data:image/png;base64," in html
    assert "<td>We worden op tijd geïnformeerd</td><td>4,0</td><td>4,5</td><td>0,5</td>" in html
    # a late answer is refused: it is closed
    out = await bot.process(bot.fake.private_start(BRAM, "thermo_1"))
    assert texts(out) == ["Je hebt de thermometer al ingevuld. Dank je wel!"]

    # the next year: the same statements, now next to last year's
    await until(bot, datetime(2027, 11, 24, 14, 0, tzinfo=UTC))
    status = await bot.say("/thermometer", user=ANNA)
    assert "Vorige uitslag: 5 december 2026 (/thermometer uitslag)." in (status[0].text or "")
    await bot.press("▶️ Thermometer starten", user=ANNA, message_id=status[0].message_id)
    ANSWERS[ANNA.id] = ((5, 4, 5, 4, 3, 5), "")
    for user in (ANNA, BRAM, CARLA):
        await answer(bot, user)
    for user in (DIRK, EVA):
        await answer(bot, user, via_link=2)
    out = await bot.say("/thermometer", user=ANNA)
    await bot.press("⏹ Nu sluiten", user=ANNA, message_id=out[0].message_id)
    out = texts(await bot.say("/thermometer uitslag", user=CARLA))
    result = out[0]
    assert "Tussen haakjes: de vorige thermometer, van 5 december 2026." in result
    assert (
        "1. We worden op tijd geïnformeerd\n"
        "   Bestuur 4,3 (was 4,0) · Gemeente 4,5 (was 4,5) · verschil 0,2 (was 0,5)"
    ) in result
    html = bot.fake.files(DUINDORP.id)[-1].data.decode()
    assert "Vorige keer" in html
    assert "Bestuur 4,0 · Gemeente 4,5 · Verschil 0,5" in html


async def test_the_board_changes_the_statements_and_an_open_round_keeps_its_own(
    bot: Harness,
) -> None:
    await group(bot)
    out = await bot.say("/thermometer stellingen", user=CARLA)  # anyone reads them
    assert texts(out)[0].startswith("✏️ De stellingen van de thermometer\n1. We worden op tijd")
    assert "Dit zijn de standaardstellingen." in texts(out)[0]
    assert out[0].buttons == []  # the buttons are the board's
    listing = await bot.say("/thermometer stellingen", user=ANNA)
    labels = [label for row in listing[0].buttons for label, _ in row]
    assert labels[:2] == ["✏️ 1", "🗑 1"]
    assert labels[-3:] == ["➕ Stelling", "✏️ Open vraag", "↩️ Standaard"]
    # a gemeente contact pressing the board's button changes nothing
    await bot.press("✏️ 6", user=CARLA, message_id=listing[0].message_id)
    assert await bot.sql("SELECT count(*) FROM prompts WHERE kind = 'thermo_text'") == [(0,)]

    out = await bot.press("✏️ 6", user=ANNA, message_id=listing[0].message_id)
    assert texts(out)[-1].startswith(
        "Wat wordt stelling 6? Nu: De samenwerking is dit jaar verbeterd"
    )
    out = await bot.say("...", user=ANNA, reply_to=out[-1].message_id)
    assert texts(out) == ["Er staat geen tekst in."]
    out = await bot.say("/thermometer stellingen", user=ANNA)  # nothing changed
    assert "6. De samenwerking is dit jaar verbeterd" in texts(out)[0]
    out = await bot.press("✏️ 6", user=ANNA)
    out = await bot.say(
        "De gemeente reageert binnen zes weken", user=ANNA, reply_to=out[-1].message_id
    )
    assert texts(out)[0].startswith("✅ Opgeslagen.\n\n✏️ De stellingen van de thermometer")
    assert "6. De gemeente reageert binnen zes weken" in texts(out)[0]
    assert "standaardstellingen" not in texts(out)[0]
    out = await bot.press("➕ Stelling", user=ANNA)
    out = await bot.say("We kennen elkaars planning", user=ANNA, reply_to=out[-1].message_id)
    assert "7. We kennen elkaars planning" in texts(out)[0]
    assert "➕ Stelling" not in [label for row in out[0].buttons for label, _ in row]
    out = await bot.press("✏️ Open vraag", user=ANNA)
    out = await bot.say("Wat moet anders?", user=ANNA, reply_to=out[-1].message_id)
    assert "Open vraag: Wat moet anders?" in texts(out)[0]

    # the round opens with the group's words; a change meanwhile does not touch it
    status = await bot.say("/thermometer", user=ANNA)
    assert "7 stellingen" in (status[0].text or "")
    await bot.press("▶️ Thermometer starten", user=ANNA, message_id=status[0].message_id)
    out = await bot.say("/thermometer stellingen", user=ANNA)
    out = await bot.press("🗑 2", user=ANNA, message_id=out[0].message_id)
    assert "2. Afspraken worden nagekomen" in texts(out)[0]
    first = bot.fake.last(CARLA.id)
    assert first is not None
    assert "Stelling 1 van 7" in (first.text or "")
    for score in (4, 4, 4, 4, 4, 4):
        await bot.press(str(score), user=CARLA, chat=private(CARLA))
    out = await bot.press("4", user=CARLA, chat=private(CARLA))
    assert "Nog één open vraag: Wat moet anders?" in texts(out)[0]
    # five statements at least: no remove buttons then
    out = await bot.say("/thermometer stellingen", user=ANNA)
    out = await bot.press("🗑 1", user=ANNA, message_id=out[0].message_id)
    assert "🗑 1" not in [label for row in out[0].buttons for label, _ in row]
    out = await bot.press("↩️ Standaard", user=ANNA, message_id=out[0].message_id)
    assert "Dit zijn de standaardstellingen." in texts(out)[0]
    assert await bot.sql("SELECT statements FROM thermometers") == [
        (
            '["We worden op tijd geïnformeerd", "Onze adviezen krijgen een ontvangstbevestiging'
            ' en een reactie", "Afspraken worden nagekomen", "We weten wie ons vaste'
            ' aanspreekpunt is", "We delen vragen vóór er een plan ligt", "De gemeente reageert'
            ' binnen zes weken", "We kennen elkaars planning"]',
        )
    ]


async def test_the_yearly_round_opens_before_a_thermometergesprek_and_goes_on_its_agenda(
    bot: Harness,
) -> None:
    await group(bot)
    await bot.say("/overleg thermometergesprek do 14 jan 15:00 Stadsdeelkantoor")
    opens = await bot.sql("SELECT fire_at FROM due WHERE kind = 'thermometer.open'")
    assert opens == [("2026-12-24T14:00:00+00:00",)]  # three weeks before
    out = await until(bot, datetime(2026, 12, 24, 14, 1, tzinfo=UTC))
    started = next(text for text in out if "is gestart" in text)
    assert "Invullen kan tot zondag 3 januari 2027 om 09:00." in started
    assert await bot.sql("SELECT meeting_id FROM thermometers") == [(1,)]
    await answer(bot, ANNA)
    # a second thermometergesprek that year opens no second round by itself
    await bot.say("/overleg thermometergesprek do 11 feb 15:00 Stadsdeelkantoor")
    out = await until(bot, datetime(2027, 1, 3, 8, 1, tzinfo=UTC))
    assert any(text.startswith("🌡️ Uitslag thermometer") for text in out)
    document = bot.fake.files(DUINDORP.id)[-1]
    assert document.name == "thermometer-2027-01-03.html"
    agenda = texts(await bot.say("/agenda"))[0]
    assert "1. Uitkomst thermometer (3 januari 2027)" in agenda
    sent = [m for m in bot.fake.sent(DUINDORP.id) if m.file is not None][-1]
    assert f"https://t.me/c/1500500500/{sent.message_id}" in str(
        bot.fake.last(DUINDORP.id).message  # type: ignore[union-attr]
    )
    await until(bot, datetime(2027, 1, 22, 14, 1, tzinfo=UTC))
    assert await bot.sql("SELECT count(*) FROM thermometers") == [(1,)]
