"""Asking back about a date (handlers/kit/asking.py), through the real Application.

The clock stands at Wednesday 25 November 2026, 15:00 in Amsterdam (tests/support/harness.py).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from fakegram import ANNA, BRAM, DUINDORP
from tests.support.harness import Harness

AM = "04:00 · donderdag 26 november"
PM = "16:00 · woensdag 25 november"


def texts(changes: list) -> list[str]:  # type: ignore[type-arg]
    return [c.text or "" for c in changes]


def _forced_reply(bot: Harness) -> bool:
    """The last message the bot sent asks for a reply (Telegram's ForceReply)."""
    markup = bot.fake.calls_to("sendMessage")[-1].params.get("reply_markup")
    return isinstance(markup, dict) and markup.get("force_reply") is True


async def _stored(bot: Harness) -> list[tuple[str, str]]:
    return await bot.sql(
        "SELECT r.text, d.fire_at FROM reminders r JOIN due d ON d.target_id = r.id"
        " WHERE d.kind = 'reminder' ORDER BY r.id"
    )


@pytest.mark.parametrize(
    ("button", "fire_at", "confirm"),
    [
        (AM, "2026-11-26T03:00:00+00:00", "donderdag 26 november om 04:00"),
        (PM, "2026-11-25T15:00:00+00:00", "woensdag 25 november om 16:00"),
    ],
)
async def test_two_readings_are_two_buttons_and_the_choice_completes_the_command(
    bot: Harness, button: str, fire_at: str, confirm: str
) -> None:
    out = await bot.say("/herinner om 4 uur koffie zetten")
    assert texts(out) == ["🕒 Welk tijdstip bedoel je? Kies hieronder."]
    assert [label for row in out[0].buttons for label, _ in row] == [AM, PM]
    assert await _stored(bot) == []  # nothing stored until the answer comes
    question = out[0].message_id
    out = await bot.press(button, message_id=question)
    assert f"✅ Ik herinner jullie op {confirm} aan: koffie zetten" in texts(out)
    assert f"🕒 Gekozen: {confirm}" in texts(out)  # the question, edited, without buttons
    assert next(c for c in out if c.message_id == question).buttons == []
    assert await _stored(bot) == [("koffie zetten", fire_at)]


async def test_a_double_tap_is_handled_once(bot: Harness) -> None:
    out = await bot.say("/herinner om 4 uur koffie zetten")
    question = out[0].message_id
    buttons = out[0].buttons
    await bot.press(PM, message_id=question)
    # the old buttons, pressed again from another phone (or twice, quickly)
    for label, data in (buttons[1][0], buttons[0][0]):
        assert data is not None
        out = await bot.process(bot.fake.callback(DUINDORP, ANNA, data, question))
        assert not [c for c in out if c.kind == "new"]
        answer = bot.fake.calls_to("answerCallbackQuery")[-1].params["text"]
        assert "al beantwoord" in answer, label
    assert await _stored(bot) == [("koffie zetten", "2026-11-25T15:00:00+00:00")]


async def test_only_the_writer_chooses(bot: Harness) -> None:
    out = await bot.say("/herinner om 4 uur koffie zetten")
    await bot.press(PM, user=BRAM, message_id=out[0].message_id)
    assert "Anna" in bot.fake.calls_to("answerCallbackQuery")[-1].params["text"]
    assert await _stored(bot) == []


async def test_no_day_yet_is_asked_and_the_reply_completes_the_command(bot: Harness) -> None:
    out = await bot.say("/herinner binnenkort de stukken rondsturen")
    assert len(out) == 1
    assert (out[0].text or "").startswith("🗓️ Wanneer precies?")
    assert _forced_reply(bot)
    assert await _stored(bot) == []
    out = await bot.say("vrijdag 19:30", reply_to=out[0].message_id)
    assert texts(out) == [
        "✅ Ik herinner jullie op vrijdag 27 november om 19:30 aan: de stukken rondsturen"
    ]
    assert await _stored(bot) == [("de stukken rondsturen", "2026-11-27T18:30:00+00:00")]


async def test_a_still_vague_answer_is_asked_again_with_an_example(bot: Harness) -> None:
    out = await bot.say("/herinner na de zomer de speeltuin bespreken")
    out = await bot.say("ergens na de vakantie", reply_to=out[0].message_id)
    assert len(out) == 1
    again = out[0].text or ""
    assert "Wanneer precies?" in again
    assert "bijvoorbeeld" in again
    assert "ergens na de vakantie" in again
    assert _forced_reply(bot)
    assert await _stored(bot) == []
    out = await bot.say("geen idee", reply_to=out[0].message_id)  # no date at all: again
    assert "Wanneer precies?" in (out[0].text or "")
    out = await bot.say("3 december", reply_to=out[0].message_id)
    assert texts(out) == [
        "✅ Ik herinner jullie op donderdag 3 december om 09:00 aan: de speeltuin bespreken"
    ]


async def test_an_answer_with_two_readings_gets_the_buttons(bot: Harness) -> None:
    out = await bot.say("/herinner binnenkort de zaal reserveren")
    out = await bot.say("morgen om 2 uur", reply_to=out[0].message_id)
    labels = [label for row in out[0].buttons for label, _ in row]
    assert labels == ["02:00 · donderdag 26 november", "14:00 · donderdag 26 november"]
    out = await bot.press("14:00 · donderdag 26 november", message_id=out[0].message_id)
    assert (
        "✅ Ik herinner jullie op donderdag 26 november om 14:00 aan: de zaal reserveren"
        in texts(out)
    )


async def test_a_second_command_meanwhile_is_not_lost(bot: Harness) -> None:
    first = await bot.say("/herinner om 4 uur koffie zetten")
    await bot.say("/herinner morgen 10:00 notulen rondsturen")
    second = await bot.say("/herinner om 5 uur stoelen klaarzetten")
    await bot.press("17:00 · woensdag 25 november", message_id=second[0].message_id)
    await bot.press(AM, message_id=first[0].message_id)
    assert sorted(await _stored(bot)) == [
        ("koffie zetten", "2026-11-26T03:00:00+00:00"),
        ("notulen rondsturen", "2026-11-26T09:00:00+00:00"),
        ("stoelen klaarzetten", "2026-11-25T16:00:00+00:00"),
    ]


async def test_step_by_step_answer_is_asked_back_too(bot: Harness) -> None:
    out = await bot.say("/herinner")
    out = await bot.say("om 4 uur koffie zetten", reply_to=out[0].message_id)
    out = await bot.press(PM, message_id=out[0].message_id)
    assert "✅ Ik herinner jullie op woensdag 25 november om 16:00 aan: koffie zetten" in texts(out)


async def test_the_question_survives_a_restart(bot: Harness) -> None:
    out = await bot.say("/remind om 4 uur koffie zetten")
    await bot.restart(after=timedelta(minutes=5))
    out = await bot.press(PM, message_id=out[0].message_id)
    assert await _stored(bot) == [("koffie zetten", "2026-11-25T15:00:00+00:00")]


async def test_help_points_to_how_dates_are_typed(bot: Harness) -> None:
    out = await bot.say("/help")
    assert "datums typen: /help datums" in (out[0].text or "")
    out = await bot.say("/help herinner")  # a command that takes a date says where to look
    assert "🗓️ datums typ je zoals je praat: /help datums" in (out[0].text or "")
    out = await bot.say("/help datums")
    text = out[0].text or ""
    assert "Datums en tijden typ je zoals je praat" in text
    assert "binnen 5 werkdagen" in text
    assert "03:00 of 15:00" in text


async def test_a_recurring_bare_hour_is_asked_back_and_keeps_its_rhythm(bot: Harness) -> None:
    out = await bot.say("/herinner elke maandag om 3 uur wijkkrant rondbrengen")
    labels = [label for row in out[0].buttons for label, _ in row]
    assert labels == ["03:00 · maandag 30 november", "15:00 · maandag 30 november"]
    assert await _stored(bot) == []
    out = await bot.press("15:00 · maandag 30 november", message_id=out[0].message_id)
    assert any("elke maandag om 15:00" in t for t in texts(out)), texts(out)
    assert await bot.sql("SELECT recurrence FROM due WHERE kind = 'reminder'") == [
        ('{"hour":15,"interval":1,"kind":"weekly","minute":0,"weekday":0}',)
    ]


# --- the other commands that take a date go through the same mechanism ------------------------


async def test_advies_asks_back_when_it_was_sent(bot: Harness) -> None:
    from tests.support.steps import setup_group

    await setup_group(bot)
    out = await bot.say(
        "/advies Herinrichting Duinplein verzonden vannacht aan stadsdeel Scheveningen gevraagd"
    )
    assert (out[0].text or "").startswith("🗓️ Wanneer precies?")
    assert await bot.sql("SELECT count(*) FROM advices") == [(0,)]
    out = await bot.say("gisteren", reply_to=out[0].message_id)
    card = texts(out)[0]
    assert card.startswith("✅ Vastgelegd als advies 1.")
    assert "Verzonden op dinsdag 24 november 2026 aan stadsdeel Scheveningen" in card


async def test_actie_asks_back_about_its_deadline(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/actie bewonersbrief rondsturen uiterlijk vrijdag om 4 uur")
    labels = [label for row in out[0].buttons for label, _ in row]
    assert labels == ["04:00 · vrijdag 27 november", "16:00 · vrijdag 27 november"]
    assert await bot.sql("SELECT count(*) FROM actions") == [(0,)]
    out = await bot.press("16:00 · vrijdag 27 november", message_id=out[0].message_id)
    assert any(t.startswith("✅ Actie 1: bewonersbrief rondsturen") for t in texts(out))
    assert await bot.sql("SELECT text, due_date, due_time FROM actions") == [
        ("bewonersbrief rondsturen", "2026-11-27", "16:00")
    ]


async def test_actie_with_no_day_yet_asks_when_exactly(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/actie speeltuin inspecteren na de zomer")
    assert (out[0].text or "").startswith("🗓️ Wanneer precies?")
    out = await bot.say("1 september", reply_to=out[0].message_id)
    assert await bot.sql("SELECT text, due_date FROM actions") == [
        ("speeltuin inspecteren", "2027-09-01")
    ]


async def test_overleg_asks_back_and_keeps_the_end_time(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/overleg dinsdag 1 december van 2 tot 4 uur in het buurthuis")
    labels = [label for row in out[0].buttons for label, _ in row]
    assert labels == ["02:00 · dinsdag 1 december", "14:00 · dinsdag 1 december"]
    assert await bot.sql("SELECT count(*) FROM meetings") == [(0,)]
    await bot.press("14:00 · dinsdag 1 december", message_id=out[0].message_id)
    assert await bot.sql("SELECT starts_at, ends_at, place FROM meetings") == [
        ("2026-12-01T13:00:00+00:00", "2026-12-01T15:00:00+00:00", "het buurthuis")
    ]


async def test_peiling_asks_back_about_its_closing_time(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/peiling Welke avond? | dinsdag | woensdag sluit vrijdag om 5 uur")
    labels = [label for row in out[0].buttons for label, _ in row]
    assert labels == ["05:00 · vrijdag 27 november", "17:00 · vrijdag 27 november"]
    assert bot.fake.calls_to("sendPoll") == []
    await bot.press("17:00 · vrijdag 27 november", message_id=out[0].message_id)
    assert bot.fake.calls_to("sendPoll")[-1].params["question"] == "Welke avond?"
    assert await bot.sql("SELECT closes_at FROM polls") == [("2026-11-27T16:00:00+00:00",)]
