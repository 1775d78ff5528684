"""Privacy (AVG): /privacy, /vergeet, /export as a ZIP, /vergeetgroep, retention of removed
groups, and the bot token in no log line at any level."""

from __future__ import annotations

import io
import json
import logging
import re
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from fakegram import (
    ANNA,
    BRAM,
    DUINDORP,
    KRAAYENSTEIN,
    Change,
    FakeBotAPIServer,
    FakeChat,
    FakeTelegram,
)
from tests.support.harness import Harness
from tests.support.process import TOKEN, running_bot, said

ANNA_DM = FakeChat.private(ANNA)
BRAM_DM = FakeChat.private(BRAM)


def text_of(out: list[Change]) -> str:
    return "\n".join(c.text or "" for c in out)


async def _some_data(bot: Harness) -> None:
    """Both groups and Bram's private chat get something stored."""
    await bot.say("/herinner morgen 10:00 zaal reserveren", user=BRAM)
    await bot.say("/herinner vrijdag 9:00 wijkkrant", user=BRAM, chat=KRAAYENSTEIN)
    await bot.say("/herinner morgen 8:00 mijn eigen herinnering", user=BRAM, chat=BRAM_DM)
    await bot.say("/bestuur toevoegen @bram", user=ANNA)
    await bot.say("/instellingen bewaartermijn 12", user=ANNA)


async def test_privacy_says_what_why_and_how_long(bot: Harness) -> None:
    out = text_of(await bot.say("/privacy"))
    assert "Wat Wijkbot bewaart" in out
    assert "Waarom?" in out
    assert "12 maanden" in out
    assert "Andere berichten lees of bewaar ik niet" in out
    await bot.say("/instellingen bewaartermijn 6")
    assert "6 maanden" in text_of(await bot.say("/privacy"))
    assert "6 maanden" not in text_of(await bot.say("/privacy", chat=ANNA_DM))


async def test_a_retention_of_one_month_reads_in_the_singular(bot: Harness) -> None:
    out = await bot.say("/instellingen bewaartermijn 1")
    assert out[0].text == "✅ Bewaartermijn na verwijderen: 1 maand."
    explained = text_of(await bot.say("/privacy"))
    assert "na 1 maand (zo staat het voor" in explained


async def test_vergeet_only_in_private_and_after_confirmation(bot: Harness) -> None:
    await _some_data(bot)
    assert "privégesprek" in text_of(await bot.say("/vergeet", user=BRAM))
    out = await bot.say("/vergeet", user=BRAM, chat=BRAM_DM)
    assert "Wil je dat ik je vergeet?" in text_of(out)
    # pressing "no" changes nothing
    await bot.press("Nee, niets wissen", user=BRAM, chat=BRAM_DM)
    assert await bot.sql("SELECT first_name FROM users WHERE id = ?", BRAM.id) == [("Bram",)]
    await bot.say("/vergeet", user=BRAM, chat=BRAM_DM)
    out = await bot.press("Ja, vergeet mij", user=BRAM, chat=BRAM_DM)
    assert "Gedaan" in text_of(out)
    assert await bot.sql(
        "SELECT first_name, last_name, username, private_ok FROM users WHERE id = ?", BRAM.id
    ) == [("oud-lid", None, None, 0)]
    # the private chat and everything in it is gone; group records stay, as "oud-lid"
    assert await bot.sql("SELECT count(*) FROM chats WHERE id = ?", BRAM.id) == [(0,)]
    assert await bot.sql("SELECT count(*) FROM reminders WHERE chat_id = ?", BRAM.id) == [(0,)]
    assert await bot.sql("SELECT count(*) FROM due WHERE chat_id = ?", BRAM.id) == [(0,)]
    listing = text_of(await bot.say("/herinneringen", user=ANNA))
    assert "zaal reserveren" in listing
    assert "oud-lid" in listing
    assert "Bram" not in listing


async def test_a_forged_forget_button_in_a_group_changes_nothing(bot: Harness) -> None:
    await _some_data(bot)
    sent = bot.fake.sent(DUINDORP.id)[-1]
    await bot.process(bot.fake.callback(DUINDORP, ANNA, "priv:forget", sent.message_id))
    assert await bot.sql("SELECT first_name FROM users WHERE id = ?", ANNA.id) == [("Anna",)]
    assert await bot.sql("SELECT count(*) FROM chats WHERE id = ?", DUINDORP.id) == [(1,)]


async def test_export_sends_every_table_of_this_group_only_as_json_and_csv(bot: Harness) -> None:
    await _some_data(bot)
    # a table a feature might add later: found from the schema, no registration
    await bot.sql("CREATE TABLE later_feature (id INTEGER PRIMARY KEY, chat_id INTEGER, note TEXT)")
    await bot.sql(
        "INSERT INTO later_feature (chat_id, note) VALUES (?, 'van Duindorp'), (?, 'van elders')",
        DUINDORP.id,
        KRAAYENSTEIN.id,
    )
    assert "bestuursleden" in text_of(await bot.say("/export", user=BRAM))
    out = await bot.say("/export", user=ANNA)
    assert len(out) == 1
    message = bot.fake.bot_message(DUINDORP.id, out[0].message_id)
    assert message.document is not None
    filename, data = message.document
    assert re.fullmatch(r"wijkbot-bewonersorganisatie-duindorp-\d{4}-\d\d-\d\d\.zip", filename)
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())
    for table in ("chats", "reminders", "due", "members", "users", "later_feature"):
        assert f"{table}.json" in names
        assert f"{table}.csv" in names
    assert "index.json" in names
    reminders = json.loads(archive.read("reminders.json"))
    assert [r["text"] for r in reminders] == ["zaal reserveren"]
    later = json.loads(archive.read("later_feature.json"))
    assert [r["note"] for r in later] == ["van Duindorp"]
    csv_text = archive.read("reminders.csv").decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("id;chat_id;")
    everything = b"".join(archive.read(n) for n in names).decode("utf-8", "replace")
    assert "wijkkrant" not in everything  # Kraayenstein's reminder
    assert "mijn eigen herinnering" not in everything  # Bram's private one
    assert str(KRAAYENSTEIN.id) not in everything


