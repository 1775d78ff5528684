"""The buttons of /instellingen: their typed data ("set:<what>[:<which>]")."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.kit.callbacks import CallbackData


@dataclass(frozen=True)
class LanguagePress(CallbackData, prefix="set:lang"):
    """Answer in this language from now on."""

    code: str


@dataclass(frozen=True)
class AskPress(CallbackData, prefix="set:ask"):
    """Ask for a new value of one setting (the group's own, or a feature's by its key)."""

    setting: str


@dataclass(frozen=True)
class TogglePress(CallbackData, prefix="set:tog"):
    """Switch an on/off feature setting."""

    key: str


@dataclass(frozen=True)
class AreaPress(CallbackData, prefix="set:area"):
    """Show the settings of one area (meetings, actions, advice, polls, privacy)."""

    area: str


@dataclass(frozen=True)
class MainPress(CallbackData, prefix="set:main"):
    """Back to the first page of /instellingen."""


@dataclass(frozen=True)
class DonePress(CallbackData, prefix="set:done"):
    """Close the settings."""


PRESSES = (LanguagePress, AskPress, TogglePress, AreaPress, MainPress, DonePress)
