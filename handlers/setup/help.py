"""/help and /start: what the bot can do here (one phone screen: a line a topic), a command's
full help with examples (/help actie), a topic's commands (/help adviezen), how dates are typed
(/help datums). Everything comes from the registered commands and their `topic`."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.i18n import CATALOGS, Raw, label
from handlers.kit.addressed import near_commands
from handlers.kit.feature import GROUP, PRIVATE, Command, Topic
from handlers.kit.turn import Turn

DATE_TOPICS = ("datums", "datum", "dates", "date", "tijden", "times")
TITLE = {GROUP: "help.title.group", PRIVATE: "help.title.private"}
# The topics in the order /help shows them: the title, and the word /help <word> shows it by
# (in each language; both are read in either).
TOPICS: dict[Topic, tuple[str, str]] = {
    Topic.MEETINGS: ("help.topic.meetings", "help.topic.meetings.word"),
    Topic.DECISIONS: ("help.topic.decisions", "help.topic.decisions.word"),
    Topic.ADVICE: ("help.topic.advice", "help.topic.advice.word"),
    Topic.POLLS: ("help.topic.polls", "help.topic.polls.word"),
    Topic.REMINDERS: ("help.topic.reminders", "help.topic.reminders.word"),
    Topic.GROUP: ("help.topic.group", "help.topic.group.word"),
}
# More words people type for a topic, besides the shown ones. A list command's name here
# ("adviezen", "acties") shows its topic, which explains that command with its neighbours.
TOPIC_WORDS: dict[Topic, tuple[str, ...]] = {
    Topic.MEETINGS: ("overleggen", "vergaderingen", "vergadering", "meetings"),
    Topic.DECISIONS: ("besluiten", "acties", "actions", "decisions"),
    Topic.ADVICE: ("adviezen", "advice", "advices"),
    Topic.POLLS: ("peilingen", "stemmen", "polls", "voting"),
    Topic.REMINDERS: ("herinneringen", "reminders"),
    Topic.GROUP: ("groep", "rollen", "group", "roles"),
}


def _scope(turn: Turn) -> str:
    return PRIVATE if turn.chat.is_private else GROUP


def _commands(turn: Turn) -> list[Command]:
    """The commands of this kind of chat, in registration order."""
    scope = _scope(turn)
    return [c for c in turn.context.bot_data["commands"] if scope in c.scopes]


def topic_of_word(word: str) -> Topic | None:
    """The topic `/help <word>` names, in either language."""
    for topic, (_, shown) in TOPICS.items():
        if word in TOPIC_WORDS[topic] or word in (label(lang, shown) for lang in CATALOGS):
            return topic
    return None


async def help_command(turn: Turn) -> None:
    """/help: one line a topic; /help <command>, /help <topic>, /help datums: more."""
    asked = " ".join(turn.args).lower().lstrip("/").split("@", 1)[0].strip()
    if not asked:
        await _overview(turn)
    elif asked in DATE_TOPICS:
        await turn.reply(turn.t("help.dates"))
    elif (topic := topic_of_word(asked)) is not None:
        await _topic(turn, topic)
    else:
        commands = _commands(turn)
        command = next((c for c in commands if asked in c.names), None)
        if command is None:
            near = near_commands(asked, commands, _scope(turn))
            named = {n: c for c in commands for n in c.names}
            command = named[near[0]] if len(near) == 1 else None
        if command is None:
            await turn.reply(turn.t("help.unknown", word=asked[:40]))
        else:
            await _command(turn, command)


async def _overview(turn: Turn) -> None:
    """What fits one phone screen: per topic its commands on one line."""
    commands = _commands(turn)
    lines = [turn.t(TITLE[_scope(turn)])]
    for topic, (title, _) in TOPICS.items():
        names = [f"/{c.shown(turn.lang)}" for c in commands if c.topic is topic]
        if names:
            lines.append(
                turn.t("help.topic_line", topic=Raw(turn.t(title)), commands=" ".join(names))
            )
    lines += ["", turn.t("help.footer")]
    await turn.reply("\n".join(lines))


def _name(turn: Turn, command: Command) -> str:
    """The name this group sees, and the others that work too ("/meeting (also /overleg)")."""
    shown = command.shown(turn.lang)
    others = [f"/{n}" for n in command.names if n != shown]
    name = f"/{shown}"
    if others:
        name += turn.t("help.aliases", aliases=", ".join(others))
    return name


def _usage_lines(turn: Turn, command: Command) -> list[str]:
    """The usage, one form a line ("; " separates the forms in the catalogs)."""
    forms = [u.strip() for u in turn.t(command.key("usage")).split("; ") if u.strip()]
    return [turn.t("help.usage_line", usage=u) for u in forms]


async def _command(turn: Turn, command: Command) -> None:
    """One command in full: what it does, how it is used, examples, and its topic."""
    lines = [
        turn.t(
            "help.command.title",
            command=_name(turn, command),
            description=turn.t(command.key("description")),
        ),
        "",
        turn.t("help.command.usage"),
        *_usage_lines(turn, command),
        "",
        turn.t("help.command.examples"),
        turn.t(command.key("examples")),
    ]
    if command.dates:
        lines += ["", turn.t("help.dates_hint").strip()]
    if command.topic is not None:
        title, word = TOPICS[command.topic]
        more = turn.t("help.command.more", topic=Raw(turn.t(title)), word=turn.t(word))
        lines += ["", more]
    await turn.reply("\n".join(lines))


async def _topic(turn: Turn, topic: Topic) -> None:
    """A topic's commands, each with what it does, its usage and an example."""
    title, _ = TOPICS[topic]
    commands: Sequence[Command] = [c for c in _commands(turn) if c.topic is topic]
    lines = [turn.t(title)]
    for command in commands:
        lines += [
            "",
            turn.t(
                "help.command.title",
                command=_name(turn, command),
                description=turn.t(command.key("description")),
            ),
            *_usage_lines(turn, command),
            turn.t("help.example_line", example=turn.t(command.key("example"))),
        ]
    if any(c.dates for c in commands):
        lines += ["", turn.t("help.dates_hint").strip()]
    example = f"/help {commands[0].shown(turn.lang)}" if commands else "/help"
    lines += ["", turn.t("help.topic.more", command=example)]
    await turn.reply("\n".join(lines))


async def start(turn: Turn) -> None:
    """/start: a welcome; in private it also means the bot may now message this person. A
    link `?start=<prefix>_<argument>` (handlers/kit/text.py `start_link`) goes on to the
    feature that made it (`Feature.deep_links`)."""
    if not turn.chat.is_private:
        await help_command(turn)
        return
    if turn.args:
        prefix = turn.args[0].partition("_")[0]
        linked = turn.context.bot_data.get("deep_links", {}).get(prefix)
        if linked is not None:
            await linked(turn)
            return
    name = turn.user.first_name if turn.user else ""
    await turn.reply(turn.t("start.private", name=name))
