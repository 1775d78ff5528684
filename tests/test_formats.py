"""Meeting formats through the Application: the kind as the first word of /overleg (never a
place or a date), its standard agenda around the members' items, its lead times and who is
invited, a series that keeps its kind, and the board's changes (/overleg soorten and
/instellingen → Overleg en agenda)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fakegram import ANNA, BRAM, CARLA, DUINDORP
from tests.support.harness import Harness
from tests.support.steps import texts, until


async def group(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    for user in (ANNA, BRAM, CARLA):
        await bot.say("/help", user=user)
    await bot.say("/gemeente toevoegen @carla_gemeente")


async def test_the_kind_is_read_first_and_never_as_place_or_date(bot: Harness) -> None:
    await group(bot)
    out = await bot.say("/overleg stadsdeeloverleg do 14 jan 15:00 Stadsdeelkantoor")
    announced = texts(out)[0]
    assert "🕒 donderdag 14 januari 2027 om 15:00 tot 17:00" in announced
    assert "🗂 Stadsdeeloverleg · uitgenodigd: het bestuur en de gemeente" in announced
    assert "📍 Stadsdeelkantoor" in announced
    out = await bot.say("/overleg do 21 jan 15:00 stadsdeeloverleg Stadsdeelkantoor")
    assert "📍 Stadsdeelkantoor\n" in texts(out)[0]
    out = await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog")  # no kind: the board's
    assert "🗂" not in texts(out)[0]
    assert await bot.sql("SELECT kind, place FROM meetings ORDER BY id") == [
        ("stadsdeel", "Stadsdeelkantoor"),
        ("stadsdeel", "Stadsdeelkantoor"),
        ("bestuur", "Wijkcentrum De Boog"),
    ]
    # a kind asked about step by step keeps it: "half 4" is asked back, the kind stays
    out = await bot.say("/overleg evaluatie 28 jan Buurthuis")
    await bot.say("15:00", reply_to=out[-1].message_id)
    assert await bot.sql("SELECT kind, place FROM meetings WHERE id = 4") == [
        ("evaluatie", "Buurthuis")
    ]
    # the standard agenda around the members' items, on /agenda
    await bot.say("/agenda Parkeeroverlast Duinstraat", user=CARLA)
    agenda = texts(await bot.say("/agenda"))[0]
    assert (
        "▫️ Opening en vaststellen agenda\n▫️ Verslag vorige vergadering\n"
        "▫️ Mededelingen en ingekomen stukken\n1. Parkeeroverlast Duinstraat (Carla)\n"
        "▫️ Rondvraag\n▫️ Sluiting"
    ) in agenda


async def test_a_members_meeting_asks_for_items_four_weeks_ahead(bot: Harness) -> None:
    await group(bot)
    await bot.say("/overleg alv vr 12 maart 20:00 Buurthuis")
    calls = await bot.sql("SELECT fire_at FROM due WHERE kind = 'meeting.call'")
    assert calls == [("2027-02-12T19:00:00+00:00",)]  # 4 weeks before, not the group's 7 days
    closes = await bot.sql("SELECT fire_at FROM due WHERE kind = 'meeting.close'")
    assert closes == [("2027-03-05T19:00:00+00:00",)]


async def test_a_series_keeps_its_kind(bot: Harness) -> None:
    await group(bot)
    out = await bot.say(
        "/overleg stadsdeeloverleg elke eerste donderdag van de maand 15:00 Stadsdeelkantoor"
    )
    assert "🗂 Stadsdeeloverleg" in texts(out)[0]
    await until(bot, datetime(2026, 12, 4, 9, 0, tzinfo=UTC))  # after the first, 3 December
    assert await bot.sql("SELECT kind, starts_at FROM meetings ORDER BY id") == [
        ("stadsdeel", "2026-12-03T14:00:00+00:00"),
        ("stadsdeel", "2027-01-07T14:00:00+00:00"),
    ]


async def test_the_board_changes_a_kind_and_adds_one(bot: Harness) -> None:
    await group(bot)
    out = await bot.say("/overleg soorten")
    listing = texts(out)[0]
    assert listing.startswith("🗂 Soorten overleg\n")
    for part in (
        "Bestuursvergadering (/overleg bestuursvergadering …): uitgenodigd het bestuur",
        "Ledenvergadering (ALV) (/overleg ledenvergadering …): uitgenodigd alle leden",
        "Stadsdeeloverleg (/overleg stadsdeeloverleg …): uitgenodigd het bestuur en de gemeente",
        "Thermometergesprek (/overleg thermometergesprek …)",
        "Evaluatie (/overleg evaluatie …)",
    ):
        assert part in listing, part
    assert texts(await bot.say("/overleg soorten", user=CARLA)) == [listing]  # no buttons
    out = await bot.press("🗂 Stadsdeeloverleg", user=CARLA)  # the board's buttons
    assert await bot.sql("SELECT count(*) FROM meeting_formats") == [(0,)]

    card = texts(await bot.press("🗂 Stadsdeeloverleg"))[0]
    assert card.startswith("🗂 Stadsdeeloverleg\nPlannen: /overleg stadsdeeloverleg …")
    assert (
        "Agendapunten gevraagd: 7 dagen (instelling van de groep) vooraf · agenda sluit: 2 dagen"
        " (instelling van de groep) vooraf"
    ) in card
    out = await bot.press("✏️ Vooraf")
    out = await bot.say(
        "1. Opening\n2. Actielijst vorig overleg\n- Nieuws uit de wijk", reply_to=out[-1].message_id
    )
    assert texts(out)[0].startswith("✅ Opgeslagen.\n\n🗂 Stadsdeeloverleg")
    assert (
        "▫️ Opening\n▫️ Actielijst vorig overleg\n▫️ Nieuws uit de wijk\n"
        "▫️ de punten van de leden\n▫️ Rondvraag\n▫️ Sluiting"
    ) in texts(out)[0]
    out = await bot.press("⏱ Termijnen")
    out = await bot.say("3 weken, 1 week", reply_to=out[-1].message_id)
    assert "Agendapunten gevraagd: 3 weken vooraf · agenda sluit: 1 week vooraf" in texts(out)[0]
    out = await bot.press("👥 Uitgenodigd")
    assert "Uitgenodigd: alle leden" in texts(out)[0]

    await bot.say("/overleg stadsdeeloverleg do 14 jan 15:00 Stadsdeelkantoor")
    calls = await bot.sql("SELECT fire_at FROM due WHERE kind = 'meeting.call'")
    assert calls == [("2026-12-24T14:00:00+00:00",)]
    agenda = texts(await bot.say("/agenda"))[0]
    assert "▫️ Opening\n▫️ Actielijst vorig overleg\n▫️ Nieuws uit de wijk\n" in agenda
    out = await bot.say("/agenda document")
    html = bot.fake.files(DUINDORP.id)[-1].data.decode()
    assert "Bewonersorganisatie Duindorp</strong> · Stadsdeeloverleg" in html
    assert "<li>Opening</li><li>Actielijst vorig overleg</li><li>Nieuws uit de wijk</li>" in html

    # a kind of the group's own
    out = await bot.say("/overleg soorten")
    out = await bot.press("➕ Nieuwe soort", message_id=out[0].message_id)
    out = await bot.say("Buurtschouw", reply_to=out[-1].message_id)
    assert texts(out)[0].startswith(
        "✅ Opgeslagen.\n\n🗂 Buurtschouw\nPlannen: /overleg buurtschouw …"
    )
    out = await bot.say("/overleg buurtschouw za 16 jan 10:00 Duinplein")
    assert "🗂 Buurtschouw · uitgenodigd: het bestuur" in texts(out)[0]
    assert "📍 Duinplein" in texts(out)[0]
    out = await bot.say("/overleg soorten")
    await bot.press("🗂 Buurtschouw", message_id=out[0].message_id)
    out = await bot.press("🗑 Verwijderen")
    assert texts(out)[0].startswith(
        "🗑 Buurtschouw is verwijderd; overleggen van die soort zijn nu bestuursvergaderingen."
    )
    # and the stadsdeeloverleg as it ships
    out = await bot.say("/overleg soorten")
    await bot.press("🗂 Stadsdeeloverleg", message_id=out[0].message_id)
    out = await bot.press("↩️ Standaard")
    assert "▫️ Opening en kennismaking" in texts(out)[0]
    assert "Uitgenodigd: het bestuur en de gemeente" in texts(out)[0]


async def test_kinds_from_the_settings_and_who_is_expected_in_the_report(bot: Harness) -> None:
    await group(bot)
    await bot.say("/instellingen")
    out = await bot.press("📅 Overleg en agenda")
    assert "🗂 Soorten overleg" in [label for row in out[0].buttons for label, _ in row]
    out = await bot.press("🗂 Soorten overleg")
    assert texts(out)[0].startswith("🗂 Soorten overleg")

    out = await bot.say("/overleg stadsdeeloverleg do 10 dec 15:00 Stadsdeelkantoor")
    await bot.press("Ik kom", user=BRAM, message_id=out[0].message_id)
    await bot.press("Ik kom", user=ANNA, message_id=out[0].message_id)
    await bot.advance(timedelta(days=15))
    report = texts(await bot.say("/verslag"))[0]
    assert "Afwezig zonder bericht: Carla" in report  # the gemeente is invited to this kind
    assert "▫️ Opening en kennismaking" in report


async def test_an_english_group_plans_a_kind_with_its_english_word(bot: Harness) -> None:
    await group(bot)
    await bot.say("/instellingen taal en")
    out = await bot.say("/meeting district Thu 14 Jan 15:00 District office")
    assert "🗂 District office meeting · invited: the board and the municipality" in texts(out)[0]
    assert await bot.sql("SELECT kind, place FROM meetings") == [("stadsdeel", "District office")]
    out = await bot.say("/report guest Carla (district office)")
    assert texts(out) == [
        "There has been no meeting to report on yet. Plan one with /meeting."
    ]  # a guest belongs to a meeting going on or held
