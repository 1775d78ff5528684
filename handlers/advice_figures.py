"""/adviezen (the list), /adviezen cijfers (figures per year and a chart) and /export adviezen.

The chart is a PNG drawn by matplotlib on an Agg canvas (no display, no pyplot state shared
between updates): one pair of bars per advice, working days to acknowledgement and to reply,
with each advice's deadlines marked.
"""

from __future__ import annotations

import asyncio
import io
from datetime import date

from domain.advice import Advice, figures, share
from domain.errors import UsageError
from domain.workdays import working_days_between
from handlers.advice_chase import ensure_overview
from handlers.advice_text import list_line
from handlers.i18n import label
from handlers.kit.documents import spreadsheet_csv
from handlers.kit.feature import GROUP, Command, Feature
from handlers.kit.turn import Button, Turn
from storage.advice import AdviceRepo

MAX_IN_LIST = 30  # the newest ones; a message must stay under Telegram's 4096 characters
MAX_BARS = 40


def _today(turn: Turn) -> date:
    return turn.now().astimezone(turn.tz).date()


async def adviezen(turn: Turn) -> None:
    """/adviezen [cijfers]: every advice with its state, days waiting and next deadline."""
    turn.require_group()
    word = turn.text_after_command.lower()
    if word in ("cijfers", "figures", "statistiek"):
        await _figures(turn)
        return
    if word:
        raise UsageError(command="adviezen")
    advices = await AdviceRepo(await turn.conn()).of_chat(turn.chat.id)
    await ensure_overview(turn)
    if not advices:
        await turn.reply(turn.t("advice.list.empty"))
        return
    today = _today(turn)
    shown = advices[-MAX_IN_LIST:]
    lines = [turn.t("advice.list.title", count=len(advices))]
    lines += [list_line(turn.lang, advice, today) for advice in shown]
    buttons: list[list[Button]] = []
    row: list[Button] = []
    for advice in shown:
        row.append(
            (turn.label("advice.list.button", number=advice.number), f"adv:show:{advice.id}")
        )
        if len(row) == 5:
            buttons.append(row)
            row = []
    if row:
        buttons.append(row)
    await turn.reply("\n\n".join(lines), buttons)
    await turn.svc.engine.changed()


