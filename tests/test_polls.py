"""/peiling and /peilingen through the real Application, with poll and poll_answer updates."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from domain.errors import UsageError
from domain.polls import quorum_needed, read_command, tally
from fakegram import ANNA, BRAM, CARLA, DUINDORP, Change, FakeChat, FakeUser
from tests.support.harness import Harness

DIRK = FakeUser(504, "Dirk", "Bakker")
EVA = FakeUser(505, "Eva")
AMS = ZoneInfo("Europe/Amsterdam")


async def _board(bot: Harness, *members: FakeUser) -> None:
    """Anna is the group's creator (admin, so board); `members` are added with /bestuur."""
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.process(bot.fake.bot_added(DUINDORP, ANNA))
    for member in members:
        said = bot.fake.message(DUINDORP, member, "hallo")
        await bot.say("/bestuur toevoegen", reply_to=said)


def _poll_message(changes: list[Change]) -> Change:
    return next(c for c in changes if "poll" in c.message)


async def _open(bot: Harness, text: str, user: FakeUser = ANNA) -> tuple[str, Change]:
    out = await bot.say(text, user=user)
    message = _poll_message(out)
    return bot.fake.poll_id(DUINDORP.id, message.message_id), message


async def _vote(bot: Harness, poll_id: str, user: FakeUser, *options: int) -> list[Change]:
    return await bot.process(bot.fake.poll_answer(poll_id, user, list(options)))


def _result(changes: list[Change]) -> str:
    return next(c.text or "" for c in changes if (c.text or "").startswith("🗳️ Uitslag"))


async def test_proposal_posts_native_non_anonymous_poll_with_for_against_abstain(
    bot: Harness,
) -> None:
    await _board(bot, BRAM)
    out = await bot.say("/peiling Zullen we een kerstborrel houden?")
    call = bot.fake.calls_to("sendPoll")[-1].params
    assert call["question"] == "Zullen we een kerstborrel houden?"
    assert [o["text"] if isinstance(o, dict) else o for o in call["options"]] == [
        "Voor",
        "Tegen",
        "Onthouding",
    ]
    assert call["is_anonymous"] is False
    poll = _poll_message(out)
    assert poll.buttons == [[("🔒 Sluiten", "poll:close")]]
    confirm = out[-1].text or ""
    assert "staat open tot vrijdag 27 november om 15:00" in confirm  # 48 hours by default
    assert "(2 leden)" in confirm
    assert confirm.endswith(  # the one reminder; then what was read
        "krijgt 24 uur voor het sluiten een herinnering.\n"
        "Een voorstel: stem voor, tegen of onthouding."
    )
    due = await bot.sql("SELECT kind, fire_at FROM due WHERE state = 'pending' ORDER BY fire_at")
    assert due == [  # one reminder, a day before it closes
        ("poll_remind", "2026-11-26T14:00:00+00:00"),
        ("poll_close", "2026-11-27T14:00:00+00:00"),
    ]


async def test_options_closing_and_multiple(bot: Harness) -> None:
    await _board(bot)
    await bot.say(
        "/peiling Welke avond? | dinsdag | woensdag | donderdag sluit zaterdag 12:00 meerdere"
    )
    call = bot.fake.calls_to("sendPoll")[-1].params
    assert call["question"] == "Welke avond?"
    assert len(call["options"]) == 3
    assert call["allows_multiple_answers"] is True
    assert await bot.sql("SELECT closes_at, multiple FROM polls") == [
        ("2026-11-28T11:00:00+00:00", 1)
    ]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("/peiling Welke? | alleen deze", "Eén optie is geen keuze"),
        ("/peiling Welke? | " + " | ".join(f"optie {i}" for i in range(11)), "11 opties"),
        ("/peiling Welke? | " + "x" * 101 + " | kort", "Een optie is te lang"),
        ("/peiling " + "v" * 301, "De vraag is te lang (301 tekens"),
        ("/peiling Borrel? sluit gisteren 12:00", "De sluittijd ligt in het verleden"),
        ("/peiling Borrel? | ja | nee sluit 20-11-2026 17:00", "in het verleden"),
    ],
)
async def test_bad_input_gets_usage_and_posts_nothing(bot: Harness, text: str, why: str) -> None:
    await _board(bot)
    out = await bot.say(text)
    assert len(out) == 1
    reply = out[0].text or ""
    assert why in reply
    assert "Zo gebruik je het: /peiling vraag | optie" in reply
    assert bot.fake.calls_to("sendPoll") == []
    assert await bot.sql("SELECT count(*) FROM polls") == [(0,)]
    assert await bot.sql("SELECT count(*) FROM due WHERE kind LIKE 'poll%'") == [(0,)]


