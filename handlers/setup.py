"""Joining a group, help, start, settings, and the group's life: renames and upgrades."""

from __future__ import annotations

import re
from datetime import time
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from babel.dates import get_day_names
from telegram.constants import ChatMemberStatus
from telegram.ext import ChatMemberHandler, MessageHandler, filters

from domain.errors import DomainError, UsageError
from domain.roles import Role
from domain.settings import (
    SettingKind,
    SettingSpec,
    duration_parts,
    parse_value,
    weekly_of,
)
from handlers.i18n import label
from handlers.kit.config import LANGUAGES
from handlers.kit.feature import GROUP, PRIVATE, Command, Feature, Listener
from handlers.kit.turn import Button, Turn
from storage.settings import SettingsRepo

PRESENT = {ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER}
GONE = {ChatMemberStatus.LEFT, ChatMemberStatus.BANNED}
MAX_NAME = 64


# --- help and start -------------------------------------------------------------------------
DATE_TOPICS = ("datums", "datum", "dates", "date", "tijden", "times")


async def help_command(turn: Turn) -> None:
    """/help: every command of this kind of chat with a one-line example; /help datums: how
    dates and times are typed (docs/dates.md in short)."""
    if turn.args and turn.args[0].lower() in DATE_TOPICS:
        await turn.reply(turn.t("help.dates"))
        return
    scope = PRIVATE if turn.chat.is_private else GROUP
    commands: list[Command] = turn.context.bot_data["commands"]
    lines = [turn.t(f"help.title.{scope}"), ""]
    for command in commands:
        if scope not in command.scopes:
            continue
        name = f"/{command.name}"
        if command.aliases:
            name += turn.t("help.aliases", aliases=", ".join(f"/{a}" for a in command.aliases))
        lines.append(
            turn.t(
                "help.line",
                command=name,
                description=turn.t(f"cmd.{command.name}.description"),
                example=turn.t(f"cmd.{command.name}.example"),
            )
        )
        if command.dates:
            lines.append(turn.t("help.dates_hint"))
    lines += ["", turn.t("help.footer")]
    await turn.reply("\n".join(lines))


async def start(turn: Turn) -> None:
    """/start: a welcome; in private it also means the bot may now message this person."""
    if not turn.chat.is_private:
        await help_command(turn)
        return
    name = turn.user.first_name if turn.user else ""
    await turn.reply(turn.t("start.private", name=name))


# --- group lifecycle ------------------------------------------------------------------------
async def on_my_chat_member(turn: Turn) -> None:
    """The bot was added to or removed from a group."""
    change = turn.update.my_chat_member
    if change is None or turn.chat.is_private:
        return
    old, new = change.old_chat_member.status, change.new_chat_member.status
    chats = await turn.chats()
    if new in PRESENT and old not in PRESENT:
        await _welcome(turn)
    elif new in GONE and old not in GONE:
        await chats.set_active(turn.chat.id, False, turn.now())
        turn.svc.admins.forget(turn.chat.id)
    elif new in PRESENT:
        turn.svc.admins.forget(turn.chat.id)  # promoted or demoted: admin list may differ


async def on_new_members(turn: Turn) -> None:
    """Someone joined or was added: remember them, so "@naam" finds them before they ever wrote
    to the bot (privacy mode shows the bot only this service message). Greets when it is the
    bot that was added (the service message of a basic group)."""
    message = turn.message
    if message is None:
        return
    people = await turn.people()
    for member in message.new_chat_members:
        if member.is_bot:
            continue
        await people.upsert(
            member.id,
            member.first_name,
            member.last_name,
            member.username,
            member.language_code,
            turn.now(),
        )
        await people.seen_in(turn.chat.id, member.id, turn.now())
    if any(member.id == turn.bot.id for member in message.new_chat_members):
        await _welcome(turn)


async def on_left_member(turn: Turn) -> None:
    message = turn.message
    if message is not None and message.left_chat_member is not None:
        if message.left_chat_member.id == turn.bot.id:
            await (await turn.chats()).set_active(turn.chat.id, False, turn.now())


async def _welcome(turn: Turn) -> None:
    """Greet once per arrival: the my_chat_member update and the service message both come."""
    chats = await turn.chats()
    became_active = await chats.set_active(turn.chat.id, True, turn.now())
    if became_active or turn.created:
        await turn.reply(turn.t("greeting", group=turn.chat.name))


