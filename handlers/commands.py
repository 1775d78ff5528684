"""What a command registration is; the list itself lives in handlers/__init__.py."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.boundary import TurnHandler

GROUP = "group"
PRIVATE = "private"


@dataclass(frozen=True)
class Command:
    """One slash command: its handler, aliases and where it shows in the menu and /help.

    Its texts come from the catalogs: `cmd.<name>.description`, `.example` and `.usage`.
    `dates`: the command takes a date; /help points to how dates are typed (/help datums).
    """

    name: str
    handler: TurnHandler
    aliases: tuple[str, ...] = ()
    scopes: frozenset[str] = frozenset({GROUP, PRIVATE})
    dates: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)