async def test_only_the_board_may_start_a_poll(bot: Harness) -> None:
    await _board(bot)
    out = await bot.say("/peiling Borrel?", user=CARLA)
    assert out[0].text == "Alleen bestuursleden kunnen dit doen."
    assert bot.fake.calls_to("sendPoll") == []


async def test_board_and_non_board_votes_retraction_and_result(bot: Harness) -> None:
    await _board(bot, BRAM, DIRK)
    poll_id, message = await _open(bot, "/peiling Nieuwe banken op het plein?")
    assert await _vote(bot, poll_id, ANNA, 0) == []  # votes are stored quietly
    await _vote(bot, poll_id, BRAM, 1)
    await _vote(bot, poll_id, CARLA, 0)  # not on the board
    await _vote(bot, poll_id, DIRK, 0)
    rows = await bot.sql("SELECT user_id, option_ids FROM poll_votes ORDER BY user_id")
    assert rows == [(ANNA.id, "[0]"), (BRAM.id, "[1]"), (CARLA.id, "[0]"), (DIRK.id, "[0]")]
    await _vote(bot, poll_id, DIRK)  # retracted
    assert await bot.sql("SELECT count(*) FROM poll_votes WHERE user_id = ?", DIRK.id) == [(0,)]
    out = await bot.advance(timedelta(hours=48))
    assert bot.fake.calls_to("stopPoll")[-1].params["message_id"] == message.message_id
    assert bot.fake.bot_message(DUINDORP.id, message.message_id).poll["is_closed"] is True
    result = _result(out)
    assert "• Voor: 1\n• Tegen: 1\n• Onthouding: 0" in result
    assert "• Anna de Vries: Voor\n• Bram: Tegen" in result
    assert "Niet meegeteld (geen bestuur):\n• Carla: Voor" in result
    assert "Niet gestemd: Dirk Bakker" in result
    assert "Opkomst: 2 van 3 bestuursleden (67%). Quorum 50% (2): gehaald ✅" in result
    assert "Uitkomst: de stemmen staken" in result
    result_message = next(c for c in out if (c.text or "").startswith("🗳️ Uitslag"))
    assert result_message.message.get("reply_to_message", {}).get("message_id") == (
        message.message_id
    )


@pytest.mark.parametrize(
    ("setting", "turnout", "outcome"),
    [
        (
            None,
            "Opkomst: 1 van 4 bestuursleden (25%). Quorum 50% (2): niet gehaald ❌",
            "geen geldige",
        ),
        ("/instellingen quorum 25%", "Quorum 25% (1): gehaald ✅", "Uitkomst: 8 dec"),
    ],
)
async def test_quorum_from_settings(
    bot: Harness, setting: str | None, turnout: str, outcome: str
) -> None:
    await _board(bot, BRAM, DIRK, EVA)
    if setting:
        await bot.say(setting)
    poll_id, _ = await _open(bot, "/peiling Datum? | 1 dec | 8 dec")
    await _vote(bot, poll_id, BRAM, 1)
    await _vote(bot, poll_id, CARLA, 0)  # not on the board: changes nothing
    result = _result(await bot.advance(timedelta(hours=48)))
    assert turnout in result
    assert outcome in result


async def test_default_duration_from_settings(bot: Harness) -> None:
    await _board(bot)
    await bot.say("/instellingen peilingduur 3 dagen")
    await bot.say("/peiling Borrel?")
    assert await bot.sql("SELECT closes_at FROM polls") == [("2026-11-28T14:00:00+00:00",)]


async def test_a_poll_opened_late_in_the_evening_does_not_close_at_night(bot: Harness) -> None:
    """The bot picks the closing moment (two days on): not inside the quiet hours, so the
    result comes when they end; a moment someone typed stays as typed."""
    await _board(bot)
    bot.clock.set(datetime(2026, 12, 1, 22, 30, tzinfo=AMS))
    out = await bot.say("/peiling Kerstborrel in het buurthuis?")
    said = "\n".join(c.text or "" for c in out)
    assert "staat open tot vrijdag 4 december om 08:00" in said, said
    assert await bot.sql("SELECT closes_at FROM polls") == [("2026-12-04T07:00:00+00:00",)]
    await bot.say("/peiling Nog een borrel? sluit donderdag 23:00")
    assert await bot.sql("SELECT closes_at FROM polls ORDER BY id") == [
        ("2026-12-04T07:00:00+00:00",),
        ("2026-12-03T22:00:00+00:00",),
    ]