async def on_migrate(turn: Turn) -> None:
    """A basic group became a supergroup: every row follows the new chat id, in one transaction."""
    message = turn.message
    if message is None:
        return
    if message.migrate_to_chat_id:
        old_id, new_id = turn.chat.id, message.migrate_to_chat_id
    elif message.migrate_from_chat_id:
        old_id, new_id = message.migrate_from_chat_id, turn.chat.id
    else:
        return
    await (await turn.chats()).migrate(old_id, new_id, turn.now())
    turn.svc.admins.forget(old_id)
    turn.context.application.migrate_chat_data(old_chat_id=old_id, new_chat_id=new_id)


async def on_new_title(turn: Turn) -> None:
    message = turn.message
    if message is not None and message.new_chat_title:
        await (await turn.chats()).set_title(turn.chat.id, message.new_chat_title, turn.now())


# --- settings -------------------------------------------------------------------------------
SETTING_WORDS = {
    "taal": "language",
    "language": "language",
    "tijdzone": "timezone",
    "timezone": "timezone",
    "naam": "name",
    "name": "name",
    "tijd": "default_time",
    "time": "default_time",
    "standaardtijd": "default_time",
}
# What people type for a language: the code, or its name in Dutch or English.
LANGUAGE_WORDS = {
    **{code: code for code in LANGUAGES},
    "nederlands": "nl",
    "dutch": "nl",
    "ned": "nl",
    "engels": "en",
    "english": "en",
    "eng": "en",
}
# "GMT+1" / "UTC+1" as people mean it (one hour ahead of UTC); the IANA zone for that is
# Etc/GMT-1, because the Etc zones use POSIX signs. "Etc/GMT+1" typed in full stays as it is.
_UTC_OFFSET = re.compile(r"^(?:gmt|utc)\s*([+-])\s*(\d{1,2})(?::?00)?$", re.IGNORECASE)


async def settings_command(turn: Turn) -> None:
    """/instellingen: show the settings with buttons, or change one in a short line."""
    await _require_settings_right(turn)
    words = turn.text_after_command.split(maxsplit=1)
    if not words:
        await _show_settings(turn, edit=False)
        return
    setting = SETTING_WORDS.get(words[0].lower())
    if setting is None:
        spec = _spec_by_word(turn, words[0])
        if spec is None:
            raise UsageError(command="instellingen")
        setting = spec.key
    if len(words) == 1:
        if setting == "language":
            await _show_settings(turn, edit=False)
        else:
            await turn.ask(turn.t(f"settings.ask.{setting}"), "setting", {"setting": setting})
        return
    await _save_setting(turn, setting, words[1])


async def on_settings_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    await _require_settings_right(turn)
    await _save_setting(turn, str(payload["setting"]), answer)


async def on_settings_callback(turn: Turn) -> None:
    """Buttons: `set:lang:<nl|en>`, `set:ask:<setting>`, `set:done`."""
    await _require_settings_right(turn)
    query = turn.query
    assert query is not None
    assert query.data is not None
    parts = query.data.split(":")
    if len(parts) == 3 and parts[1] == "lang" and parts[2] in LANGUAGES:
        await (await turn.chats()).update_settings(turn.chat.id, turn.now(), language=parts[2])
        await _reload_chat(turn)
        await _show_settings(turn, edit=True)
    elif len(parts) == 3 and parts[1] == "ask" and parts[2] in ("timezone", "name", "default_time"):
        await turn.ask(turn.t(f"settings.ask.{parts[2]}"), "setting", {"setting": parts[2]})
    elif len(parts) == 3 and parts[1] == "ask" and _spec(turn, parts[2]) is not None:
        await turn.ask(await _feature_question(turn, parts[2]), "setting", {"setting": parts[2]})
    elif len(parts) == 3 and parts[1] == "tog" and _is_flag(turn, parts[2]):
        spec = _spec(turn, parts[2])
        assert spec is not None
        current = (await turn.group_settings()).flag(spec)
        await SettingsRepo(await turn.conn()).set(
            turn.chat.id, spec.key, "off" if current else "on", turn.now()
        )
        turn.forget_settings()
        await _show_area(turn, spec.area)
    elif len(parts) == 3 and parts[1] == "area" and parts[2] in _areas(turn):
        await _show_area(turn, parts[2])
    elif len(parts) == 2 and parts[1] == "main":
        await _show_settings(turn, edit=True)
    elif len(parts) == 2 and parts[1] == "done":
        await turn.edit(_settings_text(turn) + "\n\n" + turn.t("settings.closed"))
    else:
        raise DomainError("error.stale_button")


async def _require_settings_right(turn: Turn) -> None:
    if not turn.chat.is_private:
        await turn.require(Role.ADMIN)


