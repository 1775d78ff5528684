"""/instellingen: the settings with buttons, or one changed in a short line."""

from __future__ import annotations

from typing import Any

from domain.errors import DomainError, UsageError
from domain.roles import Role
from domain.settings import SettingSpec, parse_value
from handlers.kit.config import LANGUAGES
from handlers.kit.turn import Button, Turn
from handlers.settings.chat import (
    ASK,
    LANGUAGE_NAME,
    SETTING_WORDS,
    chat_settings_text,
    save_chat_setting,
)
from handlers.settings.features import (
    AREA_TITLE,
    areas,
    feature_question,
    save_feature_setting,
    spec_by_word,
    spec_of,
)
from handlers.settings.keyboards import AreaPress, AskPress, DonePress, LanguagePress
from handlers.settings.volume import volume_block

# "herinnering 2 dagen van tevoren": the meeting's first reminder for days, its last for hours.
REMINDER_WORDS = ("herinnering", "reminder")


def reminder_spec(turn: Turn, value: str) -> SettingSpec | None:
    """The meeting reminder a duration fits: days or weeks ahead the first, else the last."""
    first = spec_of(turn, "meetings.remind_day")
    if first is None:
        return None
    try:
        stored = parse_value(first, value)
    except DomainError:
        return first  # its refusal says what a duration looks like
    if stored == "off":
        return None  # "herinnering uit" could mean either: asked to name it
    return first if stored[-1] in "dw" else spec_of(turn, "meetings.remind_hour")


async def require_settings_right(turn: Turn) -> None:
    """Group admins change a group's settings; in private everyone their own."""
    if not turn.chat.is_private:
        await turn.require(Role.ADMIN)


async def settings_command(turn: Turn) -> None:
    """/instellingen: show the settings with buttons, or change one in a short line."""
    await require_settings_right(turn)
    words = turn.text_after_command.split(maxsplit=1)
    if not words:
        await show_settings(turn, edit=False)
        return
    setting = SETTING_WORDS.get(words[0].lower())
    if setting is None:
        spec = spec_by_word(turn, words[0])
        if spec is None and words[0].lower() in REMINDER_WORDS and len(words) == 2:
            spec = reminder_spec(turn, words[1])
        if spec is None:
            raise UsageError(command="instellingen")
        setting = spec.key
    if len(words) == 1:
        if setting == "language":
            await show_settings(turn, edit=False)
        else:
            await ask_setting(turn, setting)
        return
    await save_setting(turn, setting, words[1])


async def on_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The new value of the setting asked for (kind `setting`)."""
    await require_settings_right(turn)
    await save_setting(turn, str(payload["setting"]), answer)


async def ask_setting(turn: Turn, setting: str) -> None:
    """Ask for a new value by reply: a group's own setting, or a feature's (with its value now)."""
    spec = spec_of(turn, setting)
    if spec is not None:
        question = await feature_question(turn, spec)
    elif setting in ASK:
        question = turn.t(ASK[setting])
    else:  # a feature's setting, in a private chat
        raise UsageError(command="instellingen")
    await turn.ask(question, "setting", {"setting": setting})


async def save_setting(turn: Turn, setting: str, raw: str) -> None:
    spec = spec_of(turn, setting)
    if spec is not None:
        await save_feature_setting(turn, spec, raw)
    else:
        await save_chat_setting(turn, setting, raw)


async def show_settings(turn: Turn, *, edit: bool) -> None:
    """The first page: the group's own settings, then a button per area of feature settings."""
    buttons: list[list[Button]] = [
        [
            (
                ("✅ " if turn.chat.language == code else "") + turn.label(LANGUAGE_NAME[code]),
                LanguagePress(code),
            )
            for code in LANGUAGES
        ],
        [
            (turn.label("settings.button.timezone"), AskPress("timezone")),
            (turn.label("settings.button.default_time"), AskPress("default_time")),
        ],
    ]
    if not turn.chat.is_private:
        buttons.append([(turn.label("settings.button.name"), AskPress("name"))])
        shown = areas(turn)
        for start in range(0, len(shown), 2):
            buttons.append(
                [
                    (turn.label(AREA_TITLE[area]), AreaPress(area))
                    for area in shown[start : start + 2]
                ]
            )
    buttons.append([(turn.label("settings.button.done"), DonePress())])
    text = chat_settings_text(turn) + await volume_block(turn)
    if edit:
        await turn.edit(text, buttons)
    else:
        await turn.reply(text, buttons)
