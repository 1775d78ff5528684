"""/bestuur and /gemeente through the real Application."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fakegram import ANNA, BRAM, CARLA, DUINDORP
from fakegram.model import FakeChat, FakeUser
from tests.support.harness import Harness
from tests.support.steps import alert


async def _setup(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.process(bot.fake.bot_added(DUINDORP, ANNA))


async def test_admins_are_board_automatically(bot: Harness) -> None:
    await _setup(bot)
    out = await bot.say("/bestuur", user=BRAM)
    text = out[0].text or ""
    assert "Anna de Vries" in text
    assert "Bram" not in text
    assert [label for row in out[0].buttons for label, _ in row] == ["➕ Toevoegen"]


async def test_add_board_member_by_reply(bot: Harness) -> None:
    await _setup(bot)
    bram_says = bot.fake.message(DUINDORP, BRAM, "Ik wil wel helpen")
    out = await bot.say("/bestuur toevoegen", reply_to=bram_says)
    assert out[0].text == "✅ Bram hoort nu bij het bestuur."
    out = await bot.say("/bestuur add", reply_to=bram_says)
    assert out[0].text == "Bram hoorde al bij het bestuur."
    out = await bot.say("/bestuur")
    assert "Bram" in (out[0].text or "")


async def test_only_admins_may_add_or_remove(bot: Harness) -> None:
    await _setup(bot)
    out = await bot.say("/bestuur toevoegen @anna_bo", user=BRAM)
    assert out[0].text == "Alleen beheerders van de groep kunnen dit doen."
    assert await bot.sql("SELECT count(*) FROM roles") == [(0,)]


async def test_add_by_username_of_seen_member_and_unknown_username(bot: Harness) -> None:
    await _setup(bot)
    out = await bot.say("/gemeente toevoegen @carla_gemeente")
    assert "ken @carla_gemeente nog niet" in (out[0].text or "")
    await bot.say("/help", user=CARLA)
    out = await bot.say("/gemeente toevoegen @carla_gemeente")
    assert out[0].text == "✅ Carla is nu contactpersoon van de gemeente."
    out = await bot.say("/gemeente")
    assert "Carla" in (out[0].text or "")


async def test_step_by_step_add_then_remove_with_button(bot: Harness) -> None:
    await _setup(bot)
    await bot.say("/help", user=BRAM)
    bot.fake.add_user(BRAM)
    await bot.sql("UPDATE users SET username = 'bram_w' WHERE id = ?", BRAM.id)
    out = await bot.say("/bestuur toevoegen")
    question = out[0]
    assert "Antwoord op dit bericht" in (question.text or "")
    markup = bot.fake.calls_to("sendMessage")[-1].params["reply_markup"]
    assert markup["force_reply"] is True
    out = await bot.say("@bram_w", reply_to=question.message_id)
    assert out[0].text == "✅ Bram hoort nu bij het bestuur."
    listing = (await bot.say("/bestuur"))[0]
    out = await bot.press("✖️ Bram", message_id=listing.message_id)
    assert out[0].kind == "edited"
    assert "Nog niemand toegevoegd" in (out[0].text or "")
    assert await bot.sql("SELECT count(*) FROM roles") == [(0,)]


async def test_forged_button_from_non_admin_changes_nothing(bot: Harness) -> None:
    await _setup(bot)
    bram_says = bot.fake.message(DUINDORP, BRAM, "hallo")
    await bot.say("/bestuur toevoegen", reply_to=bram_says)
    listing = (await bot.say("/bestuur"))[0]
    await bot.process(
        bot.fake.callback(DUINDORP, BRAM, f"role:rm:board:{BRAM.id}", listing.message_id)
    )
    answer = bot.fake.calls_to("answerCallbackQuery")[-1].params
    assert "Alleen beheerders" in answer["text"]
    assert await bot.sql("SELECT count(*) FROM roles") == [(1,)]


async def test_remove_admin_explains_admins_stay_board(bot: Harness) -> None:
    await _setup(bot)
    out = await bot.say("/bestuur weg @anna_bo")
    assert "beheerder van de groep" in (out[0].text or "")


async def test_admin_list_cached_for_at_most_ten_minutes(bot: Harness) -> None:
    await _setup(bot)
    await bot.say("/bestuur")
    await bot.say("/bestuur")
    assert len(bot.fake.calls_to("getChatAdministrators")) == 1
    bot.clock.advance(timedelta(minutes=11))
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    out = await bot.say("/bestuur")
    assert len(bot.fake.calls_to("getChatAdministrators")) == 2
    assert "Bram" in (out[0].text or "")


async def test_roles_are_per_group(bot: Harness) -> None:
    from fakegram import KRAAYENSTEIN

    await _setup(bot)
    bot.fake.set_admins(KRAAYENSTEIN.id, [], creator=ANNA)
    bram_says = bot.fake.message(DUINDORP, BRAM, "hallo")
    await bot.say("/bestuur toevoegen", reply_to=bram_says)
    out = await bot.say("/bestuur", chat=KRAAYENSTEIN)
    assert "Bram" not in (out[0].text or "")


async def test_prompt_answer_may_be_a_plain_name_of_someone_seen(bot: Harness) -> None:
    await _setup(bot)
    await bot.say("/help", user=BRAM)
    question = (await bot.say("/bestuur toevoegen"))[0]
    out = await bot.say("bram", reply_to=question.message_id)
    assert out[0].text == "✅ Bram hoort nu bij het bestuur."


async def test_someone_who_left_loses_their_role_and_the_groups_records(bot: Harness) -> None:
    """A gemeente contact who leaves no longer sees the group in /overzicht, its buttons
    there stop, and the group is told the role ended; a plain member leaving is not news."""
    private = FakeChat.private(CARLA)
    await _setup(bot)
    await bot.say("/help", user=CARLA)
    await bot.say("/help", user=BRAM)
    await bot.say("/gemeente toevoegen @carla_gemeente")
    await bot.say("/advies Bankjes verzonden 23 november aan stadsdeel gevraagd")
    await bot.say("/overzicht", user=CARLA, chat=private)
    stale = bot.fake.last(private.id)
    assert stale is not None
    assert stale.buttons

    assert await bot.process(_left(bot, BRAM)) == []
    out = await bot.process(_left(bot, CARLA))
    assert [c.text for c in out] == [
        "Carla heeft de groep verlaten en is geen contactpersoon van de gemeente meer."
    ]
    assert "Carla" not in ((await bot.say("/gemeente"))[0].text or "")
    out = await bot.say("/overzicht", user=CARLA, chat=private)
    assert out[0].text == (
        "Je bent in geen groep gemeentecontact. Een beheerder van een groep zet je erbij"
        " met /gemeente toevoegen."
    )
    await bot.press(
        "✅ Ontvangst 1 · Bewonersorganisatie Duindorp", CARLA, private, stale.message_id
    )
    assert alert(bot) == "Deze knop hoort bij iets dat niet meer bestaat."
    assert await bot.sql("SELECT state FROM advices") == [("verzonden",)]


def _left(bot: Harness, who: FakeUser) -> dict[str, Any]:
    """The service message Telegram sends when someone leaves the group."""
    message = bot.fake._user_message(DUINDORP, who, left_chat_member=who.to_dict())
    return bot.fake._new_update(message=message)


async def test_a_group_that_takes_the_bot_back_hears_it_is_back_not_the_first_steps(
    bot: Harness,
) -> None:
    out = await bot.process(bot.fake.bot_added(DUINDORP, ANNA))
    assert [c.text for c in out if c.kind == "new"][0].startswith("👋 Hallo Bewonersorganisatie")
    assert "Zo beginnen jullie" in (out[0].text or "")
    await bot.say("/actie flyers rondbrengen")
    await bot.process(bot.fake.bot_removed(DUINDORP, ANNA))
    out = await bot.process(bot.fake.bot_added(DUINDORP, ANNA))
    said = [c.text or "" for c in out if c.kind == "new"]
    assert said == [
        "👋 Hallo Bewonersorganisatie Duindorp, Wijkbot is er weer! Alles van eerder staat er nog:"
        " /agenda, /acties, /herinneringen. Wat ik had moeten sturen terwijl ik weg was, is niet"
        " verstuurd: kijk even of er iets blijft liggen."
    ]
    assert "flyers rondbrengen" in (await bot.say("/acties"))[0].text
