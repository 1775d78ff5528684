"""/agenda and the agenda rhythm of one meeting, from planning to carry-over, through the real
Application with the injected clock."""

from __future__ import annotations

from datetime import timedelta

from fakegram import ANNA, BRAM, CARLA, DUINDORP
from tests.support.harness import Harness
from tests.support.steps import board

LATE = "te laat verstuurd"


async def user_message(bot: Harness, text: str, user=CARLA) -> int:  # type: ignore[no-untyped-def]
    update = bot.fake.message(DUINDORP, user, text)
    await bot.process(update)
    return int(update["message"]["message_id"])


async def test_whole_rhythm_of_one_meeting(bot: Harness) -> None:
    await board(bot)
    # Wednesday 25 November 15:00: plan the meeting of Tuesday 8 December 19:30.
    out = await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog, Loosduinen")
    announce = out[0].message_id
    out = await bot.say("/agenda Parkeeroverlast Duinstraat", user=CARLA)
    assert out[0].text == (
        "✅ Punt 1 op de agenda van het overleg van dinsdag 8 december om 19:30 tot 21:30:\n"
        "Parkeeroverlast Duinstraat"
    )
    source = await user_message(bot, "Kunnen we het hebben over de speeltuin aan de Dr. Lelykade?")
    out = await bot.say("/agenda", user=BRAM, reply_to=source)
    assert (out[0].text or "").startswith("✅ Punt 2 op de agenda")
    assert "speeltuin aan de Dr. Lelykade" in (out[0].text or "")
    out = await bot.say("/agenda parkeeroverlast duinstraat!", user=ANNA)
    assert out[0].text == (
        "Dit staat al op de agenda van 8 december als punt 1; ik zet het er niet nog eens op."
    )
    assert await bot.sql("SELECT count(*) FROM agenda_items") == [(2,)]

    # The call for items, 7 days before, with the list so far.
    out = await bot.advance(timedelta(days=6, hours=4, minutes=30))
    assert len(out) == 1
    call = out[0].text or ""
    assert call.startswith("📣 Agendapunten gevraagd: overleg Bewonersorganisatie Duindorp")
    assert "1. Parkeeroverlast Duinstraat (Carla)" in call
    assert "2. Kunnen we het hebben over de speeltuin" in call
    assert "De agenda sluit zondag 6 december om 19:30." in call
    assert LATE not in call
    sent = bot.fake.calls_to("sendMessage")[-1].params["text"]
    assert 'href="https://t.me/c/1500500500/' in sent  # the link back to the message

    # Before closing: an item goes onto this agenda.
    out = await bot.advance(timedelta(days=2))
    assert out == []
    out = await bot.say("/agenda Jaarrekening 2026", user=BRAM)
    assert (out[0].text or "").startswith("✅ Punt 3 op de agenda")

    # Closing, 2 days before: the final agenda is posted and pinned.
    out = await bot.advance(timedelta(days=3))
    assert len(out) == 1
    final = out[0]
    assert (final.text or "").startswith(
        "📋 Definitieve agenda overleg Bewonersorganisatie Duindorp"
    )
    assert "3. Jaarrekening 2026 (Bram)" in (final.text or "")
    assert bot.fake.pinned(DUINDORP.id) == [final.message_id]

    # After closing: an item goes to the meeting after; a board member may put it back.
    out = await bot.say("/agenda Kerstborrel", user=BRAM)
    reply = out[0].text or ""
    assert reply.startswith("ℹ️ De agenda van 8 december is al gesloten")
    assert "Genoteerd als punt 1 voor het volgende overleg" in reply
    assert out[0].buttons[0] == [("Toch op deze agenda", "agd:force:4:1")]
    out = await bot.say("/agenda Hondenpoep", user=CARLA)
    labels = [label for row in out[0].buttons for label, _ in row]
    assert "Toch op deze agenda" not in labels  # not a board member: no such button
    out = await bot.press("Toch op deze agenda", user=BRAM)
    assert any(
        (c.text or "").startswith("✅ Toch op de agenda van 8 december gezet als punt 4")
        for c in out
    )
    pinned = next(c for c in out if c.message_id == final.message_id)
    assert "4. Kerstborrel (Bram)" in (pinned.text or "")

    # RSVPs, then the day-before reminder with the agenda and the counts.
    await bot.press("Ik kom", user=BRAM, message_id=announce)
    await bot.press("Ik kom", user=ANNA, message_id=announce)
    await bot.press("Ik kom niet", user=CARLA, message_id=announce)
    out = await bot.advance(timedelta(days=1))
    assert len(out) == 1
    day = out[0].text or ""
    assert day.startswith("⏰ Morgen: overleg Bewonersorganisatie Duindorp")
    assert "4. Kerstborrel (Bram)" in day
    assert "✅ Ik kom (2): Bram, Anna de Vries" in day
    assert "❌ Ik kom niet (1): Carla" in day
    assert [label for label, _ in out[0].buttons[0]] == ["Ik kom", "Misschien", "Ik kom niet"]

    # The board marks items discussed with the agenda's buttons.
    out = await bot.say("/agenda", user=ANNA)
    assert out[0].buttons[0][3] == ("✅ 1", "agd:done:1")
    out = await bot.press("✅ 1", user=ANNA)
    assert "1. Parkeeroverlast Duinstraat (Carla) ✅ besproken" in (out[0].text or "")
    assert out[0].buttons[-1] == [("➕ Punt toevoegen", "agd:add")]  # redrawn whole
    out = await bot.press("✅ 3", user=ANNA)

    # The hour before, then the meeting passes: open items carry over to the next meeting.
    out = await bot.advance(timedelta(hours=23))
    assert (out[0].text or "").startswith("⏰ Over een uur: overleg")
    await bot.say("/overleg 12 januari 19:30 Buurthuis", user=ANNA)
    assert await bot.advance(timedelta(hours=3)) == []  # 21:30: the quiet hours begin
    out = await bot.advance(timedelta(hours=10, minutes=30))  # 08:00 the next morning
    end = out[0].text or ""
    assert end.startswith("✔️ Het overleg van 8 december is geweest.")
    assert (
        "2 punten zijn niet besproken en schuiven door naar het overleg van 12 januari 2027" in end
    )
    assert await bot.sql("SELECT state FROM meetings WHERE id = 1") == [("held",)]
    out = await bot.say("/agenda", user=CARLA)
    agenda = out[0].text or ""
    assert "dinsdag 12 januari 2027 om 19:30" in agenda
    assert "1. Hondenpoep (Carla)\n2. Kunnen we het hebben over de speeltuin" in agenda
    assert "Kerstborrel (Bram) — doorgeschoven van 8 december" in agenda
    assert "Parkeeroverlast" not in agenda  # discussed: stays with the meeting that held it
    labels = [label for row in out[0].buttons for label, _ in row]
    assert "Toch op deze agenda" not in labels  # not a board member: no such buttons
    assert await bot.sql("SELECT count(*) FROM due WHERE state = 'failed'") == [(0,)]