async def test_reminders_mention_exactly_the_non_voters(bot: Harness) -> None:
    await _board(bot, BRAM, DIRK)
    await bot.process(bot.fake.private_start(DIRK))  # Dirk pressed Start: privately as well
    poll_id, message = await _open(bot, "/peiling Borrel?")
    await _vote(bot, poll_id, ANNA, 0)
    await _vote(bot, poll_id, CARLA, 1)
    out = await bot.advance(timedelta(hours=24))
    group = [c for c in out if c.chat_id == DUINDORP.id]
    assert len(group) == 1
    text = group[0].text or ""
    assert text.startswith("⏰ Nog 24 uur om te stemmen over Borrel? (sluit vrijdag 27 november")
    assert "Nog niet gestemd: Bram, Dirk Bakker" in text
    mentioned = {
        e["user"]["id"] for e in group[0].message.get("entities", []) if e["type"] == "text_mention"
    }
    assert mentioned == {BRAM.id, DIRK.id}
    assert group[0].message["reply_to_message"]["message_id"] == message.message_id
    private = [c for c in out if c.chat_id != DUINDORP.id]
    assert [c.chat_id for c in private] == [DIRK.id]
    assert "Bewonersorganisatie Duindorp" in (private[0].text or "")
    await _vote(bot, poll_id, BRAM, 0)
    assert await bot.advance(timedelta(hours=23, minutes=30)) == []  # once, a day ahead
    out = await bot.say("/peiling herinner")  # the maker wants another nudge
    mentioned = {e["user"]["id"] for e in out[0].message["entities"] if e["type"] == "text_mention"}
    assert mentioned == {DIRK.id}


async def test_a_poll_of_a_day_or_less_is_reminded_an_hour_ahead(bot: Harness) -> None:
    await _board(bot, BRAM)
    await _open(bot, "/peiling Borrel? sluit morgen 12:00")
    due = await bot.sql("SELECT kind, fire_at FROM due WHERE state = 'pending' ORDER BY fire_at")
    assert due == [
        ("poll_remind", "2026-11-26T10:00:00+00:00"),
        ("poll_close", "2026-11-26T11:00:00+00:00"),
    ]
    out = await bot.advance(timedelta(hours=20))
    assert [
        (c.text or "").startswith("⏰ Nog 60 minuten om te stemmen over Borrel?") for c in out
    ] == [True]


async def test_no_reminder_when_everyone_voted(bot: Harness) -> None:
    await _board(bot, BRAM)
    poll_id, _ = await _open(bot, "/peiling Borrel?")
    await _vote(bot, poll_id, ANNA, 0)
    await _vote(bot, poll_id, BRAM, 2)
    assert await bot.advance(timedelta(hours=24)) == []


async def test_creator_reminds_at_once(bot: Harness) -> None:
    await _board(bot, BRAM, DIRK)
    poll_id, _ = await _open(bot, "/peiling Borrel?", user=BRAM)
    await _vote(bot, poll_id, BRAM, 0)
    out = await bot.say("/peiling herinner", user=BRAM)
    assert "Nog niet gestemd: Anna de Vries, Dirk Bakker" in (out[0].text or "")
    out = await bot.say("/peiling herinner", user=DIRK)
    assert out[0].text == "Er staat geen peiling van jou open."
    await _vote(bot, poll_id, ANNA, 0)
    await _vote(bot, poll_id, DIRK, 0)
    out = await bot.say("/peiling herinner", user=BRAM)
    assert "Het hele bestuur heeft al gestemd" in (out[0].text or "")


