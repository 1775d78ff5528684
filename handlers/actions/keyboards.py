"""The buttons of actions: their typed data (the packed formats of buttons already sent in
groups) and the rows under a card, a list and an owner's reminder."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from domain.actions import Action, ActionState
from handlers.i18n import label
from handlers.kit.callbacks import CallbackData
from handlers.kit.paging import navigation
from handlers.kit.turn import Button

NUMBERS_PER_ROW = 5


class ListMode(StrEnum):
    """Which list a page shows: the group's open actions, yours here, yours everywhere."""

    ALL = "a"
    MINE = "m"
    PRIVATE = "p"


class Op(StrEnum):
    CARD = "c"
    DONE = "d"
    DROP = "n"  # "niet doen": asks for the reason
    LATER = "u"  # "uitstellen": asks for the new date
    TAKE = "o"  # "overnemen"


@dataclass(frozen=True)
class ListPage(CallbackData, prefix="act:l"):
    """act:l:<page>:<mode>: a page of /acties."""

    page: int
    mode: ListMode = ListMode.ALL


@dataclass(frozen=True)
class ActionPress(CallbackData, prefix="act"):
    """act:<op>:<action>[:<page>:<mode>]: a card's button; page and mode lead back to the list
    the card was opened from."""

    op: Op
    action_id: int
    page: int | None = None
    mode: ListMode | None = None

    @property
    def back(self) -> ListPage | None:
        if self.page is None or self.mode is None:
            return None
        return ListPage(self.page, self.mode)


def _via(op: Op, action_id: int, back: ListPage | None) -> ActionPress:
    if back is None:
        return ActionPress(op, action_id)
    return ActionPress(op, action_id, back.page, back.mode)


def card_buttons(lang: str, action: Action, back: ListPage | None) -> list[list[Button]]:
    """Klaar, niet doen, uitstellen, overnemen while the action is open; back to its list."""
    rows: list[list[Button]] = []
    if action.state is ActionState.OPEN:
        rows.append(
            [
                (label(lang, "action.button.done"), _via(Op.DONE, action.id, back)),
                (label(lang, "action.button.drop"), _via(Op.DROP, action.id, back)),
            ]
        )
        rows.append(
            [
                (label(lang, "action.button.later"), _via(Op.LATER, action.id, back)),
                (label(lang, "action.button.take"), _via(Op.TAKE, action.id, back)),
            ]
        )
    if back is not None:
        rows.append([(label(lang, "action.button.back"), back)])
    return rows


def list_buttons(
    shown: Sequence[Action], page: int, pages: int, mode: ListMode
) -> list[list[Button]]:
    """A number per action on the page (opens its card), then ◀️ n/m ▶️."""
    rows: list[list[Button]] = []
    row: list[Button] = []
    for action in shown:
        row.append((str(action.number), ActionPress(Op.CARD, action.id, page, mode)))
        if len(row) == NUMBERS_PER_ROW:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    nav = navigation(page, pages, lambda p: ListPage(p, mode))
    if nav:
        rows.append(nav)
    return rows


def reminder_buttons(lang: str, actions: Sequence[Action]) -> list[list[Button]]:
    """Under an owner's reminder: "Klaar 12" and "Uitstellen 12" for each action in it."""
    return [
        [
            (label(lang, "action.button.done") + f" {a.number}", ActionPress(Op.DONE, a.id)),
            (label(lang, "action.button.later") + f" {a.number}", ActionPress(Op.LATER, a.id)),
        ]
        for a in actions
    ]