async def test_rhythm_across_restarts_sends_what_fell_due_once(bot: Harness) -> None:
    await board(bot)
    # A meeting ~10 days ahead: Saturday 5 December 2026 15:00.
    await bot.say("/overleg 5 december 15:00 Buurthuis")
    await bot.say("/overleg 9 januari 15:00 Buurthuis")
    await bot.say("/agenda Begroting", user=CARLA)
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=4))
    out = bot.fake.changes_since(marker)
    assert len(out) == 1
    assert (out[0].text or "").startswith("📣 Agendapunten gevraagd")
    assert LATE in (out[0].text or "")
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=4, hours=12))  # Friday 03:00: nothing at night
    assert bot.fake.changes_since(marker) == []
    out = await bot.advance(timedelta(hours=5))
    assert len(out) == 1
    assert (out[0].text or "").startswith("📋 Definitieve agenda")
    assert bot.fake.pinned(DUINDORP.id) == [out[0].message_id]
    late = await bot.say("/agenda Zwerfvuil", user=CARLA)
    assert "De agenda van 5 december is al gesloten" in (late[0].text or "")
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=1, hours=4, minutes=36))
    out = bot.fake.changes_since(marker)
    # late, on the meeting day itself (Saturday 12:36): "Vandaag", not "Morgen"
    assert [(c.text or "").split(" Bewon")[0] for c in out] == ["⏰ Vandaag: overleg"]
    marker = bot.fake.mark()
    await bot.restart(after=timedelta(days=1, hours=14, minutes=24))  # Monday 03:00
    assert bot.fake.changes_since(marker) == []
    out = await bot.advance(timedelta(hours=5))
    # The hour-before reminder is no use after the start; the carry-over goes out, late.
    assert len(out) == 1
    assert (out[0].text or "").startswith("✔️ Het overleg van 5 december is geweest.")
    assert "naar het overleg van 9 januari" in (out[0].text or "")
    assert await bot.sql(
        "SELECT a.text, a.meeting_id, a.carried_from_meeting_id FROM agenda_items a ORDER BY id"
    ) == [("Begroting", 2, 1), ("Zwerfvuil", 2, None)]
    await bot.restart(after=timedelta(hours=1))
    assert bot.fake.changes_since(marker)[1:] == []
    assert "te laat" not in (out[0].text or "")  # the morning is its moment, not late


