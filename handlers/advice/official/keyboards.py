"""The official's buttons in /overzicht and their typed data."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from domain.advice.official import Owed
from handlers.i18n import label
from handlers.kit.callbacks import CallbackData
from handlers.kit.text import short
from handlers.kit.turn import Button

BUTTONS = 8  # advices with buttons in one overview


class Op(StrEnum):
    ACK = "ack"
    ANSWER = "ans"


@dataclass(frozen=True)
class OfficialPress(CallbackData, prefix="ovz"):
    """ovz:ack|ans:<advice>: the official's button in /overzicht."""

    op: Op
    advice_id: int


@dataclass(frozen=True)
class OfficialOutcome(CallbackData, prefix="ovz:out"):
    """ovz:out:<advice>:<o|d|n|a>: the outcome the official picked."""

    advice_id: int
    code: str


def overview_buttons(lang: str, owed: list[Owed]) -> list[list[Button]]:
    rows: list[list[Button]] = []
    for item in [o for o in owed if o.kind != "action"][:BUTTONS]:
        key, op = (
            ("official.button.ack", Op.ACK)
            if item.kind == "ack"
            else ("official.button.answer", Op.ANSWER)
        )
        shown = label(lang, key, number=item.number, group=short(item.group, 30))
        rows.append([(shown, OfficialPress(op, item.record_id))])
    return rows
