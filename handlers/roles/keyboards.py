"""The buttons under /bestuur and /gemeente: their typed data."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from domain.roles import Role
from handlers.kit.callbacks import CallbackData


class RoleOp(StrEnum):
    ADD = "add"  # ask whom to add
    REMOVE = "rm"  # remove the person named by user_id


@dataclass(frozen=True)
class RolePress(CallbackData, prefix="role"):
    """role:add:<role> | role:rm:<role>:<user id>."""

    op: RoleOp
    role: Role
    user_id: int | None = None
