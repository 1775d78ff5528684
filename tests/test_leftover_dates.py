"""Date words the reader left in a command's text are asked back, never kept (issue 17): a
reminder's, an action's or a poll's text holds no "donderdg", "elke" or "van de maand".

The clock stands at Wednesday 25 November 2026, 15:00 in Amsterdam (tests/support/harness.py).
"""

from __future__ import annotations

import pytest

from fakegram import ANNA, BRAM, CARLA, DUINDORP
from schedules.when import cut_date_words, split_reading
from tests.support.harness import START as WED
from tests.support.harness import Harness
from tests.support.steps import REGISTER, setup_group


def texts(changes: list) -> list[str]:  # type: ignore[type-arg]
    return [c.text or "" for c in changes]


async def _reminders(bot: Harness) -> list[tuple[str, str]]:
    return await bot.sql(
        "SELECT r.text, d.fire_at FROM reminders r JOIN due d ON d.target_id = r.id"
        " WHERE d.kind = 'reminder' ORDER BY r.id"
    )


@pytest.mark.parametrize(
    ("full", "cut"),
    [
        ("donderdg 10:00 koffie", (" koffie", 0)),
        ("flyers rondbrengen uiterlijk donderdg", ("flyers rondbrengen uiterlijk ", 29)),
        ("koffie 10:00 elke donderdg", ("koffie ", 7)),
        ("koffie, taart\nen thee morgen elke donderdg", ("koffie, taart\nen thee ", 22)),
        ("koffie morgen 10:00", None),
        ("morgen melden dat de markt verplaatst is", None),  # what happened, not when
        ("morgen brief aan elke bewoner", None),
        ("morgen 10:00 kerstpakket voor december bestellen", None),  # what it is about
        ("vrijdag nieuwsbrief van de maand maken", None),
        ("vrijdag 15 januari wegens de raadsbehandeling in december", None),
        ("morgen 10:00 huur, elke 1e van de maand", (" huur,", 0)),
        ("vrijdag om 10 koffie", (" koffie", 0)),  # a time or a count: asked
        ("vrijdag 10:00 om 10 flyers te bestellen", None),  # the time was typed: a count
    ],
)
def test_the_date_words_go_and_the_answer_takes_their_place(
    full: str, cut: tuple[str, int] | None
) -> None:
    rest, _reading = split_reading(full, WED, "Europe/Amsterdam")
    assert cut_date_words(full, full, rest) == cut


def test_words_the_command_took_off_first_stay() -> None:
    full = "flyers @bram uiterlijk donderdg"
    text = "flyers   uiterlijk donderdg"  # the mention went to the owners
    rest, _reading = split_reading(text, WED, "Europe/Amsterdam")
    assert cut_date_words(full, text, rest) == ("flyers @bram uiterlijk ", 23)


async def test_a_weekday_with_a_slip_in_a_reminder_is_asked_and_the_answer_sets_it(
    bot: Harness,
) -> None:
    out = await bot.say("/herinner donderdg 10:00 koffie")
    assert texts(out) == [
        "🗓️ Wanneer precies? “donderdg” lees ik niet zeker als datum, en ik gok niet."
        " Antwoord op dit bericht met de dag en eventueel de tijd, bijvoorbeeld:"
        " donderdag 10:00 of 3 december."
    ]
    assert await _reminders(bot) == []  # nothing stored on a guess
    out = await bot.say("donderdag 10:00", reply_to=out[0].message_id)
    assert texts(out) == ["✅ Ik herinner jullie op donderdag 26 november om 10:00 aan: koffie"]
    assert await _reminders(bot) == [("koffie", "2026-11-26T09:00:00+00:00")]


async def test_an_hour_after_om_that_the_reader_left_is_asked_never_09_00(bot: Harness) -> None:
    out = await bot.say("/herinner vrijdag om 10 koffie")
    assert "“om 10”" in texts(out)[0]
    assert await _reminders(bot) == []
    out = await bot.say("vrijdag 10:00", reply_to=out[0].message_id)
    assert texts(out) == ["✅ Ik herinner jullie op vrijdag 27 november om 10:00 aan: koffie"]
    out = await bot.say("/herinner morgen om 3 Bram bellen")
    assert "“om 3”" in texts(out)[0]
    out = await bot.say("/herinner vrijdag 10:00 om 10 flyers te bestellen")
    assert texts(out) == [
        "✅ Ik herinner jullie op vrijdag 27 november om 10:00 aan: om 10 flyers te bestellen"
    ]


async def test_an_hour_beside_a_day_is_offered_on_that_day(bot: Harness) -> None:
    """ "vrijdag om 10": the day is known, only morning or evening is not: two buttons, no
    typing; "morgen om 14" has one reading; in English "at 9" likewise."""
    out = await bot.say("/herinner vrijdag om 10 koffie")
    assert texts(out) == [
        "🕙 Hoe laat bedoel je met “om 10”? Kies hieronder, of antwoord op dit bericht met de"
        " dag en de tijd."
    ]
    assert [label for row in out[0].buttons for label, _ in row] == [
        "10:00 · vrijdag 27 november",
        "22:00 · vrijdag 27 november",
    ]
    assert await _reminders(bot) == []
    out = await bot.press("10:00 · vrijdag 27 november", message_id=out[0].message_id)
    assert texts(out)[0] == "✅ Ik herinner jullie op vrijdag 27 november om 10:00 aan: koffie"
    out = await bot.say("/herinner morgen om 14 borrel")
    assert [label for row in out[0].buttons for label, _ in row] == [
        "14:00 · donderdag 26 november"
    ]
    await bot.say("/settings language en")
    out = await bot.say("/remind on the 3rd of December at 9 newsletter")
    assert [label for row in out[0].buttons for label, _ in row] == [
        "09:00 · Thursday 3 December",
        "21:00 · Thursday 3 December",
    ]


