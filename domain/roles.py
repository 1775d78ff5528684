"""Who may do what in a group (see the roles table in ARCHITECTURE.md)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from domain.errors import PermissionDenied


class Role(StrEnum):
    MEMBER = "member"
    BOARD = "board"
    GEMEENTE = "gemeente"
    ADMIN = "admin"


STORED_ROLES = (Role.BOARD, Role.GEMEENTE)


@dataclass(frozen=True)
class Standing:
    """What one user is in one chat: Telegram admin, plus roles from /bestuur and /gemeente."""

    is_admin: bool = False
    roles: frozenset[Role] = frozenset()
    is_private_chat: bool = False

    @property
    def is_board(self) -> bool:
        # Telegram group admins are board members automatically.
        return self.is_admin or Role.BOARD in self.roles

    @property
    def is_gemeente(self) -> bool:
        return Role.GEMEENTE in self.roles

    def has(self, role: Role) -> bool:
        if role is Role.MEMBER:
            return True
        if role is Role.ADMIN:
            return self.is_admin
        if role is Role.BOARD:
            return self.is_board
        return role in self.roles

    def require(self, role: Role) -> None:
        """Raise PermissionDenied naming `role` unless the user has it."""
        if not self.has(role):
            raise PermissionDenied(role=role.value)
