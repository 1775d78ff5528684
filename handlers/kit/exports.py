"""/export: one command for every file a board can take away (actions, advices, everything).

Each feature declares what it exports (`Feature.exports`), under the word people
type after /export ("acties", "adviezen"); the entry "" is what a bare /export sends.
"""

from __future__ import annotations

from collections.abc import Mapping

from domain.errors import UsageError
from domain.roles import Role
from handlers.kit.feature import GROUP, Command, Exporter, Feature, Topic
from handlers.kit.turn import Turn


async def export_command(turn: Turn) -> None:
    """/export [acties|adviezen|...] (board): send the file for that word."""
    turn.require_group()
    await turn.require(Role.BOARD)
    exporters: Mapping[str, Exporter] = turn.context.bot_data.get("exports", {})
    word = turn.text_after_command.split(maxsplit=1)[0].lower() if turn.text_after_command else ""
    exporter = exporters.get(word)
    if exporter is None:
        raise UsageError(command="export")
    await exporter(turn)


FEATURE = Feature(
    "export",
    commands=(Command("export", export_command, scopes=frozenset({GROUP}), topic=Topic.GROUP),),
)