def _parse_setting(setting: str, value: str) -> tuple[dict[str, Any], str]:
    """A setting typed by a person -> the stored change and how to show it; bad -> DomainError."""
    if setting == "language":
        language = LANGUAGE_WORDS.get(value.lower())
        if language is None:
            raise DomainError("settings.bad.language")
        return {"language": language}, language
    if setting == "timezone":
        zone = find_timezone(value)
        if zone is None:
            raise DomainError("settings.bad.timezone", value=value)
        return {"timezone": zone}, zone
    if setting == "name":
        if not value or len(value) > MAX_NAME:
            raise DomainError("settings.bad.name")
        return {"display_name": value}, value
    if setting == "default_time":
        parsed = parse_clock(value)
        if parsed is None:
            raise DomainError("settings.bad.default_time", value=value)
        return {"default_time": parsed}, parsed.strftime("%H:%M")
    raise UsageError(command="instellingen")


async def _save_setting(turn: Turn, setting: str, raw: str) -> None:
    spec = _spec(turn, setting)
    if spec is not None:
        await _save_feature_setting(turn, spec, raw)
        return
    if setting == "name":
        turn.require_group()  # a private chat has no group name (and no button for it)
    change, shown = _parse_setting(setting, raw.strip())
    await (await turn.chats()).update_settings(turn.chat.id, turn.now(), **change)
    await _reload_chat(turn)  # a new language answers in that language already
    await turn.reply(turn.t(f"settings.saved.{setting}", value=shown))


async def _reload_chat(turn: Turn) -> None:
    chat = await (await turn.chats()).get(turn.chat.id)
    if chat is not None:
        turn.chat = chat


def _settings_text(turn: Turn) -> str:
    chat = turn.chat
    return turn.t(
        "settings.title",
        group=chat.name,
        language=turn.t(f"settings.language.{chat.language}"),
        timezone=chat.timezone,
        name=chat.name,
        default_time=chat.default_time.strftime("%H:%M"),
    )


async def _show_settings(turn: Turn, *, edit: bool) -> None:
    mark = {code: ("✅ " if turn.chat.language == code else "") for code in LANGUAGES}
    buttons: list[list[Button]] = [
        [
            (mark[code] + turn.label(f"settings.language.{code}"), f"set:lang:{code}")
            for code in LANGUAGES
        ],
        [
            (turn.label("settings.button.timezone"), "set:ask:timezone"),
            (turn.label("settings.button.default_time"), "set:ask:default_time"),
        ],
    ]
    if not turn.chat.is_private:
        buttons.append([(turn.label("settings.button.name"), "set:ask:name")])
        areas = _areas(turn)
        for start in range(0, len(areas), 2):
            buttons.append(
                [
                    (turn.label(f"settings.area.{area}"), f"set:area:{area}")
                    for area in areas[start : start + 2]
                ]
            )
    buttons.append([(turn.label("settings.button.done"), "set:done")])
    if edit:
        await turn.edit(_settings_text(turn), buttons)
    else:
        await turn.reply(_settings_text(turn), buttons)


# --- feature settings (domain/settings.py), by area ---------------------------------------------
def _specs(turn: Turn) -> list[SettingSpec]:
    specs: list[SettingSpec] = turn.context.bot_data.get("settings_specs", [])
    return specs


def _spec(turn: Turn, key: str) -> SettingSpec | None:
    if turn.chat.is_private:
        return None  # feature settings belong to a group
    return next((spec for spec in _specs(turn) if spec.key == key), None)


def _spec_by_word(turn: Turn, word: str) -> SettingSpec | None:
    wanted = word.lower()
    return next((spec for spec in _specs(turn) if wanted in spec.words or wanted == spec.key), None)


def _is_flag(turn: Turn, key: str) -> bool:
    spec = _spec(turn, key)
    return spec is not None and spec.kind is SettingKind.FLAG


def _areas(turn: Turn) -> list[str]:
    """The areas that have settings, in the order their first setting was listed."""
    if turn.chat.is_private:
        return []
    return list(dict.fromkeys(spec.area for spec in _specs(turn)))


def show_value(lang: str, spec: SettingSpec, stored: str) -> str:
    """A stored setting in words: "7 dagen", "maandag 09:00", "uit", "10 werkdagen"."""
    if spec.kind is SettingKind.DURATION:
        parts = duration_parts(stored)
        if parts is None:
            return label(lang, "setting.value.off")
        amount, unit = parts
        return label(lang, f"setting.duration.{unit}.{'one' if amount == 1 else 'many'}", n=amount)
    if spec.kind is SettingKind.NUMBER:
        unit = " " + label(lang, f"setting.unit.{spec.unit}") if spec.unit else ""
        return f"{stored}{unit}"
    if spec.kind is SettingKind.PERCENT:
        return f"{stored}%"
    if spec.kind is SettingKind.FLAG:
        return label(lang, "setting.value.on" if stored == "on" else "setting.value.off")
    if spec.kind is SettingKind.WEEKLY:
        weekly = weekly_of(stored)
        if weekly is None:
            return label(lang, "setting.value.off")
        day, at = weekly
        return f"{get_day_names('wide', locale=lang)[day]} {at.strftime('%H:%M')}"
    return stored.replace(",", ", ") if stored else label(lang, "setting.value.none")


