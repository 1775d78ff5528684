"""The thermometer's buttons: their typed data and the rows (imports no other module of the
package)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from domain.thermometer import MAX_STATEMENTS, MIN_STATEMENTS, SCORES, Thermometer
from handlers.i18n import label
from handlers.kit.callbacks import CallbackData
from handlers.kit.turn import Button


class Op(StrEnum):
    """What a thermometer button does."""

    START = "go"  # the board starts a round (from /thermometer)
    CLOSE = "close"  # the board closes the open round now
    BACK = "back"  # answering: back to the previous statement
    SKIP = "skip"  # answering: no answer to the open question
    TEXTS = "texts"  # the statements, with their edit buttons


class TextOp(StrEnum):
    """Editing the group's statements (board)."""

    EDIT = "e"
    REMOVE = "r"
    ADD = "a"
    QUESTION = "q"
    RESET = "d"


@dataclass(frozen=True)
class ThermoPress(CallbackData, prefix="thm"):
    """thm:go, thm:close:<id>, thm:back:<id>, thm:skip:<id>, thm:texts."""

    op: Op
    thermometer_id: int = 0


@dataclass(frozen=True)
class ScorePress(CallbackData, prefix="thm:s"):
    """A score for one statement: thm:s:<id>:<statement, 0-based>:<1-5>."""

    thermometer_id: int
    statement: int
    score: int


@dataclass(frozen=True)
class TextPress(CallbackData, prefix="thm:t"):
    """thm:t:<e|r|a|q|d>[:<statement, 0-based>]."""

    op: TextOp
    statement: int = 0


def status_buttons(lang: str, current: Thermometer | None) -> list[list[Button]]:
    """Under /thermometer: start (or close the open one), and the statements."""
    first: Button = (
        (label(lang, "thermo.button.close"), ThermoPress(Op.CLOSE, current.id))
        if current is not None
        else (label(lang, "thermo.button.start"), ThermoPress(Op.START))
    )
    return [[first], [(label(lang, "thermo.button.texts"), ThermoPress(Op.TEXTS))]]


def score_buttons(lang: str, thermometer: Thermometer, statement: int) -> list[list[Button]]:
    """1 to 5 for one statement, and back to the one before."""
    rows: list[list[Button]] = [
        [(str(score), ScorePress(thermometer.id, statement, score)) for score in SCORES]
    ]
    if statement > 0:
        rows.append([(label(lang, "thermo.button.back"), ThermoPress(Op.BACK, thermometer.id))])
    return rows


def open_question_buttons(lang: str, thermometer: Thermometer) -> list[list[Button]]:
    return [
        [
            (label(lang, "thermo.button.skip"), ThermoPress(Op.SKIP, thermometer.id)),
            (label(lang, "thermo.button.back"), ThermoPress(Op.BACK, thermometer.id)),
        ]
    ]


def text_buttons(lang: str, statements: Sequence[str]) -> list[list[Button]]:
    """Per statement: change, remove; then add, the open question, back to the defaults."""
    rows: list[list[Button]] = []
    row: list[Button] = []
    for index in range(len(statements)):
        row.append(
            (label(lang, "thermo.button.edit", number=index + 1), TextPress(TextOp.EDIT, index))
        )
        if len(statements) > MIN_STATEMENTS:
            row.append(
                (
                    label(lang, "thermo.button.remove", number=index + 1),
                    TextPress(TextOp.REMOVE, index),
                )
            )
        if len(row) >= 4:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    last: list[Button] = []
    if len(statements) < MAX_STATEMENTS:
        last.append((label(lang, "thermo.button.add"), TextPress(TextOp.ADD)))
    last.append((label(lang, "thermo.button.question"), TextPress(TextOp.QUESTION)))
    last.append((label(lang, "thermo.button.reset"), TextPress(TextOp.RESET)))
    rows.append(last)
    return rows
