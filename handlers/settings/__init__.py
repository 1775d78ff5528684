"""/instellingen: the group's language, time zone, name and default time, and every feature's
settings by area (domain/settings.py)."""

from domain import calm
from handlers.kit.feature import Command, Feature, Topic
from handlers.settings.buttons import on_press
from handlers.settings.command import on_prompt, settings_command

FEATURE = Feature(
    "settings",
    commands=(Command("instellingen", settings_command, topic=Topic.GROUP, english="settings"),),
    callbacks={"set": on_press},
    prompts={"setting": on_prompt},
    settings=calm.SETTINGS,
)
