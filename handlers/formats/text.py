"""How a kind of meeting reads: its line in the list, its card, and the standard items as they
stand on an agenda (imported by the meetings and the report)."""

from __future__ import annotations

from collections.abc import Sequence

from domain.formats import Format, Invited
from domain.meetings import AGENDA_CALL, AGENDA_CLOSE
from domain.settings import GroupSettings, SettingSpec
from handlers.i18n import t

INVITED_KEY = {
    Invited.BOARD: "format.invited.board",
    Invited.BOARD_GEMEENTE: "format.invited.board_gemeente",
    Invited.MEMBERS: "format.invited.members",
}
DURATION_UNIT = {
    "m": "setting.duration.m",
    "h": "setting.duration.h",
    "d": "setting.duration.d",
    "w": "setting.duration.w",
}


def invited_text(lang: str, fmt: Format) -> str:
    return t(lang, INVITED_KEY[fmt.invited])


def kind_line(lang: str, fmt: Format) -> str:
    """ "🗂 Stadsdeeloverleg · uitgenodigd: het bestuur en de gemeente"."""
    return t(lang, "format.kind_line", name=fmt.name, invited=invited_text(lang, fmt))


def standard_lines(lang: str, items: Sequence[str]) -> list[str]:
    return [t(lang, "format.standard", text=item) for item in items]


def list_text(lang: str, formats: Sequence[Format]) -> str:
    lines = [t(lang, "format.list.title")]
    for fmt in formats:
        lines.append(
            t(
                lang,
                "format.list.line",
                name=fmt.name,
                word=fmt.words[0],
                invited=invited_text(lang, fmt),
            )
        )
    lines += ["", t(lang, "format.list.hint")]
    return "\n".join(lines)


def _lead(lang: str, own: str | None, spec: SettingSpec, settings: GroupSettings) -> str:
    stored = own if own is not None else settings.raw(spec)
    if stored == "off" or not stored:
        shown = t(lang, "setting.value.off")
    else:
        shown = t(lang, DURATION_UNIT[stored[-1]], count=int(stored[:-1]))
    return t(lang, "format.card.own" if own is not None else "format.card.group", value=shown)


def card_text(lang: str, fmt: Format, settings: GroupSettings) -> str:
    """A kind's card: how to plan one, who is invited, its lead times and standard agenda."""
    lines = [
        t(lang, "format.card.title", name=fmt.name),
        t(lang, "format.card.word", word=fmt.words[0]),
        t(lang, "format.card.invited", invited=invited_text(lang, fmt)),
        t(
            lang,
            "format.card.leads",
            call=_lead(lang, fmt.call, AGENDA_CALL, settings),
            close=_lead(lang, fmt.close, AGENDA_CLOSE, settings),
        ),
        "",
        t(lang, "format.card.agenda"),
        *standard_lines(lang, fmt.before),
        t(lang, "format.card.members"),
        *standard_lines(lang, fmt.after),
    ]
    return "\n".join(lines)
