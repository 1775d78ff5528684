"""Issue 17, advices: the subject, the sending date (the deadlines follow and the chases are
planned again) and the addressee corrected by who registered it or the board, by a line or by
the card's buttons, each on the advice's timeline; "Ongedaan maken" for 10 minutes. Through
the real Application."""

from __future__ import annotations

from datetime import timedelta

from fakegram import ANNA, BRAM, CARLA, DUINDORP
from tests.support.harness import Harness
from tests.support.steps import alert, joined, labels, setup_group


async def chases(bot: Harness) -> list[tuple[object, ...]]:
    return await bot.sql(
        "SELECT kind, fire_at FROM due WHERE kind IN ('advice_ack', 'advice_reply',"
        " 'advice_very_late') AND state = 'pending' ORDER BY fire_at"
    )


async def test_sending_date_corrected_moves_the_deadlines_and_the_chases(bot: Harness) -> None:
    await setup_group(bot)
    out = await bot.say("/advies Herinrichting Duinplein verzonden 3 november aan stadsdeel")
    card = out[0].message_id
    assert "Ontvangstbevestiging uiterlijk dinsdag 17 november 2026" in joined(out)
    assert await chases(bot) == [
        ("advice_ack", "2026-11-18T08:00:00+00:00"),  # already past: it would go out now
        ("advice_reply", "2026-12-16T08:00:00+00:00"),
        ("advice_very_late", "2027-01-27T08:00:00+00:00"),
    ]
    out = await bot.say("/advies 1 verzonden 23 november")
    assert out[0].text == (
        "✏️ Advies 1 is verzonden op maandag 23 november 2026. De ontvangstbevestiging is nu"
        " uiterlijk maandag 7 december 2026, de reactie uiterlijk maandag 4 januari 2027."
    )
    redrawn = next(c for c in out if c.message_id == card)
    assert "Verzonden op maandag 23 november 2026 aan stadsdeel" in (redrawn.text or "")
    assert await chases(bot) == [
        ("advice_ack", "2026-12-08T08:00:00+00:00"),
        ("advice_reply", "2027-01-05T08:00:00+00:00"),
        ("advice_very_late", "2027-02-16T08:00:00+00:00"),
    ]
    out = await bot.advance(timedelta(days=1))  # the old chase does not go out
    assert "Beste" not in joined(out)
    out = await bot.say("/advies 1")
    assert "verzenddatum gewijzigd door Anna de Vries (was: 3 nov 2026)" in joined(out)
    out = await bot.say("/adviezen")
    assert "verzonden 23 nov 2026" in joined(out)
    # a date after the acknowledgement, in the future, or none: refused, nothing changes
    await bot.say("/advies 1 ontvangen 24 november")
    out = await bot.say("/advies 1 verzonden 20 november")
    assert "verzonden op vrijdag 20 november 2026" in joined(out)
    out = await bot.say("/advies 1 verzonden gisteren")  # Wednesday 25 November
    assert joined(out) == (
        "Die datum ligt na de ontvangstbevestiging of de reactie op advies 1; er is niets"
        " veranderd."
    )
    out = await bot.say("/advies 1 verzonden")
    assert "Welke datum?" in joined(out)
    assert await bot.sql("SELECT sent_on FROM advices") == [("2026-11-20",)]


async def test_subject_and_addressee_corrected_with_the_cards_buttons(bot: Harness) -> None:
    await setup_group(bot)
    out = await bot.say("/advies Herinrichting Duinplijn verzonden gisteren aan stadsdeel")
    card = out[0].message_id
    await bot.press("✏️ Wijzigen", user=CARLA, message_id=card)
    assert alert(bot) == "Alleen wie dit heeft gemaakt, of een bestuurslid, kan dit doen."
    out = await bot.press("✏️ Wijzigen", message_id=card)
    assert "Wat wil je verbeteren?" in joined(out)
    assert labels(out[0]) == ["📝 Onderwerp", "📅 Verzonden", "✉️ Aan", "↩️ Terug"]
    out = await bot.press("📝 Onderwerp", message_id=card)
    assert "Nu: Herinrichting Duinplijn" in joined(out)
    out = await bot.say("Herinrichting Duinplein", reply_to=out[0].message_id)
    assert out[0].text == "✏️ Advies 1 heet nu: Herinrichting Duinplein"
    redrawn = next(c for c in out if c.message_id == card)
    assert (redrawn.text or "").startswith("📨 Advies 1: Herinrichting Duinplein")
    assert "✏️ Wijzigen" in labels(redrawn)
    await bot.press("✏️ Wijzigen", message_id=card)
    out = await bot.press("✉️ Aan", message_id=card)
    assert "Nu: stadsdeel" in joined(out)
    asked = out[0].message_id
    out = await bot.say("stadsdeel Centrum centrum@denhaag", reply_to=asked)
    assert "centrum@denhaag is geen geldig e-mailadres" in joined(out)
    out = await bot.say("stadsdeel Centrum centrum@denhaag.nl", reply_to=asked)
    assert out[0].text == "✏️ Advies 1 ging aan: stadsdeel Centrum centrum@denhaag.nl"
    redrawn = next(c for c in out if c.message_id == card)
    assert "aan stadsdeel Centrum (centrum@denhaag.nl)" in (redrawn.text or "")
    assert "✉️ Mail het advies" in " ".join(labels(redrawn))
    out = await bot.say("/advies 1", user=CARLA)
    timeline = joined(out)
    assert "onderwerp gewijzigd door Anna de Vries (was: Herinrichting Duinplijn)" in timeline
    assert "geadresseerde gewijzigd door Anna de Vries (was: stadsdeel)" in timeline
    # the same in a line
    out = await bot.say("/advies 1 onderwerp Herinrichting Duinplein en Dr. Lelyplein")
    assert out[0].text == "✏️ Advies 1 heet nu: Herinrichting Duinplein en Dr. Lelyplein"
    out = await bot.say("/advies 1 aan stadsdeel Scheveningen", user=CARLA)
    assert joined(out) == "Alleen wie dit heeft gemaakt, of een bestuurslid, kan dit doen."
    assert await bot.sql("SELECT subject, recipient, email FROM advices") == [
        ("Herinrichting Duinplein en Dr. Lelyplein", "stadsdeel Centrum", "centrum@denhaag.nl")
    ]


async def test_undo_by_who_registered_it_within_ten_minutes(bot: Harness) -> None:
    await setup_group(bot)
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    out = await bot.say("/advies Speeltuin Kompasstraat verzonden gisteren")
    made = out[0].message_id
    assert "↩️ Ongedaan maken" in labels(out[0])
    await bot.press("↩️ Ongedaan maken", user=BRAM, message_id=made)
    assert alert(bot) == "Alleen Anna kan dit ongedaan maken."
    out = await bot.press("↩️ Ongedaan maken", message_id=made)
    assert joined(out) == "↩️ Advies 1 is ongedaan gemaakt: Speeltuin Kompasstraat"
    assert await bot.sql("SELECT count(*) FROM advices") == [(0,)]
    assert await bot.sql("SELECT count(*) FROM advice_events") == [(0,)]
    assert await chases(bot) == []
    out = await bot.say("/advies Speeltuin Kompasstraat verzonden gisteren")
    assert joined(out).startswith("✅ Vastgelegd als advies 1.")
    made = out[0].message_id
    await bot.advance(timedelta(minutes=11))
    await bot.press("↩️ Ongedaan maken", message_id=made)
    assert alert(bot).startswith("Ongedaan maken kan tot 10 minuten na het opslaan.")
    assert await bot.sql("SELECT count(*) FROM advices") == [(1,)]
