"""Joining a group, help, start, settings and the group's life, through the real Application."""

from __future__ import annotations

from fakegram import ANNA, BRAM, CARLA, DUINDORP, KRAAYENSTEIN, FakeChat
from handlers import COMMANDS
from handlers.setup.help import topic_of_word
from tests.support.harness import Harness


async def test_added_to_group_greets_once_with_three_steps(bot: Harness) -> None:
    out = await bot.process(bot.fake.bot_added(KRAAYENSTEIN, ANNA))
    assert len(out) == 1
    text = out[0].text or ""
    assert "Wijkbot" in text
    assert "Wijkberaad Kraayenstein" in text
    assert "1." in text
    assert "2." in text
    assert "3." in text
    # the basic group's service message for the same event does not greet twice
    assert await bot.process(bot.fake.new_chat_members_bot(KRAAYENSTEIN, ANNA)) == []


async def test_help_lists_every_registered_command_by_topic(bot: Harness) -> None:
    """/help fits a phone screen: every command of the group, by topic; /help <name or alias>
    gives each one in full (tests/test_help.py)."""
    out = await bot.say("/help@WijkBot", user=BRAM)
    text = out[0].text or ""
    for command in COMMANDS:
        if "group" in command.scopes:
            assert f"/{command.name}" in text
            for name in command.names:
                shown = (await bot.say(f"/help {name}"))[0].text or ""
                if topic_of_word(name) is None:
                    assert shown.startswith(f"/{command.name}"), name
                else:  # "/help adviezen": the topic, with this command in it
                    assert f"\n/{command.name}" in shown, name
    assert len(text.splitlines()) <= 15
    out = await bot.say("/hulp")
    assert out[0].text == text


async def test_private_help_and_start(bot: Harness) -> None:
    out = await bot.process(bot.fake.private_start(ANNA))
    assert "Hallo Anna" in (out[0].text or "")
    rows = await bot.sql("SELECT private_ok FROM users WHERE id = ?", ANNA.id)
    assert rows == [(1,)]
    out = await bot.say("/help", chat=FakeChat.private(ANNA))
    text = out[0].text or ""
    assert "/start" in text
    assert "/bestuur" not in text


async def test_command_menu_matches_help_for_both_scopes_and_languages(bot: Harness) -> None:
    calls = bot.fake.calls_to("setMyCommands")
    assert len(calls) == 4
    for call in calls:
        lang = call.params.get("language_code") or "nl"
        menu_names = {c["command"] for c in call.params["commands"]}
        # the English menu shows the English names (/meeting), the Dutch one the Dutch names
        assert menu_names <= {command.shown(lang) for command in COMMANDS}, lang
        assert ("actie" in menu_names, "action" in menu_names) == (lang == "nl", lang == "en")


async def test_title_change_is_recorded(bot: Harness) -> None:
    await bot.say("/help")
    await bot.process(bot.fake.new_title(DUINDORP, ANNA, "BO Duindorp"))
    assert await bot.sql("SELECT title FROM chats WHERE id = ?", DUINDORP.id) == [("BO Duindorp",)]


async def test_removed_marks_inactive_and_readding_reactivates_with_data(bot: Harness) -> None:
    await bot.process(bot.fake.bot_added(DUINDORP, ANNA))
    await bot.say("/bestuur toevoegen", reply_to=bot.fake.message(DUINDORP, BRAM, "hoi"))
    await bot.process(bot.fake.bot_removed(DUINDORP, ANNA))
    assert await bot.sql("SELECT active FROM chats WHERE id = ?", DUINDORP.id) == [(0,)]
    out = await bot.process(bot.fake.bot_added(DUINDORP, ANNA))
    assert len(out) == 1
    assert "Wijkbot" in (out[0].text or "")
    assert await bot.sql("SELECT active FROM chats WHERE id = ?", DUINDORP.id) == [(1,)]
    assert await bot.sql("SELECT user_id, role FROM roles") == [(BRAM.id, "board")]


