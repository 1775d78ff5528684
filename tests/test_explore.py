"""Exploratory tests: what volunteers on phones actually do, and what they should see.

Each test plays a realistic (or clumsy) use of the existing commands and buttons. Several are
regression tests for bugs found this way; the ones still open are strict xfails with a reason.
"""

from __future__ import annotations

from datetime import timedelta

from fakegram import ANNA, BRAM, DUINDORP, KRAAYENSTEIN, Change, FakeChat
from tests.support.harness import Harness

SORRY = "😕 Sorry"
ANNA_DM = FakeChat.private(ANNA)
BRAM_DM = FakeChat.private(BRAM)
NEW_ID = -1004001004001


def only_text(out: list[Change]) -> str:
    assert len(out) == 1, [c.text for c in out]
    return out[0].text or ""


def last_answer(bot: Harness) -> str | None:
    calls = bot.fake.calls_to("answerCallbackQuery")
    return calls[-1].params.get("text") if calls else None


async def _board(bot: Harness, chat: FakeChat = DUINDORP) -> None:
    bot.fake.set_admins(chat.id, [], creator=ANNA)


def _no_sorry(bot: Harness) -> None:
    for call in bot.fake.calls_to("sendMessage"):
        assert SORRY not in call.params["text"], call.params["text"]
    for call in bot.fake.calls_to("answerCallbackQuery"):
        assert SORRY not in (call.params.get("text") or "")


# --- every command, in private and in the group ------------------------------------------------
async def test_every_command_in_private_answers_clearly(bot: Harness) -> None:
    group_only = "Dit werkt alleen in de groep van jullie overleg."
    expected = {
        "/help": "Wat Wijkbot kan",
        "/hulp": "Wat Wijkbot kan",
        "/help@WijkBot": "Wat Wijkbot kan",
        "/start": "Hallo Anna",
        "/start@WijkBot iets": "Hallo Anna",
        "/bestuur": group_only,
        "/bestuur toevoegen @bram": group_only,
        "/gemeente": group_only,
        "/gemeente weg @carla_gemeente": group_only,
        "/instellingen": "Instellingen voor Anna",
        "/herinner": "Wanneer, en waaraan",
        "/remind": "Wanneer, en waaraan",
        "/herinneringen": "geen herinneringen open",
        "/reminders": "geen herinneringen open",
    }
    for command, wanted in expected.items():
        text = only_text(await bot.say(command, chat=ANNA_DM))
        assert wanted in text, (command, text)
    _no_sorry(bot)


async def test_every_command_in_the_group_with_bot_suffix(bot: Harness) -> None:
    await _board(bot)
    expected = {
        "/start@WijkBot": "Wat Wijkbot kan",  # /start in a group shows the help
        "/bestuur@WijkBot": "Bestuur van Bewonersorganisatie Duindorp",
        "/gemeente@WijkBot": "Nog geen contactpersonen",
        "/instellingen@WijkBot": "Instellingen voor Bewonersorganisatie Duindorp",
        "/instellingen@WijkBot tijd": "Hoe laat stuur ik herinneringen",
        "/herinner@WijkBot": "Wanneer, en waaraan",
        "/herinner@WijkBot morgen 10:00 x": "Ik herinner jullie op donderdag 26 november om 10:00",
        "/herinneringen@WijkBot extra woorden": "Openstaande herinneringen (1)",
        "/HERINNER MORGEN 10.00 punt": "donderdag 26 november om 10:00 aan: punt",
    }
    for command, wanted in expected.items():
        text = only_text(await bot.say(command))
        assert wanted in text, (command, text)
    # a command for another bot in the same group is not ours to answer
    assert await bot.say("/herinner@AnderBot morgen 10:00 x") == []
    _no_sorry(bot)