async def test_close_button_for_creator_or_admin_only(bot: Harness) -> None:
    await _board(bot, BRAM, DIRK)
    poll_id, message = await _open(bot, "/peiling Borrel?", user=BRAM)
    await _vote(bot, poll_id, BRAM, 0)
    await _vote(bot, poll_id, DIRK, 2)
    await bot.press("🔒 Sluiten", user=DIRK, message_id=message.message_id)
    answer = bot.fake.calls_to("answerCallbackQuery")[-1].params
    assert "Alleen wie de peiling maakte" in answer["text"]
    assert bot.fake.calls_to("stopPoll") == []
    out = await bot.press("🔒 Sluiten", user=ANNA, message_id=message.message_id)  # an admin
    assert "Uitkomst: aangenomen" in _result(out)
    assert await bot.sql("SELECT closed_by FROM polls") == [(ANNA.id,)]
    assert await bot.sql("SELECT count(*) FROM due WHERE state = 'pending'") == [(0,)]
    assert await bot.advance(timedelta(days=3)) == []  # nothing more: no reminder, no close


async def test_a_board_of_one_is_counted_in_the_singular(bot: Harness) -> None:
    """A board of one reads "1 lid", "0 van 1 bestuurslid", never "1 leden"."""
    await _board(bot)  # Anna alone
    out = await bot.say("/peiling Zullen we een kerstborrel houden?")
    assert "(1 lid)" in (out[-1].text or "")
    message = _poll_message(out)
    poll_id = bot.fake.poll_id(DUINDORP.id, message.message_id)
    reminder = await bot.advance(timedelta(hours=24))
    text = reminder[0].text or ""
    assert "Nog 24 uur om te stemmen" in text
    assert "Gestemd: 0 van 1 bestuurslid." in text
    assert await bot.advance(timedelta(hours=23)) == []
    await _vote(bot, poll_id, ANNA, 0)
    out = await bot.press("🔒 Sluiten", message_id=message.message_id)
    assert "Opkomst: 1 van 1 bestuurslid (100%)" in _result(out)


async def test_close_across_restart_past_the_deadline_happens_once(bot: Harness) -> None:
    await _board(bot, BRAM)
    poll_id, _ = await _open(bot, "/peiling Borrel?")
    await _vote(bot, poll_id, BRAM, 1)
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=3))
    out = bot.fake.changes_since(marker)
    results = [c for c in out if (c.text or "").startswith("🗳️ Uitslag")]
    assert len(results) == 1
    assert "Uitkomst: verworpen" in (results[0].text or "")
    assert [c for c in out if (c.text or "").startswith("⏰")] == []  # no stale reminders
    assert len(bot.fake.calls_to("stopPoll")) == 1
    await bot.restart(after=timedelta(hours=1))
    assert bot.fake.changes_since(marker) == out
    assert len(bot.fake.calls_to("stopPoll")) == 1


async def test_reopen_sets_a_new_deadline_and_keeps_votes(bot: Harness) -> None:
    await _board(bot, BRAM)
    poll_id, _ = await _open(bot, "/peiling Borrel?")
    await _vote(bot, poll_id, ANNA, 0)
    out = await bot.advance(timedelta(hours=48))
    result = next(c for c in out if (c.text or "").startswith("🗳️ Uitslag"))
    await bot.press("🔁 Heropenen", user=BRAM, message_id=result.message_id)
    assert (
        "Alleen wie de peiling maakte"
        in bot.fake.calls_to("answerCallbackQuery")[-1].params["text"]
    )
    out = await bot.press("🔁 Heropenen", message_id=result.message_id)
    question = out[0]
    out = await bot.say("maandag 20:00", reply_to=question.message_id)
    new_poll = _poll_message(out)
    assert "weer open tot" in (out[-1].text or "")
    new_id = bot.fake.poll_id(DUINDORP.id, new_poll.message_id)
    assert new_id != poll_id
    await _vote(bot, new_id, BRAM, 1)
    out = await bot.advance(timedelta(days=5))
    assert "• Anna de Vries: Voor\n• Bram: Tegen" in _result(out)


async def test_peilingen_lists_open_and_recently_closed(bot: Harness) -> None:
    await _board(bot, BRAM)
    out = await bot.say("/peilingen")
    assert "Er zijn geen peilingen" in (out[0].text or "")
    first, _ = await _open(bot, "/peiling Borrel?")
    await _vote(bot, first, ANNA, 0)
    await _vote(bot, first, BRAM, 0)
    await bot.advance(timedelta(hours=48))
    second, _ = await _open(bot, "/peiling Welke kleur? | rood | blauw sluit over 3 dagen")
    await _vote(bot, second, BRAM, 1)
    out = await bot.say("/peilingen")
    text = out[0].text or ""
    assert "Open peilingen (1)" in text
    assert "1. Welke kleur?" in text
    assert "1 van 2 bestuursleden gestemd" in text
    assert "Pas gesloten" in text
    assert "Borrel?" in text
    assert "aangenomen (2 van 2)" in text
    assert out[0].buttons == [[("🔒 Sluit 1", "poll:close:2")]]


