"""Ongedaan maken: a confirmation carries a button that takes the change back, for the person who
made it, for 10 minutes (issue 17; Slack and Loomio do the same).

A feature registers one `Undo` per kind of change in its `Feature(undo={kind: Undo(made, apply)})`
and puts `undo_button(lang, kind, record_id, made_at)` under its confirmation. A press
(`handlers/kit/undoing.py`) then:

1. reads the change as stored (`made`: its group, its maker, when it was made; None when it is
   gone or was taken back already), so nothing on the button is trusted;
2. refuses another group's record (`Turn.own`), a button whose moment is not the stored one (a
   later change replaced it, or forged data), anyone but the maker, and a press after `WINDOW`
   (politely, and the button goes);
3. runs `apply` in the turn's one unit of work: everything it undoes is one transaction, and it
   replies only after that committed, so nothing confirmed is lost when it fails halfway.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from handlers.i18n import label
from handlers.kit.callbacks import CallbackData
from handlers.kit.turn import Button, Turn

WINDOW = timedelta(minutes=10)


@dataclass(frozen=True)
class UndoPress(CallbackData, prefix="undo"):
    """undo:<kind>:<record>:<made at, Unix seconds>."""

    kind: str
    record_id: int
    made_at: int


@dataclass(frozen=True)
class Made:
    """A change an undo button takes back, as stored: its group, who made it and when."""

    chat_id: int
    maker: int | None
    at: datetime


@dataclass(frozen=True)
class Undo:
    """One kind of change that can be taken back: `made` reads it from the store (None: gone or
    taken back already), `apply` takes it back inside the turn's unit of work and says so."""

    made: Callable[[Turn, int], Awaitable[Made | None]]
    apply: Callable[[Turn, int], Awaitable[None]]


def stamp(moment: datetime) -> int:
    """A moment as the button carries it (whole seconds; the store keeps seconds too)."""
    return int(moment.timestamp())


def undo_button(lang: str, kind: str, record_id: int, made_at: datetime) -> Button:
    """ "↩️ Ongedaan maken" for the change `record_id` of `kind`, made at `made_at`."""
    return (label(lang, "undo.button"), UndoPress(kind, record_id, stamp(made_at)))


def within(made_at: datetime | None, now: datetime) -> bool:
    """Whether a change made at `made_at` may still be taken back now."""
    return made_at is not None and now - made_at <= WINDOW


def without_undo(rows: Sequence[Sequence[Button]]) -> list[list[Button]]:
    """The same buttons without the undo button (after the window, or once it was used)."""
    kept: list[list[Button]] = []
    for row in rows:
        left = [button for button in row if not UndoPress.matches(_data(button))]
        if left:
            kept.append(left)
    return kept


def _data(button: Button) -> str:
    data = button[1]
    return data if isinstance(data, str) else data.pack()
