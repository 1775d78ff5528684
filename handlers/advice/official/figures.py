"""Per organisation, the response figures of its last advices: one line each, never a ranking."""

from __future__ import annotations

from domain.advice.figures import YearFigures, share
from handlers.i18n import Raw, t


def figures_line(lang: str, group: str, found: YearFigures | None) -> str:
    """How soon the gemeente acknowledged and replied in `group`, and how often on time."""
    if found is None:
        return t(lang, "official.figures.none", group=group)

    def part(what: str, days: float | None, on_time: int, judged: int) -> str:
        """ "ontvangst mediaan 3 werkdagen, 67% op tijd", with only what is known yet."""
        value = share(on_time, judged)
        known = {"what": Raw(what), "share": f"{value}%"}
        if days is None:
            key = "official.figures.part_unknown" if value is None else "official.figures.part_none"
            return t(lang, key, **known)
        known["days"] = Raw(t(lang, "official.figures.days", count=round(days)))
        key = "official.figures.part_days" if value is None else "official.figures.part"
        return t(lang, key, **known)

    return t(
        lang,
        "official.figures.line",
        group=group,
        advices=t(lang, "official.figures.advices", count=found.count),
        ack=Raw(
            part(
                t(lang, "official.figures.what_ack"),
                found.median_ack_days,
                found.ack_on_time,
                found.ack_judged,
            )
        ),
        reply=Raw(
            part(
                t(lang, "official.figures.what_reply"),
                found.median_reply_days,
                found.reply_on_time,
                found.reply_judged,
            )
        ),
    )
