"""Privacy (AVG): /privacy explains, /vergeet forgets a person, /vergeetgroep wipes a group,
a bare /export hands the group all its data, and removed groups are forgotten in time.

What the bot stores is only what people turned into items (reminders, agenda items, decisions,
actions, advices, polls), the group's settings and roles, and the names of the people who used
it; never other message content. Exports and wipes find the group's tables from the schema
(`storage/privacy.py`), so a feature's new table is included without anyone remembering it.
"""

from domain.privacy import RETENTION
from handlers.kit.feature import GROUP, PRIVATE, Command, Feature, Topic
from handlers.privacy.buttons import on_press
from handlers.privacy.commands import forget_command, privacy_command, wipe_command
from handlers.privacy.export import export_everything
from handlers.privacy.retention import forget_removed_groups

FEATURE = Feature(
    "privacy",
    commands=(
        Command("privacy", privacy_command, topic=Topic.GROUP),
        Command(
            "vergeet",
            forget_command,
            english="forget",
            scopes=frozenset({PRIVATE}),
            topic=Topic.GROUP,
        ),
        Command(
            "vergeetgroep",
            wipe_command,
            scopes=frozenset({GROUP}),
            topic=Topic.GROUP,
            english="forgetgroup",
        ),
    ),
    callbacks={"priv": on_press},
    settings=(RETENTION,),
    exports={"": export_everything},
    at_startup=(forget_removed_groups,),
    daily=(forget_removed_groups,),
)
