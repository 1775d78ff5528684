"""Issue 19 against the real `python -m bot` in a privacy-mode supergroup, in acts days apart: a
bestuursvergadering with its standard items, minutes per item (by /notulen, by a reply to the
final agenda, for a standard item), an afbericht with a reason, a guest who is not on Telegram
and an item carried over; then the report's text and document (the year, the order, the
numbers, concept), and at the next bestuursvergadering the report approved ("vastgesteld")."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from babel.dates import format_date

from fakegram import ANNA, BRAM, DUINDORP, FakeBotAPIServer, FakeTelegram, FakeUser
from tests.support.acceptance import AMS, Scene, seconds_until, working_morning
from tests.support.faketime import needs_faketime

pytestmark = pytest.mark.process

DIRK = FakeUser(504, "Dirk", "Bakker", "dirk_b")


def spoken(moment: datetime) -> str:
    """As a chair types it: "di 8 dec 19:30"."""
    local = moment.astimezone(AMS)
    return f"{format_date(local.date(), 'EEE d MMM', locale='nl').rstrip('.')} {local:%H:%M}"


def full_day(moment: datetime) -> str:
    """ "dinsdag 8 december 2026"."""
    return str(format_date(moment.astimezone(AMS).date(), "EEEE d MMMM y", locale="nl"))


def at_evening(day: datetime, days: int) -> datetime:
    local = (day + timedelta(days=days)).astimezone(AMS)
    return local.replace(hour=19, minute=30, second=0, microsecond=0)


@needs_faketime
async def test_a_bestuursvergadering_filed_as_a_secretary_files_it(tmp_path: Path) -> None:
    fake = FakeTelegram()
    async with FakeBotAPIServer(fake) as server:
        scene = Scene(fake, server, DUINDORP, tmp_path)
        morning = working_morning()
        first = at_evening(morning, 3)
        second = at_evening(morning, 31)
        async with scene.act("0-plan", seconds_until(morning)):
            fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA, include_bot=False)
            fake.push(fake.bot_added(DUINDORP, ANNA))
            await scene.settle()
            said = fake.message(DUINDORP, DIRK, "ik wil in het bestuur")
            await scene.ask(ANNA, "/bestuur toevoegen", "bestuur", reply_to=said)
            announce = await scene.ask(
                ANNA, f"/overleg {spoken(first)} Wijkcentrum De Boog", "Ik kom"
            )
            await scene.ask(ANNA, f"/overleg {spoken(second)} Wijkcentrum De Boog", "Ik kom")
            for text in ("Speeltuin Duinstraat", "Lantaarnpalen Badhuisstraat", "Kerstborrel"):
                await scene.ask(BRAM, f"/agenda {text}", text)
            await scene.press(BRAM, "Ik kom", announce.message_id)
            await scene.press(ANNA, "Ik kom", announce.message_id)
            out = await scene.press(DIRK, "Ik kom niet", announce.message_id)
            asked = next(c for c in out if "reden" in (c.text or ""))
            noted = await scene.ask(DIRK, "ziek", "afwezig met bericht", reply_to=asked.message_id)
            assert noted.text == "Genoteerd: Dirk is afwezig met bericht (ziek)."

        mark = fake.mark()
        async with scene.act("1-meeting", seconds_until(first + timedelta(minutes=20))):
            final = next(c for c in scene.new(mark) if "Definitieve agenda" in (c.text or ""))
            assert (
                "▫️ Opening en vaststellen agenda\n▫️ Verslag vorige vergadering\n"
                "▫️ Mededelingen en ingekomen stukken\n1. Speeltuin Duinstraat"
            ) in (final.text or "")
            assert "▫️ Rondvraag\n▫️ Sluiting" in (final.text or "")
            await scene.ask(
                BRAM, "/notulen 1: Het stadsdeel repareert de speeltuin in maart.", "punt 1"
            )
            reply = await scene.ask(
                BRAM, "2: De lantaarnpalen zijn gemeld.", "punt 2", reply_to=final.message_id
            )
            assert reply.text == "✍️ Genoteerd bij punt 2: Lantaarnpalen Badhuisstraat"
            await scene.ask(
                ANNA, "/notulen mededelingen: De wijkagent stelt zich voor.", "Genoteerd"
            )
            await scene.ask(
                ANNA, "/notulen rondvraag: Bram vraagt naar de kerstbomen.", "rondvraag"
            )
            await scene.ask(ANNA, "/verslag gast Piet (wijkagent)", "als gast")
            await scene.ask(
                ANNA, "/besluit 1: we vragen het stadsdeel om een planning", "Besluit 1"
            )

        mark = fake.mark()
        async with scene.act("2-after", seconds_until(first + timedelta(days=1, hours=-9))):
            # the meeting ended late in the evening: its end comes after the quiet hours
            assert any("is geweest" in (c.text or "") for c in scene.new(mark))
            report = await scene.ask(BRAM, "/verslag", "Verslag van het overleg")
            text = report.text or ""
            second_day = full_day(second)
            for part in (
                "📄 Concept: het volgende overleg van deze soort stelt het verslag vast.",
                "Voorzitter: Anna de Vries",
                "Notulist: Bram",
                "👥 Aanwezig (2): Bram, Anna de Vries",
                "Afwezig met bericht: Dirk Bakker (ziek)",
                "Gasten: Piet (wijkagent)",
                "Agenda en besluiten\n"
                "▫️ Opening en vaststellen agenda\n"
                "▫️ Verslag vorige vergadering\n"
                "▫️ Mededelingen en ingekomen stukken\n"
                "   ✍️ De wijkagent stelt zich voor.\n"
                "1. Speeltuin Duinstraat\n"
                "   ✍️ Het stadsdeel repareert de speeltuin in maart.\n"
                "   📌 Besluit 1: we vragen het stadsdeel om een planning\n"
                "2. Lantaarnpalen Badhuisstraat\n"
                "   ✍️ De lantaarnpalen zijn gemeld.\n"
                f"3. Kerstborrel — doorgeschoven naar {second_day}\n"
                "▫️ Rondvraag\n"
                "   ✍️ Bram vraagt naar de kerstbomen.\n"
                "▫️ Sluiting",
            ):
                assert part in text, part
            document = fake.files(DUINDORP.id)[-1]
            assert document.name == f"verslag-{first.astimezone(AMS).date().isoformat()}.html"
            html = document.data.decode()
            assert f"Verslag: Bestuursvergadering, {full_day(first)}" in html
            assert f"{full_day(first)} om 19:30 tot 21:30" in html
            assert 'counter(page) " / " counter(pages)' in html
            assert '<span class="status concept">' in html
            order = [
                html.index(s)
                for s in ("Opening en vaststellen", '<li value="1">', '<li value="3">', "Sluiting")
            ]
            assert order == sorted(order)
            assert f"doorgeschoven naar {second_day}" in html

        mark = fake.mark()
        async with scene.act("3-next", seconds_until(second + timedelta(minutes=20))):
            approved = await scene.ask(ANNA, "/verslag vaststellen", "vastgesteld")
            assert approved.text == (
                f"✅ Het verslag van {full_day(first)} is vastgesteld. Hieronder het"
                " vastgestelde verslag."
            )
            await scene.settle()
            html = fake.files(DUINDORP.id)[-1].data.decode()
            assert f"✅ Vastgesteld op {full_day(second)}." in html
            assert f"Verslag: Bestuursvergadering, {full_day(first)}" in html
            now = await scene.ask(BRAM, "/verslag", "Verslag van het overleg")
            assert (
                "▫️ Verslag vorige vergadering\n"
                f"   ✅ Het verslag van {full_day(first)} is vastgesteld."
            ) in (now.text or "")
            assert "1. Kerstborrel" in (now.text or "")  # the carried item, first on this agenda
