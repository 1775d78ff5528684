"""How much the bot says by itself, in /instellingen: one line per area, from `domain.volume`
with the group's settings as they are now (so a changed setting changes the figure)."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from babel.dates import get_day_names
from babel.lists import format_list

from domain.formats import DEFAULT_KIND
from domain.meetings import DEFAULT_LENGTH
from domain.volume import Step, Volume, typical_meeting, volume
from handlers.formats.builtin import lead_settings
from handlers.i18n import Raw, t
from handlers.kit.turn import Turn
from storage.meetings import MeetingRepo

# What one meeting brings, in words (volume.meetings lists them).
STEP_KEY = {
    Step.CALL: "volume.step.call",
    Step.CLOSE: "volume.step.close",
    Step.DAY: "volume.step.day",
    Step.HOUR: "volume.step.hour",
    Step.END: "volume.step.end",
    Step.LIST: "volume.step.list",
    Step.END_LIST: "volume.step.end_list",
}
# The lines, in the order of the block; an area's page of /instellingen shows its own.
LINES = ("meetings", "actions", "overview", "gemeente", "advice", "quiet")
AREA_LINES = {
    "meetings": ("meetings",),
    "actions": ("actions", "overview", "gemeente"),
    "advice": ("overview", "gemeente", "advice"),
    "calm": ("quiet", "gemeente", "overview"),
}


async def group_volume(turn: Turn) -> Volume:
    """The figures for this group: its settings, and its coming meeting with the lead times of
    its kind (else a typical bestuursvergadering)."""
    tz = ZoneInfo(turn.chat.timezone)
    conn = await turn.conn()
    coming = await MeetingRepo(conn).next_after(turn.chat.id, turn.now())
    if coming is None:
        kind, meeting = DEFAULT_KIND, typical_meeting(tz, DEFAULT_LENGTH)
    else:
        kind, meeting = coming.kind, (coming.starts_at, coming.ends_at)
    settings = await lead_settings(conn, turn.chat.id, kind, await turn.group_settings())
    return volume(settings, tz, turn.chat.default_time, meeting)


async def volume_block(turn: Turn) -> str:
    """ "Wat de bot uit zichzelf stuurt (een gewone week)" and a line per area; none in private."""
    if turn.chat.is_private:
        return ""
    shown = volume_lines(turn.lang, await group_volume(turn), LINES)
    return "\n\n" + turn.t("volume.title") + "\n" + "\n".join(shown)


async def area_volume(turn: Turn, area: str) -> list[str]:
    """The lines about one area, under its settings (none for an area that sends nothing)."""
    wanted = AREA_LINES.get(area, ())
    if not wanted or turn.chat.is_private:
        return []
    return volume_lines(turn.lang, await group_volume(turn), wanted)


def volume_lines(lang: str, figures: Volume, wanted: Sequence[str]) -> list[str]:
    return [_line(lang, figures, which) for which in wanted]


def _line(lang: str, v: Volume, which: str) -> str:
    if which == "meetings":
        steps = format_list([t(lang, STEP_KEY[step]) for step in v.meeting], locale=lang)
        return t(lang, "volume.meetings", count=v.per_meeting, steps=Raw(steps))
    if which == "actions":
        if not v.owner_reminders:
            return t(lang, "volume.actions.off")
        before = t(lang, "setting.unit.workdays", count=v.before_working_days)
        times = t(lang, "volume.times", count=v.overdue_times)
        if v.overdue_weekday is None:
            return t(lang, "volume.actions.weekly", before=Raw(before), times=Raw(times))
        day = _days(lang, (v.overdue_weekday,))
        return t(lang, "volume.actions", before=Raw(before), times=Raw(times), day=day)
    if which == "overview":
        if not v.overview_days:
            return t(lang, "volume.overview.off")
        days = _days(lang, v.overview_days)
        return t(lang, "volume.overview", count=v.overviews_per_week, days=days)
    if which == "gemeente":
        return t(lang, "volume.gemeente" if v.gemeente_weekly else "volume.gemeente.off")
    if which == "advice":
        return t(lang, "volume.advice", count=v.chases_per_advice)
    if v.quiet is None:
        return t(lang, "volume.quiet.off")
    return t(lang, "volume.quiet", start=f"{v.quiet.start:%H:%M}", end=f"{v.quiet.end:%H:%M}")


def _days(lang: str, weekdays: Sequence[int]) -> str:
    names = get_day_names("wide", locale=lang)
    return format_list([names[day] for day in weekdays], locale=lang)
