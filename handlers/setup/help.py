"""/help and /start: what the bot can do here, and how dates are typed."""

from __future__ import annotations

from handlers.kit.feature import GROUP, PRIVATE, Command
from handlers.kit.turn import Turn

DATE_TOPICS = ("datums", "datum", "dates", "date", "tijden", "times")
TITLE = {GROUP: "help.title.group", PRIVATE: "help.title.private"}


async def help_command(turn: Turn) -> None:
    """/help: every command of this kind of chat with a one-line example; /help datums: how
    dates and times are typed (docs/dates.md in short)."""
    if turn.args and turn.args[0].lower() in DATE_TOPICS:
        await turn.reply(turn.t("help.dates"))
        return
    scope = PRIVATE if turn.chat.is_private else GROUP
    commands: list[Command] = turn.context.bot_data["commands"]
    lines = [turn.t(TITLE[scope]), ""]
    for command in commands:
        if scope not in command.scopes:
            continue
        name = f"/{command.name}"
        if command.aliases:
            name += turn.t("help.aliases", aliases=", ".join(f"/{a}" for a in command.aliases))
        lines.append(
            turn.t(
                "help.line",
                command=name,
                description=turn.t(command.key("description")),
                example=turn.t(command.key("example")),
            )
        )
        if command.dates:
            lines.append(turn.t("help.dates_hint"))
    lines += ["", turn.t("help.footer")]
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
