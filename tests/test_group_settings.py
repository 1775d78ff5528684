"""Per-group feature settings (domain/settings.py) and working days (domain/workdays.py)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from domain.errors import DomainError
from domain.settings import GroupSettings, SettingKind, SettingSpec, parse_value
from domain.workdays import (
    add_working_days,
    holidays_in,
    is_working_day,
    skipped_between,
    working_days_between,
)
from fakegram import ANNA, BRAM, DUINDORP
from handlers.i18n import CATALOGS
from tests.support.harness import Harness

CALL = SettingSpec(
    "test.call",
    SettingKind.DURATION,
    "7d",
    "meetings",
    words=("uitvraag",),
    label="setting.test.call.label",
    help="setting.test.call.help",
)
DIGEST = SettingSpec(
    "test.digest",
    SettingKind.WEEKLY,
    "0 09:00",
    "actions",
    words=("digest",),
    label="setting.test.digest.label",
    help="setting.test.digest.help",
)
QUORUM = SettingSpec(
    "test.quorum",
    SettingKind.PERCENT,
    "50",
    "polls",
    maximum=100,
    label="setting.test.quorum.label",
    help="setting.test.quorum.help",
)
MAIL = SettingSpec(
    "test.mail",
    SettingKind.EMAILS,
    "",
    "advice",
    words=("gemeentemail",),
    label="setting.test.mail.label",
    help="setting.test.mail.help",
)
FLAG = SettingSpec(
    "test.flag",
    SettingKind.FLAG,
    "on",
    "meetings",
    label="setting.test.flag.label",
    help="setting.test.flag.help",
)
ACK = SettingSpec(
    "test.ack",
    SettingKind.NUMBER,
    "10",
    "advice",
    minimum=1,
    maximum=60,
    label="setting.test.ack.label",
    help="setting.test.ack.help",
)


@pytest.mark.parametrize(
    ("spec", "typed", "stored"),
    [
        (CALL, "5 dagen", "5d"),
        (CALL, "twee weken", "2w"),
        (CALL, "1 uur", "1h"),
        (CALL, "uit", "off"),
        (DIGEST, "vrijdag 16:30", "4 16:30"),
        (DIGEST, "Maandag om 9 uur", "0 09:00"),
        (DIGEST, "uit", "off"),
        (QUORUM, "60%", "60"),
        (MAIL, "a@denhaag.nl, b@denhaag.nl", "a@denhaag.nl,b@denhaag.nl"),
        (MAIL, "geen", ""),
        (FLAG, "aan", "on"),
        (ACK, "12 werkdagen", "12"),
    ],
)
def test_typed_values_are_stored_in_one_form(spec: SettingSpec, typed: str, stored: str) -> None:
    assert parse_value(spec, typed) == stored


@pytest.mark.parametrize(
    ("spec", "typed"),
    [
        (CALL, "straks"),
        (CALL, "-3 dagen"),
        (DIGEST, "vrijdag 25:00"),
        (DIGEST, "elke dag"),
        (QUORUM, "150%"),
        (MAIL, "gemeente at denhaag"),
        (FLAG, "misschien"),
        (ACK, "0"),
    ],
)
def test_bad_values_are_refused(spec: SettingSpec, typed: str) -> None:
    with pytest.raises(DomainError):
        parse_value(spec, typed)


def test_typed_getters_fall_back_to_defaults() -> None:
    values = GroupSettings({"test.call": "off"})
    assert values.duration(CALL) is None
    assert values.weekly(DIGEST) == (0, time(9, 0))
    assert values.number(QUORUM) == 50
    assert values.flag(FLAG) is True
    assert values.emails(MAIL) == ()
    assert GroupSettings({}).duration(CALL) == timedelta(days=7)


# --- working days ------------------------------------------------------------------------------
def test_holidays_of_the_algemene_termijnenwet_2027() -> None:
    days = holidays_in(2027)
    assert days[date(2027, 3, 26)] == "Goede Vrijdag"
    assert days[date(2027, 3, 29)] == "tweede paasdag"
    assert days[date(2027, 4, 27)] == "Koningsdag"
    assert days[date(2027, 5, 5)] == "Bevrijdingsdag"  # every year, not only every fifth
    assert days[date(2027, 5, 6)] == "Hemelvaartsdag"
    assert days[date(2027, 5, 17)] == "tweede pinksterdag"
    assert holidays_in(2025)[date(2025, 4, 26)] == "Koningsdag"  # the 27th was a Sunday
    assert not is_working_day(date(2027, 5, 5))
    assert is_working_day(date(2027, 5, 7))


@pytest.mark.parametrize(
    ("start", "n", "end"),
    [
        (date(2026, 11, 26), 2, date(2026, 11, 30)),  # Thursday + 2 = Monday (dates.md)
        (date(2026, 12, 23), 2, date(2026, 12, 28)),  # over Christmas
        (date(2026, 12, 31), 1, date(2027, 1, 4)),  # New Year, then a weekend
        (date(2027, 3, 25), 1, date(2027, 3, 30)),  # Goede Vrijdag and Easter Monday
        (date(2027, 4, 26), 1, date(2027, 4, 28)),  # Koningsdag
        (date(2027, 5, 4), 1, date(2027, 5, 7)),  # 5 May and Ascension Day
        (date(2027, 3, 15), 10, date(2027, 3, 31)),  # ten working days across Easter
    ],
)
def test_adding_working_days(start: date, n: int, end: date) -> None:
    assert add_working_days(start, n) == end
    assert working_days_between(start, end) == n


def test_skipped_holidays_are_named() -> None:
    assert skipped_between(date(2027, 3, 15), date(2027, 3, 31)) == [
        (date(2027, 3, 26), "Goede Vrijdag"),
        (date(2027, 3, 29), "tweede paasdag"),
    ]


# --- /instellingen shows and changes them, by area ------------------------------------------------
@pytest.fixture
def specs(bot: Harness, monkeypatch: pytest.MonkeyPatch) -> list[SettingSpec]:
    """Two settings of a pretend feature, registered the way a feature registers its own."""
    listed = [CALL, FLAG]
    assert bot.app is not None
    monkeypatch.setitem(bot.app.bot_data, "settings_specs", listed)
    for lang, words in (("nl", ("Uitvraag", "Aan")), ("en", ("Call", "On"))):
        for spec, word in zip(listed, words, strict=True):
            monkeypatch.setitem(CATALOGS[lang], f"setting.{spec.key}.label", word)
            monkeypatch.setitem(CATALOGS[lang], f"setting.{spec.key}.help", f"{word} help")
    return listed


async def test_area_buttons_show_and_change_settings(
    bot: Harness, specs: list[SettingSpec]
) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/instellingen")
    assert ("📅 Overleg en agenda", "set:area:meetings") in out[0].buttons[-2]
    out = await bot.press("📅 Overleg en agenda")
    assert "Uitvraag: <b>7 dagen</b>" in bot.fake.calls_to("editMessageText")[-1].params["text"]
    out = await bot.press("Aan: aan")
    assert out[0].buttons[1] == [("Aan: uit", "set:tog:test.flag")]
    out = await bot.press("✏️ Uitvraag")
    assert "Nu: 7 dagen" in (out[0].text or "")
    out = await bot.say("vijf dagen", reply_to=out[0].message_id)
    assert out[0].text == "✅ Uitvraag: 5 dagen."
    out = await bot.say("/instellingen uitvraag nooit")
    assert out[0].text == "✅ Uitvraag: uit."
    out = await bot.say("/instellingen uitvraag morgen")
    assert "Dat begrijp ik niet als tijdsduur" in (out[0].text or "")
    assert await bot.sql("SELECT key, value FROM chat_settings ORDER BY key") == [
        ("test.call", "off"),
        ("test.flag", "off"),
    ]


async def test_members_cannot_change_feature_settings(
    bot: Harness, specs: list[SettingSpec]
) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/instellingen uitvraag 3 dagen", user=BRAM)
    assert "beheerder" in (out[0].text or "")
    shown = await bot.say("/instellingen")
    await bot.process(bot.fake.callback(DUINDORP, BRAM, "set:tog:test.flag", shown[0].message_id))
    assert "beheerder" in bot.fake.calls_to("answerCallbackQuery")[-1].params["text"]
    assert await bot.sql("SELECT count(*) FROM chat_settings") == [(0,)]


async def test_a_feature_setting_named_alone_is_asked_for(bot: Harness) -> None:
    """`/instellingen uitvraag`: the question with the value now, then the answer stores it."""
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/instellingen uitvraag")
    assert "Nu: 7 dagen" in (out[0].text or "")
    out = await bot.say("1 dag", reply_to=out[0].message_id)
    assert (out[0].text or "").endswith(": 1 dag.")
    assert await bot.sql("SELECT key, value FROM chat_settings") == [("agenda.call", "1d")]


async def test_numbers_with_a_unit_read_in_the_singular(bot: Harness) -> None:
    """ "1 werkdag", never "1 werkdagen"; the area page says the same."""
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/instellingen ontvangsttermijn 1")
    assert out[0].text == "✅ Termijn ontvangstbevestiging: 1 werkdag."
    out = await bot.say("/instellingen ontvangsttermijn 12")
    assert out[0].text == "✅ Termijn ontvangstbevestiging: 12 werkdagen."
    await bot.say("/instellingen")
    await bot.press("📨 Adviezen en mail")
    shown = bot.fake.calls_to("editMessageText")[-1].params["text"]
    assert "Termijn ontvangstbevestiging: <b>12 werkdagen</b>" in shown


@pytest.mark.parametrize(
    ("typed", "saved", "key", "stored"),
    [
        (
            "herinnering 2 dagen van tevoren",
            "✅ Eerste herinnering: 2 dagen.",
            "meetings.remind_day",
            "2d",
        ),
        (
            "herinnering 30 minuten vooraf",
            "✅ Laatste herinnering: 30 minuten.",
            "meetings.remind_hour",
            "30m",
        ),
        (
            "dagherinnering 3 dagen van tevoren",
            "✅ Eerste herinnering: 3 dagen.",
            "meetings.remind_day",
            "3d",
        ),
    ],
)
async def test_a_meeting_reminder_typed_as_people_say_it(
    bot: Harness, typed: str, saved: str, key: str, stored: str
) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say(f"/instellingen {typed}")
    assert (out[0].text or "").split("\n")[0] == saved
    assert await bot.sql("SELECT value FROM chat_settings WHERE key = ?", key) == [(stored,)]


async def test_herinnering_uit_is_not_guessed(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/instellingen herinnering uit")
    assert (out[0].text or "").startswith("Zo gebruik je het: /instellingen")
    assert await bot.sql("SELECT count(*) FROM chat_settings") == [(0,)]
