"""The bsl: buttons: a page of /besluiten, the agenda item a decision belongs to, and a
decision's card (change its text or item, remove it after "Weet je het zeker?")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from domain.agenda import AgendaItem
from domain.decisions import Decision
from handlers.i18n import label
from handlers.kit.callbacks import MAX_BYTES, CallbackData
from handlers.kit.paging import navigation
from handlers.kit.text import short
from handlers.kit.turn import Button
from handlers.kit.undo import undo_button

MAX_ITEMS = 20  # agenda items offered as buttons under a decision
UNDO_NEW = "bsl"  # the undo kind of a decision just logged (handlers/decisions/undo.py)


class Op(StrEnum):
    CARD = "c"  # the card, as it stands (also "Nee" after "Weet je het zeker?")
    EDIT = "e"  # "Wijzigen" under the confirmation: the card with its buttons
    TEXT = "t"  # asks for the new text
    ITEM = "a"  # offers the meeting's agenda items
    REMOVE = "r"  # asks "Weet je het zeker?"
    REMOVE_YES = "y"


@dataclass(frozen=True)
class DecisionPage(CallbackData, prefix="bsl:l"):
    """bsl:l:<page>:<search>: a page of /besluiten, with the word searched for."""

    page: int
    search: str = ""


@dataclass(frozen=True)
class ItemChoice(CallbackData, prefix="bsl:i"):
    """bsl:i:<decision>:<item>: a decision goes with an agenda item (0: with none)."""

    decision_id: int
    item_id: int


@dataclass(frozen=True)
class DecisionPress(CallbackData, prefix="bsl"):
    """bsl:<c|e|t|a|r|y>:<decision>: the card and its corrections."""

    op: Op
    decision_id: int


def page_buttons(page: int, pages: int, search: str) -> list[Button]:
    """◀️ n/m ▶️; the search word goes along, cut to what fits Telegram's 64 bytes."""
    room = MAX_BYTES - len(DecisionPage(page, "").pack().encode()) - 1 - 4  # ":" and a digit
    word = _fit(search, room)
    return navigation(page, pages, lambda p: DecisionPage(p, word))


def item_buttons(lang: str, decision: Decision, items: Sequence[AgendaItem]) -> list[list[Button]]:
    rows: list[list[Button]] = [
        [(short(f"{i.number}. {i.text}", 60), ItemChoice(decision.id, i.id))]
        for i in items[:MAX_ITEMS]
    ]
    rows.append([(label(lang, "decision.button.no_item"), ItemChoice(decision.id, 0))])
    return rows


def edit_row(lang: str, decision: Decision) -> list[Button]:
    """ "✏️ Wijzigen" under the confirmation of a decision."""
    return [(label(lang, "decision.button.edit"), DecisionPress(Op.EDIT, decision.id))]


def logged_buttons(lang: str, decision: Decision) -> list[list[Button]]:
    """Under a decision just logged: "✏️ Wijzigen" and, for its maker for 10 minutes,
    "↩️ Ongedaan maken" (handlers/kit/undoing.py checks who and when)."""
    undo = undo_button(lang, UNDO_NEW, decision.id, decision.created_at)
    return [[*edit_row(lang, decision), undo]]


def card_buttons(lang: str, decision: Decision) -> list[list[Button]]:
    """Text and agenda item (when it belongs to a meeting), and removing it."""
    if decision.removed_at is not None:
        return []
    text = (label(lang, "decision.button.text"), DecisionPress(Op.TEXT, decision.id))
    first: list[Button] = [text]
    if decision.meeting_id is not None:
        first.append((label(lang, "decision.button.item"), DecisionPress(Op.ITEM, decision.id)))
    remove = (label(lang, "decision.button.remove"), DecisionPress(Op.REMOVE, decision.id))
    return [first, [remove]]


def confirm_buttons(lang: str, decision: Decision) -> list[list[Button]]:
    return [
        [
            (label(lang, "decision.button.remove_yes"), DecisionPress(Op.REMOVE_YES, decision.id)),
            (label(lang, "decision.button.remove_no"), DecisionPress(Op.CARD, decision.id)),
        ]
    ]


def _fit(text: str, limit: int) -> str:
    """Cut `text` to `limit` bytes of UTF-8 (button data is counted in bytes, ":" separates)."""
    raw = text.replace(":", " ").encode()[: max(limit, 0)]
    return raw.decode(errors="ignore")
