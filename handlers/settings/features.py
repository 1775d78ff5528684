"""The features' settings (domain/settings.py), shown and changed by area."""

from __future__ import annotations

from babel.dates import get_day_names

from domain.settings import (
    SettingKind,
    SettingSpec,
    duration_parts,
    hours_of,
    parse_value,
    weekly_of,
)
from handlers.i18n import label
from handlers.kit.turn import Button, Turn
from handlers.settings.keyboards import AskPress, MainPress, TogglePress
from handlers.settings.volume import area_volume
from storage.settings import SettingsRepo

# The title of each area's page (SettingSpec.area), in the order of the first page's buttons.
AREA_TITLE = {
    "meetings": "settings.area.meetings",
    "actions": "settings.area.actions",
    "advice": "settings.area.advice",
    "polls": "settings.area.polls",
    "privacy": "settings.area.privacy",
    "calm": "settings.area.calm",
}
# A stored duration's unit ("7d") in words: "7 dagen".
DURATION_UNIT = {
    "m": "setting.duration.m",
    "h": "setting.duration.h",
    "d": "setting.duration.d",
    "w": "setting.duration.w",
}


def specs(turn: Turn) -> list[SettingSpec]:
    """Every feature's settings, as registered (handlers/__init__.py SETTINGS)."""
    found: list[SettingSpec] = turn.context.bot_data.get("settings_specs", [])
    return found


def spec_of(turn: Turn, key: str) -> SettingSpec | None:
    if turn.chat.is_private:
        return None  # feature settings belong to a group
    return next((spec for spec in specs(turn) if spec.key == key), None)


def spec_by_word(turn: Turn, word: str) -> SettingSpec | None:
    wanted = word.lower()
    return next((spec for spec in specs(turn) if wanted in spec.words or wanted == spec.key), None)


def areas(turn: Turn) -> list[str]:
    """The areas that have settings, in the order their first setting was listed."""
    if turn.chat.is_private:
        return []
    return list(dict.fromkeys(spec.area for spec in specs(turn)))


def show_value(lang: str, spec: SettingSpec, stored: str) -> str:
    """A stored setting in words: "7 dagen", "maandag 09:00", "uit", "10 werkdagen"."""
    if spec.kind is SettingKind.DURATION:
        parts = duration_parts(stored)
        if parts is None:
            return label(lang, "setting.value.off")
        amount, unit = parts
        return label(lang, DURATION_UNIT[unit], count=amount)
    if spec.kind is SettingKind.NUMBER:
        return label(lang, spec.unit, count=int(stored)) if spec.unit else stored
    if spec.kind is SettingKind.PERCENT:
        return f"{stored}%"
    if spec.kind is SettingKind.FLAG:
        return label(lang, "setting.value.on" if stored == "on" else "setting.value.off")
    if spec.kind is SettingKind.HOURS:
        hours = hours_of(stored)
        if hours is None:
            return label(lang, "setting.value.off")
        start, end = hours
        return label(lang, "setting.value.hours", start=f"{start:%H:%M}", end=f"{end:%H:%M}")
    if spec.kind is SettingKind.WEEKLY:
        weekly = weekly_of(stored)
        if weekly is None:
            return label(lang, "setting.value.off")
        day, at = weekly
        return f"{get_day_names('wide', locale=lang)[day]} {at.strftime('%H:%M')}"
    return stored.replace(",", ", ") if stored else label(lang, "setting.value.none")


async def feature_question(turn: Turn, spec: SettingSpec) -> str:
    """ "Wat wordt <setting>? Nu: <value>." with what it does."""
    current = (await turn.group_settings()).raw(spec)
    return turn.t(
        "settings.ask.feature",
        label=turn.t(spec.label),
        value=show_value(turn.lang, spec, current),
        help=turn.t(spec.help),
    )


async def save_feature_setting(turn: Turn, spec: SettingSpec, raw: str) -> None:
    stored = parse_value(spec, raw)
    before = await area_volume(turn, spec.area)
    await SettingsRepo(await turn.conn()).set(turn.chat.id, spec.key, stored, turn.now())
    turn.forget_settings()
    saved = turn.t(
        "settings.saved.feature",
        label=turn.t(spec.label),
        value=show_value(turn.lang, spec, stored),
    )
    # a figure the change moved is said at once ("Overleg: hooguit 4 berichten ...")
    changed = [line for line in await area_volume(turn, spec.area) if line not in before]
    await turn.reply("\n\n".join([saved, "\n".join(changed)]) if changed else saved)


async def toggle(turn: Turn, spec: SettingSpec) -> None:
    """Switch an on/off setting and show its area again."""
    current = (await turn.group_settings()).flag(spec)
    await SettingsRepo(await turn.conn()).set(
        turn.chat.id, spec.key, "off" if current else "on", turn.now()
    )
    turn.forget_settings()
    await show_area(turn, spec.area)


async def show_area(turn: Turn, area: str) -> None:
    """One area's settings with their values, a toggle or a change button each."""
    values = await turn.group_settings()
    lines: list[str] = []
    buttons: list[list[Button]] = []
    for spec in specs(turn):
        if spec.area != area:
            continue
        shown = show_value(turn.lang, spec, values.raw(spec))
        name = turn.t(spec.label)
        lines.append(turn.t("settings.area.line", label=name, value=shown, help=turn.t(spec.help)))
        if spec.kind is SettingKind.FLAG:
            toggle_label = turn.label("settings.button.toggle", label=name, value=shown)
            buttons.append([(toggle_label, TogglePress(spec.key))])
        else:
            change_label = turn.label("settings.button.change", label=name)
            buttons.append([(change_label, AskPress(spec.key))])
    for page_area, key, data in turn.context.bot_data.get("setting_pages", ()):
        if page_area == area:  # a feature's own page in this area (the kinds of meeting)
            buttons.append([(turn.label(key), data)])
    buttons.append([(turn.label("settings.button.back"), MainPress())])
    text = turn.t("settings.area.title", area=turn.t(AREA_TITLE[area]), group=turn.chat.name)
    figures = "\n".join(await area_volume(turn, area))
    await turn.edit(text + "\n\n" + "\n\n".join([*lines, figures] if figures else lines), buttons)