async def test_private_settings_have_no_group_name(bot: Harness) -> None:
    """Regression: `/instellingen naam X` in private said "Ik noem deze groep voortaan X"."""
    text = only_text(await bot.say("/instellingen naam Thuis", chat=ANNA_DM))
    assert text == "Dit werkt alleen in de groep van jullie overleg."
    text = only_text(await bot.say("/instellingen tijd 8.30", chat=ANNA_DM))
    assert text == "✅ Herinneringen zonder tijd stuur ik voortaan om 08:30."


# --- /herinner with odd texts --------------------------------------------------------------------
async def test_odd_dates_get_a_clear_answer(bot: Harness) -> None:
    cases = {
        "/herinner morgen": "Waaraan moet ik herinneren?",
        "/herinner vandaag 23:59 x": "woensdag 25 november om 23:59 aan: x",
        "/herinner over 0 dagen x": "Ik zie geen datum of tijd",
        "/herinner over 500 jaar x": "maandag 25 november 2526 om 09:00 aan: x",
        "/herinner bel om morgen 10:00 de gemeente": "om 10:00 aan: bel de gemeente",
        "/herinner om 16:00 thee": "woensdag 25 november om 16:00 aan: thee",
        "/herinner 14:00 thee": "donderdag 26 november om 14:00 aan: thee",
        "/herinner nu x": "Ik zie geen datum of tijd",
        "/herinner gisteren x": "is al voorbij",
        "/herinner 29 februari 2028 schrikkel": "dinsdag 29 februari 2028 om 09:00",
        "/herinner elke dag 8:00 x": "elke dag om 08:00",
        "/herinner elke laatste vrijdag van de maand x": "elke laatste vrijdag van de maand",
    }
    for command, wanted in cases.items():
        text = only_text(await bot.say(command))
        assert wanted in text, (command, text)
    _no_sorry(bot)


async def test_impossible_clock_time_is_not_silently_replaced(bot: Harness) -> None:
    """Regression: "morgen 25:00 x" was set for 09:00 with the text "25:00 x"."""
    for command in ("/herinner morgen 25:00 vergadering", "/herinner 25:00 vergadering"):
        text = only_text(await bot.say(command))
        assert text.startswith("25:00 bestaat niet.\nZo gebruik je het: /herinner"), text
    assert await bot.sql("SELECT count(*) FROM reminders") == [(0,)]
    # the time of a bus ticket in the text itself is not a problem
    text = only_text(await bot.say("/herinner morgen 10:00 bus van 9:45 halen"))
    assert text.endswith("aan: bus van 9:45 halen")


async def test_om_tien_uur_is_read_whole(bot: Harness) -> None:
    text = only_text(await bot.say("/herinner morgen om 10 uur koffie"))
    assert text.endswith("om 10:00 aan: koffie")


async def test_nonexistent_date_is_named(bot: Harness) -> None:
    text = only_text(await bot.say("/herinner 31 februari taart"))
    assert "bestaat niet" in text


async def test_long_html_and_emoji_texts(bot: Harness) -> None:
    text = only_text(await bot.say("/herinner morgen 10:00 " + "a" * 4100))
    assert text == "Dat is een lange herinnering: houd het bij hooguit 500 tekens."
    text = only_text(await bot.say("/herinner morgen 10:00 <b>vet</b> & *ster* _x_ 🎉"))
    assert text.endswith("aan: <b>vet</b> & *ster* _x_ 🎉")
    text = only_text(await bot.say("/herinner morgen 10:00 ..."))
    assert text == "Waaraan moet ik herinneren? Antwoord op dit bericht."
    text = only_text(await bot.say("/herinner     "))
    assert text.startswith("Wanneer, en waaraan")
    _no_sorry(bot)


