"""The thermometer's chart: a PNG drawn by matplotlib on an Agg canvas (no display, no pyplot
state shared between updates): per statement a bar for each side's average, and the previous
thermometer's averages as markers, so the gap and the trend show at a glance."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence

from domain.thermometer import SCORES, Line, Side
from handlers.i18n import label

COLOURS = {Side.BOARD: "#4c72b0", Side.GEMEENTE: "#dd8452"}
SIDE_KEY = {Side.BOARD: "thermo.result.side.board", Side.GEMEENTE: "thermo.result.side.gemeente"}
WRAP = 38  # characters of a statement per line beside its bars


def chart(lang: str, title: str, lines: Sequence[Line]) -> bytes:
    """Horizontal bars from 1 to 5, the board above the gemeente for each statement."""
    # imported on first use: matplotlib takes half a second, and a bot that starts should
    # answer its first update before anybody asks for a chart
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    height = max(3.5, 1.0 + 0.9 * len(lines))
    fig = Figure(figsize=(9.0, height), dpi=100)
    FigureCanvasAgg(fig)  # draw with Agg: no display, no pyplot state
    ax = fig.add_subplot()
    positions = list(range(len(lines)))
    bar = 0.36
    for y, line in zip(positions, lines, strict=True):
        for offset, side, value, last in (
            (-bar / 2, Side.BOARD, line.board, line.last_board),
            (bar / 2, Side.GEMEENTE, line.gemeente, line.last_gemeente),
        ):
            if value is not None:
                ax.barh(y + offset, value, bar, color=COLOURS[side])
            if last is not None:
                ax.plot([last], [y + offset], marker="D", color="#222222", markersize=5)
    ax.set_yticks(
        positions,
        ["\n".join(textwrap.wrap(f"{line.number}. {line.text}", WRAP)[:3]) for line in lines],
        fontsize="small",
    )
    ax.invert_yaxis()  # statement 1 on top, as in the text
    ax.set_xlim(0, max(SCORES))
    ax.set_xticks(list(SCORES))
    ax.set_xlabel(label(lang, "thermo.chart.x"))
    ax.set_title(title)
    handles: list[Patch | Line2D] = [
        Patch(color=COLOURS[side], label=label(lang, SIDE_KEY[side])) for side in Side
    ]
    if any(line.has_last for line in lines):
        handles.append(
            Line2D(
                [0],
                [0],
                marker="D",
                color="#222222",
                linestyle="none",
                label=label(lang, "thermo.chart.last"),
            )
        )
    ax.legend(handles=handles, loc="lower right", fontsize="small")
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
