"""/peiling reads options the way volunteers type them: after the "?", one per line, or with |.

Each case goes through the real Application: the native poll Telegram gets, the stored row and
the confirmation that shows back what was read.
"""

from __future__ import annotations

import pytest

from fakegram import ANNA, DUINDORP
from tests.support.harness import Harness


async def _board(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.process(bot.fake.bot_added(DUINDORP, ANNA))


async def _open(bot: Harness, text: str) -> tuple[str, list[str], str]:
    """Send `text`; the question and options Telegram got, and the confirmation."""
    out = await bot.say(text)
    call = bot.fake.calls_to("sendPoll")[-1].params
    options = [o["text"] if isinstance(o, dict) else o for o in call["options"]]
    return call["question"], options, out[-1].text or ""


@pytest.mark.parametrize(
    ("text", "question", "options"),
    [
        ("/peiling Welke avond? ja / nee", "Welke avond?", ["ja", "nee"]),
        ("/peiling Welke avond? di of do", "Welke avond?", ["di", "do"]),
        ("/peiling Welke avond? di, wo of do", "Welke avond?", ["di", "wo", "do"]),
        ("/peiling Welke datum? 1 dec, 8 dec", "Welke datum?", ["1 dec", "8 dec"]),
        ("/peiling Welke datum? 12/6 / 19/6", "Welke datum?", ["12/6", "19/6"]),
        ("/peiling Welke avond? ja/nee", "Welke avond?", ["ja", "nee"]),
        ("/peiling Welke avond? | dinsdag | donderdag", "Welke avond?", ["dinsdag", "donderdag"]),
        ("/peiling Welke avond?\n- di\n- wo\n- do", "Welke avond?", ["di", "wo", "do"]),
        ("/peiling Welke avond?\n• di\n• do", "Welke avond?", ["di", "do"]),
        ("/peiling\nWelke avond?\n1. di\n2. do", "Welke avond?", ["di", "do"]),
        ("/peiling Welke avond?\n1) di\n2) do", "Welke avond?", ["di", "do"]),
        (
            "/peiling Kies een avond:\ndinsdag\ndonderdag",
            "Kies een avond:",
            ["dinsdag", "donderdag"],
        ),
        ("/peiling Welke avond?\ndi of do", "Welke avond?", ["di", "do"]),
        ("/peiling Welke avond: di of do?", "Welke avond?", ["di", "do"]),
        (
            "/peiling Wanneer houden we de borrel, vrijdag of zaterdag?",
            "Wanneer houden we de borrel?",
            ["vrijdag", "zaterdag"],
        ),
        ("/peiling Wie sluit af? Anna of Bram", "Wie sluit af?", ["Anna", "Bram"]),
    ],
)
async def test_options_as_typed_become_a_choice_shown_back(
    bot: Harness, text: str, question: str, options: list[str]
) -> None:
    await _board(bot)
    sent_question, sent_options, confirm = await _open(bot, text)
    assert (sent_question, sent_options) == (question, options)
    assert confirm.endswith("\nOpties: " + " · ".join(options))
    assert "voorstel" not in confirm
    assert await bot.sql("SELECT question, proposal FROM polls") == [(question, 0)]


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("/peiling Zullen we de kerstborrel op 18 december houden?", False),
        ("/peiling Gaan we akkoord of niet?", False),
        ("/peiling Zullen we de borrel op vrijdag of zaterdag houden?", True),
        ("/peiling Wat vinden we ervan, gaan we akkoord of niet?", False),
        ("/peiling Kopen we de partytent? Laat even weten of je kunt", False),
        ("/peiling Kopen we de partytent? Graag reageren, ook als je twijfelt", False),
        ("/peiling Zullen we de borrel houden\nop 18 december?", False),
        ("/peiling We kopen een nieuwe partytent", False),
        ("/peiling Zullen we de borrel houden?\nGraag reageren.\nGroet, Anna", False),
    ],
)
async def test_a_question_without_a_list_stays_a_proposal(
    bot: Harness, text: str, hint: bool
) -> None:
    await _board(bot)
    question, options, confirm = await _open(bot, text)
    assert question == text.removeprefix("/peiling ")
    assert options == ["Voor", "Tegen", "Onthouding"]
    assert "\nEen voorstel: stem voor, tegen of onthouding." in confirm
    assert ("Was het een keuze?" in confirm) is hint
    assert await bot.sql("SELECT proposal FROM polls") == [(1,)]


