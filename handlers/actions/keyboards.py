"""The buttons of actions: their typed data (the packed formats of buttons already sent in
groups) and the rows under a card, a list and an owner's reminder."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from domain.actions import Action, ActionState
from domain.models import Person
from handlers.i18n import label
from handlers.kit.callbacks import CallbackData
from handlers.kit.paging import navigation
from handlers.kit.turn import Button
from handlers.kit.undo import undo_button

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
    EDIT = "e"  # "wijzigen": the card with what can be corrected
    TEXT = "t"  # asks for the new text
    WHO = "w"  # asks who does it
    DATE = "a"  # asks for the new due date (or none)


@dataclass(frozen=True)
class ListPage(CallbackData, prefix="act:l"):
    """act:l:<page>:<mode>: a page of /acties."""

    page: int
    mode: ListMode = ListMode.ALL


def list_page(page: int | None, mode: ListMode | None) -> ListPage | None:
    """The list a card was opened from, as a button carries it (none: opened by itself)."""
    if page is None or mode is None:
        return None
    return ListPage(page, mode)


class FromList:
    """A card's button that keeps the page of /acties the card was opened from (its last two
    fields), to lead back to it."""

    page: int | None
    mode: ListMode | None

    @property
    def back(self) -> ListPage | None:
        return list_page(self.page, self.mode)


@dataclass(frozen=True)
class ActionPress(FromList, CallbackData, prefix="act"):
    """act:<op>:<action>[:<page>:<mode>]: a card's button; page and mode lead back to the list
    the card was opened from."""

    op: Op
    action_id: int
    page: int | None = None
    mode: ListMode | None = None


@dataclass(frozen=True)
class ItemPress(CallbackData, prefix="act:i"):
    """act:i:<1|0>: under "Hoort deze actie bij punt 3?": with the item (1) or without (0)."""

    at_item: int


@dataclass(frozen=True)
class LinkPress(FromList, CallbackData, prefix="act:k"):
    """act:k:<action>:<position>:<user>: the owner typed as a name at that position is this
    member ("🔗 bram is Bram de Wit")."""

    action_id: int
    position: int
    user_id: int
    page: int | None = None
    mode: ListMode | None = None


@dataclass(frozen=True)
class WhoPick(CallbackData, prefix="act:who"):
    """act:who:<n>: under "Bedoel je Bram?": candidate n, `AS_NAME` for the name as typed,
    `NOTHING` for storing nothing. What the question is about is stored with its message."""

    pick: int


AS_NAME = -1
NOTHING = -2
MYSELF = -3  # under "Is Jan de eigenaar?": the writer does it
UNDO_NEW = "act"  # the undo kind of an action just logged (handlers/actions/undo.py)


def _via(op: Op, action_id: int, back: ListPage | None) -> ActionPress:
    if back is None:
        return ActionPress(op, action_id)
    return ActionPress(op, action_id, back.page, back.mode)


def card_buttons(
    lang: str,
    action: Action,
    back: ListPage | None,
    links: Sequence[tuple[int, str, Person]] = (),
) -> list[list[Button]]:
    """Klaar, niet doen, uitstellen, overnemen and wijzigen while the action is open, with
    "🔗 bram is Bram de Wit" for a name that may be a member (`links`: position, name, who);
    back to its list."""
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
        rows.append([(label(lang, "action.button.edit"), _via(Op.EDIT, action.id, back))])
        for position, name, person in links:
            shown = label(lang, "action.button.link", name=name, member=person.full_name)
            page, mode = (back.page, back.mode) if back is not None else (None, None)
            rows.append([(shown, LinkPress(action.id, position, person.id, page, mode))])
    if back is not None:
        rows.append([(label(lang, "action.button.back"), back)])
    return rows


def edit_buttons(lang: str, action: Action, back: ListPage | None) -> list[list[Button]]:
    """What can be corrected: the text, who does it, the date; back to the card."""
    return [
        [
            (label(lang, "action.button.text"), _via(Op.TEXT, action.id, back)),
            (label(lang, "action.button.who"), _via(Op.WHO, action.id, back)),
            (label(lang, "action.button.date"), _via(Op.DATE, action.id, back)),
        ],
        [(label(lang, "action.button.to_card"), _via(Op.CARD, action.id, back))],
    ]


def created_buttons(lang: str, action: Action) -> list[list[Button]]:
    """Under a new action: "✏️ Wijzigen" and, for its maker for 10 minutes, "↩️ Ongedaan
    maken" (handlers/kit/undoing.py checks who and when)."""
    edit = (label(lang, "action.button.edit"), ActionPress(Op.EDIT, action.id))
    return [[edit, undo_button(lang, UNDO_NEW, action.id, action.created_at)]]


def who_buttons(
    lang: str, typed: str, candidates: Sequence[Person], writer: str | None = None
) -> list[list[Button]]:
    """A button per member who may be meant, the name as typed, and storing nothing; about a
    name first ("Jan belt ..."), with the `writer`: the name as typed, or the writer does it."""
    rows: list[list[Button]] = [
        [(label(lang, "action.who.member", name=p.full_name), WhoPick(n))]
        for n, p in enumerate(candidates)
    ]
    plain = typed.lstrip("@")
    if writer is not None:
        rows.append([(label(lang, "action.who.member", name=plain), WhoPick(AS_NAME))])
        rows.append([(label(lang, "action.who.self", name=writer), WhoPick(MYSELF))])
        return rows
    rows.append([(label(lang, "action.who.as_name", name=plain), WhoPick(AS_NAME))])
    rows.append([(label(lang, "action.who.nothing"), WhoPick(NOTHING))])
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