# --- step-by-step questions ---------------------------------------------------------------------
async def test_answer_by_someone_else_is_told_whose_question_it_was(bot: Harness) -> None:
    """Regression: a reply by someone else to a question was silently dropped."""
    question = (await bot.say("/herinner"))[0]
    text = only_text(await bot.say("morgen 10:00 x", user=BRAM, reply_to=question.message_id))
    assert text == "Deze vraag was voor Anna."
    assert await bot.sql("SELECT count(*) FROM reminders") == [(0,)]
    # Anna can still answer it
    text = only_text(await bot.say("morgen 10:00 x", reply_to=question.message_id))
    assert text.startswith("✅ Ik herinner jullie op donderdag 26 november om 10:00")


async def test_answer_with_a_command_and_after_a_restart(bot: Harness) -> None:
    question = (await bot.say("/herinner"))[0]
    # a command sent as a reply runs as a command; the question stays open
    text = only_text(await bot.say("/herinner morgen 11:00 y", reply_to=question.message_id))
    assert "om 11:00 aan: y" in text
    await bot.restart(after=timedelta(minutes=5))
    text = only_text(await bot.say("morgen 10:00 na herstart", reply_to=question.message_id))
    assert "om 10:00 aan: na herstart" in text


async def test_answering_the_same_question_twice_gets_an_answer(bot: Harness) -> None:
    question = (await bot.say("/herinner"))[0]
    await bot.say("morgen 10:00 x", reply_to=question.message_id)
    out = await bot.say("morgen 12:00 z", reply_to=question.message_id)
    assert len(out) == 1
    assert (out[0].text or "").startswith("Die vraag is al beantwoord.")
    assert await bot.sql("SELECT text FROM reminders") == [("x",)]


async def test_answer_after_the_moment_passed_is_not_set_in_the_past(bot: Harness) -> None:
    """Regression: "/herinner morgen", answered "what" two days later, set a past reminder."""
    question = (await bot.say("/herinner morgen"))[0]
    await bot.advance(timedelta(days=2))
    text = only_text(await bot.say("te laat", reply_to=question.message_id))
    assert "donderdag 26 november om 09:00 is al voorbij" in text
    assert await bot.sql("SELECT count(*) FROM reminders") == [(0,)]


async def test_recurring_answer_after_first_moment_starts_at_next_one(bot: Harness) -> None:
    question = (await bot.say("/herinner elke maandag 9:00"))[0]
    await bot.advance(timedelta(days=7))  # now Wednesday 2 December
    text = only_text(await bot.say("wijkkrant", reply_to=question.message_id))
    assert "De eerste keer: maandag 7 december om 09:00." in text
    assert await bot.sql("SELECT fire_at FROM due") == [("2026-12-07T08:00:00+00:00",)]


async def test_settings_question_answered_by_non_admin_then_nonsense_then_right(
    bot: Harness,
) -> None:
    await _board(bot)
    question = (await bot.say("/instellingen tijdzone"))[0]
    text = only_text(await bot.say("UTC", user=BRAM, reply_to=question.message_id))
    assert text == "Deze vraag was voor Anna."
    text = only_text(await bot.say("nonsense", reply_to=question.message_id))
    assert "Die tijdzone ken ik niet: nonsense" in text
    text = only_text(await bot.say("UTC", reply_to=question.message_id))
    assert text == "✅ Tijdzone is nu UTC."


async def test_role_question_for_the_bot_itself(bot: Harness) -> None:
    await _board(bot)
    text = only_text(await bot.say("/bestuur toevoegen @WijkBot"))
    assert text == "Een bot kan geen rol krijgen."
    question = (await bot.say("/bestuur toevoegen"))[0]
    text = only_text(await bot.say("@wijkbot", reply_to=question.message_id))
    assert text == "Een bot kan geen rol krijgen."


