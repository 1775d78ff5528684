"""A text reply to the agenda list (or the call for items) is offered for the agenda: "Zal ik
dit op de agenda zetten?", added only when ➕ is pressed (by its writer or the board), exactly
as /agenda <text> would."""

from __future__ import annotations

from datetime import timedelta

from fakegram import ANNA, BRAM, CARLA, DUINDORP
from tests.support.harness import Harness
from tests.support.steps import board

STALE = "Deze knop hoort bij iets dat niet meer bestaat."


async def agenda_list(bot: Harness) -> int:
    """A meeting planned, and /agenda shown: the list's message id."""
    await board(bot)  # Anna and Bram are the board; Carla a member
    await bot.say("/overleg di 8 dec 19:30 Buurthuis")
    out = await bot.say("/agenda", user=CARLA)
    assert any(label == "➕ Punt toevoegen" for row in out[0].buttons for label, _ in row)
    return out[0].message_id


async def items(bot: Harness) -> list[tuple[object, ...]]:
    return await bot.sql("SELECT number, text, proposer_id, added_by FROM agenda_items")


def alert(bot: Harness) -> str:
    answer = bot.fake.calls_to("answerCallbackQuery")[-1].params
    assert answer["show_alert"] is True
    return str(answer["text"])


async def test_a_reply_to_the_list_is_offered_and_added_on_the_press(bot: Harness) -> None:
    listed = await agenda_list(bot)
    out = await bot.say("Speeltuin: nieuwe schommel", user=CARLA, reply_to=listed)
    assert len(out) == 1
    assert out[0].text == "Zal ik dit op de agenda zetten? “Speeltuin: nieuwe schommel”"
    assert [label for label, _ in out[0].buttons[0]] == ["➕ Op de agenda", "Nee"]
    assert await items(bot) == []  # nothing stored before the press
    question = out[0].message_id
    out = await bot.press("➕ Op de agenda", user=CARLA)
    assert [(c.kind, c.message_id) for c in out] == [("edited", question)]
    assert "✅ Punt 1 op de agenda van het overleg van dinsdag 8 december" in (out[0].text or "")
    assert "Speeltuin: nieuwe schommel" in (out[0].text or "")
    assert await items(bot) == [(1, "Speeltuin: nieuwe schommel", CARLA.id, CARLA.id)]
    # the buttons are gone: a second press (an old client) adds nothing
    await bot.process(bot.fake.callback(DUINDORP, CARLA, "agd:offer:1", question))
    assert alert(bot) == STALE
    assert len(await items(bot)) == 1


async def test_a_question_is_not_put_on_the_agenda_unasked(bot: Harness) -> None:
    listed = await agenda_list(bot)
    out = await bot.say("Wanneer is dit?", user=CARLA, reply_to=listed)
    assert "Zal ik dit op de agenda zetten?" in (out[0].text or "")
    out = await bot.press("Nee", user=CARLA)
    assert out[0].kind == "edited"
    assert out[0].text == "Oké, dat zet ik niet op de agenda."
    assert out[0].buttons == []
    assert await items(bot) == []


async def test_only_the_writer_or_the_board_can_press(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)  # Anna is the board; Bram a member
    await bot.say("/overleg di 8 dec 19:30 Buurthuis")
    listed = (await bot.say("/agenda", user=CARLA))[0].message_id
    await bot.say("Speeltuin: nieuwe schommel", user=CARLA, reply_to=listed)
    await bot.press("➕ Op de agenda", user=BRAM)
    assert alert(bot) == "Alleen wie het schreef (of het bestuur) kan dit kiezen."
    await bot.press("Nee", user=BRAM)
    assert alert(bot) == "Alleen wie het schreef (of het bestuur) kan dit kiezen."
    assert await items(bot) == []
    # the board puts it on for her: still Carla's item
    await bot.press("➕ Op de agenda", user=ANNA)
    assert await items(bot) == [(1, "Speeltuin: nieuwe schommel", CARLA.id, CARLA.id)]


