"""The thm: presses routed: starting, closing and the statements in the group; scores, back and
skip in the private chat. Every press re-checks where it was pressed and by whom."""

from __future__ import annotations

from handlers.kit.paging import require_text_message
from handlers.kit.turn import Turn
from handlers.thermometer import answering, command, statements
from handlers.thermometer.keyboards import Op, ScorePress, TextPress, ThermoPress


async def on_callback(turn: Turn) -> None:
    require_text_message(turn)
    press = turn.button(ThermoPress, ScorePress, TextPress)
    match press:
        case ScorePress(thermometer_id, statement, score):
            await answering.on_score(turn, thermometer_id, statement, score)
        case TextPress():
            await statements.on_text_press(turn, press)
        case ThermoPress(Op.START):
            await command.start(turn)
        case ThermoPress(Op.CLOSE, thermometer_id):
            await command.close(turn, thermometer_id)
        case ThermoPress(Op.BACK, thermometer_id):
            await answering.on_back(turn, thermometer_id)
        case ThermoPress(Op.SKIP, thermometer_id):
            await answering.on_skip(turn, thermometer_id)
        case ThermoPress(Op.TEXTS):
            turn.require_group()
            text, buttons = await statements.texts_view(turn)
            await turn.reply(text, buttons)