async def test_sluit_under_peilingen_edits_the_list_and_an_old_list_catches_up(
    bot: Harness,
) -> None:
    await _board(bot)
    await _open(bot, "/peiling Borrel?")
    first = (await bot.say("/peilingen"))[0]
    second = (await bot.say("/peilingen"))[0]
    out = await bot.press("🔒 Sluit 1", message_id=first.message_id)
    listed = next(c for c in out if c.message_id == first.message_id)
    assert listed.kind == "edited"
    assert (listed.text or "").startswith("Pas gesloten\n• Borrel?")
    assert listed.buttons == []
    out = await bot.press("🔒 Sluit 1", message_id=second.message_id)  # pressed on an old list
    assert bot.fake.calls_to("answerCallbackQuery")[-1].params["text"] == (
        "Deze peiling is al gesloten."
    )
    assert [(c.message_id, c.text) for c in out] == [(second.message_id, listed.text)]
    assert await bot.sql("SELECT count(*) FROM polls WHERE closed_at IS NOT NULL") == [(1,)]


async def test_poll_answer_for_unknown_poll_is_ignored(bot: Harness) -> None:
    await _board(bot)
    update: dict[str, Any] = {
        "update_id": 999,
        "poll_answer": {
            "poll_id": "nope",
            "user": CARLA.to_dict(),
            "option_ids": [0],
            "option_persistent_ids": ["0"],
        },
    }
    assert await bot.process(update) == []
    assert await bot.sql("SELECT count(*) FROM poll_votes") == [(0,)]


async def test_private_chat_cannot_poll(bot: Harness) -> None:
    out = await bot.say("/peiling Borrel?", chat=FakeChat.private(ANNA))
    assert "alleen in de groep" in (out[0].text or "")


# --- pure rules -------------------------------------------------------------------------------
def test_read_command() -> None:
    draft = read_command("Wie sluit af na de vergadering?")
    assert draft.question == "Wie sluit af na de vergadering?"
    assert draft.closing is None
    draft = read_command("Borrel? meerdere sluit vrijdag 17:00")
    assert (draft.question, draft.closing, draft.multiple) == ("Borrel?", "vrijdag 17:00", True)
    draft = read_command("Kleur? | rood | blauw sluit op zondag")
    assert draft.options == ("rood", "blauw")
    assert draft.closing == "zondag"
    with pytest.raises(UsageError):
        read_command("Kleur? | rood | Rood")


def test_tally_and_quorum() -> None:
    result = tally(
        ["a", "b"], {1: [0], 2: [0, 1], 9: [1]}, frozenset({1, 2, 3}), 50, proposal=False
    )
    assert result.counts == (2, 1)
    assert result.other_votes == {9: (1,)}
    assert result.non_voters == (3,)
    assert result.outcome == ("winner", ("a",))
    assert quorum_needed(3, 50) == 2
    assert quorum_needed(4, 50) == 2
    assert quorum_needed(5, 0) == 0


async def test_unclear_closing_time_is_asked_back(bot: Harness) -> None:
    await _board(bot)
    out = await bot.say("/peiling Borrel? | ja | nee sluit om 3 uur")
    assert bot.fake.calls_to("sendPoll") == []  # nothing posted until the moment is settled
    labels = [label for row in out[0].buttons for label, _ in row]
    assert labels == ["03:00 · donderdag 26 november", "15:00 · donderdag 26 november"]
    out = await bot.press("15:00 · donderdag 26 november", message_id=out[0].message_id)
    assert len(bot.fake.calls_to("sendPoll")) == 1
    assert await bot.sql("SELECT question, closes_at FROM polls") == [
        ("Borrel?", "2026-11-26T14:00:00+00:00")
    ]