async def _figures(turn: Turn) -> None:
    advices = await AdviceRepo(await turn.conn()).of_chat(turn.chat.id)
    if not advices:
        await turn.reply(turn.t("advice.list.empty"))
        return
    today = _today(turn)
    blocks = [turn.t("advice.figures.title", group=turn.chat.name)]
    for year in figures(advices, today):
        ack = share(year.ack_on_time, year.ack_judged)
        reply = share(year.reply_on_time, year.reply_judged)
        outcomes = ", ".join(
            f"{turn.t(f'advice.outcome.{outcome.name.lower()}')} {count}"
            for outcome, count in year.outcomes.items()
            if count
        )
        blocks.append(
            turn.t(
                "advice.figures.year",
                year=year.year,
                count=turn.t(
                    f"advice.figures.count.{'one' if year.count == 1 else 'many'}", n=year.count
                ),
                withdrawn=year.withdrawn,
                ack=_percent(turn, ack, year.ack_on_time, year.ack_judged),
                reply=_percent(turn, reply, year.reply_on_time, year.reply_judged),
                ack_days=_days(turn, year.median_ack_days),
                reply_days=_days(turn, year.median_reply_days),
                outcomes=outcomes or turn.t("advice.figures.no_outcomes"),
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
    return turn.t("advice.figures.workdays", n=shown)


def chart(lang: str, advices: list[Advice], today: date) -> bytes:
    """One pair of bars per advice (working days to acknowledgement and to reply), deadlines
    marked; an open wait is drawn hatched up to today."""
    # matplotlib is imported here, not with the module: it takes half a second, and a bot
    # that starts should answer its first update before anybody asks for a chart
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    shown = advices[-MAX_BARS:]
    width = max(6.0, min(16.0, 1.0 + 0.45 * len(shown)))
    fig = Figure(figsize=(width, 4.5), dpi=100)
    FigureCanvasAgg(fig)  # draw with Agg: no display, no pyplot state
    ax = fig.add_subplot()
    positions = list(range(len(shown)))
    for x, advice in zip(positions, shown, strict=True):
        due = advice.deadlines
        end_wait = today if advice.is_open else (advice.answered_on or today)
        ack_end = advice.acknowledged_on or end_wait
        reply_end = advice.answered_on or end_wait
        ack = working_days_between(advice.sent_on, ack_end)
        reply = working_days_between(advice.sent_on, reply_end)
        open_ack = advice.acknowledged_on is None
        open_reply = advice.answered_on is None
        ax.bar(
            x - 0.2,
            ack,
            0.4,
            color="#4c72b0",
            hatch="//" if open_ack else None,
            alpha=0.6 if open_ack else 1.0,
        )
        ax.bar(
            x + 0.2,
            reply,
            0.4,
            color="#dd8452",
            hatch="//" if open_reply else None,
            alpha=0.6 if open_reply else 1.0,
        )
        ack_due = working_days_between(advice.sent_on, due.ack.end)
        reply_due = working_days_between(advice.sent_on, due.reply.end)
        ax.hlines(ack_due, x - 0.4, x, colors="#1f3b73", linestyles="dashed")
        ax.hlines(reply_due, x, x + 0.4, colors="#8c3b0c", linestyles="dashed")
    ax.set_xticks(positions, [str(a.number) for a in shown])
    ax.set_xlabel(label(lang, "advice.chart.x"))
    ax.set_ylabel(label(lang, "advice.chart.y"))
    ax.set_title(label(lang, "advice.chart.title"))
    ax.legend(
        handles=[
            Patch(color="#4c72b0", label=label(lang, "advice.chart.ack")),
            Patch(color="#dd8452", label=label(lang, "advice.chart.reply")),
            Line2D(
                [0],
                [0],
                color="#444444",
                linestyle="dashed",
                label=label(lang, "advice.chart.deadline"),
            ),
            Patch(
                facecolor="white",
                edgecolor="#444444",
                hatch="//",
                label=label(lang, "advice.chart.open"),
            ),
        ],
        loc="upper left",
        fontsize="small",
    )
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


async def export_csv(turn: Turn) -> None:
    """/export adviezen: one row per advice, for Excel or LibreOffice."""
    advices = await AdviceRepo(await turn.conn()).of_chat(turn.chat.id)
    today = _today(turn)
    header = [label(turn.lang, f"advice.csv.{column}") for column in _COLUMNS]
    rows = []
    for a in advices:
        due = a.deadlines
        rows.append(
            [
                a.number,
                a.subject,
                a.recipient,
                ""
                if a.requested is None
                else label(turn.lang, f"advice.csv.requested.{a.requested}"),
                a.sent_on.isoformat(),
                due.ack.end.isoformat(),
                due.reply.end.isoformat(),
                due.very_late.end.isoformat(),
                label(turn.lang, f"advice.state.{a.state.name.lower()}"),
                label(turn.lang, f"advice.lateness.{a.lateness(today).value}"),
                a.acknowledged_on.isoformat() if a.acknowledged_on else "",
                a.answered_on.isoformat() if a.answered_on else "",
                label(turn.lang, f"advice.outcome.{a.outcome.name.lower()}") if a.outcome else "",
                a.summary or "",
                working_days_between(a.sent_on, a.acknowledged_on) if a.acknowledged_on else "",
                working_days_between(a.sent_on, a.answered_on) if a.answered_on else "",
                a.postponed_to.isoformat() if a.postponed_to else "",
                a.postpone_reason or "",
                a.document_name or a.link or "",
            ]
        )
    data = spreadsheet_csv(header, rows)
    await turn.reply_file("adviezen.csv", data, turn.t("advice.csv.caption", count=len(advices)))


_COLUMNS = (
    "number",
    "subject",
    "recipient",
    "requested",
    "sent",
    "ack_due",
    "reply_due",
    "very_late",
    "state",
    "late",
    "acknowledged",
    "answered",
    "outcome",
    "summary",
    "ack_days",
    "reply_days",
    "postponed_to",
    "postpone_reason",
    "document",
)


FEATURE = Feature(
    "advice_figures",
    commands=(Command("adviezen", adviezen, scopes=frozenset({GROUP})),),
    exports={"adviezen": export_csv},
)