# --- settings ------------------------------------------------------------------------------------
async def test_settings_values_as_people_type_them(bot: Harness) -> None:
    await _board(bot)
    cases = {
        "tijdzone amsterdam": "✅ Tijdzone is nu Europe/Amsterdam.",
        "tijdzone Europe/London": "✅ Tijdzone is nu Europe/London.",
        "tijdzone utc": "✅ Tijdzone is nu UTC.",
        "tijdzone new york": "✅ Tijdzone is nu America/New_York.",
        "tijdzone ../../etc/passwd": "Die tijdzone ken ik niet",
        "tijd 8.30": "✅ Herinneringen zonder tijd stuur ik voortaan om 08:30.",
        "tijd 25:00": "Dat is geen tijd: 25:00.",
        "tijd 8u30": "om 08:30.",
        "naam " + "x" * 65: "Die naam is te lang of leeg (hooguit 64 tekens).",
        "naam   ": "Welke naam gebruik ik voor deze groep?",
        "taal fr": "Die taal ken ik niet.",
    }
    for args, wanted in cases.items():
        text = only_text(await bot.say("/instellingen " + args))
        assert wanted in text, (args, text)
    _no_sorry(bot)


async def test_language_by_its_name(bot: Harness) -> None:
    """Regression: "/instellingen taal nederlands" answered "Die taal ken ik niet"."""
    await _board(bot)
    text = only_text(await bot.say("/instellingen taal english"))
    assert text == "✅ I will speak English here from now on."
    text = only_text(await bot.say("/instellingen taal nederlands"))
    assert text == "✅ Ik spreek hier voortaan Nederlands."
    text = only_text(await bot.say("/instellingen taal engels"))
    assert text == "✅ I will speak English here from now on."
    text = only_text(await bot.say("/instellingen language dutch"))
    assert text == "✅ Ik spreek hier voortaan Nederlands."


async def test_gmt_plus_one_means_one_hour_ahead_of_utc(bot: Harness) -> None:
    """Regression: "GMT+1" became Etc/GMT+1, which is UTC-1 (POSIX signs are reversed)."""
    await _board(bot)
    text = only_text(await bot.say("/instellingen tijdzone UTC-5"))
    assert text == "✅ Tijdzone is nu Etc/GMT+5."
    text = only_text(await bot.say("/instellingen tijdzone GMT+1"))
    assert text == "✅ Tijdzone is nu Etc/GMT-1."
    # the same wall clock time as Amsterdam in winter
    text = only_text(await bot.say("/herinner morgen 10:00 x"))
    assert "om 10:00" in text
    assert await bot.sql("SELECT fire_at FROM due") == [("2026-11-26T09:00:00+00:00",)]


async def test_settings_buttons_by_non_admin_and_forged(bot: Harness) -> None:
    await _board(bot)
    msg = (await bot.say("/instellingen"))[0]
    for data in ("set:lang:en", "set:ask:name", "set:done"):
        assert await bot.process(bot.fake.callback(DUINDORP, BRAM, data, msg.message_id)) == []
        assert last_answer(bot) == "Alleen beheerders van de groep kunnen dit doen."
    for data in ("set:lang:xx", "set:", "set:ask:zz"):
        assert await bot.process(bot.fake.callback(DUINDORP, ANNA, data, msg.message_id)) == []
        assert last_answer(bot) == "Deze knop hoort bij iets dat niet meer bestaat."
    for label, wanted in (
        ("🕒 Tijdzone", "Welke tijdzone?"),
        ("⏰ Standaardtijd", "Hoe laat stuur ik"),
        ("✏️ Naam", "Welke naam"),
    ):
        assert wanted in only_text(await bot.press(label, message_id=msg.message_id))
    out = await bot.press("Klaar", message_id=msg.message_id)
    assert "Instellingen opgeslagen" in only_text(out)
    assert out[0].buttons == []
    assert await bot.sql("SELECT language FROM chats WHERE id = ?", DUINDORP.id) == [("nl",)]


