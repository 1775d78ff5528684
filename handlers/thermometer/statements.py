"""The group's own statements and open question (/thermometer stellingen): shown to everyone,
changed by the board with buttons and a reply prompt. A round already open keeps the words it
was opened with."""

from __future__ import annotations

from typing import Any

from domain.errors import DomainError
from domain.roles import Role
from domain.thermometer import MAX_STATEMENTS, MIN_STATEMENTS, added, changed, clean_text, removed
from handlers.kit.callbacks import STALE
from handlers.kit.turn import Button, Turn
from handlers.thermometer.keyboards import TextOp, TextPress, text_buttons
from handlers.thermometer.text import group_texts
from storage.thermometer import ThermometerRepo

PROMPT = "thermo_text"
# What the reply prompt asks, by what the pressed button changes.
ASK_KEY = {
    TextOp.EDIT: "thermo.ask.edit",
    TextOp.ADD: "thermo.ask.add",
    TextOp.QUESTION: "thermo.ask.question",
}


async def texts_view(turn: Turn) -> tuple[str, list[list[Button]] | None]:
    """The statements and the open question, with the board's buttons."""
    statements, question, default = await group_texts(await turn.conn(), turn.chat)
    lines = [turn.t("thermo.texts.title")]
    lines += [
        turn.t("thermo.texts.line", number=number, text=text)
        for number, text in enumerate(statements, start=1)
    ]
    lines.append(turn.t("thermo.texts.question", text=question))
    if default:
        lines.append(turn.t("thermo.texts.default"))
    lines += ["", turn.t("thermo.texts.hint", minimum=MIN_STATEMENTS, maximum=MAX_STATEMENTS)]
    board = (await turn.standing()).is_board
    return "\n".join(lines), text_buttons(turn.lang, statements) if board else None


async def show_texts(turn: Turn) -> None:
    text, buttons = await texts_view(turn)
    await turn.reply(text, buttons)


async def on_text_press(turn: Turn, press: TextPress) -> None:
    """Change, remove, add, the open question, back to the defaults (board)."""
    turn.require_group()
    await turn.require(Role.BOARD)
    conn = await turn.conn()
    statements, question, _default = await group_texts(conn, turn.chat)
    repo = ThermometerRepo(conn)
    if press.op is TextOp.REMOVE:
        await repo.set_texts(turn.chat.id, removed(statements, press.statement), question)
    elif press.op is TextOp.RESET:
        await repo.reset_texts(turn.chat.id)
    else:
        index = press.statement if press.op is TextOp.EDIT else 0
        if not 0 <= index < len(statements):
            raise DomainError(STALE)
        current = {TextOp.EDIT: statements[index], TextOp.QUESTION: question}.get(press.op, "")
        await turn.ask(
            turn.t(ASK_KEY[press.op], number=index + 1, text=current),
            PROMPT,
            {"op": press.op.value, "statement": index},
        )
        return
    text, buttons = await texts_view(turn)
    await turn.edit(text, buttons)


async def on_text_prompt(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The new words for a statement, a new statement, or the open question (board)."""
    turn.require_group()
    await turn.require(Role.BOARD)
    conn = await turn.conn()
    statements, question, _default = await group_texts(conn, turn.chat)
    op = TextOp(str(payload.get("op")))
    if op is TextOp.EDIT:
        statements = changed(statements, int(payload.get("statement", -1)), answer)
    elif op is TextOp.ADD:
        statements = added(statements, answer)
    else:
        question = clean_text(answer)
    await ThermometerRepo(conn).set_texts(turn.chat.id, statements, question)
    text, buttons = await texts_view(turn)
    await turn.reply(turn.t("thermo.texts.saved") + "\n\n" + text, buttons)
