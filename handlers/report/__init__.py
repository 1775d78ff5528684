"""The meeting report (/verslag): per agenda item the notes (/notulen), decisions and actions of
one meeting, and its attendance, as messages and a printable file; the board corrects who came."""

from domain.minutes import REPORT_MAIL
from handlers.kit.feature import GROUP, Command, Feature, Topic
from handlers.report import attendance, buttons, command, minutes

FEATURE = Feature(
    "report",
    commands=(
        Command(
            "verslag",
            command.report_command,
            english="report",
            scopes=frozenset({GROUP}),
            topic=Topic.MEETINGS,
        ),
        Command(
            "notulen",
            minutes.minutes_command,
            english="minutes",
            scopes=frozenset({GROUP}),
            topic=Topic.MEETINGS,
        ),
    ),
    callbacks={"rpt": buttons.on_callback},
    prompts={
        attendance.GUEST_PROMPT: attendance.on_guest_prompt,
        minutes.PICK: minutes.on_pick_prompt,
    },
    replies=(minutes.on_agenda_reply,),
    settings=(REPORT_MAIL,),
)