async def test_the_press_checks_as_agenda_does(bot: Harness) -> None:
    listed = await agenda_list(bot)
    await bot.say("/agenda Speeltuin nieuwe schommel", user=BRAM)
    await bot.say("speeltuin: nieuwe schommel!", user=CARLA, reply_to=listed)
    out = await bot.press("➕ Op de agenda", user=CARLA)
    assert out[0].kind == "edited"
    assert "Dit staat al op" in (out[0].text or "")
    assert "als punt 1" in (out[0].text or "")
    assert len(await items(bot)) == 1
    # numbering follows on: the next reply is item 2
    await bot.say("Hondenpoep Duinstraat", user=CARLA, reply_to=listed)
    out = await bot.press("➕ Op de agenda", user=CARLA)
    assert "✅ Punt 2" in (out[0].text or "")


async def test_an_empty_or_too_long_reply_is_refused_at_once(bot: Harness) -> None:
    listed = await agenda_list(bot)
    out = await bot.say("x" * 1200, user=CARLA, reply_to=listed)
    assert "Zal ik" not in (out[0].text or "")
    assert out[0].buttons == []
    assert await items(bot) == []


async def test_forged_offer_presses_change_nothing(bot: Harness) -> None:
    listed = await agenda_list(bot)
    for forged in ("agd:offer:1", "agd:offer:0", "agd:offer:maybe", "agd:offer"):
        await bot.process(bot.fake.callback(DUINDORP, CARLA, forged, listed))
        assert alert(bot) == STALE, forged
    assert await items(bot) == []


async def test_a_reply_to_the_call_for_items_is_offered_too(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg di 8 dec 19:30 Buurthuis")
    out = await bot.advance(timedelta(days=6, hours=5))  # the call, a week before
    call = next(c for c in out if "Heb je een punt?" in (c.text or ""))
    assert [label for row in call.buttons for label, _ in row] == ["➕ Punt toevoegen"]
    out = await bot.say("Bankje bij de bushalte", user=CARLA, reply_to=call.message_id)
    assert "Zal ik dit op de agenda zetten? “Bankje bij de bushalte”" in (out[0].text or "")
    await bot.press("➕ Op de agenda", user=CARLA)
    assert await items(bot) == [(1, "Bankje bij de bushalte", CARLA.id, CARLA.id)]


async def test_english_group(bot: Harness) -> None:
    await board(bot)
    await bot.say("/instellingen taal en")
    out = await bot.say("/agenda")
    out = await bot.say("Playground swing", user=CARLA, reply_to=out[0].message_id)
    assert out[0].text == "Shall I put this on the agenda? “Playground swing”"
    out = await bot.press("No", user=CARLA)
    assert out[0].text == "OK, I won't put that on the agenda."


async def test_the_question_can_be_answered_by_typing_ja_or_nee(bot: Harness) -> None:
    listed = await agenda_list(bot)
    out = await bot.say("Speeltuin: nieuwe schommel", user=CARLA, reply_to=listed)
    question = out[0].message_id
    out = await bot.say("misschien", user=CARLA, reply_to=question)
    assert [c.text for c in out] == [
        "Antwoord met ja of nee, of gebruik de knoppen onder de vraag."
    ]
    out = await bot.say("Bram zegt ja", user=BRAM, reply_to=question)
    assert "Carla" in (out[0].text or "")  # the question was Carla's
    out = await bot.say("Ja!", user=CARLA, reply_to=question)
    assert "✅ Punt 1 op de agenda" in (out[0].text or "")
    assert await items(bot) == [(1, "Speeltuin: nieuwe schommel", CARLA.id, CARLA.id)]
    # the buttons under the question now answer that it was answered, and add nothing
    await bot.press("➕ Op de agenda", user=CARLA, message_id=question)
    assert len(await items(bot)) == 1
    out = await bot.say("Bankjes bij de speeltuin", user=CARLA, reply_to=listed)
    out = await bot.say("nee", user=CARLA, reply_to=out[0].message_id)
    assert [c.text for c in out] == ["Oké, dat zet ik niet op de agenda."]
    assert len(await items(bot)) == 1


async def test_a_yes_or_thanks_under_the_list_is_not_offered(bot: Harness) -> None:
    listed = await agenda_list(bot)
    for typed in ("Nee", "ja", "Oké", "Bedankt!"):
        out = await bot.say(typed, user=CARLA, reply_to=listed)
        assert len(out) == 1
        assert "Zal ik dit op de agenda zetten?" not in (out[0].text or ""), typed
        assert "gebruik de knoppen" in (out[0].text or ""), typed
    assert await items(bot) == []
