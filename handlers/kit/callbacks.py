"""Typed button data: one small class per kind of button, packed as "<prefix>:<field>:<field>".

Modelled on aiogram's `CallbackData`. A button's data is the only state Telegram keeps for us,
and anyone can forge it, so packing checks Telegram's 64-byte limit (a button that would not fit
is our mistake, found by the tests) and unpacking turns stale or forged data into the friendly
"this button no longer works" answer (`error.stale_button`) before a handler sees it::

    @dataclass(frozen=True)
    class ActionPress(CallbackData, prefix="act"):
        op: str
        action_id: int
        page: int = 0

    ActionPress("d", 12).pack()            # "act:d:12"  (trailing defaults left out)
    ActionPress.unpack("act:d:12:3")       # ActionPress(op="d", action_id=12, page=3)

Fields are `int`, `str` (without ":"), `bool` ("1"/"0"), a `StrEnum`, or one of these or None;
a field with a default may be left out at the end, so buttons sent before a field was added
keep working. A prefix may itself hold a ":" ("act:c") when one feature routes several kinds
of button under one prefix. `handlers.kit.turn.keyboard` packs them; a `Button` may hold one.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from typing import Any, ClassVar, Self

from domain.errors import DomainError

MAX_BYTES = 64  # Telegram's limit on callback_data
MAX_ID = 2**63 - 1  # SQLite's INTEGER: a number beyond it names no record of ours
STALE = "error.stale_button"


class StaleButton(DomainError):
    """Button data no button of ours carries (now): answered with the friendly alert."""

    def __init__(self) -> None:
        super().__init__(STALE)


class CallbackData:
    """Base of every typed button; subclasses are frozen dataclasses with a `prefix`."""

    prefix: ClassVar[str]

    def __init_subclass__(cls, *, prefix: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not prefix or prefix.endswith(":"):
            raise ValueError(f"bad callback prefix {prefix!r}")
        cls.prefix = prefix

    def pack(self) -> str:
        """The data for Telegram; raises ValueError where a value cannot be carried."""
        values: list[str] = []
        fields, _hints = _layout(type(self))
        # trailing fields still at their default are left out: shorter data, older buttons alike
        last = len(fields)
        while last > 0 and _at_default(self, fields[last - 1]):
            last -= 1
        for field in fields[:last]:
            values.append(_encode(getattr(self, field.name), field.name))
        data = ":".join([self.prefix, *values])
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"button data over {MAX_BYTES} bytes: {data!r}")
        return data

    @classmethod
    def matches(cls, data: str | None) -> bool:
        return data is not None and (data == cls.prefix or data.startswith(cls.prefix + ":"))

    @classmethod
    def unpack(cls, data: str | None) -> Self:
        """The button behind `data`, or `StaleButton` for data no such button carries."""
        if data is None or not cls.matches(data) or len(data.encode()) > MAX_BYTES:
            raise StaleButton()
        rest = data[len(cls.prefix) + 1 :]
        parts = rest.split(":") if rest else []
        fields, hints = _layout(cls)
        if len(parts) > len(fields):
            raise StaleButton()
        values: dict[str, Any] = {}
        for index, field in enumerate(fields):
            if index < len(parts):
                values[field.name] = _decode(parts[index], hints[field.name])
            elif not _has_default(field):
                raise StaleButton()
        return cls(**values)


Layout = tuple[tuple[dataclasses.Field[Any], ...], dict[str, Any]]
_LAYOUTS: dict[type, Layout] = {}


def _layout(cls: type) -> Layout:
    """A button kind's fields and their types, read once (a list shows dozens of buttons)."""
    found = _LAYOUTS.get(cls)
    if found is None:
        found = _LAYOUTS[cls] = (dataclasses.fields(cls), typing.get_type_hints(cls))
    return found


def _has_default(field: dataclasses.Field[Any]) -> bool:
    return (
        field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING
    )


def _at_default(obj: object, field: dataclasses.Field[Any]) -> bool:
    if field.default is not dataclasses.MISSING:
        return bool(getattr(obj, field.name) == field.default)
    return False


def _encode(value: object, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, enum.Enum):
        value = value.value
    text = str(value)
    if ":" in text:
        raise ValueError(f"button field {name} holds a ':': {text!r}")
    return text


def _decode(text: str, kind: Any) -> Any:
    """One field from its text; anything a button of ours cannot carry is a stale button."""
    if typing.get_origin(kind) in (typing.Union, types.UnionType):  # an optional field
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        if text == "":
            return None
        kind = options[0]
    if kind is bool:
        if text not in ("0", "1"):
            raise StaleButton()
        return text == "1"
    if kind is int:
        try:
            number = int(text)
        except ValueError:
            raise StaleButton() from None
        if abs(number) > MAX_ID:
            raise StaleButton()
        return number
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        try:
            return kind(text)
        except ValueError:
            raise StaleButton() from None
    return text
