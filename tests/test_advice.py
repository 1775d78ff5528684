"""/advies through the real Application: registering, states, the gemeente's buttons, chasing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fakegram import ANNA, BRAM, CARLA, DUINDORP, KRAAYENSTEIN, Change
from tests.support.harness import Harness
from tests.support.steps import REGISTER, setup_group, texts


async def register(bot: Harness, text: str = REGISTER, **kw: Any) -> Change:
    out = await bot.say(text, **kw)
    assert len(out) == 1, texts(out)
    return out[0]


def doc_message(chat: Any, user: Any, name: str = "advies-duinplein.pdf") -> dict[str, Any]:
    return {
        "message_id": 9001,
        "date": 1764000000,
        "chat": chat.to_dict(),
        "from": user.to_dict(),
        "document": {"file_id": "BQACdoc1", "file_unique_id": "AgADdoc1", "file_name": name},
        "caption": "Ons advies",
    }


async def test_registering_confirms_number_and_both_deadlines(bot: Harness) -> None:
    await setup_group(bot)
    card = await register(bot)
    assert card.text == (
        "✅ Vastgelegd als advies 1.\n\n"
        "📨 Advies 1: Herinrichting Duinplein\n"
        "Verzonden op maandag 23 november 2026 aan stadsdeel Scheveningen (gevraagd advies)\n"
        "Stand: verzonden\n"
        "⏳ Ontvangstbevestiging uiterlijk maandag 7 december 2026 (10 werkdagen)\n"
        "⏳ Inhoudelijke reactie uiterlijk maandag 4 januari 2027 (6 weken)\n"
        "Lang te laat na maandag 15 februari 2027"
    )
    assert card.buttons[:2] == [
        [("✅ Ontvangst bevestigen", "adv:ack:1")],
        [("✏️ Wijzigen", "adv:edit:1")],
    ]
    assert card.buttons[2][0][0] == "↩️ Ongedaan maken"
    assert await bot.sql(
        "SELECT kind, fire_at FROM due WHERE kind LIKE 'advice_%' ORDER BY id"
    ) == [
        ("advice_ack", "2026-12-08T08:00:00+00:00"),
        ("advice_reply", "2027-01-05T08:00:00+00:00"),
        ("advice_very_late", "2027-02-16T08:00:00+00:00"),
        ("advice_overview", "2026-11-30T08:00:00+00:00"),
    ]


async def test_default_date_is_today_and_christmas_is_skipped(bot: Harness) -> None:
    await setup_group(bot)
    bot.clock.advance(timedelta(days=16))  # Friday 11 December 2026
    card = await register(bot, "/advies Kerstmarkt Keizerstraat ongevraagd")
    assert "Verzonden op vrijdag 11 december 2026 (ongevraagd advies)" in (card.text or "")
    # 14-18, 21-24, (25, 26 kerstdagen), 28 December
    assert "Ontvangstbevestiging uiterlijk maandag 28 december 2026" in (card.text or "")
    out = await bot.say("/advies 1 termijnen")
    assert "Niet meegeteld: 25 dec 2026, eerste kerstdag." in texts(out)[0]
    assert "Niet meegeteld: 6 weekenddagen." in texts(out)[0]  # 12-13, 19-20, 26-27 Dec


async def test_document_or_link_in_the_replied_message_is_attached(bot: Harness) -> None:
    await setup_group(bot)
    card = await register(
        bot, "/advies Speeltuin Vissershaven", reply_to=doc_message(DUINDORP, ANNA)
    )
    assert "📎 advies-duinplein.pdf" in (card.text or "")
    assert await bot.sql("SELECT document_id FROM advices") == [("BQACdoc1",)]
    link = await bot.say("Hier staat het: https://bo-duindorp.nl/advies-groen.pdf", user=BRAM)
    assert link == []  # privacy mode: a plain message gets no answer
    message_id = max(k[1] for k in bot.fake._messages if k[0] == DUINDORP.id)
    card = await register(bot, "/advies Groen in de wijk", reply_to=message_id)
    assert "📎 https://bo-duindorp.nl/advies-groen.pdf" in (card.text or "")


async def test_bad_input_gets_the_usage_and_stores_nothing(bot: Harness) -> None:
    await setup_group(bot)
    cases = {
        "/advies verzonden 3 november": "Zo gebruik je het",  # no subject
        "/advies Duinplein verzonden 3 december 2026": "ligt in de toekomst",
        "/advies Duinplein verzonden morgen": "ligt in de toekomst",
        # a day in the coming weeks is a slip, not last year's December (a year overdue)
        "/advies Fietsenrekken verzonden 1 december aan stadsdeel": "ligt in de toekomst",
        "/advies Fietsenrekken verzonden 15-12": "ligt in de toekomst",
        "/advies Duinplein aan stadsdeel@denhaag": "geen geldig e-mailadres",
        "/advies 7": "Advies 7 bestaat niet in deze groep",
        "/advies 7 ontvangen": "Advies 7 bestaat niet",
    }
    for command, expected in cases.items():
        out = await bot.say(command)
        assert expected in texts(out)[0], (command, texts(out))
        assert "/advies onderwerp [verzonden datum]" in texts(out)[0], command
    assert await bot.sql("SELECT count(*) FROM advices") == [(0,)]
    assert await bot.sql("SELECT count(*) FROM due WHERE kind LIKE 'advice%'") == [(0,)]


async def test_another_groups_advice_cannot_be_reached(bot: Harness) -> None:
    await setup_group(bot)
    await register(bot)
    bot.fake.set_admins(KRAAYENSTEIN.id, [], creator=BRAM)
    out = await bot.say("/advies 1 ontvangen", user=BRAM, chat=KRAAYENSTEIN)
    assert "Advies 1 bestaat niet in deze groep" in texts(out)[0]
    help_message = (await bot.say("/help", user=BRAM, chat=KRAAYENSTEIN))[0]
    await bot.process(bot.fake.callback(KRAAYENSTEIN, BRAM, "adv:ack:1", help_message.message_id))
    assert await bot.sql("SELECT state, acknowledged_on FROM advices") == [("verzonden", None)]


async def test_only_the_board_registers(bot: Harness) -> None:
    await setup_group(bot)
    out = await bot.say(REGISTER, user=BRAM)
    assert texts(out) == ["Alleen bestuursleden kunnen dit doen."]
    assert await bot.sql("SELECT count(*) FROM advices") == [(0,)]


async def test_step_by_step_without_arguments(bot: Harness) -> None:
    await setup_group(bot)
    asked = (await bot.say("/advies"))[0]
    assert "Over welk advies gaat het?" in (asked.text or "")
    out = await bot.say("Bankjes op de boulevard verzonden gisteren", reply_to=asked.message_id)
    assert "Vastgelegd als advies 1" in texts(out)[0]
    assert "Verzonden op dinsdag 24 november 2026" in texts(out)[0]


async def test_acknowledged_from_the_advice_view_redraws_that_view_whole(bot: Harness) -> None:
    await setup_group(bot)
    await register(bot)
    view = (await bot.say("/advies 1", user=CARLA))[0]
    assert "Stand: verzonden" in (view.text or "")
    out = await bot.press("✅ Ontvangst bevestigen", user=CARLA, message_id=view.message_id)
    redrawn = [c for c in out if c.message_id == view.message_id][0]
    assert "Stand: ontvangen" in (redrawn.text or "")  # never the old state over new buttons
    assert "ontvangst bevestigd (25 nov 2026), vastgelegd door Carla" in (redrawn.text or "")
    assert redrawn.buttons == [[("💬 Reactie geven", "adv:ans:1")], [("✏️ Wijzigen", "adv:edit:1")]]


async def test_gemeente_buttons_acknowledge_then_answer(bot: Harness) -> None:
    await setup_group(bot)
    card = await register(bot)
    await bot.press("✅ Ontvangst bevestigen", user=BRAM)  # a plain member: refused
    alert = bot.fake.calls_to("answerCallbackQuery")[-1].params
    assert alert["text"] == "Alleen contactpersonen van de gemeente kunnen dit doen."
    assert await bot.sql("SELECT state FROM advices") == [("verzonden",)]
    out = await bot.press("✅ Ontvangst bevestigen", user=CARLA)
    assert "De ontvangst van advies 1 is bevestigd (woensdag 25 november 2026)" in texts(out)[0]
    edited = [c for c in out if c.message_id == card.message_id][0]
    assert "✅ Ontvangst bevestigd op woensdag 25 november 2026" in (edited.text or "")
    assert edited.buttons == [[("💬 Reactie geven", "adv:ans:1")], [("✏️ Wijzigen", "adv:edit:1")]]
    assert await bot.sql("SELECT state FROM due WHERE kind = 'advice_ack'") == [("cancelled",)]
    # a second press of an old button: refused, nothing changes
    await bot.process(bot.fake.callback(DUINDORP, CARLA, "adv:ack:1", card.message_id))
    alert = bot.fake.calls_to("answerCallbackQuery")[-1].params
    assert "al bevestigd" in alert["text"]
    out = await bot.press("💬 Reactie geven", user=CARLA)
    assert texts(out) == ["Wat is de uitkomst van de reactie op advies 1?"]
    out = await bot.press("deels overgenomen", user=CARLA)
    question = [c for c in out if "Vat de reactie kort samen" in (c.text or "")][0]
    out = await bot.say(
        "De bomen blijven staan; de parkeerplaatsen komen er niet.",
        user=CARLA,
        reply_to=question.message_id,
    )
    assert "✅ Advies 1 is beantwoord (woensdag 25 november 2026): deels overgenomen." in texts(out)
    assert await bot.sql("SELECT state, outcome, summary FROM advices") == [
        (
            "beantwoord",
            "deels overgenomen",
            "De bomen blijven staan; de parkeerplaatsen komen er niet.",
        )
    ]
    assert await bot.sql(
        "SELECT count(*) FROM due WHERE kind LIKE 'advice_%' AND kind != 'advice_overview'"
        " AND state = 'pending'"
    ) == [(0,)]
    timeline = texts(await bot.say("/advies 1"))[0]
    for line in (
        "vastgelegd door Anna de Vries (verzonden 23 nov 2026)",
        "ontvangst bevestigd (25 nov 2026), vastgelegd door Carla",
        "reactie ontvangen (25 nov 2026): deels overgenomen, vastgelegd door Carla",
    ):
        assert line in timeline


async def test_board_records_by_command_and_refusals_change_nothing(bot: Harness) -> None:
    await setup_group(bot)
    await register(bot)
    out = await bot.say("/advies 1 ontvangen 24 november")
    assert "bevestigd (dinsdag 24 november 2026)" in texts(out)[0]
    out = await bot.say("/advies 1 ontvangen")
    assert texts(out) == ["De ontvangst van advies 1 is al bevestigd; er is niets veranderd."]
    out = await bot.say("/advies 1 beantwoord gisteren niet overgenomen: te duur voor de gemeente")
    assert "beantwoord (dinsdag 24 november 2026): niet overgenomen" in texts(out)[0]
    before = await bot.sql("SELECT * FROM advices")
    for command in ("/advies 1 intrekken", "/advies 1 beantwoord overgenomen: toch wel"):
        out = await bot.say(command)
        assert texts(out) == ["Advies 1 is al beantwoord; daar verandert niets meer aan."]
    assert await bot.sql("SELECT * FROM advices") == before
    await register(bot, "/advies Tweede advies")
    out = await bot.say("/advies 2 intrekken")
    assert "Advies 2 is ingetrokken" in texts(out)[0]
    out = await bot.say("/advies 2 beantwoord overgenomen: alsnog")
    assert texts(out) == ["Advies 2 is ingetrokken; daar verandert niets meer aan."]
    out = await bot.say("/advies 2 ontvangen", user=BRAM)
    assert texts(out) == ["Alleen bestuursleden kunnen dit doen."]


async def test_postponement_moves_the_deadline_and_its_chase(bot: Harness) -> None:
    await setup_group(bot)
    await register(bot)
    out = await bot.say(
        "/advies 1 verdaagd 1 februari 2027 wegens behandeling in de gemeenteraad", user=CARLA
    )
    assert texts(out)[0] == (
        "📅 Advies 1 is verdaagd: de inhoudelijke reactie komt uiterlijk maandag 1 februari 2027"
        " (behandeling in de gemeenteraad). Lang te laat na maandag 15 maart 2027."
    )
    rows = await bot.sql(
        "SELECT kind, fire_at FROM due WHERE state = 'pending' AND kind != 'advice_overview'"
        " ORDER BY fire_at"
    )
    assert rows == [
        ("advice_ack", "2026-12-08T08:00:00+00:00"),
        ("advice_reply", "2027-02-02T08:00:00+00:00"),
        ("advice_very_late", "2027-03-16T08:00:00+00:00"),
    ]
    timeline = texts(await bot.say("/advies 1"))[0]
    assert (
        "verdaagd tot 1 feb 2027, vastgelegd door Carla: behandeling in de gemeenteraad" in timeline
    )
    out = await bot.say("/advies 1 verdaagd 1 maart", user=CARLA)  # no reason
    assert "Geef ook de reden van de verdaging van advies 1" in texts(out)[0]
    out = await bot.say("/advies 1 verdaagd 1 maart omdat de wethouder ziek is", user=CARLA)
    assert "uiterlijk maandag 1 maart 2027 (de wethouder ziek is)" in texts(out)[0]


async def test_terms_overridden_per_advice(bot: Harness) -> None:
    await setup_group(bot)
    await register(bot)
    out = await bot.say("/advies 1 termijnen ontvangst 15 werkdagen en reactie 8 weken")
    text = texts(out)[0]
    assert "Ontvangstbevestiging: uiterlijk maandag 14 december 2026" in text
    assert "Inhoudelijke reactie: uiterlijk maandag 18 januari 2027" in text
    assert await bot.sql(
        "SELECT fire_at FROM due WHERE kind = 'advice_ack' AND state = 'pending'"
    ) == [("2026-12-15T08:00:00+00:00",)]
    out = await bot.say("/advies 1 termijnen ontvangst 12", user=CARLA)
    assert texts(out) == ["Alleen bestuursleden kunnen dit doen."]


async def test_group_settings_change_the_defaults(bot: Harness) -> None:
    await setup_group(bot)
    out = await bot.say("/instellingen ontvangsttermijn 5")
    assert "Termijn ontvangstbevestiging: 5 werkdagen" in texts(out)[0]
    card = await register(bot)
    assert "Ontvangstbevestiging uiterlijk maandag 30 november 2026 (5 werkdagen)" in (
        card.text or ""
    )


# --- chasing ------------------------------------------------------------------------------------
async def test_each_chase_goes_once_across_restarts(bot: Harness) -> None:
    await setup_group(bot)
    await bot.say("/instellingen escalatie mw. J. de Groot, stadsdeeldirecteur Scheveningen")
    await bot.say("/instellingen adviesoverzicht uit")
    await register(bot)
    # down until the day after the acknowledgement deadline (Tuesday 8 December, 09:00)
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=12, hours=18))  # Tue 8 Dec 2026, 09:00
    chases = [c for c in bot.fake.changes_since(marker) if c.kind == "new"]
    assert len(chases) == 1
    chase = chases[0].text or ""
    assert chase.startswith("Beste Carla,")
    assert "op maandag 23 november 2026 stuurden we advies 1, Herinrichting Duinplein" in chase
    assert "uiterlijk maandag 7 december 2026 verwacht" in chase
    assert "We wachten nu 11 werkdagen (15 dagen)" in chase
    assert chases[0].buttons == [
        [("✅ Ontvangst bevestigen", "adv:ack:1")],
        [("✉️ Mail de gemeente", "adv:mail:1")],
    ]
    assert 'href="tg://user?id=503"' in bot.fake.calls_to("sendMessage")[-1].params["text"]
    # restarts later the same day and the next: nothing again
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(hours=3))
    await bot.restart(after=timedelta(days=1))
    assert bot.fake.changes_since(marker) == []
    # past the reply deadline (4 January): one reply chase
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=29))  # 6 January
    new = [c for c in bot.fake.changes_since(marker) if c.kind == "new"]
    assert len(new) == 1
    assert "De inhoudelijke reactie hadden we uiterlijk maandag 4 januari 2027" in (
        new[0].text or ""
    )
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(hours=1))
    assert bot.fake.changes_since(marker) == []
    # past the very-late date (15 February), on a Saturday: nothing on a day off ...
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=45))
    assert bot.fake.changes_since(marker) == []
    # ... the escalation to the board comes on Monday morning, once
    new = [c for c in await bot.advance(timedelta(days=1, hours=23)) if c.kind == "new"]
    assert len(new) == 1
    escalation = new[0].text or ""
    assert escalation.startswith("🚨 Advies 1 is lang te laat")
    assert "escaleren naar mw. J. de Groot, stadsdeeldirecteur Scheveningen" in escalation
    assert "Geachte mw. J. de Groot, stadsdeeldirecteur Scheveningen," in escalation
    assert "- maandag 23 november 2026: advies verzonden aan stadsdeel Scheveningen" in escalation
    assert "termijn voor de ontvangstbevestiging verstreken zonder bevestiging" in escalation
    assert "<pre>" in bot.fake.calls_to("sendMessage")[-1].params["text"]
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=30))
    assert bot.fake.changes_since(marker) == []
    assert await bot.sql("SELECT kind, deadline FROM advice_chases ORDER BY sent_at") == [
        ("ack", "2026-12-07"),
        ("reply", "2027-01-04"),
        ("very_late", "2027-02-15"),
    ]


async def test_no_chase_for_what_was_done_in_time(bot: Harness) -> None:
    await setup_group(bot)
    await bot.say("/instellingen adviesoverzicht uit")
    await register(bot)
    await bot.press("✅ Ontvangst bevestigen", user=CARLA)
    out = await bot.advance(timedelta(days=20))
    assert out == []
    await bot.say("/advies 1 beantwoord overgenomen: prima plan")
    assert await bot.advance(timedelta(days=100)) == []


async def test_weekly_overview_for_the_board_and_switched_off(bot: Harness) -> None:
    await setup_group(bot)
    await register(bot)
    await register(bot, "/advies Bankjes boulevard")
    out = await bot.advance(timedelta(days=4, hours=18))  # Monday 30 November, 09:00
    assert len(out) == 1
    overview = out[0].text or ""
    assert overview.startswith("📋 Weekoverzicht adviezen: 2 open")
    assert "1. Herinrichting Duinplein" in overview
    assert "ontvangstbevestiging uiterlijk 7 dec 2026" in overview
    assert "/advies 1 de tijdlijn van advies 1" in overview  # an advice the group has
    await bot.say("/instellingen adviesoverzicht uit")
    out = await bot.advance(timedelta(days=7))
    assert [c for c in out if "Weekoverzicht" in (c.text or "")] == []
    await bot.say("/instellingen adviesoverzicht vrijdag 16:00")
    await bot.say("/adviezen")  # any advice command re-plans the overview at once
    out = await bot.advance(timedelta(days=4, hours=7))  # Friday 11 December 16:00
    assert [c for c in out if "Weekoverzicht" in (c.text or "")] != []


async def test_what_volunteers_type_wrongly_gets_the_usage_or_a_question(bot: Harness) -> None:
    await setup_group(bot)
    await register(bot)
    before = await bot.sql("SELECT * FROM advices")
    for command in (
        "/advies 1 beantwoord overgenomen zonder dubbele punt",
        "/advies 1 opgelost",
        "/advies 1 termijnen ontvangst snel",
        "/advies 1 ontvangen volgende week woensdag",  # in the future
    ):
        out = await bot.say(command)
        assert "Zo gebruik je het" in texts(out)[0], (command, texts(out))
    out = await bot.say("/advies 1 beantwoord misschien: weet niet")
    assert "Welke uitkomst?" in texts(out)[0]
    out = await bot.say("/advies 1 verdaagd binnenkort wegens drukte", user=CARLA)
    assert "Wanneer precies?" in texts(out)[0]  # asked back, nothing stored yet
    assert await bot.sql("SELECT * FROM advices") == before
    out = await bot.say("/advies #1")
    assert texts(out)[0].startswith("📨 Advies 1: Herinrichting Duinplein")
    assert out[0].buttons[0] == [("✅ Ontvangst bevestigen", "adv:ack:1")]


async def test_acknowledged_from_the_timeline_message(bot: Harness) -> None:
    await setup_group(bot)
    await register(bot)
    shown = (await bot.say("/advies 1", user=CARLA))[0]
    out = await bot.press("✅ Ontvangst bevestigen", user=CARLA, message_id=shown.message_id)
    redrawn = [c for c in out if c.message_id == shown.message_id][0]
    assert redrawn.buttons[0] == [("💬 Reactie geven", "adv:ans:1")]


async def test_sent_buttons_keep_working_and_forged_ones_change_nothing(bot: Harness) -> None:
    """The typed button data packs as before ("adv:out:1:o"), so buttons already in groups keep
    working; data no advice button carries is the friendly stale alert and stores nothing."""
    await setup_group(bot)
    card = await register(bot)
    before = await bot.sql("SELECT * FROM advices")
    stale = "Deze knop hoort bij iets dat niet meer bestaat."
    for user, data in (
        (CARLA, "adv:out:1:x"),
        (CARLA, "adv:out:1"),
        (CARLA, "adv:out:abc:o"),
        (CARLA, "adv:zz:1"),
        (CARLA, "adv:ack"),
        (CARLA, "adv:ack:abc"),
        (CARLA, "adv:ack:1:2"),
        (CARLA, "adv:ack:99"),
        (ANNA, "adv:mail:1"),  # not under a chase
    ):
        assert await bot.process(bot.fake.callback(DUINDORP, user, data, card.message_id)) == []
        assert bot.fake.calls_to("answerCallbackQuery")[-1].params["text"] == stale, data
    assert await bot.sql("SELECT * FROM advices") == before
    out = await bot.press("✅ Ontvangst bevestigen", user=CARLA)
    assert "De ontvangst van advies 1 is bevestigd" in texts(out)[0]
    outcomes = (await bot.press("💬 Reactie geven", user=CARLA))[0]
    assert [row[0][1] for row in outcomes.buttons] == [
        "adv:out:1:o",
        "adv:out:1:d",
        "adv:out:1:n",
        "adv:out:1:a",
    ]
    out = await bot.process(bot.fake.callback(DUINDORP, CARLA, "adv:out:1:n", outcomes.message_id))
    assert any("Advies 1: niet overgenomen. Vat de reactie kort samen" in t for t in texts(out))


async def test_one_working_day_reads_as_one(bot: Harness) -> None:
    """Real plurals: "1 werkdag", "1 week", "1 weekenddag", never "1 werkdagen"."""
    await setup_group(bot)
    await register(bot, "/advies Bankjes verzonden zaterdag 21 november")
    out = await bot.say("/advies 1 termijnen ontvangst 1 werkdag en reactie 1 week")
    terms = texts(out)[0]
    assert "1 werkdag na 21 nov 2026." in terms
    assert "Niet meegeteld: 1 weekenddag." in terms
    assert "1 week na 21 nov 2026." in terms
    assert "/advies 1 termijnen ontvangst 1 werkdag of" in terms
    timeline = texts(await bot.say("/advies 1"))[0]
    assert "⏳ Ontvangstbevestiging uiterlijk maandag 23 november 2026 (1 werkdag)" in timeline
    assert "termijnen aangepast door Anna de Vries: ontvangst 1 werkdag, reactie 1 week" in timeline
    await register(bot, "/advies Speeltuin verzonden gisteren")
    listing = texts(await bot.say("/adviezen"))[0]
    assert "2. Speeltuin\n    verzonden · verzonden 24 nov 2026 · 1 werkdag ·" in listing
    assert "1. Bankjes\n    verzonden, ⚠️ te laat · verzonden 21 nov 2026 · 3 werkdagen ·" in listing


async def test_a_day_and_month_ahead_is_last_years_only_when_not_just_ahead(bot: Harness) -> None:
    """Today is 25 November 2026: "1 september" was this year's; "15 februari" (months ahead)
    last year's; "1 december" (next week) is refused as a future date, never 2025."""
    await setup_group(bot)
    await register(bot, "/advies Duinplein verzonden 1 september aan stadsdeel")
    await register(bot, "/advies Speeltuin verzonden 15 februari aan stadsdeel")
    out = await bot.say("/advies Fietsenrekken verzonden 1 december aan stadsdeel")
    assert "1 december 2026 ligt in de toekomst" in texts(out)[0]
    assert await bot.sql("SELECT subject, sent_on FROM advices ORDER BY id") == [
        ("Duinplein", "2026-09-01"),
        ("Speeltuin", "2026-02-15"),
    ]
