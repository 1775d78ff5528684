"""The weekly digest's text: what became due or overdue since the previous digest, per
organisation, overdue first, then how much is still open."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from domain.advice.official import Turned, turned_of_action, turned_of_advice
from handlers.advice.official.overview import Group
from handlers.advice.text import short_day
from handlers.i18n import t
from handlers.kit.text import short

BUDGET = 3800  # characters of the digest's items, leaving room for its last line


def news_of(groups: list[Group], since: datetime) -> list[Turned]:
    """What became due or overdue in each group after `since` (read in the group's own days),
    in the groups' alphabetical order (no ranking), overdue first within each."""
    news: list[Turned] = []
    for g in groups:
        after = since.astimezone(ZoneInfo(g.chat.timezone)).date()
        found = [x for a in g.advices if (x := turned_of_advice(a, g.name, after, g.today))]
        found += [x for a in g.actions if (x := turned_of_action(a, g.name, after, g.today))]
        news += sorted(found, key=Turned.rank)
    return news


def digest_text(
    lang: str, groups: int, news: list[Turned], open_count: int, since: str, *, mail: bool
) -> str:
    """The digest; one line when nothing became due or overdue."""
    if not news:
        return t(lang, _QUIET[mail], count=open_count)
    lines = [
        t(lang, "official.digest.title", count=groups),
        "",
        t(lang, "official.digest.since", day=since),
    ]
    group = None
    told = 0
    for item in news:
        more = _item_lines(lang, item, new_group=item.owed.group != group)
        # a Telegram message holds 4096 characters: the chat gets what fits, the mail all
        if not mail and len("\n".join(lines + more)) > BUDGET:
            lines.append(t(lang, "official.more", count=len(news) - told))
            break
        lines += more
        group = item.owed.group
        told += 1
    lines += ["", t(lang, _OPEN[mail], count=open_count)]
    return "\n".join(lines)


def _item_lines(lang: str, item: Turned, *, new_group: bool) -> list[str]:
    lines = ["", t(lang, "official.news.group", group=item.owed.group)] if new_group else []
    late = t(lang, "official.late", count=item.late_days) if item.late_days else ""
    lines.append(
        t(
            lang,
            _NEWS_KEY[item.kind, item.step],
            number=item.owed.number,
            title=short(item.owed.title, 80),
            deadline=short_day(item.deadline, lang),
            late=late,
        )
    )
    return lines


_QUIET = {False: "official.digest.quiet", True: "official.digest.quiet_mail"}
_OPEN = {False: "official.digest.open", True: "official.digest.open_mail"}
_NEWS_KEY = {
    ("ack", "due"): "official.news.ack.due",
    ("ack", "overdue"): "official.news.ack.overdue",
    ("reply", "due"): "official.news.reply.due",
    ("reply", "overdue"): "official.news.reply.overdue",
    ("reply", "very_late"): "official.news.reply.very_late",
    ("action", "due"): "official.news.action.due",
    ("action", "overdue"): "official.news.action.overdue",
}
