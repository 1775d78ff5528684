"""/herinner and /herinneringen: reminders for the group (or for yourself, in private)."""

from handlers.kit.feature import Command, Feature, Topic
from handlers.reminders.buttons import on_press
from handlers.reminders.create import on_prompt, remind
from handlers.reminders.events import KIND, fire
from handlers.reminders.listing import list_reminders

FEATURE = Feature(
    "reminders",
    commands=(
        Command("herinner", remind, english="remind", dates=True, topic=Topic.REMINDERS),
        Command("herinneringen", list_reminders, english="reminders", topic=Topic.REMINDERS),
    ),
    callbacks={"rem": on_press},
    prompts={"remind": on_prompt},
    events={KIND: fire},
)