# --- forged and stale buttons --------------------------------------------------------------------
async def test_forged_and_malformed_callback_data(bot: Harness) -> None:
    await _board(bot)
    msg = (await bot.say("/herinner morgen 10:00 iets"))[0]
    stale = "Deze knop hoort bij iets dat niet meer bestaat."
    for data in (
        "rem:x:999:0",
        "rem:",
        "rem",
        "rem:cancel:abc",
        "rem:list:abc",
        "rem:snooze:1:zz",
        "rem:done:1",  # not in a fired reminder message
        "role:rm:board:abc",
        "role:",
        "role:add:zz",
        "role:rm:board:999",
    ):
        assert await bot.process(bot.fake.callback(DUINDORP, ANNA, data, msg.message_id)) == []
        assert last_answer(bot) == stale, data
    out = await bot.press("Annuleren", message_id=msg.message_id)
    assert only_text(out) == "❌ Geannuleerd: iets"
    # the old button pressed again (another phone had the old message)
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "rem:cancel:1", msg.message_id))
    assert last_answer(bot) == "Die herinnering was al geannuleerd."
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "rem:x:1:0", msg.message_id))
    assert last_answer(bot) == "Die herinnering was al geannuleerd."
    _no_sorry(bot)


# --- lists, paging, long texts --------------------------------------------------------------------
async def test_thirty_reminders_paged_and_cancel_from_page_two(bot: Harness) -> None:
    await _board(bot)
    for i in range(30):
        await bot.say(f"/herinner over {i + 1} dagen punt {i + 1}")
    listing = (await bot.say("/herinneringen"))[0]
    assert "(30)" in (listing.text or "")
    assert listing.buttons[-1] == [("1/4", "rem:list:0"), ("▶️", "rem:list:1")]
    out = await bot.press("▶️", message_id=listing.message_id)
    assert "9. vrijdag 4 december om 09:00\n    punt 9" in only_text(out)
    out = await bot.press("✖️ 9 annuleren", message_id=listing.message_id)
    text = only_text(out)
    assert "(29)" in text
    assert "9. zaterdag 5 december om 09:00\n    punt 10" in text  # still page 2
    assert out[0].buttons[-1][1] == ("2/4", "rem:list:1")
    out = await bot.press("◀️", message_id=listing.message_id)
    assert "1. donderdag 26 november" in only_text(out)
    # the page number itself is harmless
    assert await bot.press("1/4", message_id=listing.message_id) == []
    _no_sorry(bot)


async def test_list_of_long_reminders_fits_in_one_message(bot: Harness) -> None:
    """Regression: eight 500-character reminders made /herinneringen apologise (too long)."""
    for i in range(9):
        await bot.say(f"/herinner over {i + 1} dagen {i} " + "lang " * 99)
    text = only_text(await bot.say("/herinneringen"))
    assert text.startswith("⏰ Openstaande herinneringen (9)")
    assert "…" in text
    assert len(text) <= 4096
    _no_sorry(bot)


async def test_many_long_reminders_due_together_are_all_delivered(bot: Harness) -> None:
    """Regression: nine long reminders due in the same minute were bundled into one message
    over 4096 characters, which Telegram refused again and again: none was delivered."""
    for i in range(9):
        await bot.say(f"/herinner morgen 10:00 nummer{i} " + "lang " * 97)
    assert await bot.sql("SELECT count(*) FROM reminders") == [(9,)]
    out = await bot.advance(timedelta(hours=20))
    assert len(out) >= 2
    delivered = "\n".join(c.text or "" for c in out)
    for i in range(9):
        assert f"nummer{i}" in delivered
    assert await bot.sql("SELECT DISTINCT state FROM due") == [("sent",)]
    # each part still has its own working buttons
    await bot.press("✅ Klaar 1", message_id=out[-1].message_id)
    assert "✅ Klaar (Anna)" in (bot.fake.bot_message(DUINDORP.id, out[-1].message_id).text or "")


