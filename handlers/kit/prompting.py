"""Step-by-step questions: a reply to the bot's question continues the command that asked it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

from handlers.kit.feature import PromptHandler
from handlers.kit.resume import Resume
from handlers.kit.turn import Turn


def reply_router(table: Mapping[str, PromptHandler]) -> Callable[[Turn], Awaitable[None]]:
    """A turn handler for replies to the bot: finds the open question and hands over the answer."""

    async def on_reply(turn: Turn) -> None:
        message = turn.message
        if message is None or message.reply_to_message is None or turn.user is None:
            return
        prompts = await turn.prompts()
        prompt = await prompts.get(turn.chat.id, message.reply_to_message.message_id)
        if prompt is None or prompt.kind not in table:
            return  # a reply to an old message of the bot: nothing to continue
        if prompt.user_id != turn.user.id:
            # someone answered another person's question: say whose it was, change nothing
            asked = await (await turn.people()).get(prompt.user_id)
            await turn.reply(
                turn.t("error.not_your_prompt", name=asked.first_name if asked else "?")
            )
            return
        if prompt.answered:
            await turn.reply(turn.t("prompt.already_answered"))
            return
        await prompts.answered(prompt.chat_id, prompt.message_id, turn.now())
        answer = (message.text or "").strip()
        turn.resume = Resume("prompt", prompt.kind, answer, prompt.payload)
        await table[prompt.kind](turn, answer, prompt.payload)

    return on_reply
