"""Held-out acceptance of issue 9, played against the real `python -m bot`: an advice registered
today, the bot restarted with its clock past each deadline, one chase per deadline (mailed to a
real local SMTP server without TLS), the contact's acknowledgement (refused for a plain member),
the answer recorded by the board, the escalation text, the chart and the CSV."""

from __future__ import annotations

import csv
import email
import io
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import Message
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from fakegram import ANNA, BRAM, CARLA, DUINDORP, FakeBotAPIServer, FakeTelegram
from tests.support.acceptance import (
    AMS,
    Scene,
    dutch_dates,
    local_noon,
    plus_working_days,
    seconds_until,
)
from tests.support.faketime import needs_faketime

pytestmark = pytest.mark.process

SUBJECT = "Herinrichting Duinplein"


class Inbox:
    """aiosmtpd's handler: every message that arrived, parsed."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802
        content = envelope.content  # type: ignore[attr-defined]
        raw = content if isinstance(content, bytes) else content.encode()
        self.messages.append((list(envelope.rcpt_tos), email.message_from_bytes(raw)))  # type: ignore[attr-defined]
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def body(message: Message) -> str:
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode(message.get_content_charset() or "utf-8")


@needs_faketime
async def test_advice_cycle_with_chases_mail_answer_escalation_chart_and_csv(
    tmp_path: Path, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    fake = FakeTelegram()
    async with FakeBotAPIServer(fake) as server:
        scene = Scene(
            fake,
            server,
            DUINDORP,
            tmp_path,
            extra_env={"SMTP_URL": f"smtp://127.0.0.1:{port}", "MAIL_FROM": "wijkbot@duindorp.nl"},
        )
        # Act 1, today: the board sets up and registers the advice.
        async with scene.act("1-register"):
            fake.set_admins(DUINDORP.id, [], creator=ANNA)
            mark = fake.mark()
            fake.push(fake.bot_added(DUINDORP, ANNA))
            await scene.settle()
            assert any("Hallo" in (c.text or "") for c in scene.new(mark))
            await scene.ask(CARLA, "/help@WijkBot", "Wat Wijkbot kan")
            await scene.ask(BRAM, "/help", "Wat Wijkbot kan")
            await scene.ask(ANNA, "/gemeente toevoegen @carla_gemeente", "contactpersoon")
            for setting in (
                "escalatie mw. J. de Groot, stadsdeeldirecteur Scheveningen",
                "gemeentemail wijkzaken@denhaag.nl",
                "secretaris secretaris@duindorp.nl",
            ):
                await scene.ask(ANNA, f"/instellingen {setting}", "✅")
            today = datetime.now(UTC).astimezone(AMS).date()
            card = await scene.ask(
                ANNA,
                f"/advies@WijkBot {SUBJECT} aan stadsdeel Scheveningen gevraagd",
                "Vastgelegd als advies 1",
            )
            sent, ack, reply, very_late = dutch_dates(card.text or "")
            assert sent == today
            assert ack == plus_working_days(today, 10), card.text
            assert reply >= today + timedelta(weeks=6), card.text
            assert very_late >= today + timedelta(weeks=12), card.text
            # a plain member cannot acknowledge
            out = await scene.press(BRAM, "✅ Ontvangst bevestigen", card.message_id)
            assert "contactpersonen van de gemeente" in scene.alert()
            assert not [c for c in out if c.kind == "new"]

        # Act 2, the working day after the acknowledgement deadline (chases wait for working
        # days): one chase.
        at_ack = seconds_until(local_noon(plus_working_days(ack, 1)))
        mark = fake.mark()
        async with scene.act("2-ack-late", at_ack):
            chases = [c for c in scene.new(mark) if "Beste Carla" in (c.text or "")]
            assert len(chases) == 1, [c.text for c in scene.new(mark)]
            chase = chases[0]
            assert SUBJECT in (chase.text or "")
            labels = [label for row in chase.buttons for label, _ in row]
            assert "✉️ Mail de gemeente" in labels
            # a plain member may not mail; the board mails once, even pressing twice
            await scene.press(BRAM, "✉️ Mail de gemeente", chase.message_id)
            assert inbox.messages == []
            await scene.press(ANNA, "✉️ Mail de gemeente", chase.message_id)
            await _wait_for_mail(inbox, 1)
            rcpts, first = inbox.messages[0]
            assert rcpts == ["wijkzaken@denhaag.nl"]
            assert first["Reply-To"] == "secretaris@duindorp.nl"
            assert f"Advies 1: {SUBJECT}" in str(first["Subject"])
            assert SUBJECT in body(first)
            relabelled = fake.bot_message(DUINDORP.id, chase.message_id)
            labels = [label for row in relabelled.buttons for label, _ in row]
            assert any(label.startswith("✉️ Gemaild op") for label in labels), labels
            if "✉️ Mail de gemeente" in labels:
                await scene.press(ANNA, "✉️ Mail de gemeente", chase.message_id)
            else:
                gemaild = next(lb for lb in labels if lb.startswith("✉️ Gemaild"))
                await scene.press(ANNA, gemaild, chase.message_id)
            assert len(inbox.messages) == 1
            # the contact acknowledges on the chase itself
            await scene.press(CARLA, "✅ Ontvangst bevestigen", chase.message_id)
            assert "bevestigd" in " ".join(c.text or "" for c in scene.new(mark)[1:])

        # Started again at the same moment: nothing is repeated.
        mark = fake.mark()
        async with scene.act("3-again", at_ack):
            assert not [c for c in scene.new(mark) if "advies 1" in (c.text or "").lower()]

        # Act 4, past the reply deadline: one reply chase, mailed in the same thread.
        mark = fake.mark()
        async with scene.act(
            "4-reply-late", seconds_until(local_noon(plus_working_days(reply, 1)))
        ):
            chases = [c for c in scene.new(mark) if "Beste Carla" in (c.text or "")]
            assert len(chases) == 1, [c.text for c in scene.new(mark)]
            assert "inhoudelijke reactie" in (chases[0].text or "").lower()
            await scene.press(ANNA, "✉️ Mail de gemeente", chases[0].message_id)
            await _wait_for_mail(inbox, 2)
            second = inbox.messages[1][1]
            assert second["In-Reply-To"] == first["Message-ID"]
            assert first["Message-ID"] in str(second["References"])
            assert str(second["Subject"]) == str(first["Subject"])

        # Act 5, past the very-late date: the escalation to the board; the answer comes in.
        mark = fake.mark()
        async with scene.act(
            "5-very-late", seconds_until(local_noon(plus_working_days(very_late, 1)))
        ):
            escalations = [c for c in scene.new(mark) if "Geachte" in (c.text or "")]
            assert len(escalations) == 1, [c.text for c in scene.new(mark)]
            text = escalations[0].text or ""
            assert "lang te laat" in text
            assert "mw. J. de Groot, stadsdeeldirecteur Scheveningen" in text
            assert SUBJECT in text
            answered = await scene.ask(
                ANNA,
                "/advies 1 beantwoord deels overgenomen: De bomen blijven staan.",
                "beantwoord",
            )
            assert "deels overgenomen" in (answered.text or "")
            timeline = await scene.ask(BRAM, "/advies 1", SUBJECT)
            assert "deels overgenomen" in (timeline.text or "")
            files_before = len(fake.files(DUINDORP.id))
            mark = fake.mark()
            scene.say(ANNA, "/adviezen cijfers")
            await _wait_for_files(fake, files_before + 1)
            chart = fake.files(DUINDORP.id)[-1]
            assert chart.kind == "photo"
            assert chart.data.startswith(b"\x89PNG")
            assert chart.width is not None
            assert chart.height is not None
            assert chart.width >= 400, chart
            scene.say(ANNA, "/export@WijkBot adviezen")
            await _wait_for_files(fake, files_before + 2)
            export = fake.files(DUINDORP.id)[-1]
            assert export.kind == "document"
            assert export.name.endswith(".csv")
            assert export.data.startswith(b"\xef\xbb\xbf")
            rows = list(csv.reader(io.StringIO(export.data.decode("utf-8-sig")), delimiter=";"))
            assert len(rows) == 2, rows
            assert SUBJECT in rows[1]
            assert any("deels overgenomen" in cell for cell in rows[1])


async def _wait_for_mail(inbox: Inbox, count: int) -> None:
    from tests.support.process import until

    await until(lambda: len(inbox.messages) >= count, f"{count} mail(s) at the SMTP server")


async def _wait_for_files(fake: FakeTelegram, count: int) -> None:
    from tests.support.process import until

    await until(lambda: len(fake.files(DUINDORP.id)) >= count, f"{count} file(s) sent")
    await fake.wait_idle(quiet=0.3, timeout=10)