# --- fired reminders: Later, Terug, Klaar ---------------------------------------------------------
async def test_bundle_done_later_back_and_double_snooze(bot: Harness) -> None:
    await _board(bot)
    await bot.say("/herinner morgen 10:00 eerste")
    await bot.say("/herinner morgen 10:00 tweede", user=BRAM)
    fired = only_text(await bot.advance(timedelta(hours=19)))
    assert "1. eerste" in fired
    assert "2. tweede" in fired
    mid = bot.fake.last(DUINDORP.id).message_id  # type: ignore[union-attr]
    out = await bot.press("✅ Klaar 1", user=BRAM, message_id=mid)
    assert "✅ Klaar (Bram)" in only_text(out)
    assert out[0].buttons == [[("⏰ Later 2", "rem:later:2"), ("✅ Klaar 2", "rem:done:2")]]
    out = await bot.press("⏰ Later 2", user=BRAM, message_id=mid)
    assert [label for label, _ in out[0].buttons[0]] == [
        "Over 1 uur",
        "Morgen 09:00",
        "Volgende week",
    ]
    out = await bot.press("↩️ Terug", user=BRAM, message_id=mid)
    assert out[0].buttons == [[("⏰ Later 2", "rem:later:2"), ("✅ Klaar 2", "rem:done:2")]]
    await bot.press("⏰ Later 2", user=BRAM, message_id=mid)
    out = await bot.press("Morgen 09:00", user=BRAM, message_id=mid)
    assert "Uitgesteld tot vrijdag 27 november om 09:00" in only_text(out)
    # a double tap (or a second phone) sends the snooze once more
    await bot.process(bot.fake.callback(DUINDORP, BRAM, "rem:snooze:2:h1", mid))
    assert last_answer(bot) == "Die herinnering is hier al afgehandeld."
    assert await bot.sql("SELECT count(*) FROM due WHERE state = 'pending'") == [(1,)]
    out = await bot.advance(timedelta(days=1))
    assert len([c for c in out if "tweede" in (c.text or "")]) == 1
    _no_sorry(bot)


# --- English group --------------------------------------------------------------------------------
async def test_english_group_speaks_english_everywhere(bot: Harness) -> None:
    await _board(bot)
    await bot.say("/instellingen taal en")
    cases = {
        "/help": "What Wijkbot can do",
        "/instellingen": "Settings for Bewonersorganisatie Duindorp",
        "/bestuur": "Board of Bewonersorganisatie Duindorp",
        "/herinner": "When, and what should I remind you of?",
        "/herinner tomorrow": "What should I remind you of?",
        "/herinner every monday 9:00 paper": "every Monday at 09:00",
        "/herinner gisteren x": "Tuesday 24 November has already passed",
        "/herinner morgen 25:00 x": "There is no 25:00.",
        "/herinner 5 januari 2027 10:00 borrel": "Tuesday 5 January 2027 at 10:00",
        "/bestuur foo": "How to use it",
        "/herinneringen": "Pending reminders (2)",
    }
    for command, wanted in cases.items():
        text = only_text(await bot.say(command))
        assert wanted in text, (command, text)
    fired = await bot.advance(timedelta(days=5))
    assert "Reminder" in (fired[0].text or "")
    out = await bot.press("⏰ Later", message_id=fired[0].message_id)
    assert [label for label, _ in out[0].buttons[0]] == ["In 1 hour", "Tomorrow 09:00", "Next week"]
    _no_sorry(bot)


# --- forum topics, private lists ------------------------------------------------------------------
async def test_step_by_step_reminder_in_forum_topic_stays_in_the_topic(bot: Harness) -> None:
    forum = FakeChat(-1001700000001, "supergroup", "Escamp", is_forum=True)
    question = (await bot.say("/herinner", chat=forum, thread_id=7))[0]
    assert question.message.get("message_thread_id") == 7
    out = await bot.say("morgen", chat=forum, thread_id=7, reply_to=question.message_id)
    assert out[0].message.get("message_thread_id") == 7
    out = await bot.say("notulen", chat=forum, thread_id=7, reply_to=out[0].message_id)
    assert out[0].message.get("message_thread_id") == 7
    fired = await bot.advance(timedelta(days=1))
    assert fired[0].message.get("message_thread_id") == 7
    await bot.press("⏰ Later", chat=forum)
    await bot.press("Over 1 uur", chat=forum)
    again = await bot.advance(timedelta(hours=1))
    assert again[0].message.get("message_thread_id") == 7