async def _feature_question(turn: Turn, key: str) -> str:
    spec = _spec(turn, key)
    assert spec is not None
    current = (await turn.group_settings()).raw(spec)
    return turn.t(
        "settings.ask.feature",
        label=turn.t(f"setting.{spec.key}.label"),
        value=show_value(turn.lang, spec, current),
        help=turn.t(f"setting.{spec.key}.help"),
    )


async def _save_feature_setting(turn: Turn, spec: SettingSpec, raw: str) -> None:
    stored = parse_value(spec, raw)
    await SettingsRepo(await turn.conn()).set(turn.chat.id, spec.key, stored, turn.now())
    turn.forget_settings()
    await turn.reply(
        turn.t(
            "settings.saved.feature",
            label=turn.t(f"setting.{spec.key}.label"),
            value=show_value(turn.lang, spec, stored),
        )
    )


async def _show_area(turn: Turn, area: str) -> None:
    values = await turn.group_settings()
    lines: list[str] = []
    buttons: list[list[Button]] = []
    for spec in _specs(turn):
        if spec.area != area:
            continue
        shown = show_value(turn.lang, spec, values.raw(spec))
        name = turn.t(f"setting.{spec.key}.label")
        lines.append(
            turn.t(
                "settings.area.line",
                label=name,
                value=shown,
                help=turn.t(f"setting.{spec.key}.help"),
            )
        )
        if spec.kind is SettingKind.FLAG:
            buttons.append(
                [
                    (
                        turn.label("settings.button.toggle", label=name, value=shown),
                        f"set:tog:{spec.key}",
                    )
                ]
            )
        else:
            buttons.append(
                [(turn.label("settings.button.change", label=name), f"set:ask:{spec.key}")]
            )
    buttons.append([(turn.label("settings.button.back"), "set:main")])
    text = turn.t("settings.area.title", area=turn.t(f"settings.area.{area}"), group=turn.chat.name)
    await turn.edit(text + "\n\n" + "\n\n".join(lines), buttons)


def find_timezone(text: str) -> str | None:
    """An IANA zone from what people type: "Europe/Amsterdam", "amsterdam", "UTC"."""
    offset = _UTC_OFFSET.match(text.strip())
    if offset is not None:
        sign, hours = offset.group(1), int(offset.group(2))
        if hours == 0:
            return "UTC"
        zone = f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"
        return zone if zone in available_timezones() else None
    wanted = text.strip().replace(" ", "_")
    if not wanted or len(wanted) > 64:  # the longest IANA name has 32 characters
        return None
    zones = available_timezones()
    for zone in zones:
        if zone.lower() == wanted.lower():
            return zone
    for zone in sorted(zones):
        if zone.lower().endswith("/" + wanted.lower()):
            return zone
    try:
        ZoneInfo(wanted)
    except (KeyError, ValueError, OSError):
        return None
    return wanted


_CLOCK = re.compile(r"^\s*(\d{1,2})(?:[:.u](\d{2}))?\s*(?:uur)?\s*$", re.IGNORECASE)


def parse_clock(text: str) -> time | None:
    match = _CLOCK.match(text)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


FEATURE = Feature(
    "setup",
    commands=(
        Command("help", help_command, aliases=("hulp",)),
        Command("start", start, scopes=frozenset({PRIVATE})),
        Command("instellingen", settings_command),
    ),
    callbacks={"set": on_settings_callback},
    prompts={"setting": on_settings_prompt},
    listeners=(
        Listener(
            lambda cb: ChatMemberHandler(cb, ChatMemberHandler.MY_CHAT_MEMBER),
            on_my_chat_member,
            lifecycle=True,
        ),
        Listener(
            lambda cb: MessageHandler(filters.StatusUpdate.NEW_CHAT_MEMBERS, cb),
            on_new_members,
            lifecycle=True,
        ),
        Listener(
            lambda cb: MessageHandler(filters.StatusUpdate.LEFT_CHAT_MEMBER, cb),
            on_left_member,
            lifecycle=True,
        ),
        Listener(
            lambda cb: MessageHandler(filters.StatusUpdate.MIGRATE, cb), on_migrate, lifecycle=True
        ),
        Listener(lambda cb: MessageHandler(filters.StatusUpdate.NEW_CHAT_TITLE, cb), on_new_title),
    ),
    updates=("my_chat_member",),
)
