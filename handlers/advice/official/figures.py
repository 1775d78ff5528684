"""Per organisation, the response figures of its last advices: one line each, never a ranking."""

from __future__ import annotations

from domain.advice.figures import YearFigures, share
from handlers.i18n import t


def figures_line(lang: str, group: str, found: YearFigures | None) -> str:
    """How soon the gemeente acknowledged and replied in `group`, and how often on time."""
    if found is None:
        return t(lang, "official.figures.none", group=group)
    none = t(lang, "official.figures.unknown")

    def days(value: float | None) -> str:
        return none if value is None else t(lang, "official.figures.days", count=round(value))

    def pct(part: int, whole: int) -> str:
        value = share(part, whole)
        return none if value is None else f"{value}%"

    return t(
        lang,
        "official.figures.line",
        group=group,
        advices=t(lang, "official.figures.advices", count=found.count),
        ack=days(found.median_ack_days),
        ack_share=pct(found.ack_on_time, found.ack_judged),
        reply=days(found.median_reply_days),
        reply_share=pct(found.reply_on_time, found.reply_judged),
    )