async def test_vergeetgroep_wipes_this_group_only_for_admins_after_confirmation(
    bot: Harness,
) -> None:
    await _some_data(bot)
    assert "beheerders" in text_of(await bot.say("/vergeetgroep", user=BRAM))
    out = text_of(await bot.say("/vergeetgroep", user=ANNA))
    assert "Weet je het zeker?" in out
    # a member pressing the admin's button is refused
    await bot.press("Ja, alles voorgoed wissen", user=BRAM)
    assert await bot.sql("SELECT count(*) FROM reminders WHERE chat_id = ?", DUINDORP.id) == [(1,)]
    # the button expires after ten minutes
    bot.clock.advance(timedelta(minutes=11))
    await bot.press("Ja, alles voorgoed wissen", user=ANNA)
    assert "verlopen" in (bot.fake.calls_to("answerCallbackQuery")[-1].params.get("text") or "")
    assert await bot.sql("SELECT count(*) FROM reminders WHERE chat_id = ?", DUINDORP.id) == [(1,)]
    await bot.say("/vergeetgroep", user=ANNA)
    out = text_of(await bot.press("Ja, alles voorgoed wissen", user=ANNA))
    assert "zijn gewist" in out
    for table in ("reminders", "due", "members", "roles", "prompts", "chat_settings"):
        assert await bot.sql(f"SELECT count(*) FROM {table} WHERE chat_id = ?", DUINDORP.id) == [
            (0,)
        ], table
    assert await bot.sql("SELECT count(*) FROM chats WHERE id = ?", DUINDORP.id) == [(0,)]
    # the other group and Bram's private chat are untouched
    assert await bot.sql("SELECT text FROM reminders WHERE chat_id = ?", KRAAYENSTEIN.id) == [
        ("wijkkrant",)
    ]
    assert await bot.sql("SELECT count(*) FROM reminders WHERE chat_id = ?", BRAM.id) == [(1,)]
    assert await bot.sql("SELECT first_name FROM users WHERE id = ?", BRAM.id) == [("Bram",)]


async def test_a_removed_groups_data_is_deleted_after_its_retention(bot: Harness) -> None:
    await _some_data(bot)
    await bot.say("/instellingen bewaartermijn 3", chat=KRAAYENSTEIN)
    await bot.process(bot.fake.bot_removed(DUINDORP, ANNA))
    await bot.process(bot.fake.bot_removed(KRAAYENSTEIN, ANNA))
    await bot.restart(after=timedelta(days=80))
    both = "SELECT count(*) FROM chats WHERE id IN (?, ?)"
    assert await bot.sql(both, DUINDORP.id, KRAAYENSTEIN.id) == [(2,)]
    await bot.restart(after=timedelta(days=20))  # 100 days: Kraayenstein's 3 months are over
    assert await bot.sql("SELECT count(*) FROM chats WHERE id = ?", KRAAYENSTEIN.id) == [(0,)]
    assert await bot.sql("SELECT count(*) FROM reminders WHERE chat_id = ?", KRAAYENSTEIN.id) == [
        (0,)
    ]
    assert await bot.sql("SELECT count(*) FROM chats WHERE id = ?", DUINDORP.id) == [(1,)]
    # Duindorp comes back within its 12 months: nothing was lost, and the clock stops
    await bot.process(bot.fake.bot_added(DUINDORP, ANNA))
    assert await bot.sql("SELECT inactive_since FROM chats WHERE id = ?", DUINDORP.id) == [(None,)]
    await bot.restart(after=timedelta(days=400))
    assert await bot.sql("SELECT text FROM reminders WHERE chat_id = ?", DUINDORP.id) == [
        ("zaal reserveren",)
    ]
    # removed again: a year later it is gone
    await bot.process(bot.fake.bot_removed(DUINDORP, ANNA))
    await bot.restart(after=timedelta(days=366))
    assert await bot.sql("SELECT count(*) FROM chats WHERE id = ?", DUINDORP.id) == [(0,)]
    assert await bot.sql("SELECT count(*) FROM reminders") == [(1,)]  # Bram's private one


@pytest.mark.process
async def test_the_bot_token_is_in_no_log_line_even_at_debug(tmp_path: Path) -> None:
    fake = FakeTelegram()
    async with FakeBotAPIServer(fake) as server:
        async with running_bot(
            server, tmp_path / "db.sqlite3", tmp_path, "debug", {"LOG_LEVEL": "DEBUG"}
        ) as bot:
            mark = fake.mark()
            fake.say(DUINDORP, ANNA, "/help")
            await said(fake, mark, "Wat Wijkbot kan")
            fake.fail_next("sendMessage", 502, description=f"<html>proxy /bot{TOKEN}/x</html>")
            fake.fail_next("getUpdates", 500)
            mark = fake.mark()
            fake.say(DUINDORP, ANNA, "/herinner morgen 10:00 koffie")
            fake.say(DUINDORP, ANNA, "/privacy")
            await said(fake, mark, "Wat Wijkbot bewaart")
            await bot.stop()
            log = bot.log
    assert "DEBUG" in log
    assert len(log.splitlines()) > 20
    secret = TOKEN.split(":", 1)[1]
    assert TOKEN not in log
    assert secret not in log
    logging.getLogger(__name__).info("debug log of %d lines has no token", len(log.splitlines()))