async def test_every_with_a_slipped_weekday_is_asked_too(bot: Harness) -> None:
    out = await bot.say("/herinner koffie zetten 10:00 elke donderdg")
    assert "“elke donderdg”" in texts(out)[0]
    out = await bot.say("elke donderdag 10:00", reply_to=out[0].message_id)
    assert texts(out)[0].startswith("✅ Ik herinner jullie elke donderdag")
    assert [text for text, _ in await _reminders(bot)] == ["koffie zetten"]


async def test_a_word_that_only_looks_like_a_date_stays_in_the_reminder(bot: Harness) -> None:
    out = await bot.say("/herinner morgen 10:00 melden dat de markt verplaatst is")
    assert texts(out) == [
        "✅ Ik herinner jullie op donderdag 26 november om 10:00 aan: melden dat de markt"
        " verplaatst is"
    ]


async def test_an_action_keeps_no_date_words_and_gets_the_answered_day(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/help", user=BRAM)
    out = await bot.say("/actie flyers rondbrengen uiterlijk donderdg")
    assert "“donderdg”" in texts(out)[0]
    assert await bot.sql("SELECT count(*) FROM actions") == [(0,)]
    out = await bot.say("donderdag", reply_to=out[0].message_id)
    assert texts(out)[0] == "✅ Actie 1: flyers rondbrengen. Anna, uiterlijk donderdag 26 november"
    assert await bot.sql("SELECT text, due_date FROM actions") == [
        ("flyers rondbrengen", "2026-11-26")
    ]


async def test_an_english_group_is_asked_in_english(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/instellingen taal en")
    out = await bot.say("/remind thursdy 10:00 coffee")
    assert texts(out)[0].startswith("🗓️ When exactly? I can't read “thursdy” as a date")


async def test_a_poll_closing_with_a_slipped_weekday_is_asked_not_taken_as_today(
    bot: Harness,
) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/peiling Borrel op vrijdag? | ja | nee sluit donderdg 17:00")
    assert "“donderdg”" in texts(out)[0]
    assert bot.fake.calls_to("sendPoll") == []
    out = await bot.say("donderdag 17:00", reply_to=out[0].message_id)
    call = bot.fake.calls_to("sendPoll")[-1].params
    assert call["question"] == "Borrel op vrijdag?"
    assert "staat open tot donderdag 26 november om 17:00" in texts(out)[-1]


async def test_a_postponement_with_a_slipped_month_is_asked_and_the_reason_stays_clean(
    bot: Harness,
) -> None:
    await setup_group(bot)
    await bot.say(REGISTER)
    out = await bot.say("/advies 1 verdaagd 15 janauri wegens de raadsvergadering", user=CARLA)
    assert "“15 janauri”" in texts(out)[0]
    assert await bot.sql("SELECT postpone_reason FROM advices") == [(None,)]
    out = await bot.say("15 januari", user=CARLA, reply_to=out[0].message_id)
    assert "uiterlijk vrijdag 15 januari 2027 (de raadsvergadering)" in texts(out)[0]


async def test_a_time_alone_typed_to_the_hour_buttons_keeps_their_day(bot: Harness) -> None:
    """ "10:00" typed under "10:00 · vrijdag" / "22:00 · vrijdag" is Friday's, not tomorrow's;
    an answer that names a day of its own still takes that day."""
    asked = await bot.say("/herinner vrijdag om 10 koffie")
    out = await bot.say("10:00", reply_to=asked[0].message_id)
    assert texts(out) == ["✅ Ik herinner jullie op vrijdag 27 november om 10:00 aan: koffie"]
    asked = await bot.say("/herinner vrijdag om 8 vergadering", user=BRAM)
    out = await bot.say("20 uur", user=BRAM, reply_to=asked[0].message_id)
    assert texts(out) == ["✅ Ik herinner jullie op vrijdag 27 november om 20:00 aan: vergadering"]
    asked = await bot.say("/herinner vrijdag om 10 flyers", user=CARLA)
    out = await bot.say("zaterdag 9:00", user=CARLA, reply_to=asked[0].message_id)
    assert texts(out) == ["✅ Ik herinner jullie op zaterdag 28 november om 09:00 aan: flyers"]
    assert [text for text, _ in await _reminders(bot)] == ["koffie", "vergadering", "flyers"]


async def test_a_bare_hour_typed_to_the_hour_buttons_is_that_button(bot: Harness) -> None:
    asked = await bot.say("/herinner vrijdag om 10 koffie")
    out = await bot.say("22", reply_to=asked[0].message_id)
    assert texts(out) == ["✅ Ik herinner jullie op vrijdag 27 november om 22:00 aan: koffie"]
    await bot.say("/settings language en")
    asked = await bot.say("/remind friday at 9 newsletter")
    out = await bot.say("9", reply_to=asked[0].message_id)
    assert texts(out) == ["✅ I will remind you all on Friday 27 November at 09:00 of: newsletter"]