async def test_private_list_shows_own_group_reminders_and_cancels_them(bot: Harness) -> None:
    await _board(bot)
    await bot.process(bot.fake.private_start(BRAM))
    await bot.say("/herinner morgen 10:00 groepsding", user=BRAM)
    await bot.say("/herinner morgen 11:00 annas ding")
    await bot.say("/herinner morgen 12:00 prive", user=BRAM, chat=BRAM_DM)
    listing = (await bot.say("/herinneringen", user=BRAM, chat=BRAM_DM))[0]
    assert "groepsding (Bram)\n    in Bewonersorganisatie Duindorp" in (listing.text or "")
    assert "annas ding" not in (listing.text or "")
    out = await bot.press("✖️ 1 annuleren", user=BRAM, chat=BRAM_DM)
    assert "groepsding" not in only_text(out)
    assert "groepsding" not in only_text(await bot.say("/herinneringen"))
    # forged: Anna's reminder from Bram's private chat
    await bot.process(bot.fake.callback(BRAM_DM, BRAM, "rem:x:2:0", listing.message_id))
    assert last_answer(bot) == "Deze knop hoort bij iets dat niet meer bestaat."
    assert await bot.sql("SELECT state FROM reminders WHERE id = 2") == [("active",)]


# --- the group's life -----------------------------------------------------------------------------
async def test_upgrade_mid_conversation_then_answer_and_fire_in_supergroup(bot: Harness) -> None:
    await _board(bot, KRAAYENSTEIN)
    await bot.process(bot.fake.bot_added(KRAAYENSTEIN, ANNA))
    await bot.say("/herinner morgen 10:00 in oude groep", chat=KRAAYENSTEIN)
    question = (await bot.say("/herinner", chat=KRAAYENSTEIN))[0]
    to_update, from_update = bot.fake.migrate(KRAAYENSTEIN, NEW_ID, ANNA)
    assert await bot.process(to_update) == []
    assert await bot.process(from_update) == []
    new = FakeChat(NEW_ID, "supergroup", "Wijkberaad Kraayenstein")
    # the question, as it shows in the supergroup's history
    text = only_text(
        await bot.say("overmorgen 10:00 na upgrade", chat=new, reply_to=question.message)
    )
    assert "vrijdag 27 november om 10:00 aan: na upgrade" in text
    fired = await bot.advance(timedelta(hours=19))
    assert [c.chat_id for c in fired] == [NEW_ID]
    assert "in oude groep" in (fired[0].text or "")
    await bot.process(bot.fake.new_title(new, ANNA, "Wijkberaad K-stein"))
    assert "Bestuur van Wijkberaad K-stein" in only_text(await bot.say("/bestuur", chat=new))


async def test_removed_and_readded_keeps_later_reminders(bot: Harness) -> None:
    await _board(bot)
    await bot.process(bot.fake.bot_added(DUINDORP, ANNA))
    await bot.say("/herinner morgen 10:00 een")
    await bot.say("/herinner overmorgen 10:00 twee")
    await bot.process(bot.fake.bot_removed(DUINDORP, ANNA))
    assert await bot.advance(timedelta(hours=19)) == []
    out = await bot.process(bot.fake.bot_added(DUINDORP, ANNA))
    assert "Hallo Bewonersorganisatie Duindorp" in only_text(out)
    assert "twee" in only_text(await bot.say("/herinneringen"))
    fired = await bot.advance(timedelta(days=1))
    assert "twee" in only_text(fired)
