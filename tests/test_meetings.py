"""/overleg: planning, announcing with RSVP and a calendar file, moving, cancelling, chair and
minute-taker, the year, and each meeting's events, through the real Application."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar

from fakegram import ANNA, BRAM, CARLA, DUINDORP, KRAAYENSTEIN
from tests.support.harness import Harness
from tests.support.steps import board

AMS = ZoneInfo("Europe/Amsterdam")


async def plan(bot: Harness, text: str = "/overleg di 8 dec 19:30 Wijkcentrum De Boog, Loosduinen"):  # type: ignore[no-untyped-def]
    await board(bot)
    return await bot.say(text)


def calendar_of(bot: Harness, changes: list) -> Calendar:  # type: ignore[type-arg]
    doc = next(c for c in changes if c.message.get("document"))
    stored = bot.fake.bot_message(doc.chat_id, doc.message_id).document
    assert stored is not None
    assert stored[0].endswith(".ics")
    return Calendar.from_ical(stored[1])


async def test_plan_announces_with_rsvp_buttons_and_calendar_file(bot: Harness) -> None:
    out = await plan(bot)
    text = out[0].text or ""
    assert "Overleg Bewonersorganisatie Duindorp" in text
    assert "dinsdag 8 december om 19:30 tot 21:30" in text
    assert "Wijkcentrum De Boog, Loosduinen" in text
    assert [label for label, _ in out[0].buttons[0]] == ["Ik kom", "Misschien", "Ik kom niet"]
    cal = calendar_of(bot, out)
    event = cal.walk("VEVENT")[0]
    assert event.decoded("dtstart") == datetime(2026, 12, 8, 19, 30, tzinfo=AMS)
    assert event.decoded("dtend") == datetime(2026, 12, 8, 21, 30, tzinfo=AMS)
    assert str(event["location"]) == "Wijkcentrum De Boog, Loosduinen"
    assert int(event["sequence"]) == 0
    assert cal.walk("VTIMEZONE")[0]["tzid"] == "Europe/Amsterdam"
    alarm = event.walk("VALARM")[0]
    assert alarm.decoded("trigger") == -timedelta(days=1)
    rows = await bot.sql(
        "SELECT kind, fire_at FROM due WHERE kind LIKE 'meeting.%' ORDER BY fire_at"
    )
    assert rows == [
        ("meeting.call", "2026-12-01T18:30:00+00:00"),
        ("meeting.close", "2026-12-06T18:30:00+00:00"),
        ("meeting.remind_day", "2026-12-07T18:30:00+00:00"),
        ("meeting.remind_hour", "2026-12-08T17:30:00+00:00"),
        ("meeting.end", "2026-12-08T20:30:00+00:00"),
        ("meeting.half_year", "2027-01-04T08:00:00+00:00"),
    ]
    assert await bot.sql("SELECT state, place FROM meetings") == [
        ("planned", "Wijkcentrum De Boog, Loosduinen")
    ]


async def test_rsvp_counts_and_names_edited_in_place(bot: Harness) -> None:
    out = await plan(bot)
    announce = out[0].message_id
    out = await bot.press("Ik kom", user=BRAM, message_id=announce)
    assert out[0].kind == "edited"
    assert out[0].message_id == announce
    assert "✅ Ik kom (1): Bram" in (out[0].text or "")
    await bot.press("Misschien", user=CARLA, message_id=announce)
    out = await bot.press("Ik kom", user=ANNA, message_id=announce)
    text = out[0].text or ""
    assert "✅ Ik kom (2): Bram, Anna de Vries" in text
    assert "🤔 Misschien (1): Carla" in text
    out = await bot.press("Ik kom niet", user=BRAM, message_id=announce)
    text = out[0].text or ""
    assert "✅ Ik kom (1): Anna de Vries" in text
    assert "❌ Ik kom niet (1): Bram" in text
    assert await bot.sql("SELECT count(*) FROM meeting_rsvps") == [(3,)]


async def test_ics_dtstart_right_across_dst(bot: Harness) -> None:
    # Planned in winter (CET) for a date in summer time (CEST): 19:30 stays 19:30 local.
    out = await plan(bot, "/overleg 6 april 2027 19:30 Buurthuis")
    event = calendar_of(bot, out).walk("VEVENT")[0]
    start = event.decoded("dtstart")
    assert start == datetime(2027, 4, 6, 19, 30, tzinfo=AMS)
    assert start.astimezone(UTC) == datetime(2027, 4, 6, 17, 30, tzinfo=UTC)
    raw = bytes(bot.fake.sent(DUINDORP.id)[-1].document[1]).decode()  # type: ignore[index]
    assert "DTSTART;TZID=Europe/Amsterdam:20270406T193000" in raw
    assert "BEGIN:DAYLIGHT" in raw


async def test_bad_input_usage_and_nothing_stored(bot: Harness) -> None:
    await board(bot)
    for text in (
        "/overleg Buurthuis",
        "/overleg gisteren 19:30 Buurthuis",
        "/overleg 31 februari 19:30",
    ):
        out = await bot.say(text)
        reply = out[0].text or ""
        assert "Zo gebruik je het: /overleg wanneer [waar]" in reply, text
        assert "Bijvoorbeeld: /overleg di 8 dec 19:30" in reply
    assert await bot.sql("SELECT count(*) FROM meetings") == [(0,)]
    assert await bot.sql("SELECT count(*) FROM due") == [(0,)]


async def test_only_board_plans(bot: Harness) -> None:
    await board(bot)
    out = await bot.say("/overleg di 8 dec 19:30 Buurthuis", user=CARLA)
    assert out[0].text == "Alleen bestuursleden kunnen dit doen."
    assert await bot.sql("SELECT count(*) FROM meetings") == [(0,)]


async def test_date_without_time_is_asked(bot: Harness) -> None:
    await board(bot)
    out = await bot.say("/overleg 8 december Buurthuis")
    assert "Hoe laat begint het overleg op dinsdag 8 december?" in (out[0].text or "")
    out = await bot.say("19:30", reply_to=out[0].message_id)
    assert "dinsdag 8 december om 19:30 tot 21:30" in (out[0].text or "")
    assert await bot.sql("SELECT place FROM meetings") == [("Buurthuis",)]


async def test_a_series_without_time_asks_it_and_keeps_the_rest(bot: Harness) -> None:
    await board(bot)
    out = await bot.say("/overleg om de week op donderdag")
    assert (out[0].text or "").startswith(
        "🕰️ Hoe laat beginnen de overleggen (om de week op donderdag)?"
    )
    assert await bot.sql("SELECT count(*) FROM meetings") == [(0,)]
    out = await bot.say("straks", reply_to=out[0].message_id)
    assert "Hoe laat beginnen de overleggen" in (out[-1].text or "")
    out = await bot.say("20:00 in het buurthuis", reply_to=out[-1].message_id)
    announced = out[0].text or ""
    assert "donderdag 26 november om 20:00" in announced
    assert "Vaste reeks" in announced
    assert await bot.sql("SELECT place FROM meetings") == [("het buurthuis",)]


async def pending_events(bot: Harness) -> list[tuple[str, int, str]]:
    rows = await bot.sql(
        "SELECT kind, target_id, fire_at FROM due WHERE state = 'pending'"
        " AND kind != 'meeting.half_year' ORDER BY target_id, fire_at"
    )
    return [(str(k), int(t), str(f)) for k, t, f in rows]


async def test_move_moves_exactly_its_events_and_raises_sequence(bot: Harness) -> None:
    first = await plan(bot, "/overleg di 8 dec 19:30 Buurthuis")
    await bot.say("/overleg di 15 dec 19:30 Buurthuis")
    before = await pending_events(bot)
    other = [e for e in before if e[1] == 2]
    out = await bot.say("/overleg")
    assert [label for label, _ in out[0].buttons[0]] == ["Verplaatsen 1", "Afzeggen 1"]
    assert [label for label, _ in out[0].buttons[1]] == ["Voorzitter 1", "Notulist 1"]
    out = await bot.press("Verplaatsen 1")
    assert "Naar wanneer verplaatsen we het overleg van dinsdag 8 december" in (out[0].text or "")
    out = await bot.say("donderdag 10 december 20:00", reply_to=out[0].message_id)
    assert "Het overleg is verplaatst" in (out[0].text or "")
    assert "Nu: donderdag 10 december om 20:00 tot 22:00" in (out[0].text or "")
    after = await pending_events(bot)
    assert [e for e in after if e[1] == 2] == other
    assert [e for e in after if e[1] == 1] == [
        ("meeting.call", 1, "2026-12-03T19:00:00+00:00"),
        ("meeting.close", 1, "2026-12-08T19:00:00+00:00"),
        ("meeting.remind_day", 1, "2026-12-09T19:00:00+00:00"),
        ("meeting.remind_hour", 1, "2026-12-10T18:00:00+00:00"),
        ("meeting.end", 1, "2026-12-10T21:00:00+00:00"),
    ]
    announce = bot.fake.bot_message(DUINDORP.id, first[0].message_id)
    assert "donderdag 10 december om 20:00" in (announce.text or "")
    old = calendar_of(bot, first).walk("VEVENT")[0]
    new = calendar_of(bot, out).walk("VEVENT")[0]
    assert str(new["uid"]) == str(old["uid"])
    assert int(new["sequence"]) == 1
    assert new.decoded("dtstart") == datetime(2026, 12, 10, 20, 0, tzinfo=AMS)


async def test_cancel_removes_exactly_its_events(bot: Harness) -> None:
    await plan(bot, "/overleg di 8 dec 19:30 Buurthuis")
    await bot.say("/overleg di 15 dec 19:30 Buurthuis")
    await bot.say("/agenda Speeltuin", user=CARLA)
    before = await pending_events(bot)
    await bot.say("/overleg")
    out = await bot.press("Afzeggen 1")
    assert "Weet je het zeker?" in (out[0].text or "")
    assert await bot.sql("SELECT state FROM meetings ORDER BY id") == [("planned",), ("planned",)]
    out += await bot.press("Ja, afzeggen")
    cancelled = next(c for c in out if (c.text or "").startswith("❌ Het overleg"))
    assert "dinsdag 8 december om 19:30 tot 21:30 is afgezegd" in (cancelled.text or "")
    assert "Het agendapunt gaat naar het overleg van 15 december." in (cancelled.text or "")
    assert await pending_events(bot) == [e for e in before if e[1] == 2]
    event = calendar_of(bot, out).walk("VEVENT")[0]
    assert str(event["status"]) == "CANCELLED"
    assert int(event["sequence"]) == 1
    assert await bot.sql("SELECT state FROM meetings ORDER BY id") == [("cancelled",), ("planned",)]
    assert await bot.sql("SELECT meeting_id FROM agenda_items") == [(2,)]
    # nothing of the cancelled meeting is sent later
    out = await bot.advance(timedelta(days=14))
    assert not any("8 december" in (c.text or "") for c in out)


async def test_listing_without_buttons_for_members(bot: Harness) -> None:
    await plan(bot, "/overleg di 8 dec 19:30 Buurthuis")
    out = await bot.say("/overleg", user=CARLA)
    assert "1. dinsdag 8 december om 19:30 tot 21:30" in (out[0].text or "")
    assert out[0].buttons == []
    await bot.process(bot.fake.callback(DUINDORP, CARLA, "mtg:cancel:1", out[0].message_id))
    assert await bot.sql("SELECT state FROM meetings") == [("planned",)]


async def test_chair_and_minute_taker_rotate(bot: Harness) -> None:
    await plan(bot, "/overleg di 8 dec 19:30 Buurthuis")
    await bot.say("/overleg di 15 dec 19:30 Buurthuis")
    await bot.say("/overleg")
    out = await bot.press("Voorzitter 1")
    assert "Aan de beurt volgens de rotatie: ⭐ Anna de Vries" in (out[0].text or "")
    assert out[0].buttons[0] == [("⭐ Anna de Vries", "mtg:set:1:c:501")]
    out = await bot.press("⭐ Anna de Vries")
    assert "🪑 Voorzitter: Anna de Vries" in (out[0].text or "")
    out = await bot.press("Notulist 1")
    assert "⭐ Bram" in (out[0].text or "")  # the chair is passed over
    await bot.press("⭐ Bram")
    out = await bot.press("Voorzitter 2")
    assert "Aan de beurt volgens de rotatie: ⭐ Bram" in (out[0].text or "")
    assert await bot.sql("SELECT chair_id, minute_taker_id FROM meetings WHERE id = 1") == [
        (501, 502)
    ]
    # a forged choice of someone outside the board changes nothing
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "mtg:set:2:c:503", out[0].message_id))
    assert await bot.sql("SELECT chair_id FROM meetings WHERE id = 2") == [(None,)]


async def test_buttons_already_sent_keep_working_and_forged_ones_get_the_stale_alert(
    bot: Harness,
) -> None:
    """The typed buttons pack exactly what buttons in groups already carry; data no button of
    ours carries, or a meeting of another group, is the friendly alert and changes nothing."""
    out = await plan(bot, "/overleg di 8 dec 19:30 Buurthuis")
    announce = out[0].message_id
    assert [data for _, data in out[0].buttons[0]] == [
        "mtg:rsvp:1:yes",
        "mtg:rsvp:1:maybe",
        "mtg:rsvp:1:no",
    ]
    listing = await bot.say("/overleg")
    assert [[data for _, data in row] for row in listing[0].buttons] == [
        ["mtg:move:1", "mtg:cancel:1"],
        ["mtg:job:1:c", "mtg:job:1:m"],
        ["mtg:new"],
    ]
    await bot.process(bot.fake.callback(DUINDORP, CARLA, "mtg:rsvp:1:maybe", announce))
    assert await bot.sql("SELECT user_id, answer FROM meeting_rsvps") == [(503, "maybe")]
    bot.fake.set_admins(KRAAYENSTEIN.id, [], creator=BRAM)
    await bot.say("/overleg do 10 dec 20:00 Dorpshuis", user=BRAM, chat=KRAAYENSTEIN)
    before = await bot.sql("SELECT * FROM meetings ORDER BY id")
    for forged in (
        "mtg:rsvp:1:later",
        "mtg:rsvp:2:yes",  # Kraayenstein's meeting, pressed in Duindorp
        "mtg:cancel:2",
        "mtg:job:1:x",
        "mtg:set:1:c",
        "mtg:list:1",
        "mtg:fly:1",
        "agd:force:1",
        "agd:fly:1",
    ):
        await bot.process(bot.fake.callback(DUINDORP, ANNA, forged, announce))
        answer = bot.fake.calls_to("answerCallbackQuery")[-1].params
        assert answer["text"] == "Deze knop hoort bij iets dat niet meer bestaat.", forged
        assert answer["show_alert"] is True, forged
    assert await bot.sql("SELECT * FROM meetings ORDER BY id") == before
    assert await bot.sql("SELECT user_id, answer FROM meeting_rsvps") == [(503, "maybe")]


async def test_series_keeps_its_next_meeting(bot: Harness) -> None:
    out = await plan(bot, "/overleg elke eerste dinsdag van de maand 19:30 Buurthuis")
    text = out[0].text or ""
    assert "dinsdag 1 december om 19:30 tot 21:30" in text
    assert "Vaste reeks: elke eerste dinsdag van de maand om 19:30" in text
    # an answer redraws the announcement: it still says the meeting is one of a series
    out = await bot.press("Ik kom", user=BRAM)
    assert "Ik kom (1): Bram" in (out[0].text or "")
    assert "Vaste reeks: elke eerste dinsdag van de maand om 19:30" in (out[0].text or "")
    await bot.say("/agenda Wijkschouw", user=CARLA)
    out = await bot.advance(timedelta(days=7))
    end = next(c for c in out if (c.text or "").startswith("✔️"))
    assert "Het volgende overleg: dinsdag 5 januari 2027 om 19:30 tot 21:30" in (end.text or "")
    assert "naar het overleg van 5 januari 2027" in (end.text or "")
    assert await bot.sql("SELECT series_id, state, place FROM meetings ORDER BY id") == [
        (1, "held", "Buurthuis"),
        (1, "planned", "Buurthuis"),
    ]
    # cancelling the series' next meeting plans the one after only when it would have ended
    await bot.say("/overleg")
    await bot.press("Afzeggen")
    await bot.press("Ja, afzeggen")
    assert await bot.sql("SELECT count(*) FROM meetings WHERE state = 'planned'") == [(0,)]
    await bot.advance(timedelta(days=40))
    assert await bot.sql("SELECT starts_at, state FROM meetings WHERE id = 3") == [
        ("2027-02-02T18:30:00+00:00", "planned")
    ]


async def test_year_and_half_year_minimum(bot: Harness) -> None:
    await plan(bot, "/overleg di 1 dec 19:30 Buurthuis")
    await bot.say("/overleg di 15 dec 19:30 Buurthuis")
    await bot.advance(timedelta(days=6, hours=8))
    out = await bot.say("/overleg jaar")
    text = out[0].text or ""
    assert "Overleggen in 2026" in text
    assert "✔️ dinsdag 1 december om 19:30 (geweest) — Buurthuis" in text
    assert "🗓️ dinsdag 15 december om 19:30 (gepland)" in text
    assert "Totaal: 2 (1 geweest, 1 gepland)." in text
    # off by default: the first working day of 2027 passes quietly
    out = await bot.advance(timedelta(days=40))
    assert not any("minimum" in (c.text or "") for c in out)
    await bot.say("/instellingen minimaal 2")
    out = await bot.say("/overleg jaar")
    assert "minder dan het afgesproken minimum van 2 per jaar" in (out[0].text or "")
    # 1 July 2027 is a Thursday: the board is told then (the test jumps to Sunday 11 July
    # 23:00, so the message waits for Monday morning)
    out = await bot.advance(timedelta(days=182))
    assert not any("minimum" in (c.text or "") for c in out)
    out = await bot.advance(timedelta(hours=9))
    warned = [c.text or "" for c in out if "minimum" in (c.text or "")]
    assert len(warned) == 1
    assert "voor 2027 staan 0 overleggen gepland of gehouden" in warned[0]


TOPICS = (
    "Parkeeroverlast Duinstraat",
    "Kerstmarkt op het plein",
    "Zwerfafval bij de haven",
    "Nieuwe speeltoestellen",
    "Verlichting in het park",
    "Buurtpreventie-app",
    "Subsidie voor het buurtfeest",
    "Groenonderhoud langs de dijk",
    "Fietsenrekken bij de school",
    "Hondenpoep op de stoep",
    "Snelheid op de Kustweg",
    "Opening van de moestuin",
    "Jaarverslag van de penningmeester",
    "Wijkkrant in januari",
)


async def test_counts_read_as_one_or_many(bot: Harness) -> None:
    """Real plurals, never "punt(en)" or "1 komen": the listing, the end of a meeting and the
    half-year warning, each with one and with more."""
    out = await plan(bot, "/overleg di 8 dec 19:30 Buurthuis")
    await bot.press("Ik kom", user=BRAM, message_id=out[0].message_id)
    await bot.say("/overleg di 15 dec 19:30 Buurthuis")
    await bot.say("/overleg di 12 jan 19:30 Buurthuis")
    await bot.say("/agenda Speeltuin", user=CARLA)
    text = (await bot.say("/overleg"))[0].text or ""
    assert "✅ 1 komt · 🤔 0 misschien · ❌ 0 niet" in text
    assert "✅ 0 komen · 🤔 0 misschien · ❌ 0 niet" in text
    out = await bot.advance(timedelta(days=15))
    ended = [c.text or "" for c in out if (c.text or "").startswith("✔️")]
    carried = "Eén punt is niet besproken en schuift door naar het overleg van 15 december:"
    assert carried in ended[0]
    await bot.say("/agenda Bankjes", user=CARLA)
    out = await bot.advance(timedelta(days=7))
    ended = [c.text or "" for c in out if (c.text or "").startswith("✔️")]
    carried = "2 punten zijn niet besproken en schuiven door naar het overleg van 12 januari"
    assert carried in ended[0]
    assert "en nog" not in ended[0]
    for topic in TOPICS:  # 2 + 14: one more than the end message names
        await bot.say(f"/agenda {topic}", user=CARLA)
    out = await bot.advance(timedelta(days=27))
    ended = [c.text or "" for c in out if (c.text or "").startswith("✔️")]
    assert "16 punten zijn niet besproken" in ended[0]
    assert "… en nog 1 punt; alles staat in /agenda document." in ended[0]
    await bot.say("/instellingen minimaal 2")
    # past Thursday 1 July 2027, to Monday 2 August (on Sunday it would wait for Monday)
    out = await bot.advance(timedelta(days=201))
    warned = [c.text or "" for c in out if "minimum" in (c.text or "")]
    assert len(warned) == 1
    assert "voor 2027 staat 1 overleg gepland of gehouden, minder dan" in warned[0]


async def test_range_end_and_asking_back_about_the_hour(bot: Harness) -> None:
    out = await plan(bot, "/overleg 8 december van 19.30 tot 21.00 uur in De Boog")
    assert "dinsdag 8 december om 19:30 tot 21:00" in (out[0].text or "")
    assert await bot.sql("SELECT place, ends_at FROM meetings") == [
        ("De Boog", "2026-12-08T20:00:00+00:00")
    ]
    out = await bot.say("/overleg do 10 dec om 3 uur Buurthuis")
    labels = [label for row in out[0].buttons for label, _ in row]
    assert len(labels) == 2
    assert await bot.sql("SELECT count(*) FROM meetings") == [(1,)]
    afternoon = next(label for label in labels if label.startswith("15:00"))
    out = await bot.press(afternoon)
    assert any("donderdag 10 december om 15:00 tot 17:00" in (c.text or "") for c in out)
    assert await bot.sql("SELECT place FROM meetings WHERE id = 2") == [("Buurthuis",)]


async def test_supergroup_upgrade_takes_meetings_and_agenda_along(bot: Harness) -> None:
    from fakegram import KRAAYENSTEIN, FakeChat

    bot.fake.set_admins(KRAAYENSTEIN.id, [], creator=ANNA)
    await bot.process(bot.fake.bot_added(KRAAYENSTEIN, ANNA))
    out = await bot.say("/overleg di 8 dec 19:30 Buurthuis", chat=KRAAYENSTEIN)
    uid = str(calendar_of(bot, out).walk("VEVENT")[0]["uid"])
    await bot.say("/agenda Speeltuin", user=CARLA, chat=KRAAYENSTEIN)
    to_update, from_update = bot.fake.migrate(KRAAYENSTEIN, -1004001004001, ANNA)
    await bot.process(to_update)
    await bot.process(from_update)
    new_chat = FakeChat(-1004001004001, "supergroup", "Wijkberaad Kraayenstein")
    out = await bot.say("/agenda", user=CARLA, chat=new_chat)
    assert "1. Speeltuin (Carla)" in (out[0].text or "")
    assert await bot.sql("SELECT DISTINCT chat_id FROM due WHERE kind LIKE 'meeting.%'") == [
        (-1004001004001,)
    ]
    await bot.say("/overleg", chat=new_chat)
    await bot.press("Verplaatsen", chat=new_chat)
    out = await bot.say(
        "woensdag 9 december 19:30", chat=new_chat, reply_to=bot.fake.last(new_chat.id).message_id
    )
    moved = calendar_of(bot, out).walk("VEVENT")[0]
    assert str(moved["uid"]) == uid  # the calendar still knows it as the same meeting


async def test_lead_times_are_settings_and_can_be_switched_off(bot: Harness) -> None:
    await board(bot)
    out = await bot.say("/instellingen uitvraag uit")
    assert "Uitvraag agendapunten: uit" in (out[0].text or "")
    await bot.say("/instellingen dagherinnering 2 dagen")
    await bot.say("/instellingen uurherinnering uit")
    await bot.say("/overleg di 8 dec 19:30 Buurthuis")
    rows = await bot.sql(
        "SELECT kind, fire_at FROM due WHERE kind LIKE 'meeting.%' AND kind != 'meeting.half_year'"
        " ORDER BY fire_at"
    )
    assert rows == [
        ("meeting.close", "2026-12-06T18:30:00+00:00"),
        ("meeting.remind_day", "2026-12-06T18:30:00+00:00"),
        ("meeting.end", "2026-12-08T20:30:00+00:00"),
    ]
    out = await bot.say("/instellingen")
    await bot.press("📅 Overleg en agenda")
    area = bot.fake.last(DUINDORP.id)
    assert area is not None
    for label in (
        "Uitvraag agendapunten: uit",
        "Agenda sluit: 2 dagen",
        "Minimaal per jaar: 0 per jaar",
    ):
        assert label in (area.text or "")


async def test_the_day_reminder_says_the_day_it_is_sent_on(bot: Harness) -> None:
    """Found in play: after downtime the day-before reminder came on the meeting day itself
    saying "Morgen"; with "dagherinnering 2 dagen" it said "Morgen" two days ahead."""
    await board(bot)
    await bot.say("/overleg di 8 dec 19:30 Buurthuis")
    await bot.say("/instellingen uitvraag uit")
    await bot.advance(datetime(2026, 12, 7, 10, 0, tzinfo=UTC) - bot.clock.now())
    # down from Monday 11:00 to Tuesday 9:00 (the reminder was due Monday 19:30)
    mark = bot.fake.mark()
    await bot.restart(after=datetime(2026, 12, 8, 8, 0, tzinfo=UTC) - bot.clock.now())
    (day,) = [c.text or "" for c in bot.fake.changes_since(mark) if c.kind == "new"]
    assert day.startswith("⏰ Vandaag: overleg Bewonersorganisatie Duindorp")
    assert day.endswith("(te laat verstuurd, de bot was offline)")

    await bot.say("/instellingen dagherinnering 2 dagen")
    await bot.say("/overleg do 17 dec 19:30 Buurthuis")
    out = await bot.advance(datetime(2026, 12, 15, 18, 31, tzinfo=UTC) - bot.clock.now())
    (day,) = [c.text or "" for c in out if (c.text or "").startswith("⏰")]
    assert day.startswith("⏰ Over 2 dagen: overleg Bewonersorganisatie Duindorp")
    assert "donderdag 17 december om 19:30" in day
