"""Attendance as a secretary keeps it, through the Application: an afbericht with a reason,
guests who are not on Telegram, absent without word, and chair and minute-taker from the
rotation when nobody named them."""

from __future__ import annotations

from datetime import UTC, datetime

from fakegram import ANNA, BRAM, CARLA, DUINDORP, FakeUser
from tests.support.harness import Harness
from tests.support.steps import texts, until

DIRK = FakeUser(504, "Dirk", "Bakker", "dirk_b")
EVA = FakeUser(505, "Eva")


async def board_and_meeting(bot: Harness) -> int:
    """Anna (creator), Bram (admin) and Dirk (/bestuur) on the board, Carla the gemeente
    contact, Eva a member; a meeting on Tuesday 8 December 19:30. Returns its announcement."""
    bot.fake.set_admins(DUINDORP.id, [BRAM], creator=ANNA)
    for user in (ANNA, BRAM, CARLA, DIRK, EVA):
        await bot.say("/help", user=user)
    said = bot.fake.message(DUINDORP, DIRK, "ik doe mee")
    await bot.say("/bestuur toevoegen", reply_to=said)
    await bot.say("/gemeente toevoegen @carla_gemeente")
    out = await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog")
    return out[0].message_id


async def test_afbericht_with_reason_guests_and_absent_without_word(bot: Harness) -> None:
    announce = await board_and_meeting(bot)
    await bot.press("Ik kom", user=BRAM, message_id=announce)
    out = await bot.press("Ik kom niet", user=DIRK, message_id=announce)
    asked = out[-1]
    assert asked.text == (
        "Dirk, wil je een reden geven voor je afbericht (voor het verslag)? Antwoord op dit"
        " bericht; het hoeft niet."
    )
    # only Dirk answers his question
    out = await bot.say("hij is ziek", user=EVA, reply_to=asked.message_id)
    assert await bot.sql("SELECT reason FROM meeting_rsvps WHERE user_id = ?", DIRK.id) == [(None,)]
    out = await bot.say("ziek", user=DIRK, reply_to=asked.message_id)
    assert texts(out) == ["Genoteerd: Dirk is afwezig met bericht (ziek)."]
    # pressing "Ik kom niet" again asks nothing new; Carla gives no reason
    out = await bot.press("Ik kom niet", user=DIRK, message_id=announce)
    assert not any("reden" in text for text in texts(out))
    await bot.press("Ik kom niet", user=CARLA, message_id=announce)
    # Eva comes after all, then not: a reason of before does not stick
    await bot.press("Ik kom niet", user=EVA, message_id=announce)
    prompt = bot.fake.last(DUINDORP.id)
    assert prompt is not None
    await bot.say("op vakantie", user=EVA, reply_to=prompt.message_id)
    await bot.press("Ik kom", user=EVA, message_id=announce)
    assert await bot.sql("SELECT reason FROM meeting_rsvps WHERE user_id = ?", EVA.id) == [(None,)]

    await until(bot, datetime(2026, 12, 8, 18, 45, tzinfo=UTC))  # 19:45, in progress
    out = await bot.say("/verslag gast Carla (stadsdeel)")
    assert texts(out) == [
        "👤 Carla (stadsdeel) staat als gast bij het overleg van dinsdag 8 december."
    ]
    out = await bot.say("/verslag gast carla (Stadsdeel)")
    assert texts(out) == [
        "carla (Stadsdeel) staat al als gast bij het overleg van dinsdag 8 december."
    ]
    await bot.say("/verslag gast Piet", user=EVA)  # the board lists guests
    assert await bot.sql("SELECT name FROM meeting_guests") == [("Carla (stadsdeel)",)]

    out = await bot.say("/verslag", user=BRAM)
    report = texts(out)[0]
    for part in (
        "Voorzitter: Anna de Vries",  # nobody named them: the rotation's suggestion
        "Notulist: Bram",
        # the chair did not press "Ik kom", yet chairs: present, never "absent without word"
        "👥 Aanwezig (3): Bram, Eva, Anna de Vries",
        "Afwezig met bericht: Dirk Bakker (ziek), Carla",
        "Gasten: Carla (stadsdeel)",
    ):
        assert part in report, part
    assert "Afwezig zonder bericht" not in report
    html = bot.fake.files(DUINDORP.id)[-1].data.decode()
    assert "Afwezig met bericht: Dirk Bakker (ziek), Carla" in html
    assert "Afwezig zonder bericht" not in html
    assert "Gasten: Carla (stadsdeel)" in html

    # the board adds and removes guests under the report
    await bot.press("👥 Aanwezigen aanpassen", user=ANNA, message_id=out[0].message_id)
    out = await bot.press("➕ Gast", user=ANNA)
    out = await bot.say("Eva (wijkagent)", user=ANNA, reply_to=out[-1].message_id)
    assert texts(out) == [
        "👤 Eva (wijkagent) staat als gast bij het overleg van dinsdag 8 december."
    ]
    out = await bot.press("✖️ Carla (stadsdeel)", user=ANNA)
    labels = [label for row in out[0].buttons for label, _ in row]
    assert "✖️ Eva (wijkagent)" in labels
    assert "✖️ Carla (stadsdeel)" not in labels
    out = await bot.press("↩️ Klaar", user=ANNA)
    assert "Gasten: Eva (wijkagent)" in texts(out)[0]


async def test_a_chair_who_sent_word_or_was_marked_absent_stays_absent(bot: Harness) -> None:
    announce = await board_and_meeting(bot)
    await bot.press("Ik kom niet", user=ANNA, message_id=announce)  # the rotation's chair
    await until(bot, datetime(2026, 12, 8, 18, 45, tzinfo=UTC))
    report = texts(await bot.say("/verslag"))[0]
    assert "Afwezig met bericht: Anna de Vries" in report
    assert "Afwezig zonder bericht: Dirk Bakker" in report
    # the minute-taker (Bram) shows as present under the report; the board may still switch it
    out = await bot.press("👥 Aanwezigen aanpassen")
    assert "✅ Bram" in [label for row in out[0].buttons for label, _ in row]
    await bot.press("✅ Bram")
    out = await bot.press("↩️ Klaar")
    assert "Afwezig zonder bericht: Bram, Dirk Bakker" in texts(out)[0]


async def test_chair_and_minute_taker_follow_the_rotation_when_nobody_names_them(
    bot: Harness,
) -> None:
    await board_and_meeting(bot)
    await until(bot, datetime(2026, 12, 9, 7, 30, tzinfo=UTC))  # the end, after quiet hours
    assert await bot.sql("SELECT chair_id, minute_taker_id FROM meetings") == [(ANNA.id, BRAM.id)]
    await bot.say("/overleg di 12 jan 19:30 Wijkcentrum De Boog")
    await until(bot, datetime(2027, 1, 12, 18, 45, tzinfo=UTC))
    report = texts(await bot.say("/verslag"))[0]
    assert "Voorzitter: Bram" in report
    assert "Notulist: Dirk Bakker" in report
