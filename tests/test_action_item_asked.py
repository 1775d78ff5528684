"""/actie 1 flyers ophalen: a number first without a colon is asked about when it is an agenda
item of the meeting (item 1, or "1" in the text?), as /besluit asks; "/actie 1: ..." and
"punt 1 ..." are item 1, a number that is no item stays text. The answer rides along to the
owner question. Through the real Application, as typed."""

from __future__ import annotations

from datetime import UTC, datetime

from fakegram import ANNA, BRAM, CARLA, DUINDORP, FakeUser
from tests.support.harness import Harness
from tests.support.steps import alert, text

IN_PROGRESS = datetime(2026, 12, 8, 18, 45, tzinfo=UTC)  # Tuesday 8 December, 19:45
DIRK = FakeUser(504, "Dirk")


async def in_meeting(bot: Harness, *, lang: str = "nl") -> None:
    """A meeting going on with two items; Anna and Bram are on the board, Carla and Dirk not."""
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    for who in (CARLA, DIRK):
        await bot.say("/help", user=who)
    if lang == "en":
        await bot.say("/instellingen taal en")
    await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog")
    await bot.say("/agenda Flyers voor de buurtschouw", user=CARLA)
    await bot.say("/agenda Bankjes in het park", user=CARLA)
    await bot.advance(IN_PROGRESS - bot.clock.now())


async def actions(bot: Harness) -> list[tuple[object, ...]]:
    """(text, item, created by, owner's user id, owner's name) per owner."""
    return await bot.sql(
        "SELECT a.text, i.text, a.created_by, o.user_id, o.name FROM actions a"
        " JOIN action_owners o ON o.action_id = a.id"
        " LEFT JOIN action_items l ON l.action_id = a.id"
        " LEFT JOIN agenda_items i ON i.id = l.item_id ORDER BY a.id, o.position"
    )


async def test_a_bare_item_number_is_asked_and_nothing_is_stored_before(bot: Harness) -> None:
    await in_meeting(bot)
    out = await bot.say("/actie 1 flyers ophalen bij de drukker", user=CARLA)
    assert text(out) == (
        "Hoort deze actie bij agendapunt 1 ‘Flyers voor de buurtschouw’? Zonder agendapunt"
        " blijft de tekst zoals je hem typte: “1 flyers ophalen bij de drukker”"
    )
    assert [label for row in out[0].buttons for label, _ in row] == [
        "Bij punt 1 (Flyers voor de buurtschouw)",
        "Zonder agendapunt",
    ]
    assert await actions(bot) == []
    out = await bot.press("Bij punt 1 (Flyers voor de buurtschouw)", user=CARLA)
    assert out[0].text == "Bij agendapunt 1."
    assert text(out[1:]).startswith("✅ Actie 1: flyers ophalen bij de drukker. Carla")
    assert "Agendapunt 1: Flyers voor de buurtschouw" in text(out[1:])
    assert await actions(bot) == [
        ("flyers ophalen bij de drukker", "Flyers voor de buurtschouw", CARLA.id, CARLA.id, "")
    ]


async def test_the_press_stores_what_the_colon_or_the_plain_text_would(bot: Harness) -> None:
    await in_meeting(bot)
    typed = await bot.say("/actie 2: bankjes bestellen uiterlijk vrijdag", user=CARLA)
    await bot.say("/actie 2 bankjes bestellen uiterlijk vrijdag", user=CARLA)
    pressed = await bot.press("Bij punt 2 (Bankjes in het park)", user=CARLA)
    assert text(pressed[1:]).replace("Actie 2", "Actie 1") == text(typed)
    await bot.say("/actie 2 bankjes extra bij de speeltuin", user=CARLA)
    out = await bot.press("Zonder agendapunt", user=CARLA)
    assert out[0].text == "Zonder agendapunt."
    assert text(out[1:]).startswith("✅ Actie 3: 2 bankjes extra bij de speeltuin. Carla")
    rows = await bot.sql(
        "SELECT a.text, a.due_date, i.text FROM actions a LEFT JOIN action_items l"
        " ON l.action_id = a.id LEFT JOIN agenda_items i ON i.id = l.item_id"
        " ORDER BY a.id"
    )
    assert rows == [
        ("bankjes bestellen", "2026-12-11", "Bankjes in het park"),
        ("bankjes bestellen", "2026-12-11", "Bankjes in het park"),
        ("2 bankjes extra bij de speeltuin", None, None),
    ]


async def test_a_number_that_is_no_item_is_text_and_punt_is_the_item(bot: Harness) -> None:
    await in_meeting(bot)
    out = await bot.say("/actie 40 tegels bestellen", user=CARLA)
    assert text(out).startswith("✅ Actie 1: 40 tegels bestellen. Carla")
    out = await bot.say("/actie punt 1 flyers ophalen", user=CARLA)
    assert text(out).startswith("✅ Actie 2: flyers ophalen. Carla")
    assert [(a, i) for a, i, *_ in await actions(bot)] == [
        ("40 tegels bestellen", None),
        ("flyers ophalen", "Flyers voor de buurtschouw"),
    ]


