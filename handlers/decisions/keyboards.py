"""The bsl: buttons: a page of /besluiten and the agenda item a decision belongs to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from domain.agenda import AgendaItem
from domain.decisions import Decision
from handlers.i18n import label
from handlers.kit.callbacks import MAX_BYTES, CallbackData
from handlers.kit.paging import navigation
from handlers.kit.text import short
from handlers.kit.turn import Button

MAX_ITEMS = 20  # agenda items offered as buttons under a decision


@dataclass(frozen=True)
class DecisionPage(CallbackData, prefix="bsl:l"):
    """bsl:l:<page>:<search>: a page of /besluiten, with the word searched for."""

    page: int
    search: str = ""


@dataclass(frozen=True)
class ItemChoice(CallbackData, prefix="bsl:i"):
    """bsl:i:<decision>:<item>: the board links a decision to an agenda item (0: none)."""

    decision_id: int
    item_id: int


def page_buttons(page: int, pages: int, search: str) -> list[Button]:
    """◀️ n/m ▶️; the search word goes along, cut to what fits Telegram's 64 bytes."""
    room = MAX_BYTES - len(DecisionPage(page, "").pack().encode()) - 1 - 4  # ":" and a digit
    word = _fit(search, room)
    return navigation(page, pages, lambda p: DecisionPage(p, word))


def item_buttons(lang: str, decision: Decision, items: Sequence[AgendaItem]) -> list[list[Button]]:
    rows: list[list[Button]] = [
        [(short(f"{i.position}. {i.text}", 60), ItemChoice(decision.id, i.id))]
        for i in items[:MAX_ITEMS]
    ]
    rows.append([(label(lang, "decision.button.no_item"), ItemChoice(decision.id, 0))])
    return rows


def _fit(text: str, limit: int) -> str:
    """Cut `text` to `limit` bytes of UTF-8 (button data is counted in bytes, ":" separates)."""
    raw = text.replace(":", " ").encode()[: max(limit, 0)]
    return raw.decode(errors="ignore")
