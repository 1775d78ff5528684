"""The chart of /adviezen cijfers: a PNG drawn by matplotlib on an Agg canvas (no display, no
pyplot state shared between updates): one pair of bars per advice, working days to
acknowledgement and to reply, with each advice's deadlines marked."""

from __future__ import annotations

import io
from datetime import date

from domain.advice.model import Advice
from domain.workdays import working_days_between
from handlers.i18n import label

MAX_BARS = 40


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
