"""Decisions and actions linked to meetings, /verslag on a known meeting, attendance corrections
and the action list that follows a meeting by itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fakegram import ANNA, BRAM, CARLA, DUINDORP
from tests.support.harness import Harness


def text(changes: list) -> str:  # type: ignore[type-arg]
    return "\n---\n".join(c.text or "" for c in changes)


async def until(bot: Harness, moment: datetime) -> list:  # type: ignore[type-arg]
    return await bot.advance(moment - bot.clock.now())


async def meeting(bot: Harness) -> int:
    """A meeting on Tuesday 8 December 19:30-21:30 with two agenda items, RSVPs, a chair and a
    minute-taker, and one action logged before it; returns the announcement's message id."""
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    await bot.say("/help", user=CARLA)
    await bot.say("/help", user=BRAM)
    await bot.say("/actie kascontrole voorbereiden Bram uiterlijk 20 december")
    out = await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog, Loosduinen")
    announce = out[0].message_id
    await bot.say("/agenda Parkeeroverlast Duinstraat", user=CARLA)
    await bot.say("/agenda Buurtfeest in juni", user=BRAM)
    await bot.press("Ik kom", user=BRAM, message_id=announce)
    await bot.press("Ik kom niet", user=CARLA, message_id=announce)
    await bot.say("/overleg")
    await bot.press("Voorzitter")
    await bot.press("⭐ Anna de Vries")
    await bot.press("Notulist")
    await bot.press("⭐ Bram")
    return announce


async def test_report_of_a_known_meeting(bot: Harness) -> None:
    await meeting(bot)
    await until(bot, datetime(2026, 12, 8, 18, 45, tzinfo=UTC))  # 19:45, in progress
    out = await bot.say("/besluit 2: we organiseren het buurtfeest op 20 juni")
    assert text(out) == (
        "📌 Besluit 1 bij punt 2 ‘Buurtfeest in juni’: we organiseren het buurtfeest op 20 juni\n"
        "Bij het overleg van dinsdag 8 december."
    )
    await bot.say("/besluit de vergadering gaat voortaan om 19:00 beginnen")
    await bot.say("/actie vergunning aanvragen @carla_gemeente uiterlijk 15 januari")
    assert await bot.sql("SELECT number, meeting_id FROM actions ORDER BY number") == [
        (1, None),
        (2, 1),
    ]
    out = await bot.say("/besluit 7: iets", user=ANNA)
    assert text(out) == "Het overleg heeft geen agendapunt 7."
    out = await bot.say("/verslag", user=BRAM)
    report = out[0].text or ""
    assert report.startswith("📝 Verslag van het overleg van dinsdag 8 december")
    for part in (
        "🕖 dinsdag 8 december om 19:30 tot 21:30",
        "📍 Wijkcentrum De Boog, Loosduinen",
        "Voorzitter: Anna de Vries",
        "Notulist: Bram",
        "👥 Aanwezig (2): Bram, Anna de Vries",  # the chair, who did not press "Ik kom"
        "Afwezig met bericht: Carla",
        "Agenda en besluiten\n▫️ Opening en vaststellen agenda\n▫️ Verslag vorige vergadering\n"
        "▫️ Mededelingen en ingekomen stukken\n1. Parkeeroverlast Duinstraat\n"
        "2. Buurtfeest in juni\n   📌 Besluit 1: we organiseren het buurtfeest op 20 juni\n"
        "▫️ Rondvraag\n▫️ Sluiting",
        "Overige besluiten\n   📌 Besluit 2: de vergadering gaat voortaan om 19:00 beginnen",
        "Nieuwe acties\n2. vergunning aanvragen, uiterlijk vrijdag 15 januari 2027 (Carla)",
        "Nog open van eerder\n1. kascontrole voorbereiden, uiterlijk zondag 20 december (Bram)",
    ):
        assert part in report, part
    sent = bot.fake.files(DUINDORP.id)[-1]
    assert sent.name == "verslag-2026-12-08.html"
    html = sent.data.decode()
    assert "@page { size: A4" in html
    assert "Verslag: Bestuursvergadering, dinsdag 8 december 2026" in html
    assert "<strong>Besluit 1:</strong> we organiseren het buurtfeest op 20 juni" in html
    assert "vergunning aanvragen" in html
    assert "Anna de Vries" in html
    # the board corrects who came; a member may not
    await bot.press("👥 Aanwezigen aanpassen", user=CARLA)
    assert await bot.sql("SELECT count(*) FROM meeting_attendance") == [(0,)]
    out = await bot.press("👥 Aanwezigen aanpassen", user=ANNA)
    assert "Wie was er bij het overleg" in text(out)
    await bot.press("✅ Bram", user=ANNA)
    out = await bot.press("↩️ Klaar", user=ANNA)
    assert "👥 Aanwezig (1): Anna de Vries" in text(out)
    assert "Afwezig zonder bericht: Bram" in text(out)
    out = await bot.say("/besluiten")
    assert "Overleg van dinsdag 8 december" in text(out)


