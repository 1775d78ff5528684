"""Every message to the bot gets an answer (issue 17, point 2): commands sent alone ask step by
step and take the reply; a reply in the wrong form, a mistyped command or a reply to a message
that asked nothing gets one short line saying what to do. Exact inputs of the issue."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from fakegram import ANNA, BRAM, CARLA, DUINDORP, FakeChat
from tests.support.harness import Harness
from tests.support.steps import REGISTER, setup_group, texts


def last_id(bot: Harness) -> int:
    last = bot.fake.last(DUINDORP.id)
    assert last is not None
    return last.message_id


async def test_besluit_alone_asks_and_the_reply_is_logged(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/besluit")
    assert texts(out)[0].startswith("Wat is het besluit? Antwoord op dit bericht")
    out = await bot.say("we doen mee aan NLdoet", reply_to=last_id(bot))
    assert texts(out) == ["📌 Besluit 1: we doen mee aan NLdoet"]
    assert await bot.sql("SELECT number, text FROM decisions") == [(1, "we doen mee aan NLdoet")]


async def test_besluit_with_an_item_number_alone_asks_for_that_item(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    await bot.say("/help", user=BRAM)
    await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog")
    await bot.say("/agenda Parkeeroverlast Duinstraat", user=BRAM)
    await bot.say("/agenda Buurtfeest in juni", user=BRAM)
    await bot.advance(datetime(2026, 12, 8, 18, 45, tzinfo=UTC) - bot.clock.now())
    out = await bot.say("/besluit 2:")
    assert texts(out) == [
        "Wat is het besluit bij agendapunt 2? Antwoord op dit bericht, bijvoorbeeld:"
        " we vragen subsidie aan voor het buurtfeest"
    ]
    asked = last_id(bot)
    out = await bot.say("we doen mee", reply_to=asked, user=BRAM)
    assert texts(out) == ["Deze vraag was voor Anna."]
    out = await bot.say("het buurtfeest is op 20 juni", reply_to=asked)
    assert texts(out) == [
        "📌 Besluit 1 bij punt 2 ‘Buurtfeest in juni’: het buurtfeest is op 20 juni\n"
        "Bij het overleg van dinsdag 8 december."
    ]
    out = await bot.say("nog een keer", reply_to=asked)
    assert texts(out)[0].startswith("Die vraag is al beantwoord.")
    assert await bot.sql("SELECT count(*) FROM decisions") == [(1,)]


async def test_a_mistyped_command_gets_what_was_probably_meant(bot: Harness) -> None:
    out = await bot.say("/agnda")
    assert texts(out) == ["Bedoel je /agenda?"]
    out = await bot.say("/actei")
    assert texts(out) == ["Bedoel je /actie?"]
    out = await bot.say("/overlg")
    assert texts(out) == ["Bedoel je /overleg?"]
    out = await bot.say("/actis")
    assert texts(out) == ["Bedoel je /actie of /acties?"]
    out = await bot.say("/metting")  # the English alias it was nearest to
    assert texts(out) == ["Bedoel je /meeting?"]
    # what was typed after it comes back whole, to copy: the guess is shown, never run
    out = await bot.say("/agnda Parkeeroverlast Duinstraat")
    assert texts(out) == [
        "Bedoel je /agenda? Tik op de regel hieronder om hem te kopiëren:\n"
        "/agenda Parkeeroverlast Duinstraat"
    ]
    assert await bot.sql("SELECT count(*) FROM agenda_items") == [(0,)]
    out = await bot.say("/agnda@WijkBot")
    assert texts(out) == ["Bedoel je /agenda?"]


async def test_an_unknown_command_is_answered_unless_it_was_for_another_bot(bot: Harness) -> None:
    out = await bot.say("/weerbericht")
    assert texts(out) == ["/weerbericht ken ik niet. /help laat zien wat ik kan."]
    assert await bot.say("/agnda@OtherBot") == []
    assert await bot.say("/weerbericht@OtherBot") == []


async def test_replies_to_messages_that_asked_nothing_are_answered(bot: Harness) -> None:
    await bot.say("/herinneringen")
    out = await bot.say("ok, dank je", reply_to=last_id(bot))
    assert texts(out) == [
        "Op dat bericht wacht ik geen antwoord. Stuur een opdracht, zoals /agenda met je punt;"
        " /help laat zien wat ik kan."
    ]


async def test_text_where_buttons_were_expected_points_to_the_buttons(bot: Harness) -> None:
    out = await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog")
    announcement = out[0].message_id
    assert out[0].buttons
    out = await bot.say("leuk!", reply_to=announcement, user=BRAM)
    assert texts(out) == [
        "Op dat bericht lees ik geen tekst: gebruik de knoppen eronder, of stuur een opdracht"
        " (/help)."
    ]


async def test_a_picture_as_an_answer_asks_for_text(bot: Harness) -> None:
    await bot.say("/actie")
    update = bot.fake.message(DUINDORP, ANNA, "x", reply_to=last_id(bot))
    del update["message"]["text"]
    update["message"]["voice"] = {"file_id": "v1", "file_unique_id": "u1", "duration": 3}
    out = await bot.process(update)
    assert texts(out) == ["Ik lees alleen tekst. Typ je antwoord als antwoord op mijn vraag."]
    assert await bot.sql("SELECT count(*) FROM actions") == [(0,)]


async def test_a_mention_is_answered_and_chatter_is_not(bot: Harness) -> None:
    """With privacy mode off the bot hears everything: it answers only what is addressed to
    it (a reply to it, a command, a mention)."""
    out = await bot.say("@WijkBot wat kun je?")
    assert texts(out) == [
        "Hallo! Ik werk met opdrachten, zoals /agenda of /actie. /help laat zien wat ik kan."
    ]
    question = bot.fake.message(DUINDORP, BRAM, "Wie neemt er koekjes mee morgen?")
    assert await bot.process(question) == []
    asked = question["message"]["message_id"]
    assert await bot.say("ik, @anna_bo", reply_to=asked) == []


async def _outcome_question(bot: Harness) -> int:
    """Advice 1 registered and acknowledged; Carla (gemeente) pressed "Reactie geven"."""
    await setup_group(bot)
    await bot.say(REGISTER)
    await bot.press("✅ Ontvangst bevestigen", user=CARLA)
    out = await bot.press("💬 Reactie geven", user=CARLA)
    assert texts(out) == ["Wat is de uitkomst van de reactie op advies 1?"]
    return out[0].message_id


async def test_the_gemeente_types_the_outcome_with_a_summary(bot: Harness) -> None:
    """The issue: she typed her answer to "Wat is de uitkomst?"; nothing was stored and the
    advice stayed "te laat" for two weeks. Now the outcome words are read."""
    asked = await _outcome_question(bot)
    out = await bot.say(
        "Deels overgenomen: de bomen blijven staan, de parkeerplaatsen komen er niet.",
        user=CARLA,
        reply_to=asked,
    )
    assert "Uitkomst van advies 1: deels overgenomen." in texts(out)  # the question, edited
    assert [c.buttons for c in out if c.message_id == asked] == [[]]
    assert "✅ Advies 1 is beantwoord (woensdag 25 november 2026): deels overgenomen." in texts(out)
    assert await bot.sql("SELECT state, outcome, summary FROM advices") == [
        (
            "beantwoord",
            "deels overgenomen",
            "de bomen blijven staan, de parkeerplaatsen komen er niet.",
        )
    ]


async def test_the_outcome_alone_asks_for_the_summary(bot: Harness) -> None:
    asked = await _outcome_question(bot)
    out = await bot.say("niet overgenomen", user=CARLA, reply_to=asked)
    question = [c for c in out if "Vat de reactie kort samen" in (c.text or "")]
    assert question
    out = await bot.say(
        "De gemeente kiest voor parkeren.", user=CARLA, reply_to=question[0].message_id
    )
    assert "✅ Advies 1 is beantwoord (woensdag 25 november 2026): niet overgenomen." in texts(out)


async def test_text_without_an_outcome_is_asked_again_and_changes_nothing(bot: Harness) -> None:
    asked = await _outcome_question(bot)
    out = await bot.say("de bomen blijven staan", user=CARLA, reply_to=asked)
    assert texts(out) == [
        "Welke uitkomst heeft advies 1? Tik op een knop, of typ bijvoorbeeld"
        " deels overgenomen: de bomen blijven staan."
    ]
    assert [label for [(label, _)] in out[0].buttons] == [
        "overgenomen",
        "deels overgenomen",
        "niet overgenomen",
        "aangehouden",
    ]
    out = await bot.say(
        "overgenomen of niet overgenomen, weet ik nog niet", user=CARLA, reply_to=asked
    )
    assert texts(out)[0].startswith("Welke uitkomst heeft advies 1?")
    assert await bot.sql("SELECT state FROM advices") == [("ontvangen",)]
    out = await bot.say("aangehouden", user=BRAM, reply_to=asked)  # a plain member
    assert texts(out) == ["Alleen contactpersonen van de gemeente kunnen dit doen."]
    assert await bot.sql("SELECT state FROM advices") == [("ontvangen",)]


async def test_an_english_group_types_the_outcome_in_english(bot: Harness) -> None:
    asked = await _outcome_question(bot)
    await bot.say("/instellingen taal en")
    out = await bot.say("partly adopted - the trees stay", user=CARLA, reply_to=asked)
    assert "✅ Advice 1 has been answered (Wednesday 25 November 2026): partly adopted." in texts(
        out
    )
    assert await bot.sql("SELECT outcome, summary FROM advices") == [
        ("deels overgenomen", "the trees stay")
    ]


async def test_actie_advies_peiling_alone_ask_and_take_the_reply(bot: Harness) -> None:
    """What /help says: a command without details asks for them; the reply completes it."""
    await setup_group(bot)
    out = await bot.say("/actie")
    assert texts(out)[0].startswith("Wat is de actie, wie doet het en uiterlijk wanneer?")
    out = await bot.say("bewonersbrief rondsturen uiterlijk vrijdag", reply_to=last_id(bot))
    assert texts(out)[0].startswith("✅ Actie 1: bewonersbrief rondsturen")
    out = await bot.say("/advies")
    assert texts(out)[0].startswith("Over welk advies gaat het?")
    out = await bot.say(
        "Herinrichting Duinplein verzonden 23 november aan stadsdeel Scheveningen",
        reply_to=last_id(bot),
    )
    assert texts(out)[0].startswith("✅ Vastgelegd als advies 1.")
    out = await bot.say("/peiling")
    assert texts(out)[0].startswith("Wat wil je het bestuur vragen?")
    out = await bot.say("Nieuwe partytent kopen?", reply_to=last_id(bot))
    assert await bot.sql("SELECT question FROM polls") == [("Nieuwe partytent kopen?",)]
    assert await bot.sql("SELECT count(*) FROM actions") == [(1,)]
    assert await bot.sql("SELECT subject FROM advices") == [("Herinrichting Duinplein",)]


async def test_a_private_chat_is_answered_whatever_is_said(bot: Harness) -> None:
    private = FakeChat.private(BRAM)
    await bot.process(bot.fake.private_start(BRAM))
    out = await bot.say("hallo, hoe werkt dit?", user=BRAM, chat=private)
    assert texts(out) == [
        "Hallo! Hier werk ik met opdrachten, zoals /herinner of /acties. /help laat zien wat ik"
        " kan."
    ]


@pytest.mark.parametrize(
    ("command", "answer"),
    [
        ("/besluit", "stop"),
        ("/actie", "Annuleren"),
        ("/advies", "laat maar"),
        ("/peiling", "stop"),
        ("/herinner", "annuleren!"),
        ("/overleg", "Stop"),
    ],
)
async def test_stop_under_a_question_stores_nothing_and_closes_it(
    bot: Harness, command: str, answer: str
) -> None:
    """ "stop" typed under a step-by-step question is no decision, action or advice "stop"."""
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say(command)
    question = last_id(bot)
    out = await bot.say(answer, reply_to=question)
    assert texts(out) == ["👍 Oké, gestopt. Ik heb niets vastgelegd of veranderd."]
    for table in ("decisions", "actions", "advices", "polls", "reminders", "meetings"):
        assert await bot.sql(f"SELECT count(*) FROM {table}") == [(0,)], table
    out = await bot.say("we doen mee aan NLdoet", reply_to=question)  # the question is closed
    assert texts(out) == [
        "Die vraag is al beantwoord. Stuur de opdracht opnieuw als je nog iets wilt veranderen."
    ]


async def test_stop_in_an_english_group_and_under_an_edit(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/besluit we doen mee aan NLdoet")
    await bot.press("✏️ Wijzigen")
    await bot.press("📝 Tekst")
    out = await bot.say("stop", reply_to=last_id(bot))
    assert texts(out) == ["👍 Oké, gestopt. Ik heb niets vastgelegd of veranderd."]
    assert await bot.sql("SELECT text FROM decisions") == [("we doen mee aan NLdoet",)]
    await bot.say("/instellingen taal engels")
    await bot.say("/action")
    out = await bot.say("cancel", reply_to=last_id(bot))
    assert texts(out) == ["👍 OK, stopped. I saved or changed nothing."]
    assert await bot.sql("SELECT count(*) FROM actions") == [(0,)]
