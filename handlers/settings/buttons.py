"""What the buttons of /instellingen do; every press re-checks the right to change settings."""

from __future__ import annotations

from domain.settings import SettingKind
from handlers.kit.callbacks import StaleButton
from handlers.kit.config import LANGUAGES
from handlers.kit.turn import Turn
from handlers.settings.chat import ASK, chat_settings_text, set_language
from handlers.settings.command import ask_setting, require_settings_right, show_settings
from handlers.settings.features import areas, show_area, spec_of, toggle
from handlers.settings.keyboards import (
    PRESSES,
    AreaPress,
    AskPress,
    DonePress,
    LanguagePress,
    MainPress,
    TogglePress,
)
from handlers.settings.volume import volume_block


async def on_press(turn: Turn) -> None:
    """set:lang:<nl|en>, set:ask:<setting>, set:tog:<key>, set:area:<area>, set:main, set:done."""
    await require_settings_right(turn)
    match turn.button(*PRESSES):
        case LanguagePress(code) if code in LANGUAGES:
            await set_language(turn, code)
            await show_settings(turn, edit=True)
        case AskPress(setting) if setting in ASK or spec_of(turn, setting) is not None:
            await ask_setting(turn, setting)
        case TogglePress(key):
            spec = spec_of(turn, key)
            if spec is None or spec.kind is not SettingKind.FLAG:
                raise StaleButton()
            await toggle(turn, spec)
        case AreaPress(area) if area in areas(turn):
            await show_area(turn, area)
        case MainPress():
            await show_settings(turn, edit=True)
        case DonePress():
            head = chat_settings_text(turn) + await volume_block(turn)
            await turn.edit(head + "\n\n" + turn.t("settings.closed"))
        case _:
            raise StaleButton()
