"""Step-by-step questions: a reply to the bot's question continues the command that asked it."""

from __future__ import annotations

from collections.abc import Mapping

from domain.errors import DomainError
from handlers.kit.callbacks import STALE
from handlers.kit.feature import PromptHandler
from handlers.kit.resume import Resume
from handlers.kit.text import is_cancel
from handlers.kit.turn import Turn
from storage.prompts import Prompt


async def answer_prompt(
    turn: Turn, asked_in: int, answer: str, table: Mapping[str, PromptHandler]
) -> bool:
    """Hand `answer` to the question the bot asked in message `asked_in`. False when that
    message asked nothing (handlers/kit/addressed.py then says what to do)."""
    assert turn.user is not None
    prompts = await turn.prompts()
    prompt = await prompts.get(turn.chat.id, asked_in)
    if prompt is None:
        return False
    if prompt.kind not in table:  # a question of an older version of the bot
        await turn.reply(turn.t("prompt.expired"), quote=True)
        return True
    if prompt.user_id != turn.user.id:
        # someone answered another person's question: say whose it was, change nothing
        asked = await (await turn.people()).get(prompt.user_id)
        await turn.reply(turn.t("error.not_your_prompt", name=asked.first_name if asked else "?"))
        return True
    if prompt.answered:
        await turn.reply(turn.t("prompt.already_answered"))
        return True
    await prompts.answered(prompt.chat_id, prompt.message_id, turn.now())
    if is_cancel(answer):  # "stop", "annuleren": the question is closed, nothing is stored
        await turn.reply(turn.t("prompt.cancelled"), quote=True)
        return True
    turn.resume = Resume("prompt", prompt.kind, answer, prompt.payload)
    await table[prompt.kind](turn, answer, prompt.payload)
    return True


async def replied_prompt(turn: Turn, kind: str) -> Prompt:
    """The question of `kind` that this typed reply answers (a question with buttons answered by
    typing); the friendly "no longer valid" when that message asked no such question."""
    message = turn.message
    asked = message.reply_to_message if message is not None else None
    prompt = await (await turn.prompts()).get(turn.chat.id, asked.message_id) if asked else None
    if prompt is None or prompt.kind != kind:
        raise DomainError(STALE)
    return prompt


async def pressed_prompt(turn: Turn, kind: str, *, board_too: bool = False) -> Prompt:
    """The question of `kind` the pressed button sits under, taken as answered: by the one it
    was asked of (or, `board_too`, anyone of the board), once. Another person, a second press
    or data under a message that asked nothing is refused and changes nothing."""
    message = turn.message
    assert turn.user is not None
    prompts = await turn.prompts()
    prompt = await prompts.get(turn.chat.id, message.message_id) if message else None
    if prompt is None or prompt.kind != kind:
        raise DomainError(STALE)
    if prompt.user_id != turn.user.id and not (board_too and (await turn.standing()).is_board):
        asked = await (await turn.people()).get(prompt.user_id)
        raise DomainError("error.not_your_prompt", name=asked.first_name if asked else "?")
    if prompt.answered:
        raise DomainError("prompt.already_answered")
    await prompts.answered(prompt.chat_id, prompt.message_id, turn.now())
    return prompt
