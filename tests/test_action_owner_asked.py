"""/actie Jan belt de gemeente: an unknown capitalised name first, before a verb in the -t form,
may be the owner or just a capital, so the bot asks "Is Jan de eigenaar?" instead of giving
the action to the writer. Through the real Application, as typed."""

from __future__ import annotations

from fakegram import ANNA, BRAM, CARLA, DUINDORP
from tests.support.harness import Harness
from tests.support.steps import alert, text


async def group(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    for who in (ANNA, BRAM, CARLA):
        await bot.say("/help", user=who)


async def actions(bot: Harness) -> list[tuple[object, ...]]:
    return await bot.sql(
        "SELECT a.text, o.user_id, o.name FROM actions a JOIN action_owners o"
        " ON o.action_id = a.id ORDER BY a.id, o.position"
    )


async def test_an_unknown_name_first_is_asked_and_nothing_stored_before(bot: Harness) -> None:
    await group(bot)
    out = await bot.say("/actie Jan belt de gemeente over de bankjes uiterlijk vrijdag")
    assert text(out) == "🤔 Jan ken ik niet in deze groep. Is Jan de eigenaar?"
    assert [label for row in out[0].buttons for label, _ in row] == ["👤 Jan", "🙋 Ik (Anna)"]
    assert await actions(bot) == []
    out = await bot.press("👤 Jan")
    assert out[0].text == "✍️ Jan: Jan als naam, zonder Telegram"
    assert out[1].text == (
        "✅ Actie 1: Jan belt de gemeente over de bankjes. Jan, uiterlijk vrijdag 27 november"
    )
    assert await actions(bot) == [("Jan belt de gemeente over de bankjes", None, "Jan")]


async def test_me_keeps_the_sentence_and_makes_the_writer_the_owner(bot: Harness) -> None:
    await group(bot)
    await bot.say("/actie Jan belt de gemeente over de bankjes")
    out = await bot.press("🙋 Ik (Anna)")
    assert out[0].text == "🙋 Anna doet het (Jan is niet de eigenaar)"
    assert out[1].text == "✅ Actie 1: Jan belt de gemeente over de bankjes. Anna"
    assert await actions(bot) == [("Jan belt de gemeente over de bankjes", ANNA.id, "")]


async def test_words_that_are_no_names_and_known_names_are_not_asked(bot: Harness) -> None:
    await group(bot)
    out = await bot.say("/actie Subsidie moet voor 1 maart aangevraagd")
    assert (out[0].text or "").startswith("✅ Actie 1: Subsidie moet aangevraagd. Anna")
    out = await bot.say("/actie Bram belt de wijkagent")
    assert out[0].text == "✅ Actie 2: Bram belt de wijkagent. Bram"
    out = await bot.say("/actie Gemeente repareert de lantaarnpaal")
    assert (out[0].text or "").startswith("✅ Actie 3: Gemeente repareert de lantaarnpaal.")
    out = await bot.say("/actie Jan bellen over de bankjes")  # an infinitive: what it is about
    assert out[0].text == "✅ Actie 4: Jan bellen over de bankjes. Anna"
    out = await bot.say("/actie Jan belt de wijkagent door Carla")  # an owner named: no question
    assert out[0].text == "✅ Actie 5: Jan belt de wijkagent. Carla"


async def test_only_the_writer_answers_once_and_forged_picks_are_stale(bot: Harness) -> None:
    await group(bot)
    asked = await bot.say("/actie Jan belt de gemeente over de bankjes")
    await bot.press("👤 Jan", user=BRAM)
    assert alert(bot) == "Deze vraag was voor Anna."
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "act:who:9", asked[0].message_id))
    assert alert(bot) == "Deze knop hoort bij iets dat niet meer bestaat."
    assert await actions(bot) == []
    await bot.press("🙋 Ik (Anna)")
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "act:who:-1", asked[0].message_id))
    assert await actions(bot) == [("Jan belt de gemeente over de bankjes", ANNA.id, "")]


async def test_me_typed_as_a_reply(bot: Harness) -> None:
    await group(bot)
    asked = await bot.say("/actie Jan belt de gemeente over de bankjes")
    await bot.say("ik", reply_to=asked[0].message_id)
    assert await actions(bot) == [("Jan belt de gemeente over de bankjes", ANNA.id, "")]


async def test_in_english(bot: Harness) -> None:
    await group(bot)
    await bot.say("/instellingen taal en")
    out = await bot.say("/action Jan belt de gemeente over de bankjes")
    assert text(out) == "🤔 I do not know Jan in this group. Is Jan the owner?"
    out = await bot.press("🙋 Me (Anna)")
    assert out[0].text == "🙋 Anna does it (Jan is not the owner)"
    assert await actions(bot) == [("Jan belt de gemeente over de bankjes", ANNA.id, "")]


async def test_a_member_is_not_asked_and_the_action_is_theirs(bot: Harness) -> None:
    """A member may only log their own action: "Is Jan de eigenaar?" with 👤 Jan would only be
    refused after the press, and the question gone with it."""
    await group(bot)
    out = await bot.say("/actie Jan belt de gemeente over de bankjes", user=CARLA)
    assert text(out) == "✅ Actie 1: Jan belt de gemeente over de bankjes. Carla"
    assert await actions(bot) == [("Jan belt de gemeente over de bankjes", CARLA.id, "")]


async def test_a_party_called_is_no_owner_when_an_unknown_name_acts(bot: Harness) -> None:
    """ "Jan belt de gemeente": Jan is asked about and the gemeente stays in the text; it read
    "Jan belt. Gemeente" before. "door de gemeente" still names the owner."""
    await group(bot)
    out = await bot.say("/actie Jan belt de gemeente")
    assert text(out) == "🤔 Jan ken ik niet in deze groep. Is Jan de eigenaar?"
    out = await bot.press("👤 Jan")
    assert out[1].text == "✅ Actie 1: Jan belt de gemeente. Jan"
    out = await bot.say("/actie Jan mailt de wijkagent", user=CARLA)
    assert out[0].text == "✅ Actie 2: Jan mailt de wijkagent. Carla"
    out = await bot.say("/actie Piet stuurt de brief door de gemeente")
    assert (out[0].text or "").startswith("✅ Actie 3: Piet stuurt de brief.")
    assert await actions(bot) == [
        ("Jan belt de gemeente", None, "Jan"),
        ("Jan mailt de wijkagent", CARLA.id, ""),
        ("Piet stuurt de brief", None, "gemeente"),
    ]
