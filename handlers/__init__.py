"""The one list of registrations: commands (which also feed /help and the command menu),
button prefixes and step-by-step prompts."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

from telegram import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    PollAnswerHandler,
    PollHandler,
    filters,
)

from bot.i18n import CATALOGS, DEFAULT_LANGUAGE, label
from domain import actions as action_rules
from domain import advice as advice_rules
from domain import meetings as meeting_rules
from domain import polls as poll_rules
from domain.privacy import RETENTION
from domain.settings import SettingSpec
from handlers import (
    actions,
    advice,
    advice_chase,
    advice_figures,
    agenda,
    asking,
    decisions,
    exports,
    followup,
    meetings,
    polls,
    privacy,
    reminders,
    report,
    roles,
    setup,
)
from handlers.boundary import TurnHandler, turn_handler
from handlers.commands import GROUP, PRIVATE, Command
from handlers.delivery import EventSender
from handlers.prompting import PromptHandler, reply_router

log = logging.getLogger(__name__)

COMMANDS: list[Command] = [
    Command("help", setup.help_command, aliases=("hulp",)),
    Command("start", setup.start, scopes=frozenset({PRIVATE})),
    Command("bestuur", roles.board, scopes=frozenset({GROUP})),
    Command("gemeente", roles.gemeente, scopes=frozenset({GROUP})),
    Command("instellingen", setup.settings_command),
    Command("herinner", reminders.remind, aliases=("remind",), dates=True),
    Command("herinneringen", reminders.list_reminders, aliases=("reminders",)),
    Command("export", exports.export_command, scopes=frozenset({GROUP})),
    Command("besluit", decisions.decide, aliases=("decision",), scopes=frozenset({GROUP})),
    Command(
        "besluiten", decisions.list_decisions, aliases=("decisions",), scopes=frozenset({GROUP})
    ),
    Command("actie", actions.action_command, aliases=("action",), dates=True),
    Command("acties", actions.list_actions, aliases=("actions",)),
    Command("verslag", report.report_command, aliases=("report",), scopes=frozenset({GROUP})),
    Command("privacy", privacy.privacy_command),
    Command("vergeet", privacy.forget_command, aliases=("forget",), scopes=frozenset({PRIVATE})),
    Command("vergeetgroep", privacy.wipe_command, scopes=frozenset({GROUP})),
    Command(
        "overleg",
        meetings.meeting_command,
        aliases=("meeting",),
        scopes=frozenset({GROUP}),
        dates=True,
    ),
    Command("agenda", agenda.agenda_command, scopes=frozenset({GROUP})),
    Command("advies", advice.advies, aliases=("advice",), scopes=frozenset({GROUP}), dates=True),
    Command("adviezen", advice_figures.adviezen, scopes=frozenset({GROUP})),
    Command(
        "peiling", polls.poll_command, aliases=("poll",), scopes=frozenset({GROUP}), dates=True
    ),
    Command("peilingen", polls.list_polls, aliases=("polls",), scopes=frozenset({GROUP})),
]

# What /export <word> sends (board only); "" is a bare /export. See handlers/exports.py.
EXPORTS: Mapping[str, exports.Exporter] = {
    "": privacy.export_everything,
    "adviezen": advice_figures.export_csv,
    "acties": actions.export_actions,
}

# Callback data is "<prefix>:<action>[:<args>]"; each prefix has one handler.
CALLBACKS: Mapping[str, TurnHandler] = {
    "role": roles.on_callback,
    "set": setup.on_settings_callback,
    "rem": reminders.on_callback,
    "priv": privacy.on_callback,
    "act": actions.on_callback,
    "bsl": decisions.on_callback,
    "rpt": report.on_callback,
    asking.KIND: asking.on_callback,
    "mtg": meetings.on_callback,
    "agd": agenda.on_callback,
    "adv": advice.on_callback,
    "poll": polls.on_callback,
}

PROMPTS: Mapping[str, PromptHandler] = {
    "role": roles.on_prompt,
    "setting": setup.on_settings_prompt,
    "remind": reminders.on_prompt,
    "action": actions.on_prompt,
    "action_name": actions.on_name_prompt,
    "action_drop": actions.on_drop_prompt,
    "action_due": actions.on_due_prompt,
    asking.KIND: asking.on_prompt,
    "meeting_time": meetings.on_time_prompt,
    "meeting_move": meetings.on_move_prompt,
    "advice": advice.on_prompt,
    "advice_answer": advice.on_answer_prompt,
    "poll": polls.on_prompt,
    "poll_reopen": polls.on_reopen_prompt,
}

# Per-group feature settings, shown by area in /instellingen (see domain/settings.py).
SETTINGS: list[SettingSpec] = [
    RETENTION,
    *meeting_rules.SETTINGS,
    *advice_rules.SETTINGS,
    *poll_rules.SETTINGS,
    action_rules.DIGEST,
    action_rules.OWNER_REMINDERS,
    action_rules.LIST_AFTER_MEETING,
]

# Event kinds of the reminder engine, each with the sender that renders and sends it.
EVENTS: Mapping[str, EventSender] = {
    reminders.KIND: reminders.fire,
    meeting_rules.CALL: agenda.fire_call,
    meeting_rules.CLOSE: agenda.fire_close,
    meeting_rules.REMIND_BEFORE_DAY: meetings.fire_day_before,
    meeting_rules.REMIND_BEFORE_HOUR: meetings.fire_hour_before,
    meeting_rules.END: meetings.fire_end,
    meeting_rules.HALF_YEAR: meetings.fire_half_year,
    advice_chase.ACK_KIND: advice_chase.fire_chase,
    advice_chase.REPLY_KIND: advice_chase.fire_chase,
    advice_chase.VERY_LATE_KIND: advice_chase.fire_chase,
    advice_chase.OVERVIEW_KIND: advice_chase.fire_overview,
    polls.CLOSE_KIND: polls.fire_close,
    polls.REMIND_KIND: polls.fire_remind,
    actions.REMIND: actions.fire_reminder,
    actions.DIGEST_KIND: actions.fire_digest,
    followup.KIND: report.fire_after_meeting,
}


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Attach every handler to the application, each inside the one update wrapper."""
    app.bot_data["commands"] = COMMANDS
    app.bot_data["prompts"] = PROMPTS  # asking back about a date runs a prompt step again
    app.bot_data["settings_specs"] = SETTINGS
    app.bot_data["exports"] = EXPORTS
    new_messages = filters.UpdateType.MESSAGE  # an edited command must not run twice
    for command in COMMANDS:
        app.add_handler(
            CommandHandler(
                list(command.names), turn_handler(command=True)(command.handler), new_messages
            )
        )
    for prefix, handler in CALLBACKS.items():
        app.add_handler(CallbackQueryHandler(turn_handler()(handler), pattern=f"^{prefix}:"))
    lifecycle = turn_handler(lifecycle=True)
    app.add_handler(
        ChatMemberHandler(lifecycle(setup.on_my_chat_member), ChatMemberHandler.MY_CHAT_MEMBER)
    )
    app.add_handler(
        MessageHandler(filters.StatusUpdate.NEW_CHAT_MEMBERS, lifecycle(setup.on_new_members))
    )
    app.add_handler(
        MessageHandler(filters.StatusUpdate.LEFT_CHAT_MEMBER, lifecycle(setup.on_left_member))
    )
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, lifecycle(setup.on_migrate)))
    app.add_handler(
        MessageHandler(filters.StatusUpdate.NEW_CHAT_TITLE, turn_handler()(setup.on_new_title))
    )
    # poll and poll_answer updates carry no chat: the poll they are about says which chat
    placed = turn_handler(chat_of=polls.chat_of_update)
    app.add_handler(PollAnswerHandler(placed(polls.on_poll_answer)))
    app.add_handler(PollHandler(placed(polls.on_poll)))
    app.add_handler(
        MessageHandler(
            filters.REPLY & filters.TEXT & ~filters.COMMAND & new_messages,
            turn_handler()(reply_router(PROMPTS)),
        )
    )


def menu(scope: str, lang: str) -> list[BotCommand]:
    """The command menu of one kind of chat in one language, from the same list as /help."""
    return [
        BotCommand(command.name, label(lang, f"cmd.{command.name}.description")[:256])
        for command in COMMANDS
        if scope in command.scopes
    ]


async def publish_commands(bot: object) -> None:
    """Tell Telegram the command menus (groups and private chats, Dutch default and English)."""
    scopes = ((GROUP, BotCommandScopeAllGroupChats()), (PRIVATE, BotCommandScopeAllPrivateChats()))
    # all at once: at start-up every round trip to Telegram delays the first answer
    await asyncio.gather(
        *(
            bot.set_my_commands(  # type: ignore[attr-defined]
                menu(scope_name, lang),
                scope=scope,
                language_code=None if lang == DEFAULT_LANGUAGE else lang,
            )
            for scope_name, scope in scopes
            for lang in CATALOGS
        )
    )