async def test_result_logged_as_decision_linked_to_the_poll(bot: Harness) -> None:
    await _board(bot, BRAM)
    poll_id, _ = await _open(bot, "/peiling Zullen we een kerstborrel houden?")
    await _vote(bot, poll_id, ANNA, 0)
    await _vote(bot, poll_id, BRAM, 0)
    await _vote(bot, poll_id, CARLA, 1)
    out = await bot.advance(timedelta(hours=48))
    result = next(c for c in out if (c.text or "").startswith("🗳️ Uitslag"))
    assert result.buttons == [
        [("📌 Vastleggen als besluit", "poll:decide:1")],
        [("🔁 Heropenen", "poll:reopen:1")],
    ]
    await bot.press("📌 Vastleggen als besluit", user=CARLA, message_id=result.message_id)
    assert bot.fake.calls_to("answerCallbackQuery")[-1].params["text"] == (
        "Alleen bestuursleden kunnen dit doen."
    )
    out = await bot.press("📌 Vastleggen als besluit", user=BRAM, message_id=result.message_id)
    decisions = await bot.sql("SELECT id, number, text, created_by FROM decisions")
    assert decisions == [
        (
            1,
            1,
            "Peiling: Zullen we een kerstborrel houden? — uitkomst: aangenomen"
            " (Voor 2, Tegen 0, Onthouding 0; 2 van 2 bestuursleden stemden)",
            BRAM.id,
        )
    ]
    assert await bot.sql("SELECT decision_id FROM polls") == [(1,)]
    edited = bot.fake.bot_message(DUINDORP.id, result.message_id)
    assert (edited.text or "").endswith("📌 Vastgelegd als besluit 1 door Bram.")
    assert "Uitkomst: aangenomen" in (edited.text or "")
    assert edited.buttons == []
    # a second phone with the old buttons: nothing twice
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "poll:decide:1", result.message_id))
    assert "al vastgelegd" in bot.fake.calls_to("answerCallbackQuery")[-1].params["text"]
    assert await bot.sql("SELECT count(*) FROM decisions") == [(1,)]
    out = await bot.say("/besluiten")
    assert "Peiling: Zullen we een kerstborrel houden?" in (out[0].text or "")


async def test_poll_update_closes_a_poll_stopped_elsewhere_once(bot: Harness) -> None:
    await _board(bot, BRAM)
    poll_id, _ = await _open(bot, "/peiling Borrel?")
    await _vote(bot, poll_id, ANNA, 0)
    assert await bot.process(bot.fake.poll(poll_id)) == []  # Telegram's view of an open poll
    update = bot.fake.poll(poll_id)
    update["poll"]["is_closed"] = True
    out = await bot.process(update)
    assert "Opkomst: 1 van 2 bestuursleden (50%)" in _result(out)
    assert await bot.sql("SELECT count(*) FROM due WHERE state = 'pending'") == [(0,)]
    again = bot.fake.poll(poll_id)
    again["poll"]["is_closed"] = True
    assert [c for c in await bot.process(again) if c.kind == "new"] == []


async def test_reminder_for_the_poll_answered_with_the_command(bot: Harness) -> None:
    await _board(bot, BRAM)
    first, first_message = await _open(bot, "/peiling Borrel?")
    await _open(bot, "/peiling Kleur? | rood | blauw")
    out = await bot.say("/peiling herinner", reply_to=first_message.message_id)
    assert "stemmen over Borrel?" in (out[0].text or "")
    assert out[0].message["reply_to_message"]["message_id"] == first_message.message_id


async def test_a_poll_whose_deadline_passed_while_the_bot_was_removed_closes_when_it_is_back(
    bot: Harness,
) -> None:
    """The engine gives up on the events of a group that removed the bot; once it is back, the
    poll is closed with its result (at start-up, or the daily chores), once."""
    await _board(bot, BRAM)
    poll_id, _ = await _open(bot, "/peiling Borrel?")
    await _vote(bot, poll_id, BRAM, 1)
    await bot.process(bot.fake.bot_removed(DUINDORP, ANNA))
    await bot.advance(timedelta(days=8))  # its deadline passes while the bot is out
    assert await bot.sql("SELECT state FROM due WHERE kind = 'poll_close'") == [("failed",)]
    await bot.process(bot.fake.bot_added(DUINDORP, ANNA))
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(minutes=5))
    await bot.advance(timedelta(minutes=1))
    results = [c for c in bot.fake.changes_since(marker) if (c.text or "").startswith("🗳️ Uitslag")]
    assert len(results) == 1
    assert await bot.sql("SELECT closed_at IS NOT NULL FROM polls") == [(1,)]
    await bot.restart(after=timedelta(hours=1))
    await bot.advance(timedelta(minutes=1))
    later = [c for c in bot.fake.changes_since(marker) if (c.text or "").startswith("🗳️ Uitslag")]
    assert later == results
