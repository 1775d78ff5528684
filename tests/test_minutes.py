"""Minutes per agenda item through the Application: /notulen by number, as a reply to the final
agenda and for the rondvraag; actions made for an item; the report per item in agenda order,
with a carried-over item under the number it had."""

from __future__ import annotations

from datetime import UTC, datetime

from fakegram import ANNA, BRAM, CARLA, DUINDORP, FakeUser
from tests.support.harness import Harness
from tests.support.steps import texts, until

EVA = FakeUser(505, "Eva")


async def test_notes_per_item_and_the_report_in_agenda_order(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    for user in (ANNA, BRAM, CARLA, EVA):
        await bot.say("/help", user=user)
    await bot.say("/gemeente toevoegen @carla_gemeente")
    await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog")
    await bot.say("/agenda Parkeeroverlast Duinstraat", user=CARLA)
    await bot.say("/agenda Buurtfeest in juni", user=BRAM)
    await bot.say("/agenda Speeltuin opknappen")
    out = await bot.say("/notulen 1: te vroeg")
    assert texts(out) == [
        "Er is geen overleg bezig of net geweest. Notulen maak je tijdens het overleg of in de"
        " twee dagen erna."
    ]
    changes = await bot.advance(datetime(2026, 12, 6, 18, 31, tzinfo=UTC) - bot.clock.now())
    final = [c for c in changes if "Parkeeroverlast" in (c.text or "")][-1]  # the final agenda
    await bot.say("/overleg di 12 jan 19:30 Wijkcentrum De Boog")
    await until(bot, datetime(2026, 12, 8, 18, 45, tzinfo=UTC))  # 19:45, in progress

    out = await bot.say("/notulen 1: Bewoners willen venstertijden.", user=EVA)
    assert texts(out) == ["Notulen maakt de notulist (Bram) of het bestuur."]
    out = await bot.say("/notulen", user=BRAM)
    assert texts(out) == [
        "Bij welk punt hoort het? De agenda van het overleg van dinsdag 8 december:\n"
        "▫️ Opening en vaststellen agenda\n▫️ Verslag vorige vergadering\n"
        "▫️ Mededelingen en ingekomen stukken\n"
        "1. Parkeeroverlast Duinstraat\n2. Buurtfeest in juni\n3. Speeltuin opknappen\n"
        "▫️ Rondvraag\n▫️ Sluiting\n"
        "Typ /notulen 2: wat er besproken is, of met het woord van een vast punt:"
        " /notulen mededelingen: …, /notulen rondvraag: …."
    ]
    out = await bot.say("/notulen 1: Bewoners willen venstertijden.", user=BRAM)
    assert texts(out) == ["✍️ Genoteerd bij punt 1: Parkeeroverlast Duinstraat"]
    # a reply to the final agenda, without the command
    out = await bot.say("2: Het feest gaat door op 20 juni.", user=BRAM, reply_to=final.message_id)
    assert texts(out) == ["✍️ Genoteerd bij punt 2: Buurtfeest in juni"]
    out = await bot.say("2: ik vind het leuk", user=EVA, reply_to=final.message_id)
    assert texts(out) == ["Notulen maakt de notulist (Bram) of het bestuur."]
    out = await bot.say("/notulen 7: bestaat niet", user=BRAM)
    assert texts(out) == ["Het overleg heeft geen agendapunt 7."]
    out = await bot.say("/notulen rondvraag: Eva vraagt naar de kerstbomen.", user=BRAM)
    assert texts(out) == ["✍️ Genoteerd bij de rondvraag."]
    out = await bot.say("/notulen mededelingen: De wijkagent stelt zich voor.", user=BRAM)
    assert texts(out) == ["✍️ Genoteerd bij Mededelingen en ingekomen stukken."]
    await bot.say("/besluit 2: we vragen een vergunning aan")
    out = await bot.say("/actie 1: brief aan het stadsdeel @carla_gemeente uiterlijk 15 januari")
    assert "Agendapunt 1: Parkeeroverlast Duinstraat" in texts(out)[0]
    await bot.say("/actie koffie regelen", user=BRAM)
    assert await bot.sql("SELECT text FROM agenda_notes ORDER BY id") == [
        ("Bewoners willen venstertijden.",),
        ("Het feest gaat door op 20 juni.",),
        ("Eva vraagt naar de kerstbomen.",),
        ("De wijkagent stelt zich voor.",),
    ]

    await until(bot, datetime(2026, 12, 9, 7, 30, tzinfo=UTC))  # the end, after quiet hours
    report = texts(await bot.say("/verslag"))[0]
    assert (
        "Agenda en besluiten\n"
        "▫️ Opening en vaststellen agenda\n"
        "▫️ Verslag vorige vergadering\n"
        "▫️ Mededelingen en ingekomen stukken\n"
        "   ✍️ De wijkagent stelt zich voor.\n"
        "1. Parkeeroverlast Duinstraat\n"
        "   ✍️ Bewoners willen venstertijden.\n"
        "   ➡️ Actie 1: brief aan het stadsdeel (Carla), uiterlijk vrijdag 15 januari 2027\n"
        "2. Buurtfeest in juni\n"
        "   ✍️ Het feest gaat door op 20 juni.\n"
        "   📌 Besluit 1: we vragen een vergunning aan\n"
        "3. Speeltuin opknappen — doorgeschoven naar dinsdag 12 januari 2027\n"
        "▫️ Rondvraag\n"
        "   ✍️ Eva vraagt naar de kerstbomen.\n"
        "▫️ Sluiting\n\n"
        "Nieuwe acties\n2. koffie regelen (Bram)"
    ) in report
    html = bot.fake.files(DUINDORP.id)[-1].data.decode()
    assert '<li value="3">Speeltuin opknappen <span class="who">(doorgeschoven naar' in html
    assert "Eva vraagt naar de kerstbomen." in html
    assert "Bewoners willen venstertijden." in html


async def _in_progress(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    for user in (ANNA, BRAM, CARLA, EVA):
        await bot.say("/help", user=user)
    await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog")
    await bot.say("/agenda Parkeeroverlast Duinstraat", user=CARLA)
    await bot.say("/agenda Hek bij de speeltuin", user=BRAM)
    await until(bot, datetime(2026, 12, 8, 18, 45, tzinfo=UTC))  # 19:45, in progress


async def test_a_note_typed_without_its_item_is_kept_and_its_item_asked(bot: Harness) -> None:
    """ "/notulen Iedereen was het eens over het hek": the note is not lost; the items (and the
    rondvraag) are buttons, and a typed number answers too."""
    await _in_progress(bot)
    out = await bot.say("/notulen Iedereen was het eens over het hek", user=BRAM)
    assert texts(out) == [
        "✍️ Bij welk punt hoort dit? “Iedereen was het eens over het hek” Kies hieronder, of"
        " antwoord met het nummer."
    ]
    assert [row[0][0] for row in out[0].buttons] == [
        "1. Parkeeroverlast Duinstraat",
        "2. Hek bij de speeltuin",
        "Rondvraag",
    ]
    question = out[0].message_id
    assert await bot.sql("SELECT count(*) FROM agenda_notes") == [(0,)]
    await bot.press("2. Hek bij de speeltuin", user=EVA, message_id=question)
    assert await bot.sql("SELECT count(*) FROM agenda_notes") == [(0,)]  # not hers
    out = await bot.press("2. Hek bij de speeltuin", user=BRAM, message_id=question)
    assert [(c.kind, c.text) for c in out] == [
        ("edited", "✍️ Genoteerd bij punt 2: Hek bij de speeltuin")
    ]
    await bot.process(bot.fake.callback(DUINDORP, BRAM, "rpt:n:1", question))  # again
    assert await bot.sql("SELECT text FROM agenda_notes") == [
        ("Iedereen was het eens over het hek",)
    ]
    out = await bot.say("/notulen Carla meldt de overlast bij de wijkagent", user=BRAM)
    asked = out[0].message_id
    out = await bot.say("weet ik niet", user=BRAM, reply_to=asked)
    assert texts(out) == [
        "Kies een punt met de knoppen, of antwoord met het nummer van het punt (of rondvraag)."
    ]
    out = await bot.say("punt 1", user=BRAM, reply_to=asked)
    assert texts(out) == ["✍️ Genoteerd bij punt 1: Parkeeroverlast Duinstraat"]
    out = await bot.say("/notulen Eva vraagt naar de kerstbomen", user=BRAM)
    out = await bot.say("rondvraag", user=BRAM, reply_to=out[0].message_id)
    assert texts(out) == ["✍️ Genoteerd bij de rondvraag."]
    assert len(await bot.sql("SELECT id FROM agenda_notes")) == 3
