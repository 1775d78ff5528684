"""Held-out acceptance of issue 8, played against the real `python -m bot` in a privacy-mode
supergroup: actions named with @username, by reply (to a message the bot never saw) and as an
outside party; a member refused when closing someone else's action; owner reminders after a
restart days later (privately for the owner who pressed Start, in the group with a mention for
the one who did not), nothing twice; the CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from babel.dates import format_date

from fakegram import ANNA, BRAM, CARLA, DUINDORP, FakeBotAPIServer, FakeTelegram, FakeUser
from tests.support.acceptance import AMS, Scene, is_working_day, local_noon, seconds_until
from tests.support.faketime import LATE, needs_faketime
from tests.support.process import until

pytestmark = pytest.mark.process

DIRK = FakeUser(504, "Dirk", username="dirk_dw", language_code=None)


def day(value: date) -> str:
    return str(format_date(value, "EEEE d MMMM", locale="nl"))


def mentions(message: dict[str, object]) -> set[int]:
    entities = message.get("entities") or []
    assert isinstance(entities, list)
    return {e["user"]["id"] for e in entities if e.get("type") == "text_mention"}


@needs_faketime
async def test_actions_owners_refusal_reminders_after_restart_and_csv(tmp_path: Path) -> None:
    fake = FakeTelegram()
    async with FakeBotAPIServer(fake) as server:
        scene = Scene(fake, server, DUINDORP, tmp_path)
        today = datetime.now(UTC).astimezone(AMS).date()
        # owners hear on working days only: a due date whose reminders two days before and a
        # week after fall on working days
        due = today + timedelta(days=5)
        while not all(is_working_day(due + timedelta(days=n)) for n in (-2, -1, 0, 7)):
            due += timedelta(days=1)
        async with scene.act("1-meeting"):
            fake.set_admins(DUINDORP.id, [], creator=ANNA)
            fake.push(fake.bot_added(DUINDORP, ANNA))
            await scene.settle()
            await scene.ask(CARLA, "/help@WijkBot", "Wat Wijkbot kan")
            # Anna adds Dirk to the group: the service message is all the bot sees of him
            added = fake._user_message(DUINDORP, ANNA, new_chat_members=[DIRK.to_dict()])
            fake.push(fake._new_update(message=added))
            fake.push(fake.private_start(CARLA))  # Carla pressed Start
            await scene.settle()
            # by @username
            one = await scene.ask(
                ANNA,
                f"/actie bewonersbrief rondsturen @carla_gemeente uiterlijk {due.day}"
                f" {format_date(due, 'MMMM', locale='nl')}",
                "Actie 1",
            )
            assert one.text == f"✅ Actie 1: bewonersbrief rondsturen. Carla, uiterlijk {day(due)}"
            # by reply to what Bram said (the bot never saw it: privacy mode)
            said = fake.message(DUINDORP, BRAM, "Ik bel de gemeente over de lantaarnpalen")
            two = await scene.ask(
                ANNA,
                f"/actie@WijkBot nabellen over {(due - today).days} dagen",
                "Actie 2",
                reply_to=said,
            )
            assert two.text == f"✅ Actie 2: nabellen. Bram, uiterlijk {day(due)}", two.text
            three = await scene.ask(ANNA, "/actie", "Actie 3", reply_to=said)
            assert three.text == "✅ Actie 3: Ik bel de gemeente over de lantaarnpalen. Bram"
            # an outside party
            four = await scene.ask(
                ANNA, f"/actie lantaarnpalen vervangen gemeente voor {day(due)}", "Actie 4"
            )
            assert "lantaarnpalen vervangen. Gemeente" in (four.text or ""), four.text
            five = await scene.ask(ANNA, "/actie stoepkrijt kopen @dirk_dw", "Actie 5")
            assert five.text == "✅ Actie 5: stoepkrijt kopen. Dirk", five.text
            # Carla (a member) may not close Bram's action; Bram may
            card = await scene.ask(CARLA, "/actie 2", "nabellen")
            await scene.press(CARLA, "✅ Klaar", card.message_id)
            assert "Alleen wie de actie heeft" in scene.alert()
            listing = await scene.ask(BRAM, "/acties", "Bram")
            assert "nabellen" in (listing.text or "")
            # tomorrow evening's meeting: its action list follows three hours after it ends
            meeting = today + timedelta(days=1)
            await scene.ask(
                ANNA,
                f"/overleg {meeting.day} {format_date(meeting, 'MMMM', locale='nl')} 19:30"
                " Buurthuis De Boog",
                "Ik kom",
            )

        # Two days before the due date (the bot was down): the reminders go out once.
        mark = fake.mark()
        at_before = seconds_until(local_noon(due - timedelta(days=2)))
        async with scene.act("2-before", at_before):
            out = [c for c in fake.changes_since(mark) if c.kind == "new"]
            private = [c for c in out if c.chat_id == CARLA.id]
            assert len(private) == 1, [(c.chat_id, c.text) for c in out]
            assert "Over twee dagen: actie 1" in (private[0].text or "")
            group = [
                c for c in out if c.chat_id == DUINDORP.id and "Over twee dagen" in (c.text or "")
            ]
            assert len(group) == 1, [c.text for c in out]
            assert "actie 2" in (group[0].text or "")
            assert BRAM.id in mentions(group[0].message)
            assert "actie 1" not in (group[0].text or "")  # Carla's went privately
            lists = [c for c in out if "Actielijst van het overleg" in (c.text or "")]
            assert len(lists) == 1, [c.text for c in out]
            assert "bewonersbrief rondsturen" in (lists[0].text or "")

        mark = fake.mark()
        async with scene.act("3-again", at_before + 600):
            assert [c for c in fake.changes_since(mark) if c.kind == "new"] == []
            before = len(fake.files(DUINDORP.id))
            scene.say(ANNA, "/export@WijkBot acties")
            await until(lambda: len(fake.files(DUINDORP.id)) > before, "the CSV")
            await scene.settle()
            sent = fake.files(DUINDORP.id)[-1]
            assert sent.name.endswith(".csv")
            assert sent.data.startswith(b"\xef\xbb\xbf")
            rows = list(csv.reader(io.StringIO(sent.data.decode("utf-8-sig")), delimiter=";"))
            assert len(rows) == 6, rows
            assert rows[1][1] == "bewonersbrief rondsturen"

        # A week after the due date (at noon, the bot was down at 09:00): overdue, once, late.
        mark = fake.mark()
        async with scene.act("4-overdue", seconds_until(local_noon(due + timedelta(days=7)))):
            out = [c for c in fake.changes_since(mark) if c.kind == "new"]
            overdue = [c for c in out if "moest uiterlijk" in (c.text or "")]
            assert {c.chat_id for c in overdue} == {CARLA.id, DUINDORP.id}, [c.text for c in out]
            assert all(LATE in (c.text or "") for c in overdue), [c.text for c in overdue]
