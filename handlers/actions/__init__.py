"""Actions (/actie, /acties): owners and due dates, their buttons, reminders to owners, the
weekly digest, the action list after a meeting and /export acties."""

from domain.actions import DIGEST, LIST_AFTER_MEETING, OWNER_REMINDERS
from domain.calm import Timing
from handlers.actions import after_meeting, buttons, changes, create, events, export, listing
from handlers.kit.feature import Command, Event, Feature, Topic

FEATURE = Feature(
    "actions",
    commands=(
        Command(
            "actie", create.action_command, aliases=("action",), dates=True, topic=Topic.DECISIONS
        ),
        Command("acties", listing.list_actions, aliases=("actions",), topic=Topic.DECISIONS),
    ),
    callbacks={"act": buttons.on_callback},
    prompts={
        "action": create.on_prompt,
        "action_name": create.on_name_prompt,
        changes.DROP_PROMPT: changes.on_drop_prompt,
        changes.DUE_PROMPT: changes.on_due_prompt,
    },
    events={
        events.REMIND: Event(events.fire_reminder, Timing.WORKDAY),
        events.DIGEST_KIND: Event(events.fire_digest, Timing.WORKDAY),
        after_meeting.KIND: Event(after_meeting.fire_after_meeting, Timing.CALM),
    },
    settings=(DIGEST, OWNER_REMINDERS, LIST_AFTER_MEETING),
    exports={"acties": export.export_actions, "actions": export.export_actions},
)