async def test_decision_by_reply_to_the_agenda_message_chooses_the_item(bot: Harness) -> None:
    await meeting(bot)
    out = await until(bot, datetime(2026, 12, 6, 18, 31, tzinfo=UTC))  # the agenda closes
    final = next(c for c in out if "Parkeeroverlast" in (c.text or ""))
    await until(bot, datetime(2026, 12, 8, 19, 0, tzinfo=UTC))
    out = await bot.say("/besluit we vragen venstertijden aan", reply_to=final.message_id)
    assert "Bij welk agendapunt hoort dit besluit?" in text(out)
    out = await bot.press("1. Parkeeroverlast Duinstraat")
    assert "Besluit 1 bij punt 1 ‘Parkeeroverlast Duinstraat’" in text(out)
    assert await bot.sql("SELECT meeting_id, agenda_item_id FROM decisions") == [(1, 1)]


async def test_action_list_three_hours_after_the_meeting_once(bot: Harness) -> None:
    await meeting(bot)
    await until(bot, datetime(2026, 12, 8, 19, 0, tzinfo=UTC))
    await bot.say("/actie vergunning aanvragen @carla_gemeente uiterlijk 15 januari")
    out = await until(bot, datetime(2026, 12, 8, 23, 29, tzinfo=UTC))  # 00:29, not yet
    assert "Actielijst" not in text(out)
    out = await until(bot, datetime(2026, 12, 8, 23, 31, tzinfo=UTC))  # 21:30 + 3h
    assert "Actielijst" not in text(out)  # inside the quiet hours: in the morning
    out = await until(bot, datetime(2026, 12, 9, 6, 59, tzinfo=UTC))  # 07:59
    assert "Actielijst" not in text(out)
    out = await until(bot, datetime(2026, 12, 9, 7, 0, tzinfo=UTC))  # 08:00
    lists = [c for c in out if "Actielijst" in (c.text or "")]
    assert len(lists) == 1, [c.text for c in out]
    # one message: the meeting has passed (items carried over), then its action list
    ended, listing = (lists[0].text or "").split("\n\n📋 ", 1)
    assert ended.startswith("✔️ Het overleg van 8 december is geweest.")
    listing = "📋 " + listing
    assert listing.startswith("📋 Actielijst van het overleg van dinsdag 8 december")
    assert "Nieuwe acties\n2. vergunning aanvragen, uiterlijk vrijdag 15 januari 2027 (Carla)" in (
        listing
    )
    assert "Nog open van eerder\n1. kascontrole voorbereiden" in listing
    assert "te laat" not in listing
    marker = bot.fake.mark()
    await bot.restart()
    await bot.advance(timedelta(days=1))
    assert "Actielijst" not in text(bot.fake.changes_since(marker))


async def test_no_action_list_when_the_report_was_posted(bot: Harness) -> None:
    await meeting(bot)
    await until(bot, datetime(2026, 12, 8, 19, 0, tzinfo=UTC))
    await bot.say("/actie vergunning aanvragen @carla_gemeente uiterlijk 15 januari")
    await bot.say("/verslag")
    out = await until(bot, datetime(2026, 12, 10, 12, 0, tzinfo=UTC))
    assert "Actielijst" not in text(out)


async def test_action_list_goes_out_after_a_restart_days_later(bot: Harness) -> None:
    await meeting(bot)
    await until(bot, datetime(2026, 12, 8, 19, 0, tzinfo=UTC))
    await bot.say("/actie vergunning aanvragen @carla_gemeente uiterlijk 15 januari")
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=3))
    out = bot.fake.changes_since(marker)
    lists = [c for c in out if "Actielijst" in (c.text or "")]
    assert len(lists) == 1
    assert "te laat verstuurd" in (lists[0].text or "")


async def test_no_meeting_yet(bot: Harness) -> None:
    out = await bot.say("/verslag")
    assert "Er is nog geen overleg geweest" in text(out)
