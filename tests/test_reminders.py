"""/herinner, /herinneringen and the reminder engine, through the real Application."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fakegram import ANNA, BRAM, DUINDORP, FakeChat, FakeUser
from tests.support.harness import Harness

LATE = "te laat verstuurd"


def texts(changes: list) -> list[str]:  # type: ignore[type-arg]
    return [c.text or "" for c in changes]


async def _board(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)


async def test_confirms_exact_moment_with_cancel_button(bot: Harness) -> None:
    out = await bot.say("/herinner volgende dinsdag 19:30 bestuursvergadering")
    assert out[0].text == (
        "✅ Ik herinner jullie op dinsdag 1 december om 19:30 aan: bestuursvergadering"
    )
    assert out[0].buttons == [[("Annuleren", "rem:cancel:1")]]
    assert await bot.sql("SELECT kind, fire_at, state FROM due") == [
        ("reminder", "2026-12-01T18:30:00+00:00", "pending")
    ]


async def test_what_before_when_and_default_time(bot: Harness) -> None:
    out = await bot.say("/herinner nieuwsbrief versturen vrijdag")
    assert out[0].text == (
        "✅ Ik herinner jullie op vrijdag 27 november om 09:00 aan: nieuwsbrief versturen"
    )


async def test_past_or_missing_date_is_refused_and_asked_again(bot: Harness) -> None:
    for text in ("/herinner gisteren de notulen", "/herinner de notulen"):
        out = await bot.say(text)
        assert "Antwoord op dit bericht" in (out[0].text or "")
        assert "bijvoorbeeld" in (out[0].text or "")
    assert await bot.sql("SELECT count(*) FROM due") == [(0,)]
    assert await bot.sql("SELECT count(*) FROM reminders") == [(0,)]
    # answering the question sets it
    out = await bot.say("morgen 10:00 notulen rondsturen", reply_to=out[0].message_id)
    assert (out[0].text or "").startswith("✅ Ik herinner jullie op donderdag 26 november om 10:00")


async def test_step_by_step_without_arguments(bot: Harness) -> None:
    out = await bot.say("/herinner")
    out = await bot.say("overmorgen", reply_to=out[0].message_id)
    assert out[0].text == "Waaraan moet ik herinneren? Antwoord op dit bericht."
    out = await bot.say("Zaal reserveren", reply_to=out[0].message_id)
    assert out[0].text == (
        "✅ Ik herinner jullie op vrijdag 27 november om 09:00 aan: Zaal reserveren"
    )


async def test_fires_with_mention_and_buttons_later_and_done(bot: Harness) -> None:
    await bot.say("/herinner over 2 uur koffie zetten")
    out = await bot.advance(timedelta(hours=2))
    assert len(out) == 1
    fired = out[0]
    assert "koffie zetten" in (fired.text or "")
    assert "Gezet door Anna de Vries" in (fired.text or "")
    assert 'href="tg://user?id=501"' in bot.fake.calls_to("sendMessage")[-1].params["text"]
    assert LATE not in (fired.text or "")
    assert [label for label, _ in fired.buttons[0]] == ["⏰ Later", "✅ Klaar"]
    out = await bot.press("⏰ Later", user=BRAM)
    assert [label for label, _ in out[0].buttons[0]] == [
        "Over 1 uur",
        "Morgen 09:00",
        "Volgende week",
    ]
    out = await bot.press("Over 1 uur", user=BRAM)
    assert "Uitgesteld tot woensdag 25 november om 18:00" in (out[0].text or "")
    out = await bot.advance(timedelta(hours=1))
    assert len(out) == 1
    assert "koffie zetten" in (out[0].text or "")
    out = await bot.press("✅ Klaar", user=BRAM)
    assert out[0].kind == "edited"
    assert "✅ Klaar (Bram)" in (out[0].text or "")
    assert out[0].buttons == []


async def test_cancel_button_removes_the_event(bot: Harness) -> None:
    await bot.say("/herinner morgen 10:00 iets")
    out = await bot.press("Annuleren")
    assert out[0].text == "❌ Geannuleerd: iets"
    assert await bot.sql("SELECT state FROM due") == [("cancelled",)]
    assert await bot.advance(timedelta(days=2)) == []


async def test_list_and_cancel_rights(bot: Harness) -> None:
    await _board(bot)
    await bot.say("/herinner morgen 10:00 van Anna")
    await bot.say("/herinner morgen 11:00 van Bram", user=BRAM)
    out = await bot.say("/herinneringen", user=BRAM)
    listing = out[0]
    assert "(2)" in (listing.text or "")
    assert "van Anna" in (listing.text or "")
    # Bram may not cancel Anna's reminder
    await bot.press("✖️ 1 annuleren", user=BRAM, message_id=listing.message_id)
    assert (
        "Alleen wie dit heeft gemaakt"
        in bot.fake.calls_to("answerCallbackQuery")[-1].params["text"]
    )
    assert await bot.sql("SELECT count(*) FROM due WHERE state = 'pending'") == [(2,)]
    # Bram cancels his own; Anna (board) cancels hers; the list is edited in place
    out = await bot.press("✖️ 2 annuleren", user=BRAM, message_id=listing.message_id)
    assert out[0].kind == "edited"
    assert "(1)" in (out[0].text or "")
    out = await bot.press("✖️ 1 annuleren", user=ANNA, message_id=listing.message_id)
    assert "geen herinneringen open" in (out[0].text or "")


async def test_an_old_list_pressed_after_a_cancel_elsewhere_shows_the_list_as_it_is(
    bot: Harness,
) -> None:
    await bot.say("/herinner morgen 10:00 zaal reserveren")
    confirmed = (await bot.say("/herinner vrijdag 9:00 nieuwsbrief"))[0]
    listing = (await bot.say("/herinneringen"))[0]
    await bot.press("Annuleren", message_id=confirmed.message_id)  # cancelled under its message
    out = await bot.press("✖️ 2 annuleren", message_id=listing.message_id)  # the old list
    assert bot.fake.calls_to("answerCallbackQuery")[-1].params["text"] == (
        "Die herinnering was al geannuleerd."
    )
    assert [c.kind for c in out] == ["edited"]
    assert "(1)" in (out[0].text or "")
    assert "nieuwsbrief" not in (out[0].text or "")
    assert [label for row in out[0].buttons for label, _ in row] == ["✖️ 1 annuleren"]


async def test_private_reminders_and_list_show_own_only(bot: Harness) -> None:
    me = FakeChat.private(BRAM)
    await bot.process(bot.fake.private_start(BRAM))
    out = await bot.say("/herinner morgen 8:00 pillen", user=BRAM, chat=me)
    assert (out[0].text or "").startswith("✅ Ik herinner je op")
    await bot.say("/herinner morgen 9:00 groepszaak")
    out = await bot.say("/herinneringen", user=BRAM, chat=me)
    assert "pillen" in (out[0].text or "")
    assert "groepszaak" not in (out[0].text or "")
    out = await bot.advance(timedelta(days=1))
    assert {c.chat_id for c in bot.fake.changes_since(0) if "pillen" in (c.text or "")} == {BRAM.id}


async def test_forged_callback_from_other_group_is_refused(bot: Harness) -> None:
    await bot.say("/herinner morgen 10:00 geheim")
    other = FakeChat(-100777, "supergroup", "Andere groep")
    eve = FakeUser(666, "Eve")
    msg = (await bot.say("/help", user=eve, chat=other))[0]
    await bot.process(bot.fake.callback(other, eve, "rem:cancel:1", msg.message_id))
    assert await bot.sql("SELECT state FROM due") == [("pending",)]


async def test_recurring_list_and_firing_keep_rhythm(bot: Harness) -> None:
    out = await bot.say("/herinner elke maandag 9:00 wijkkrant rondbrengen")
    assert "elke maandag om 09:00" in (out[0].text or "")
    fired = []
    for _ in range(3):
        fired += await bot.advance(timedelta(days=7))
    assert len([c for c in fired if c.kind == "new"]) == 3
    rows = await bot.sql("SELECT fire_at, state FROM due ORDER BY id")
    assert [r[0] for r in rows] == [
        "2026-11-30T08:00:00+00:00",
        "2026-12-07T08:00:00+00:00",
        "2026-12-14T08:00:00+00:00",
        "2026-12-21T08:00:00+00:00",
    ]
    assert [r[1] for r in rows] == ["sent", "sent", "sent", "pending"]


async def test_english_group(bot: Harness) -> None:
    await bot.sql("UPDATE chats SET language = 'en'")  # no chat yet: nothing changes
    await _board(bot)
    await bot.say("/instellingen taal en")
    out = await bot.say("/herinner tomorrow 10:00 book the hall")
    assert (
        out[0].text == "✅ I will remind you all on Thursday 26 November at 10:00 of: book the hall"
    )


async def test_dst_gap_time_is_moved_and_said(bot: Harness) -> None:
    bot.clock.set(datetime(2027, 3, 20, 12, 0, tzinfo=UTC))
    out = await bot.say("/herinner 28 maart 02:30 klok verzetten")
    text = out[0].text or ""
    assert "03:30" in text
    assert "zomertijd" in text


async def test_every_recurring_form_of_the_issue(bot: Harness) -> None:
    cases = {
        "/herinner elke eerste dinsdag van de maand 19:30 wijkoverleg": (
            "elke eerste dinsdag van de maand om 19:30",
            "dinsdag 1 december om 19:30",
        ),
        "/herinner elke maand op de 1e huur betalen": (
            "elke maand op de 1e",
            "dinsdag 1 december om 09:00",
        ),
        "/herinner elke 2 weken vrijdag papier ophalen": (
            "elke 2 weken op vrijdag",
            "vrijdag 27 november om 09:00",
        ),
    }
    for command, (rule, first) in cases.items():
        out = await bot.say(command)
        text = out[0].text or ""
        assert rule in text, text
        assert f"De eerste keer: {first}." in text, text


async def test_answers_in_the_forum_topic_it_was_asked_in(bot: Harness) -> None:
    forum = FakeChat(-1001700000001, "supergroup", "Stadsdeeloverleg Escamp", is_forum=True)
    await bot.say("/herinner morgen 10:00 notulen", chat=forum, thread_id=7)
    call = bot.fake.calls_to("sendMessage")[-1]
    assert call.params.get("message_thread_id") == 7
    await bot.advance(timedelta(days=1))  # the reminder itself goes to the same topic
    call = bot.fake.calls_to("sendMessage")[-1]
    assert "notulen" in call.params["text"]
    assert call.params.get("message_thread_id") == 7
