"""The group's own settings (language, time zone, name, default time): reading what people
type and storing it on the chat."""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from domain.errors import DomainError, UsageError
from domain.settings import parse_clock
from handlers.kit.config import LANGUAGES
from handlers.kit.turn import Turn

MAX_NAME = 64
# What people type after /instellingen for the group's own settings.
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
# The question for a new value (the language is chosen with its buttons instead).
ASK = {
    "timezone": "settings.ask.timezone",
    "name": "settings.ask.name",
    "default_time": "settings.ask.default_time",
}
SAVED = {
    "language": "settings.saved.language",
    "timezone": "settings.saved.timezone",
    "name": "settings.saved.name",
    "default_time": "settings.saved.default_time",
}
LANGUAGE_NAME = {"nl": "settings.language.nl", "en": "settings.language.en"}
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


def parse_setting(setting: str, value: str) -> tuple[dict[str, Any], str]:
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


async def save_chat_setting(turn: Turn, setting: str, raw: str) -> None:
    """Store one of the group's own settings and confirm it (in the new language, if that
    changed)."""
    if setting == "name":
        turn.require_group()  # a private chat has no group name (and no button for it)
    change, shown = parse_setting(setting, raw.strip())
    await (await turn.chats()).update_settings(turn.chat.id, turn.now(), **change)
    await reload_chat(turn)  # a new language answers in that language already
    await turn.reply(turn.t(SAVED[setting], value=shown))


async def set_language(turn: Turn, code: str) -> None:
    await (await turn.chats()).update_settings(turn.chat.id, turn.now(), language=code)
    await reload_chat(turn)


async def reload_chat(turn: Turn) -> None:
    chat = await (await turn.chats()).get(turn.chat.id)
    if chat is not None:
        turn.chat = chat


def chat_settings_text(turn: Turn) -> str:
    """The head of /instellingen: the group's own settings as they are."""
    chat = turn.chat
    return turn.t(
        "settings.title",
        group=chat.name,
        language=turn.t(LANGUAGE_NAME[chat.language]),
        timezone=chat.timezone,
        name=chat.name,
        default_time=chat.default_time.strftime("%H:%M"),
    )


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
