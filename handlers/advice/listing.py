"""/adviezen: every advice with its state, days waiting and next deadline; /adviezen cijfers:
the figures per year and the chart."""

from __future__ import annotations

import asyncio

from domain.advice import words
from domain.advice.figures import figures, share
from domain.errors import UsageError
from handlers.advice.chart import chart
from handlers.advice.keyboards import list_buttons
from handlers.advice.parse import today_of
from handlers.advice.plan import ensure_overview
from handlers.advice.text import OUTCOME_KEY, list_line
from handlers.kit.turn import Turn
from storage.advice import AdviceRepo
from storage.mailin import MailInRepo

MAX_IN_LIST = 30  # the newest ones; a message must stay under Telegram's 4096 characters


async def adviezen(turn: Turn) -> None:
    """/adviezen [cijfers]: every advice with its state, days waiting and next deadline."""
    turn.require_group()
    word = turn.text_after_command.lower()
    if word in words.FIGURES:
        await _figures(turn)
        return
    if word:
        raise UsageError(command="adviezen")
    advices = await AdviceRepo(await turn.conn()).of_chat(turn.chat.id)
    await ensure_overview(turn)
    if not advices:
        await turn.reply(turn.t("advice.list.empty"))
        return
    today = today_of(turn)
    shown = advices[-MAX_IN_LIST:]
    lines = [turn.t("advice.list.title", count=len(advices))]
    lines += [list_line(turn.lang, advice, today) for advice in shown]
    await turn.reply("\n\n".join(lines), list_buttons(turn.lang, shown))
    await turn.svc.engine.changed()


async def _figures(turn: Turn) -> None:
    advices = await AdviceRepo(await turn.conn()).of_chat(turn.chat.id)
    if not advices:
        await turn.reply(turn.t("advice.list.empty"))
        return
    today = today_of(turn)
    blocks = [turn.t("advice.figures.title", group=turn.chat.name)]
    for year in figures(advices, today):
        ack = share(year.ack_on_time, year.ack_judged)
        reply = share(year.reply_on_time, year.reply_judged)
        outcomes = ", ".join(
            f"{turn.t(OUTCOME_KEY[outcome])} {count}"
            for outcome, count in year.outcomes.items()
            if count
        )
        blocks.append(
            turn.t(
                "advice.figures.year",
                year=year.year,
                count=turn.t("advice.figures.count", count=year.count),
                withdrawn=year.withdrawn,
                ack=_percent(turn, ack, year.ack_on_time, year.ack_judged),
                reply=_percent(turn, reply, year.reply_on_time, year.reply_judged),
                ack_days=_days(turn, year.median_ack_days),
                reply_days=_days(turn, year.median_reply_days),
                outcomes=outcomes or turn.t("advice.figures.no_outcomes"),
            )
        )
    by_mail = await MailInRepo(await turn.conn()).counts(turn.chat.id)
    if any(by_mail):
        blocks.append(
            turn.t(
                "advice.figures.by_mail",
                replies=turn.t("advice.figures.mail_replies", count=by_mail[0]),
                acks=turn.t("advice.figures.mail_acks", count=by_mail[1]),
                mails=turn.t("advice.figures.mails", count=by_mail[2]),
            )
        )
    blocks.append(turn.t("advice.figures.footer"))
    await turn.reply("\n\n".join(blocks))
    # drawing takes a while: off the event loop, so other groups are answered meanwhile
    png = await asyncio.to_thread(chart, turn.lang, advices, today)
    await turn.reply_file("adviezen.png", png, turn.t("advice.figures.chart_caption"), photo=True)


def _percent(turn: Turn, value: int | None, part: int, whole: int) -> str:
    if value is None:
        return turn.t("advice.figures.nothing_yet")
    return turn.t("advice.figures.percent", percent=value, part=part, whole=whole)


def _days(turn: Turn, value: float | None) -> str:
    if value is None:
        return turn.t("advice.figures.nothing_yet")
    shown = f"{value:g}".replace(".", ",") if turn.lang == "nl" else f"{value:g}"
    # a median of 1.0 is said as "1 werkdag": a whole number takes the singular
    count = int(value) if value.is_integer() else value
    return turn.t("advice.figures.workdays", count=count, n=shown)
