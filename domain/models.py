"""The people and groups Wijkbot knows; plain data, no Telegram types."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time


@dataclass(frozen=True)
class Chat:
    id: int
    type: str
    title: str
    language: str
    timezone: str
    default_time: time
    active: bool
    display_name: str | None = None

    @property
    def is_private(self) -> bool:
        return self.type == "private"

    @property
    def name(self) -> str:
        """The name the bot uses for the group: the chosen display name, else the title."""
        return self.display_name or self.title


@dataclass(frozen=True)
class Person:
    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    private_ok: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() if self.last_name else self.first_name
