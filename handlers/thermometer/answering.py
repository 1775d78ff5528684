"""Answering, in the private chat: the link from the group (/start thermo_<id>), a score per
statement (one message, edited from statement to statement, with a way back), the open
question, and the end, when the answers become counts of the person's side."""

from __future__ import annotations

from typing import Any

from domain.errors import DomainError
from domain.models import Chat
from domain.thermometer import (
    Respondent,
    Thermometer,
    clean_remark,
    next_draft,
    side_of,
    tallies_of,
)
from handlers.kit.turn import Turn
from handlers.thermometer.access import access_answering
from handlers.thermometer.keyboards import open_question_buttons, score_buttons
from handlers.thermometer.text import moment, open_question_text, question_text
from storage.thermometer import ThermometerRepo

REMARK_PROMPT = "thermo_remark"


async def group_of(turn: Turn, thermometer: Thermometer) -> Chat:
    """The group the thermometer is of: its name and language are those of the questions."""
    chat = await (await turn.chats()).get(thermometer.chat_id)
    if chat is None:
        raise DomainError("thermo.not_asked")
    return chat


async def on_link(turn: Turn) -> None:
    """/start thermo_<id>: the link in the group's announcement. Someone of the board or the
    gemeente who was not asked at the start (new since) is asked now."""
    assert turn.user is not None
    number = turn.args[0].partition("_")[2] if turn.args else ""
    repo = ThermometerRepo(await turn.conn())
    thermometer = await repo.get(int(number)) if number.isdigit() and len(number) < 12 else None
    if thermometer is None:
        raise DomainError("thermo.not_asked")
    respondent = await repo.respondent(thermometer.id, turn.user.id)
    if respondent is None:
        await turn.own(thermometer, private=True, refusal="thermo.not_asked")
        side = side_of(await turn.standing_in(thermometer.chat_id))
        if side is None:
            raise DomainError("thermo.not_asked")
        thermometer.require_open(turn.now())
        await repo.ask(thermometer.id, turn.user.id, side)
        respondent = Respondent(turn.user.id, side, answered=False)
    await repo.mark_sent(thermometer.id, turn.user.id)
    await show_step(turn, thermometer, respondent)


async def show_step(turn: Turn, thermometer: Thermometer, respondent: Respondent) -> None:
    """Where this person is: the next statement, the open question, or done."""
    if respondent.answered:
        await turn.reply(turn.t("thermo.already_answered"))
        return
    thermometer.require_open(turn.now())
    chat = await group_of(turn, thermometer)
    lang = chat.language
    index = len(respondent.draft)
    if index < len(thermometer.statements):
        await turn.reply(
            question_text(lang, chat, thermometer, index),
            score_buttons(lang, thermometer, index),
        )
        return
    await turn.reply(
        open_question_text(lang, chat, thermometer), open_question_buttons(lang, thermometer)
    )
    await _ask_remark(turn, chat, thermometer)


async def _ask_remark(turn: Turn, chat: Chat, thermometer: Thermometer) -> None:
    await turn.ask(
        turn.t("thermo.q.prompt", question=thermometer.question),
        REMARK_PROMPT,
        {"thermometer": thermometer.id},
    )


async def on_score(turn: Turn, thermometer_id: int, statement: int, score: int) -> None:
    """A score pressed: the next statement in the same message, or the open question."""
    thermometer, respondent = await access_answering(turn, thermometer_id)
    if respondent.answered:
        await turn.notice(turn.t("thermo.already_answered"))
        return
    thermometer.require_open(turn.now())
    total = len(thermometer.statements)
    draft = next_draft(respondent.draft, statement, score, total)
    await ThermometerRepo(await turn.conn()).set_draft(thermometer.id, respondent.user_id, draft)
    chat = await group_of(turn, thermometer)
    lang = chat.language
    if len(draft) < total:
        await turn.edit(
            question_text(lang, chat, thermometer, len(draft)),
            score_buttons(lang, thermometer, len(draft)),
        )
        return
    await turn.edit(
        open_question_text(lang, chat, thermometer), open_question_buttons(lang, thermometer)
    )
    await _ask_remark(turn, chat, thermometer)


async def on_back(turn: Turn, thermometer_id: int) -> None:
    """↩️ Vorige: the last score is taken back and its statement asked again."""
    thermometer, respondent = await access_answering(turn, thermometer_id)
    if respondent.answered:
        await turn.notice(turn.t("thermo.already_answered"))
        return
    thermometer.require_open(turn.now())
    draft = respondent.draft[:-1]
    await ThermometerRepo(await turn.conn()).set_draft(thermometer.id, respondent.user_id, draft)
    chat = await group_of(turn, thermometer)
    index = len(draft)
    await turn.edit(
        question_text(chat.language, chat, thermometer, index),
        score_buttons(chat.language, thermometer, index),
    )


async def on_skip(turn: Turn, thermometer_id: int) -> None:
    """Overslaan: done, without an answer to the open question."""
    thermometer, respondent = await access_answering(turn, thermometer_id)
    chat = await finish(turn, thermometer, respondent, "")
    await turn.edit(_done(turn, chat, thermometer))


async def on_remark(turn: Turn, answer: str, payload: dict[str, Any]) -> None:
    """The answer to the open question: done."""
    thermometer, respondent = await access_answering(turn, int(payload["thermometer"]))
    chat = await finish(turn, thermometer, respondent, clean_remark(answer))
    await turn.reply(_done(turn, chat, thermometer))


async def finish(turn: Turn, thermometer: Thermometer, respondent: Respondent, remark: str) -> Chat:
    """The person's scores become counts of their side (the draft is deleted): from now on
    nothing stored says what they answered, only that they did."""
    if respondent.answered:
        raise DomainError("thermo.already_answered")
    thermometer.require_open(turn.now())
    if len(respondent.draft) != len(thermometer.statements):
        raise DomainError("thermo.unfinished")
    repo = ThermometerRepo(await turn.conn())
    tallies = tallies_of(respondent.side, respondent.draft)
    if not await repo.finish(thermometer.id, respondent.user_id, tallies, remark):
        raise DomainError("thermo.already_answered")
    return await group_of(turn, thermometer)


def _done(turn: Turn, chat: Chat, thermometer: Thermometer) -> str:
    deadline = moment(turn.lang, chat, thermometer.closes_at, turn.now())
    return turn.t("thermo.done", deadline=deadline)
