"""The buttons of /overleg soorten: their typed data and the rows (imports no other module of
the package but the built-ins)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from domain.formats import Format
from handlers.i18n import label
from handlers.kit.callbacks import CallbackData
from handlers.kit.text import short
from handlers.kit.turn import Button


class Op(StrEnum):
    LIST = "l"  # every kind
    SHOW = "s"  # one kind's card
    BEFORE = "b"  # its standard items before the members' items (a reply prompt)
    AFTER = "a"  # ... after them
    INVITED = "i"  # who is invited: the next choice
    LEADS = "t"  # its lead times (a reply prompt)
    RESET = "r"  # a built-in back as it ships
    REMOVE = "x"  # a kind the group added, gone
    ADD = "n"  # a new kind (a reply prompt for its name)


@dataclass(frozen=True)
class FormatPress(CallbackData, prefix="fmt"):
    """fmt:<op>[:<kind>]."""

    op: Op
    key: str = ""


def list_buttons(lang: str, formats: Sequence[Format]) -> list[list[Button]]:
    rows: list[list[Button]] = [
        [
            (
                short(label(lang, "format.button.open", name=fmt.name), 64),
                FormatPress(Op.SHOW, fmt.key),
            )
        ]
        for fmt in formats
    ]
    rows.append([(label(lang, "format.button.add"), FormatPress(Op.ADD))])
    return rows


def card_buttons(lang: str, fmt: Format) -> list[list[Button]]:
    last: Button = (
        (label(lang, "format.button.reset"), FormatPress(Op.RESET, fmt.key))
        if fmt.builtin
        else (label(lang, "format.button.remove"), FormatPress(Op.REMOVE, fmt.key))
    )
    return [
        [
            (label(lang, "format.button.before"), FormatPress(Op.BEFORE, fmt.key)),
            (label(lang, "format.button.after"), FormatPress(Op.AFTER, fmt.key)),
        ],
        [
            (label(lang, "format.button.invited"), FormatPress(Op.INVITED, fmt.key)),
            (label(lang, "format.button.leads"), FormatPress(Op.LEADS, fmt.key)),
        ],
        [last, (label(lang, "format.button.back"), FormatPress(Op.LIST))],
    ]
