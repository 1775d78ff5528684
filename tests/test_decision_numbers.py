"""/besluit 1 akkoord: a number first without a colon is asked about when it is an agenda item
of the meeting (item 1, or "1" in the text?); "punt 1 akkoord" is item 1. Through the real
Application, as typed."""

from __future__ import annotations

from datetime import UTC, datetime

from fakegram import ANNA, BRAM, CARLA, DUINDORP
from tests.support.harness import Harness
from tests.support.steps import alert, text

IN_PROGRESS = datetime(2026, 12, 8, 18, 45, tzinfo=UTC)  # Tuesday 8 December, 19:45


async def in_meeting(bot: Harness, *, lang: str = "nl") -> None:
    """A meeting going on with two items; Anna and Bram are on the board, Carla is not."""
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    await bot.say("/help", user=CARLA)
    if lang == "en":
        await bot.say("/instellingen taal en")
    await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog")
    await bot.say("/agenda Begroting 2027", user=CARLA)
    await bot.say("/agenda Bankjes in het park", user=CARLA)
    await bot.advance(IN_PROGRESS - bot.clock.now())


async def decisions(bot: Harness) -> list[tuple[str, str | None, int]]:
    rows = await bot.sql(
        "SELECT d.text, a.text, d.created_by FROM decisions d LEFT JOIN agenda_items a"
        " ON a.id = d.agenda_item_id ORDER BY d.id"
    )
    return [(str(a), b, int(c)) for a, b, c in rows]


async def test_a_bare_item_number_is_asked_and_nothing_is_stored_before(bot: Harness) -> None:
    await in_meeting(bot)
    out = await bot.say("/besluit 1 akkoord met de begroting")
    assert text(out) == (
        "Hoort dit besluit bij agendapunt 1 ‘Begroting 2027’? Zonder agendapunt blijft de"
        " tekst zoals je hem typte: “1 akkoord met de begroting”"
    )
    assert [label for row in out[0].buttons for label, _ in row] == [
        "Bij punt 1 (Begroting 2027)",
        "Zonder agendapunt",
    ]
    assert await decisions(bot) == []
    out = await bot.press("Bij punt 1 (Begroting 2027)")
    assert out[0].text == "Bij agendapunt 1."
    assert out[1].text is not None
    assert out[1].text.startswith(
        "📌 Besluit 1 bij punt 1 ‘Begroting 2027’: akkoord met de begroting"
    )
    assert await decisions(bot) == [("akkoord met de begroting", "Begroting 2027", ANNA.id)]
    assert await bot.sql("SELECT state FROM agenda_items WHERE text = 'Begroting 2027'") == [
        ("discussed",)
    ]


async def test_without_an_item_the_text_stays_as_typed(bot: Harness) -> None:
    await in_meeting(bot)
    await bot.say("/besluit 2 bankjes extra bij de speeltuin")
    out = await bot.press("Zonder agendapunt")
    assert out[0].text == "Zonder agendapunt."
    assert (out[1].text or "").startswith("📌 Besluit 1: 2 bankjes extra bij de speeltuin")
    assert await decisions(bot) == [("2 bankjes extra bij de speeltuin", None, ANNA.id)]


async def test_a_number_that_is_no_item_is_text_as_before(bot: Harness) -> None:
    await in_meeting(bot)
    out = await bot.say("/besluit 40 nieuwe tegels voor het plein")
    assert text(out).startswith("📌 Besluit 1: 40 nieuwe tegels voor het plein")
    assert await decisions(bot) == [("40 nieuwe tegels voor het plein", None, ANNA.id)]


async def test_punt_and_agendapunt_name_the_item(bot: Harness) -> None:
    await in_meeting(bot)
    out = await bot.say("/besluit punt 1 akkoord")
    assert text(out).startswith("📌 Besluit 1 bij punt 1 ‘Begroting 2027’: akkoord")
    out = await bot.say("/besluit agendapunt 2: twee bankjes erbij")
    assert text(out).startswith("📌 Besluit 2 bij punt 2 ‘Bankjes in het park’: twee bankjes")
    assert [item for _t, item, _b in await decisions(bot)] == [
        "Begroting 2027",
        "Bankjes in het park",
    ]


async def test_who_may_answer_and_only_once(bot: Harness) -> None:
    """The writer or another board member answers; a member is refused; a second press and a
    forged choice change nothing. The decision is the writer's (hers to take back)."""
    await in_meeting(bot)
    asked = await bot.say("/besluit 1 akkoord met de begroting")
    await bot.press("Zonder agendapunt", user=CARLA)
    assert alert(bot) == "Deze vraag was voor Anna."
    forged = bot.fake.callback(DUINDORP, ANNA, "bsl:n:7", asked[0].message_id)
    await bot.process(forged)
    assert alert(bot) == "Deze knop hoort bij iets dat niet meer bestaat."
    assert await decisions(bot) == []
    await bot.press("Bij punt 1 (Begroting 2027)", user=BRAM)
    assert await decisions(bot) == [("akkoord met de begroting", "Begroting 2027", ANNA.id)]
    again = bot.fake.callback(DUINDORP, ANNA, "bsl:n:0", asked[0].message_id)
    await bot.process(again)
    assert await decisions(bot) == [("akkoord met de begroting", "Begroting 2027", ANNA.id)]


async def test_a_press_on_a_message_that_asked_nothing_is_stale(bot: Harness) -> None:
    await in_meeting(bot)
    out = await bot.say("/besluit we gaan door")
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "bsl:n:1", out[0].message_id))
    assert alert(bot) == "Deze knop hoort bij iets dat niet meer bestaat."
    assert await decisions(bot) == [("we gaan door", None, ANNA.id)]


async def test_the_choice_typed_as_a_reply(bot: Harness) -> None:
    await in_meeting(bot)
    asked = await bot.say("/besluit 1 akkoord met de begroting")
    out = await bot.say("misschien", reply_to=asked[0].message_id)
    assert "gebruik de knoppen" in text(out)
    await bot.say("nee", reply_to=asked[0].message_id)
    assert await decisions(bot) == [("1 akkoord met de begroting", None, ANNA.id)]


async def test_in_english(bot: Harness) -> None:
    await in_meeting(bot, lang="en")
    out = await bot.say("/decision 1 budget approved")
    assert text(out).startswith("Does this decision go with agenda item 1 ‘Begroting 2027’?")
    out = await bot.press("With item 1 (Begroting 2027)")
    assert out[0].text == "With agenda item 1."
    assert await decisions(bot) == [("budget approved", "Begroting 2027", ANNA.id)]
