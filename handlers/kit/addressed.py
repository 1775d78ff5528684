"""Whatever is addressed to the bot and no command, button or question took: it still gets one
short line saying what to do, so nothing sent to the bot disappears (issue 17).

Under privacy mode the bot receives commands, replies to its own messages and mentions of it;
these handlers answer the ones nothing else answered:

- a reply to a bot message: an open question goes to its prompt step (handlers/kit/prompting.py);
  a reply to a message that asked nothing is offered to the features' readers
  (`Feature.replies`: a note typed as a reply to a meeting's agenda);
  typed text where buttons were expected goes to the feature that can read it in words
  (`Feature.typed`, keyed by the buttons' prefix) or gets "tap a button"; a reply to a message
  that asked nothing says so; a picture or voice message as an answer asks for text;
- a command no feature registers: "Bedoel je /agenda?" when it is one or two letters from a
  Wijkbot command (its name or alias), else "Dat ken ik niet"; a command addressed to another
  bot (`/agnda@OtherBot`) is not ours and gets nothing;
- a mention of the bot, and anything else said in a private chat with it: where /help is.

With privacy mode off the bot also receives the group's chatter: a message that is none of the
above (no reply to the bot, no command, no mention) is not addressed to it and gets no answer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from telegram import Message, MessageEntity

from handlers.i18n import Raw
from handlers.kit.feature import (
    GROUP,
    PRIVATE,
    Command,
    PromptHandler,
    ReplyReader,
    TypedAnswer,
)
from handlers.kit.prompting import answer_prompt
from handlers.kit.turn import Turn

if TYPE_CHECKING:
    from telegram import Bot

MAX_SUGGESTIONS = 3


def _to_bot(message: Message, bot: Bot) -> bool:
    """A reply to one of the bot's messages (in a forum topic every message "replies" to the
    topic's first message: that is no answer to anyone)."""
    return (
        message.from_user is not None
        and message.from_user.id == bot.id
        and message.forum_topic_created is None
    )


def mentions_bot(message: Message, bot: Bot) -> bool:
    """An @mention of the bot's username, or a mention of the bot picked from the member list."""
    username = (bot.username or "").lower()
    for entity, text in message.parse_entities(
        [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
    ).items():
        if entity.type == MessageEntity.TEXT_MENTION:
            if entity.user is not None and entity.user.id == bot.id:
                return True
        elif username and text[1:].lower() == username:
            return True
    return False


def button_data(message: Message) -> list[str]:
    """The callback data of the inline buttons under a message (Telegram sends them along with
    the message a reply quotes)."""
    markup = message.reply_markup
    if markup is None:
        return []
    return [
        str(button.callback_data)
        for row in markup.inline_keyboard
        for button in row
        if isinstance(button.callback_data, str)
    ]


def reader_for(typed: Mapping[str, TypedAnswer], data: Sequence[str]) -> TypedAnswer | None:
    """The feature's reader of typed answers for the buttons `data`, by the longest prefix."""
    for prefix in sorted(typed, key=len, reverse=True):
        if any(d == prefix or d.startswith(prefix + ":") for d in data):
            return typed[prefix]
    return None


def reply_router(
    prompts: Mapping[str, PromptHandler],
    typed: Mapping[str, TypedAnswer],
    readers: Sequence[ReplyReader] = (),
) -> Callable[[Turn], Awaitable[None]]:
    """A turn handler for every reply and mention the bot receives (see the module's doc)."""

    async def on_message(turn: Turn) -> None:
        message = turn.message
        if message is None or turn.user is None:
            return
        replied = message.reply_to_message
        if replied is not None and _to_bot(replied, turn.bot):
            await _on_reply(turn, message, replied, prompts, typed, readers)
        elif turn.chat.is_private:  # in a private chat everything is said to the bot
            await turn.reply(turn.t("addressed.private"), quote=True)
        elif mentions_bot(message, turn.bot):
            await turn.reply(turn.t("addressed.mention"), quote=True)
        # anything else is the group talking among itself (privacy mode off): not ours

    return on_message


async def _on_reply(
    turn: Turn,
    message: Message,
    replied: Message,
    prompts: Mapping[str, PromptHandler],
    typed: Mapping[str, TypedAnswer],
    readers: Sequence[ReplyReader],
) -> None:
    text = (message.text or "").strip()
    if not message.text:  # a photo, a voice message, a sticker as the answer
        await turn.reply(turn.t("addressed.text_only"), quote=True)
        return
    if await answer_prompt(turn, replied.message_id, text, prompts):
        return
    for read in readers:  # a feature that reads replies to its messages (notes on an agenda)
        if await read(turn, replied.message_id, text):
            return
    data = button_data(replied)
    reader = reader_for(typed, data)
    if reader is not None:
        await reader(turn, text, data)
    elif data:
        await turn.reply(turn.t("addressed.use_buttons"), quote=True)
    else:
        await turn.reply(turn.t("addressed.nothing_asked"), quote=True)


# --- commands nobody registered ---------------------------------------------------------------


def distance(a: str, b: str) -> int:
    """Edits from `a` to `b`: a letter added, dropped, changed, or two neighbours swapped
    ("actei" -> "actie" is one)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[len(a)][len(b)]


def near_commands(typed: str, commands: Iterable[Command], scope: str) -> list[str]:
    """The names of this kind of chat's commands closest to `typed`: one or two letters away
    (one for short names, where two would match almost anything), only the closest, and per
    command the name or alias that was nearest ("/metting" -> /meeting, not /overleg)."""
    found: dict[str, int] = {}
    for command in commands:
        if scope not in command.scopes:
            continue
        steps, name = min((distance(typed, name), name) for name in command.names)
        if 0 < steps <= (1 if len(name) <= 4 else 2):
            found[name] = steps
    if not found:
        return []
    closest = min(found.values())
    return sorted(name for name, steps in found.items() if steps == closest)[:MAX_SUGGESTIONS]


async def on_unknown_command(turn: Turn) -> None:
    """A command no feature registers, addressed to this bot: what was probably meant."""
    message = turn.message
    if message is None or not message.text:
        return
    head, _, rest = message.text.partition(" ")
    name, _, addressee = head[1:].partition("@")
    if addressee and addressee.lower() != (turn.bot.username or "").lower():
        return  # "/agnda@OtherBot" is another bot's business
    scope = PRIVATE if turn.chat.is_private else GROUP
    near = near_commands(name.lower(), turn.context.bot_data.get("commands", ()), scope)
    if not near:
        await turn.reply(turn.t("addressed.unknown", command=head), quote=True)
        return
    shown = [f"/{n}" for n in near]
    commands = shown[0]
    if len(shown) > 1:
        commands = Raw(turn.t("addressed.or", first=", ".join(shown[:-1]), last=shown[-1]))
    rest = rest.strip()
    if len(near) == 1 and rest:
        line = f"/{near[0]} {rest}"
        await turn.reply(
            turn.t("addressed.did_you_mean.line", commands=commands, line=line), quote=True
        )
    else:
        await turn.reply(turn.t("addressed.did_you_mean", commands=commands), quote=True)