async def test_closing_time_and_multiple_after_the_options(bot: Harness) -> None:
    await _board(bot)
    question, options, confirm = await _open(
        bot, "/peiling Welke avond? di, wo of do sluit donderdag 20:00 meerdere"
    )
    assert (question, options) == ("Welke avond?", ["di", "wo", "do"])
    assert "staat open tot donderdag 26 november om 20:00" in confirm
    assert bot.fake.calls_to("sendPoll")[-1].params["allows_multiple_answers"] is True
    assert await bot.sql("SELECT closes_at, multiple FROM polls") == [
        ("2026-11-26T19:00:00+00:00", 1)
    ]


async def test_closing_time_on_a_line_of_its_own(bot: Harness) -> None:
    await _board(bot)
    question, options, confirm = await _open(
        bot, "/peiling Welke avond?\n- di\n- do\nsluit donderdag 20:00"
    )
    assert (question, options) == ("Welke avond?", ["di", "do"])
    assert "staat open tot donderdag 26 november om 20:00" in confirm


async def test_multiple_on_the_question_line_over_options_one_per_line(bot: Harness) -> None:
    """ "Welke avond? meerdere" with the options under it: a choice with more answers, not a
    proposal with the options in its question."""
    await _board(bot)
    question, options, confirm = await _open(
        bot, "/peiling Welke avond? meerdere\ndinsdag\nwoensdag\nsluit donderdag 20:00"
    )
    assert (question, options) == ("Welke avond?", ["dinsdag", "woensdag"])
    assert "staat open tot donderdag 26 november om 20:00" in confirm
    assert bot.fake.calls_to("sendPoll")[-1].params["allows_multiple_answers"] is True


async def test_the_answer_to_the_question_reads_lines_too(bot: Harness) -> None:
    await _board(bot)
    asked = await bot.say("/peiling")
    await bot.say("Welke avond?\n- di\n- do", reply_to=asked[-1].message_id)
    call = bot.fake.calls_to("sendPoll")[-1].params
    assert call["question"] == "Welke avond?"
    assert len(call["options"]) == 2


async def test_an_english_group_reads_or_and_lines(bot: Harness) -> None:
    await _board(bot)
    await bot.say("/instellingen taal en")
    question, options, confirm = await _open(bot, "/poll Which evening? tue, wed or thu")
    assert (question, options) == ("Which evening?", ["tue", "wed", "thu"])
    assert confirm.endswith("\nOptions: tue · wed · thu")
    question, options, _ = await _open(bot, "/poll Which evening?\n- tue\n- thu")
    assert (question, options) == ("Which evening?", ["tue", "thu"])
    question, options, confirm = await _open(bot, "/poll Shall we have it on Friday or Saturday?")
    assert options == ["For", "Against", "Abstain"]
    assert "Was it a choice?" in confirm


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("/peiling Welke avond?\n- alleen deze", "Eén optie is geen keuze"),
        ("/peiling Welke? " + " / ".join(f"optie {i}" for i in range(11)), "11 opties"),
        ("/peiling Welke?\n" + "\n".join(f"- optie {i}" for i in range(11)), "11 opties"),
        ("/peiling Welke avond? di / / do", "Een van de opties is leeg."),
        ("/peiling Welke avond?\n- di\n-\n- do", "Een van de opties is leeg."),
        ("/peiling Welke avond? di, , wo of do", "Een van de opties is leeg."),
        ("/peiling Welke avond? di of di", "Twee opties zijn hetzelfde."),
    ],
)
async def test_bad_options_get_a_clear_message_and_store_nothing(
    bot: Harness, text: str, why: str
) -> None:
    await _board(bot)
    out = await bot.say(text)
    assert len(out) == 1
    assert why in (out[0].text or "")
    assert bot.fake.calls_to("sendPoll") == []
    assert await bot.sql("SELECT count(*) FROM polls") == [(0,)]
    assert await bot.sql("SELECT count(*) FROM due WHERE kind LIKE 'poll%'") == [(0,)]


async def test_an_unclear_closing_time_asked_back_keeps_the_lines(bot: Harness) -> None:
    await _board(bot)
    out = await bot.say("/peiling Welke avond?\n- di\n- do\nsluit om 3 uur")
    assert bot.fake.calls_to("sendPoll") == []
    out = await bot.press("15:00 · donderdag 26 november", message_id=out[0].message_id)
    call = bot.fake.calls_to("sendPoll")[-1].params
    assert call["question"] == "Welke avond?"
    assert [o["text"] if isinstance(o, dict) else o for o in call["options"]] == ["di", "do"]
    assert await bot.sql("SELECT closes_at FROM polls") == [("2026-11-26T14:00:00+00:00",)]
