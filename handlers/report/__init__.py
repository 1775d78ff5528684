"""The meeting report (/verslag): decisions, actions and attendance of one meeting, as messages
and a printable file; the board corrects who came."""

from handlers.kit.feature import GROUP, Command, Feature
from handlers.report import attendance, command

FEATURE = Feature(
    "report",
    commands=(
        Command("verslag", command.report_command, aliases=("report",), scopes=frozenset({GROUP})),
    ),
    callbacks={"rpt": attendance.on_callback},
    prompts={attendance.GUEST_PROMPT: attendance.on_guest_prompt},
)