async def test_without_a_meeting_a_number_is_text(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/actie 1 flyers ophalen")
    assert text(out).startswith("✅ Actie 1: 1 flyers ophalen. Anna")


async def test_who_may_answer_and_only_once(bot: Harness) -> None:
    """The writer or the board answers, in the writer's name; another member is refused; a
    forged choice, a second press and a press under a message that asked nothing change
    nothing."""
    await in_meeting(bot)
    asked = await bot.say("/actie 1 flyers ophalen", user=CARLA)
    await bot.press("Zonder agendapunt", user=DIRK)
    assert alert(bot) == "Deze vraag was voor Carla."
    await bot.process(bot.fake.callback(DUINDORP, CARLA, "act:i:7", asked[0].message_id))
    assert alert(bot) == "Deze knop hoort bij iets dat niet meer bestaat."
    assert await actions(bot) == []
    out = await bot.press("Bij punt 1 (Flyers voor de buurtschouw)", user=BRAM)
    assert text(out[1:]).startswith("✅ Actie 1: flyers ophalen. Carla")
    stored = [("flyers ophalen", "Flyers voor de buurtschouw", CARLA.id, CARLA.id, "")]
    assert await actions(bot) == stored
    await bot.process(bot.fake.callback(DUINDORP, CARLA, "act:i:0", asked[0].message_id))
    assert alert(bot).startswith("Die vraag is al beantwoord.")
    other = await bot.say("/actie flyers rondbrengen", user=CARLA)
    await bot.process(bot.fake.callback(DUINDORP, CARLA, "act:i:1", other[0].message_id))
    assert alert(bot) == "Deze knop hoort bij iets dat niet meer bestaat."
    assert [a for a, *_ in await actions(bot)] == ["flyers ophalen", "flyers rondbrengen"]


async def test_the_item_question_then_the_owner_question(bot: Harness) -> None:
    """The item is asked first; its answer is kept while "Is Piet de eigenaar?" is asked (of
    the writer, also when another board member settled the item; a member is not asked: only
    their own action is theirs to log)."""
    await in_meeting(bot)
    await bot.say("/actie 1 Piet belt de drukker over de flyers", user=BRAM)
    out = await bot.press("Bij punt 1 (Flyers voor de buurtschouw)", user=ANNA)
    assert out[0].text == "Bij agendapunt 1."
    assert out[1].text == "🤔 Piet ken ik niet in deze groep. Is Piet de eigenaar?"
    assert [label for row in out[1].buttons for label, _ in row] == ["👤 Piet", "🙋 Ik (Bram)"]
    assert await actions(bot) == []
    await bot.press("👤 Piet", user=ANNA)
    assert alert(bot) == "Deze vraag was voor Bram."
    out = await bot.press("🙋 Ik (Bram)", user=BRAM)
    assert text(out[1:]).startswith("✅ Actie 1: Piet belt de drukker over de flyers. Bram")
    assert await actions(bot) == [
        (
            "Piet belt de drukker over de flyers",
            "Flyers voor de buurtschouw",
            BRAM.id,
            BRAM.id,
            "",
        )
    ]


async def test_a_vague_date_is_asked_first_then_the_item(bot: Harness) -> None:
    await in_meeting(bot)
    out = await bot.say("/actie 2 bankjes bestellen morgen om 3 uur", user=CARLA)
    assert [label for row in out[0].buttons for label, _ in row][0].startswith("03:00")
    out = await bot.press(out[0].buttons[1][0][0], user=CARLA)
    assert "Hoort deze actie bij agendapunt 2 ‘Bankjes in het park’?" in text(out)
    out = await bot.press("Zonder agendapunt", user=CARLA)
    assert text(out[1:]).startswith("✅ Actie 1: 2 bankjes bestellen. Carla, uiterlijk")
    assert await bot.sql("SELECT text, due_date, due_time FROM actions") == [
        ("2 bankjes bestellen", "2026-12-09", "15:00")
    ]


async def test_the_choice_typed_as_a_reply(bot: Harness) -> None:
    await in_meeting(bot)
    asked = await bot.say("/actie 1 flyers ophalen", user=CARLA)
    out = await bot.say("misschien", user=CARLA, reply_to=asked[0].message_id)
    assert "gebruik de knoppen" in text(out)
    assert await actions(bot) == []
    await bot.say("ja", user=CARLA, reply_to=asked[0].message_id)
    assert [(a, i) for a, i, *_ in await actions(bot)] == [
        ("flyers ophalen", "Flyers voor de buurtschouw")
    ]


async def test_in_english(bot: Harness) -> None:
    await in_meeting(bot, lang="en")
    out = await bot.say("/action 1 collect the flyers", user=CARLA)
    assert text(out).startswith(
        "Does this action go with agenda item 1 ‘Flyers voor de buurtschouw’?"
    )
    out = await bot.press("Without an agenda item", user=CARLA)
    assert out[0].text == "Without an agenda item."
    assert [(a, i) for a, i, *_ in await actions(bot)] == [("1 collect the flyers", None)]
