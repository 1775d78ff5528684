"""Actions (/actie, /acties): owners and due dates, their buttons, reminders to owners, the
weekly digest, the action list after a meeting and /export acties."""

from domain.actions import DIGEST, LIST_AFTER_MEETING, OWNER_REMINDERS
from domain.calm import Timing
from handlers.actions import (
    after_meeting,
    buttons,
    changes,
    create,
    edits,
    events,
    export,
    listing,
    owners,
    who,
)
from handlers.actions.undo import UNDO
from handlers.kit.feature import Command, Event, Feature, Topic

FEATURE = Feature(
    "actions",
    commands=(
        Command(
            "actie", create.action_command, english="action", dates=True, topic=Topic.DECISIONS
        ),
        Command("acties", listing.list_actions, english="actions", topic=Topic.DECISIONS),
    ),
    callbacks={"act": buttons.on_callback},
    prompts={
        "action": create.on_prompt,
        "action_name": create.on_name_prompt,
        changes.DROP_PROMPT: changes.on_drop_prompt,
        changes.DUE_PROMPT: changes.on_due_prompt,
        edits.TEXT_PROMPT: edits.on_text_prompt,
        edits.OWNERS_PROMPT: edits.on_owners_prompt,
        edits.DATE_PROMPT: edits.on_date_prompt,
        owners.WHO_KIND: who.on_typed,
        create.ITEM_KIND: create.on_item_typed,
    },
    events={
        # with the rest of the day's news in the group (and privately, per owner), workdays
        events.REMIND: Event(section=events.remind_section, timing=Timing.WORKDAY, daily=True),
        events.DIGEST_KIND: Event(section=events.digest_section, timing=Timing.WORKDAY, daily=True),
        after_meeting.KIND: Event(section=after_meeting.list_section, timing=Timing.CALM),
    },
    settings=(DIGEST, OWNER_REMINDERS, LIST_AFTER_MEETING),
    exports={"acties": export.export_actions, "actions": export.export_actions},
    undo=UNDO,
)
