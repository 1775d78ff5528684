"""Joining a group, /help and /start, and the group's life: renames and upgrades."""

from telegram.ext import ChatMemberHandler, MessageHandler, filters

from handlers.kit.feature import PRIVATE, Command, Feature, Listener, Topic
from handlers.setup.help import help_command, start
from handlers.setup.lifecycle import (
    on_left_member,
    on_migrate,
    on_my_chat_member,
    on_new_members,
    on_new_title,
)

FEATURE = Feature(
    "setup",
    commands=(
        Command("help", help_command, aliases=("hulp",), topic=Topic.GROUP),
        Command("start", start, scopes=frozenset({PRIVATE}), topic=Topic.GROUP),
    ),
    listeners=(
        Listener(
            lambda cb: ChatMemberHandler(cb, ChatMemberHandler.MY_CHAT_MEMBER),
            on_my_chat_member,
            lifecycle=True,
        ),
        Listener(
            lambda cb: MessageHandler(filters.StatusUpdate.NEW_CHAT_MEMBERS, cb),
            on_new_members,
            lifecycle=True,
        ),
        Listener(
            lambda cb: MessageHandler(filters.StatusUpdate.LEFT_CHAT_MEMBER, cb),
            on_left_member,
            lifecycle=True,
        ),
        Listener(
            lambda cb: MessageHandler(filters.StatusUpdate.MIGRATE, cb), on_migrate, lifecycle=True
        ),
        Listener(lambda cb: MessageHandler(filters.StatusUpdate.NEW_CHAT_TITLE, cb), on_new_title),
    ),
    updates=("my_chat_member",),
)
