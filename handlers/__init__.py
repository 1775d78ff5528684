"""The list of features. Everything registered is derived from it: the PTB handlers, /help and
the command menus, the engine's senders, /instellingen, /export, the Telegram update types.

A feature declares what it brings beside its code (`FEATURE` in its package, a
`handlers.kit.feature.Feature`); adding one is one line here (ARCHITECTURE.md, "Adding a feature").
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any, TypeVar

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    MessageEntity,
)
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from domain.settings import SettingSpec
from handlers import (
    actions,
    advice,
    decisions,
    formats,
    meetings,
    polls,
    privacy,
    reminders,
    report,
    roles,
    settings,
    setup,
    thermometer,
)
from handlers.i18n import CATALOGS, DEFAULT_LANGUAGE, label
from handlers.kit import addressed, asking, exports, undoing, wrapper
from handlers.kit.feature import (
    GROUP,
    PRIVATE,
    Chore,
    Command,
    Event,
    Exporter,
    Feature,
    PromptHandler,
    ReplyReader,
    ServiceFactory,
    TypedAnswer,
)
from handlers.kit.turn import TurnHandler
from handlers.kit.undo import Undo
from handlers.kit.wrapper import turn_handler

log = logging.getLogger(__name__)

FEATURES: tuple[Feature, ...] = (
    setup.FEATURE,
    settings.FEATURE,
    roles.FEATURE,
    reminders.FEATURE,
    meetings.FEATURE,
    formats.FEATURE,
    decisions.FEATURE,
    actions.FEATURE,
    report.FEATURE,
    advice.FEATURE,
    polls.FEATURE,
    thermometer.FEATURE,
    exports.FEATURE,
    privacy.FEATURE,
    asking.FEATURE,
    undoing.FEATURE,
    wrapper.FEATURE,
)

V = TypeVar("V")


def _merged(what: str, tables: list[Mapping[str, V]]) -> dict[str, V]:
    """One table from every feature's; a key two features claim is a mistake at start-up."""
    merged: dict[str, V] = {}
    for table in tables:
        for key, value in table.items():
            if key in merged:
                raise ValueError(f"two features register the {what} {key!r}")
            merged[key] = value
    return merged


COMMANDS: list[Command] = [command for feature in FEATURES for command in feature.commands]
CALLBACKS: Mapping[str, TurnHandler] = _merged(
    "button prefix", [feature.callbacks for feature in FEATURES]
)
PROMPTS: Mapping[str, PromptHandler] = _merged(
    "prompt kind", [feature.prompts for feature in FEATURES]
)
EVENTS: Mapping[str, Event] = _merged(
    "engine kind", [feature.engine_events for feature in FEATURES]
)
EXPORTS: Mapping[str, Exporter] = _merged("export", [feature.exports for feature in FEATURES])
DEEP_LINKS: Mapping[str, TurnHandler] = _merged(
    "deep link", [feature.deep_links for feature in FEATURES]
)
UNDO: Mapping[str, Undo] = _merged("undo kind", [feature.undo for feature in FEATURES])
TYPED: Mapping[str, TypedAnswer] = _merged("typed answer", [feature.typed for feature in FEATURES])
SETTINGS: list[SettingSpec] = [spec for feature in FEATURES for spec in feature.settings]
UPDATES: list[str] = ["message", "edited_message", "callback_query"] + sorted(
    {kind for feature in FEATURES for kind in feature.updates}
)
AT_STARTUP: list[Chore] = [chore for feature in FEATURES for chore in feature.at_startup]
DAILY: list[Chore] = [chore for feature in FEATURES for chore in feature.daily]
SERVICES: list[ServiceFactory] = [make for feature in FEATURES for make in feature.services]
REPLIES: list[ReplyReader] = [reader for feature in FEATURES for reader in feature.replies]
_merged("command", [{name: c for c in COMMANDS for name in c.names}])  # no name used twice


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Attach every handler to the application, each inside the one update wrapper."""
    app.bot_data["commands"] = COMMANDS
    app.bot_data["prompts"] = PROMPTS  # asking back about a date runs a prompt step again
    app.bot_data["settings_specs"] = SETTINGS
    app.bot_data["exports"] = EXPORTS
    app.bot_data["setting_pages"] = [page for f in FEATURES for page in f.setting_pages]
    app.bot_data["deep_links"] = DEEP_LINKS  # /start <prefix>_<argument> (handlers/setup/help.py)
    app.bot_data["undo"] = UNDO  # the "Ongedaan maken" buttons (handlers/kit/undoing.py)
    new_messages = filters.UpdateType.MESSAGE  # an edited command must not run twice
    for command in COMMANDS:
        app.add_handler(
            CommandHandler(
                list(command.names), turn_handler(command=True)(command.handler), new_messages
            )
        )
    for prefix, handler in CALLBACKS.items():
        app.add_handler(CallbackQueryHandler(turn_handler()(handler), pattern=f"^{prefix}:"))
    for feature in FEATURES:
        for listener in feature.listeners:
            wrap = turn_handler(lifecycle=listener.lifecycle, chat_of=listener.chat_of)
            app.add_handler(listener.route(wrap(listener.handler)))
    # last: whatever reached the bot and nothing above took still gets an answer
    app.add_handler(
        MessageHandler(
            filters.COMMAND & new_messages, turn_handler(command=True)(addressed.on_unknown_command)
        )
    )
    mentioned = filters.Entity(MessageEntity.MENTION) | filters.Entity(MessageEntity.TEXT_MENTION)
    app.add_handler(
        MessageHandler(
            (filters.REPLY | mentioned | filters.ChatType.PRIVATE)
            & ~filters.COMMAND
            & ~filters.StatusUpdate.ALL
            & new_messages,
            turn_handler()(addressed.reply_router(PROMPTS, TYPED, REPLIES)),
        )
    )


def menu(scope: str, lang: str) -> list[BotCommand]:
    """The command menu of one kind of chat in one language, from the same list as /help."""
    return [
        BotCommand(command.shown(lang), label(lang, command.key("description"))[:256])
        for command in COMMANDS
        if scope in command.scopes
    ]


async def publish_commands(bot: Any) -> None:
    """Tell Telegram the command menus (groups and private chats, Dutch default and English)."""
    scopes = ((GROUP, BotCommandScopeAllGroupChats()), (PRIVATE, BotCommandScopeAllPrivateChats()))
    # all at once: at start-up every round trip to Telegram delays the first answer
    await asyncio.gather(
        *(
            bot.set_my_commands(
                menu(scope_name, lang),
                scope=scope,
                language_code=None if lang == DEFAULT_LANGUAGE else lang,
            )
            for scope_name, scope in scopes
            for lang in CATALOGS
        )
    )
