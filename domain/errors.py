"""Domain errors carry a message key; the edge turns them into a friendly reply."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule was broken; `key` names the catalog message that explains it to the user."""

    key = "error.generic"

    def __init__(self, key: str | None = None, **params: Any) -> None:
        super().__init__(key or self.key)
        if key is not None:
            self.key = key
        self.params = params


class PermissionDenied(DomainError):
    """The user lacks the role the action needs; `params['role']` names it."""

    key = "error.permission"


class UsageError(DomainError):
    """A command got arguments it cannot use; the edge answers with its usage line."""

    key = "error.usage"


class NotFound(DomainError):
    key = "error.not_found"