async def test_supergroup_migration_moves_every_row(bot: Harness) -> None:
    bot.fake.set_admins(KRAAYENSTEIN.id, [], creator=ANNA)
    await bot.process(bot.fake.bot_added(KRAAYENSTEIN, ANNA))
    await bot.say("/hulp", user=CARLA, chat=KRAAYENSTEIN)
    await bot.say("/gemeente toevoegen @carla_gemeente", chat=KRAAYENSTEIN)
    await bot.say("/instellingen naam Kraayenstein", chat=KRAAYENSTEIN)
    to_update, from_update = bot.fake.migrate(KRAAYENSTEIN, -1004001004001, ANNA)
    await bot.process(to_update)
    await bot.process(from_update)
    assert await bot.sql("SELECT count(*) FROM roles WHERE chat_id = ?", KRAAYENSTEIN.id) == [(0,)]
    assert await bot.sql("SELECT user_id, role FROM roles WHERE chat_id = -1004001004001") == [
        (CARLA.id, "gemeente")
    ]
    rows = await bot.sql("SELECT id, type, display_name FROM chats WHERE id < 0")
    assert rows == [(-1004001004001, "supergroup", "Kraayenstein")]
    new_chat = FakeChat(-1004001004001, "supergroup", "Wijkberaad Kraayenstein")
    out = await bot.say("/gemeente", chat=new_chat)
    assert "Carla" in (out[0].text or "")


async def test_settings_need_admin_and_change_language_with_button(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/instellingen", user=BRAM)
    assert out[0].text == "Alleen beheerders van de groep kunnen dit doen."
    out = await bot.say("/instellingen")
    assert "Europe/Amsterdam" in (out[0].text or "")
    out = await bot.press("English")
    assert out[0].kind == "edited"
    assert "Language: English" in (out[0].text or "")
    out = await bot.say("/help")
    assert "What Wijkbot can do" in (out[0].text or "")


async def test_settings_timezone_by_reply_prompt_and_bad_value_changes_nothing(
    bot: Harness,
) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/instellingen tijdzone")
    question = out[0]
    out = await bot.say("Mars/Olympus", reply_to=question.message_id)
    assert "ken ik niet" in (out[0].text or "")
    assert await bot.sql("SELECT timezone FROM chats") == [("Europe/Amsterdam",)]
    out = await bot.say("london", reply_to=question.message_id)
    assert out[0].text == "✅ Tijdzone is nu Europe/London."
    assert await bot.sql("SELECT timezone FROM chats") == [("Europe/London",)]


async def test_unknown_subcommand_gets_usage_line_with_example(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/instellingen kleur blauw")
    text = out[0].text or ""
    assert text.startswith("Zo gebruik je het:")
    assert "Bijvoorbeeld" in text


async def test_user_text_is_escaped(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    await bot.say("/instellingen naam <b>Duin</b> & co")
    out = await bot.say("/bestuur")
    # Telegram shows the name as typed, tags and all: it was escaped, not interpreted
    assert "Bestuur van <b>Duin</b> & co" in (out[0].text or "")
    sent = bot.fake.calls_to("sendMessage")[-1].params["text"]
    assert "&lt;b&gt;Duin&lt;/b&gt; &amp; co" in sent


async def test_edited_command_does_not_run_again(bot: Harness) -> None:
    update = bot.fake.message(DUINDORP, ANNA, "/help")
    await bot.process(update)
    edit = bot.fake.edited(DUINDORP, ANNA, update["message"]["message_id"], "/hulp")
    assert await bot.process(edit) == []


async def test_handler_crash_gives_short_apology_not_traceback(bot: Harness) -> None:
    bot.fake.fail_next("getChatAdministrators", 500)
    bot.fake.fail_next("sendMessage", 400, description="Bad Request: can't parse entities")
    out = await bot.say("/bestuur")
    assert len(out) == 1
    assert (out[0].text or "").startswith("😕 Sorry")
