"""The bsl: buttons: a page of /besluiten with a button per decision on it, the agenda item a
decision belongs to, and a decision's card (change its text or item, remove it after "Weet je
het zeker?"; back to the page it was opened from)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from domain.agenda import AgendaItem
from domain.decisions import Decision
from handlers.i18n import label
from handlers.kit.callbacks import MAX_BYTES, MAX_ID, CallbackData
from handlers.kit.paging import navigation
from handlers.kit.text import short
from handlers.kit.turn import Button
from handlers.kit.undo import undo_button

MAX_ITEMS = 20  # agenda items offered as buttons under a decision
NUMBERS_PER_ROW = 5  # decisions' buttons under a page of /besluiten
PER_PAGE = 25  # decisions on a page of /besluiten: five rows of buttons on a phone
# the search word a card's buttons carry back to the list, next to the longest data beside it
WORD_BYTES = MAX_BYTES - len(f"bsl:y:{MAX_ID}:9999:")
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
    """bsl:<c|e|t|a|r|y>:<decision>[:<page>:<search>]: the card and its corrections; page and
    search lead back to the page of /besluiten the card was opened from."""

    op: Op
    decision_id: int
    page: int | None = None
    search: str = ""

    @property
    def back(self) -> DecisionPage | None:
        return None if self.page is None else DecisionPage(self.page, self.search)


def _via(op: Op, decision: Decision, back: DecisionPage | None) -> DecisionPress:
    if back is None:
        return DecisionPress(op, decision.id)
    return DecisionPress(op, decision.id, back.page, back.search)


def list_buttons(
    shown: Sequence[Decision], page: int, pages: int, search: str
) -> list[list[Button]]:
    """ "📌 4" per decision on the page (opens its card), then ◀️ n/m ▶️; the search word goes
    along, cut to what fits Telegram's 64 bytes."""
    word = _fit(search, WORD_BYTES)
    rows: list[list[Button]] = []
    for start in range(0, len(shown), NUMBERS_PER_ROW):
        rows.append(
            [
                (f"📌 {d.number}", DecisionPress(Op.CARD, d.id, page, word))
                for d in shown[start : start + NUMBERS_PER_ROW]
            ]
        )
    nav = navigation(page, pages, lambda p: DecisionPage(p, word))
    return rows + [nav] if nav else rows


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


def back_rows(lang: str, back: DecisionPage | None) -> list[list[Button]]:
    """ "↩️ Terug naar de lijst" when opened from /besluiten: the same page, the same word."""
    return [] if back is None else [[(label(lang, "action.button.back"), back)]]


def card_buttons(
    lang: str, decision: Decision, back: DecisionPage | None, *, changing: bool
) -> list[list[Button]]:
    """Text and agenda item (when it belongs to a meeting) and removing it, for who may
    (`changing`); back to the list it was opened from."""
    if decision.removed_at is not None or not changing:
        return back_rows(lang, back)
    first: list[Button] = [(label(lang, "decision.button.text"), _via(Op.TEXT, decision, back))]
    if decision.meeting_id is not None:
        first.append((label(lang, "decision.button.item"), _via(Op.ITEM, decision, back)))
    remove = (label(lang, "decision.button.remove"), _via(Op.REMOVE, decision, back))
    return [first, [remove], *back_rows(lang, back)]


def confirm_buttons(lang: str, decision: Decision, back: DecisionPage | None) -> list[list[Button]]:
    return [
        [
            (label(lang, "decision.button.remove_yes"), _via(Op.REMOVE_YES, decision, back)),
            (label(lang, "decision.button.remove_no"), _via(Op.CARD, decision, back)),
        ]
    ]


def _fit(text: str, limit: int) -> str:
    """Cut `text` to `limit` bytes of UTF-8 (button data is counted in bytes, ":" separates)."""
    raw = text.replace(":", " ").encode()[: max(limit, 0)]
    return raw.decode(errors="ignore")
