"""The confirmation buttons of /vergeet and /vergeetgroep: their typed data."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.kit.callbacks import CallbackData


@dataclass(frozen=True)
class ForgetPress(CallbackData, prefix="priv:forget"):
    """Yes, forget me (in the private chat of the person asking)."""


@dataclass(frozen=True)
class WipePress(CallbackData, prefix="priv:wipe"):
    """Yes, wipe this group: the button names its group, and works only there."""

    chat_id: int


@dataclass(frozen=True)
class KeepPress(CallbackData, prefix="priv:keep"):
    """No, erase nothing."""


PRESSES = (ForgetPress, WipePress, KeepPress)
