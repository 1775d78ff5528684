"""Held-out acceptance of issue 10, played against the real `python -m bot` with native poll
updates: board and non-board votes, a retracted vote, the reminder to exactly the non-voters
(privately too for the one who pressed Start), the close after a restart past the deadline,
and the result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fakegram import ANNA, BRAM, CARLA, DUINDORP, FakeBotAPIServer, FakeTelegram, FakeUser
from tests.support.acceptance import Scene, seconds_until, working_morning
from tests.support.faketime import needs_faketime

pytestmark = pytest.mark.process

DIRK = FakeUser(504, "Dirk", language_code=None)  # no username, no last name
HOUR = 3600


def mentioned(message: dict[str, object]) -> set[int]:
    entities = message.get("entities") or []
    assert isinstance(entities, list)
    return {e["user"]["id"] for e in entities if e.get("type") == "text_mention"}


@needs_faketime
async def test_poll_cycle_votes_reminder_close_after_restart(tmp_path: Path) -> None:
    fake = FakeTelegram()
    async with FakeBotAPIServer(fake) as server:
        scene = Scene(fake, server, DUINDORP, tmp_path)
        # a working morning: the reminder 24 hours before the deadline is not in quiet hours
        start = seconds_until(working_morning())
        async with scene.act("1-open", start):
            polls = fake.calls_to("getUpdates")[-1].params
            allowed = polls.get("allowed_updates")
            allowed = json.loads(allowed) if isinstance(allowed, str) else allowed
            assert "poll_answer" in allowed
            assert "poll" in allowed
            fake.set_admins(DUINDORP.id, [], creator=ANNA)
            fake.push(fake.bot_added(DUINDORP, ANNA))
            await scene.settle()
            # the board: Anna (creator); Bram and Dirk added by replying to what they said
            for member in (BRAM, DIRK):
                said = fake.message(DUINDORP, member, "Ik wil graag meedoen")  # not delivered
                await scene.ask(
                    ANNA, "/bestuur@WijkBot toevoegen", "hoort nu bij het bestuur", reply_to=said
                )
            mark = fake.mark()
            fake.push(fake.private_start(DIRK))
            await scene.settle()
            scene.say(ANNA, "/peiling@WijkBot Nieuwe banken op het plein?")
            await scene.settle()
            sent = [c for c in fake.changes_since(mark) if "poll" in c.message]
            assert len(sent) == 1
            poll_message = sent[0]
            call = fake.calls_to("sendPoll")[-1].params
            assert call["is_anonymous"] in (False, "false", "False")
            poll_id = fake.poll_id(DUINDORP.id, poll_message.message_id)
            fake.vote(poll_id, ANNA, [0])
            fake.vote(poll_id, CARLA, [0])  # not on the board
            fake.vote(poll_id, DIRK, [1])
            fake.vote(poll_id, DIRK, [])  # retracted
            fake.push(fake.poll(poll_id))  # Telegram also reports the poll's new state
            await scene.settle()
            reminder = await scene.ask(ANNA, "/peiling herinner", "Nog niet gestemd")
            assert mentioned(reminder.message) == {BRAM.id, DIRK.id}, reminder.message
            assert "Carla" not in (reminder.text or "")

        # Act 2, 25 hours later: the 24-hours-before reminder went out once, to the non-voters.
        mark = fake.mark()
        async with scene.act("2-plus25h", start + 25 * HOUR):
            reminders = [c for c in fake.changes_since(mark) if (c.text or "").startswith("⏰")]
            group = [c for c in reminders if c.chat_id == DUINDORP.id]
            assert len(group) == 1, [c.text for c in reminders]
            assert mentioned(group[0].message) == {BRAM.id, DIRK.id}
            assert [c.chat_id for c in reminders if c.chat_id != DUINDORP.id] == [DIRK.id]

        # While the bot is down (before the deadline, in real time) Bram votes: Telegram keeps
        # the update; it must count, even though the bot comes back after the deadline.
        fake.vote(poll_id, BRAM, [1])

        # Act 3, three days later: closed once at start-up, the result among the board.
        mark = fake.mark()
        async with scene.act("3-plus3d", start + 72 * HOUR):
            results = [c for c in scene.new(mark) if "Uitslag" in (c.text or "")]
            assert len(results) == 1, [c.text for c in scene.new(mark)]
            result = results[0].text or ""
            assert "Voor: 1" in result
            assert "Tegen: 1" in result
            assert "Carla" in result  # shown as not counted
            assert "niet meegeteld" in result.lower()
            assert "Niet gestemd: Dirk" in result
            assert "2 van 3" in result
            assert not [c for c in scene.new(mark) if (c.text or "").startswith("⏰")]
            assert [c.params["message_id"] for c in fake.calls_to("stopPoll")] == [
                poll_message.message_id
            ]
            assert fake.bot_message(DUINDORP.id, poll_message.message_id).poll["is_closed"]
            listing = await scene.ask(BRAM, "/peilingen", "Nieuwe banken")
            assert "Pas gesloten" in (listing.text or "")
            # the result becomes a decision (Bram, a board member; then once only)
            await scene.press(CARLA, "📌 Vastleggen als besluit", results[0].message_id)
            assert "bestuur" in scene.alert().lower(), scene.alert()
            out = await scene.press(BRAM, "📌 Vastleggen als besluit", results[0].message_id)
            assert any("Vastgelegd als besluit 1" in (c.text or "") for c in out), out
            data = "poll:decide:" + results[0].buttons[0][0][1].rsplit(":", 1)[1]
            answered = len(fake.answered_callbacks)
            fake.push(fake.callback(DUINDORP, ANNA, data, results[0].message_id))  # pressed twice
            await scene.settle()
            assert len(fake.answered_callbacks) == answered + 1
            decisions = await scene.ask(CARLA, "/besluiten@WijkBot", "Besluiten van")
            text = decisions.text or ""
            assert text.count("Nieuwe banken op het plein?") == 1, text
            assert "Voor" in text

        # Started again at the same moment: nothing twice.
        mark = fake.mark()
        async with scene.act("4-again", start + 72 * HOUR + 60):
            assert scene.new(mark) == []
            assert len(fake.calls_to("stopPoll")) == 1