async def test_pin_refused_is_explained_once(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg 8 december 19:30")
    await bot.say("/overleg 15 december 19:30")
    reason = "Bad Request: not enough rights to manage pinned messages in the chat"
    bot.fake.fail_next("pinChatMessage", 400, description=reason)
    out = await bot.advance(timedelta(days=11, hours=4, minutes=30))
    shown = [(c.text or "")[:24] for c in out if (c.text or "")[:1] in "📋📌"]
    assert shown == ["📋 Definitieve agenda ove", "📌 Ik mocht de agenda nie"]
    assert bot.fake.pinned(DUINDORP.id) == []
    bot.fake.fail_next("pinChatMessage", 400, description=reason)
    out = await bot.advance(timedelta(days=7))
    assert [(c.text or "")[:24] for c in out if "📌" in (c.text or "")] == []


async def test_next_agenda_pin_replaces_previous(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg 8 december 19:30")
    await bot.say("/overleg 15 december 19:30")
    first = await bot.advance(timedelta(days=11, hours=4, minutes=30))
    second = await bot.advance(timedelta(days=7))
    final = [c for c in second if (c.text or "").startswith("📋")]
    assert bot.fake.pinned(DUINDORP.id) == [final[0].message_id]
    assert first[0].message_id not in bot.fake.pinned(DUINDORP.id)


async def test_waiting_items_attach_to_the_next_meeting(bot: Harness) -> None:
    await board(bot)
    out = await bot.say("/agenda Buurtbarbecue", user=CARLA)
    assert (out[0].text or "").startswith("✅ Genoteerd als punt 1 voor het volgende overleg")
    out = await bot.say("/agenda")
    assert "Punten voor het volgende overleg" in (out[0].text or "")
    assert "1. Buurtbarbecue (Carla)" in (out[0].text or "")
    await bot.say("/overleg 8 december 19:30")
    assert await bot.sql("SELECT meeting_id FROM agenda_items") == [(1,)]


async def test_bad_items_usage_and_nothing_stored(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg 8 december 19:30")
    for text in ("/agenda ...", "/agenda " + "x" * 1001):
        out = await bot.say(text, user=CARLA)
        reply = out[0].text or ""
        assert "Zo gebruik je het: /agenda punt" in reply
        assert "Bijvoorbeeld: /agenda Parkeeroverlast Duinstraat" in reply
    assert "hooguit 1000 tekens hebben; dit zijn er 1001" in reply
    photo = await user_message(bot, "")
    out = await bot.say("/agenda", user=CARLA, reply_to=photo)
    assert "Het agendapunt is leeg." in (out[0].text or "")
    assert await bot.sql("SELECT count(*) FROM agenda_items") == [(0,)]


async def test_html_and_markdown_shown_literally(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg 8 december 19:30")
    out = await bot.say("/agenda <b>Vet</b> & *sterren* _laag_ <a href='x'>link</a>", user=CARLA)
    assert out[0].text is not None
    assert "<b>Vet</b> & *sterren* _laag_ <a href='x'>link</a>" in out[0].text
    assert not out[0].message.get("entities", []) or all(
        e["type"] != "bold" for e in out[0].message["entities"]
    )
    out = await bot.say("/agenda")
    assert "1. <b>Vet</b> & *sterren* _laag_ <a href='x'>link</a> (Carla)" in (out[0].text or "")


async def test_board_buttons_move_defer_remove(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg 8 december 19:30")
    await bot.say("/overleg 12 januari 19:30")
    for item in ("Een", "Twee", "Drie"):
        await bot.say(f"/agenda Punt {item}", user=CARLA)
    out = await bot.say("/agenda", user=BRAM)
    listing = out[0].message_id
    out = await bot.press("⬆️ 3", user=BRAM, message_id=listing)
    assert "1. Punt Een (Carla)\n2. Punt Drie (Carla)\n3. Punt Twee (Carla)" in (out[0].text or "")
    # deferring or removing an item shifts no other number (issue 17)
    out = await bot.press("⏭️ 1", user=BRAM, message_id=listing)
    assert "\n2. Punt Drie (Carla)\n3. Punt Twee (Carla)" in (out[0].text or "")
    out = await bot.press("✖️ 3", user=BRAM, message_id=listing)
    assert "\n2. Punt Drie (Carla)" in (out[0].text or "")
    assert "Twee" not in (out[0].text or "")
    assert await bot.sql("SELECT text, meeting_id, state FROM agenda_items ORDER BY id") == [
        ("Punt Een", 2, "open"),
        ("Punt Twee", 1, "removed"),
        ("Punt Drie", 1, "open"),
    ]
    # a member who is not on the board cannot press them, even with forged data
    before = await bot.sql("SELECT * FROM agenda_items ORDER BY id")
    await bot.process(bot.fake.callback(DUINDORP, CARLA, "agd:rm:3", listing))
    assert await bot.sql("SELECT * FROM agenda_items ORDER BY id") == before


async def test_agenda_document_is_printable_html(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg di 8 dec 19:30 Wijkcentrum De Boog, Loosduinen")
    await bot.say("/agenda Verkeer <script>alert(1)</script>", user=CARLA)
    out = await bot.say("/agenda document", user=CARLA)
    doc = next(c for c in out if c.message.get("document"))
    name, data = bot.fake.bot_message(doc.chat_id, doc.message_id).document  # type: ignore[misc]
    assert name == "agenda-2026-12-08.html"
    page = data.decode()
    assert "@page { size: A4" in page
    assert "Bewonersorganisatie Duindorp" in page
    assert "dinsdag 8 december 2026 om 19:30 – 21:30" in page
    assert "Wijkcentrum De Boog, Loosduinen" in page
    assert "Verkeer &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "(Carla)" in page


async def test_long_agenda_still_fits_one_message_each_step(bot: Harness) -> None:
    await board(bot)
    await bot.say("/overleg 8 december 19:30")
    await bot.say("/overleg 12 januari 19:30")
    for n in range(18):
        words = " ".join(f"w{n}x{i}" for i in range(120))  # distinct items of ~850 characters
        out = await bot.say(f"/agenda Punt {n:02d} {words}", user=CARLA)
        assert (out[0].text or "").startswith(f"✅ Punt {n + 1} op de agenda")
    out = await bot.say("/agenda", user=ANNA)
    assert "alles staat in /agenda document" in (out[0].text or "")
    assert len(out[0].buttons) == 16  # 15 items, and "➕ Punt toevoegen"
    out = []
    for step in (timedelta(days=6, hours=5), timedelta(days=5), timedelta(days=1)):
        out += await bot.advance(step)
    out += await bot.advance(timedelta(hours=23))
    out += await bot.advance(timedelta(hours=13, minutes=30))  # the morning after
    kinds = [(c.text or "").split(" ")[0] for c in out]
    assert kinds == ["📣", "📋", "⏰", "⏰", "✔️"], kinds
    assert "en nog 3 punten" in (out[-1].text or "")
    assert await bot.sql("SELECT count(*) FROM due WHERE state = 'failed'") == [(0,)]


async def test_a_passing_failure_on_pin_is_tried_again_never_explained_as_a_refusal(
    bot: Harness,
) -> None:
    await board(bot)
    await bot.say("/overleg 8 december 19:30")
    await bot.say("/overleg 15 december 19:30")
    # one 502 from a proxy: the pin is tried again and holds; nothing is explained
    bot.fake.fail_next("pinChatMessage", 502)
    out = await bot.advance(timedelta(days=11, hours=4, minutes=30))
    final = [c for c in out if (c.text or "").startswith("📋")]
    assert bot.fake.pinned(DUINDORP.id) == [final[0].message_id]
    assert [c for c in out if "📌" in (c.text or "")] == []
    # the next closing meets the API down twice: logged, not explained, nothing pinned anew
    bot.fake.fail_next("pinChatMessage", 502, times=2)
    out = await bot.advance(timedelta(days=7))
    assert [c for c in out if "📌" in (c.text or "")] == []
    # and a real refusal later is still explained, once
    await bot.say("/overleg 22 december 19:30")
    reason = "Bad Request: not enough rights to manage pinned messages in the chat"
    bot.fake.fail_next("pinChatMessage", 400, description=reason)
    out = await bot.advance(timedelta(days=7))
    assert [(c.text or "")[:24] for c in out if "📌" in (c.text or "")] == [
        "📌 Ik mocht de agenda nie"
    ]
