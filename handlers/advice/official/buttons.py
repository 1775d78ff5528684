"""The official's buttons: the gemeente's steps (acknowledge, answer) from the private chat,
reported in the advice's group."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from domain.advice.model import OUTCOME_CODES, Advice, Step
from domain.models import Chat
from domain.roles import Role
from handlers.advice.keyboards import card_buttons
from handlers.advice.official.keyboards import OfficialOutcome, OfficialPress, Op
from handlers.advice.official.overview import refresh
from handlers.advice.plan import local_today, schedule_chases
from handlers.advice.text import OUTCOME_KEY, card, day
from handlers.i18n import label, t
from handlers.kit.callbacks import StaleButton
from handlers.kit.turn import Turn
from storage.advice import AdviceRepo
from storage.chats import ChatRepo


async def _access(turn: Turn, advice_id: int) -> tuple[Advice, Chat]:
    """An advice of a group where you are a gemeente contact now; else the stale alert."""
    conn = await turn.conn()
    advice = await turn.own(await AdviceRepo(conn).get(advice_id), private=True)
    (await turn.standing_in(advice.chat_id)).require(Role.GEMEENTE)
    group = await ChatRepo(conn).get(advice.chat_id)
    if group is None or not group.active:
        raise StaleButton()
    return advice, group


async def on_callback(turn: Turn) -> None:
    data = turn.query.data if turn.query else None
    if OfficialOutcome.matches(data):
        await _on_outcome(turn, turn.button(OfficialOutcome))
        return
    press = turn.button(OfficialPress)
    advice, group = await _access(turn, press.advice_id)
    today = local_today(turn.now(), ZoneInfo(group.timezone))
    if press.op is Op.ACK:
        changed = advice.acknowledge(today)
        await _store(turn, group, changed, "acknowledged", on=today.isoformat())
        text = t(
            group.language,
            "advice.acknowledged",
            number=advice.number,
            date=day(today, group.language),
        )
        await _report(turn, group, changed, text)
        await refresh(turn)
        await turn.notice(turn.t("official.done.ack", number=advice.number, group=group.name))
        return
    advice.require(Step.ANSWER)
    await turn.reply(
        turn.t("official.ask_outcome", number=advice.number, group=group.name),
        [
            [(label(turn.lang, OUTCOME_KEY[outcome]), OfficialOutcome(advice.id, code))]
            for code, outcome in OUTCOME_CODES.items()
        ],
    )


async def _on_outcome(turn: Turn, press: OfficialOutcome) -> None:
    advice, group = await _access(turn, press.advice_id)
    if press.code not in OUTCOME_CODES:
        raise StaleButton()
    advice.require(Step.ANSWER)
    shown = turn.t(OUTCOME_KEY[OUTCOME_CODES[press.code]])
    await turn.edit(turn.t("advice.outcome_chosen", number=advice.number, outcome=shown))
    await turn.ask(
        turn.t("advice.ask_summary", number=advice.number, outcome=shown),
        "official_answer",
        {"advice": advice.id, "outcome": press.code},
    )


async def on_answer_prompt(turn: Turn, summary: str, payload: dict[str, Any]) -> None:
    """The official's short summary of the reply, typed in the private chat."""
    advice, group = await _access(turn, int(payload["advice"]))
    code = str(payload["outcome"])
    if code not in OUTCOME_CODES:
        raise StaleButton()
    outcome = OUTCOME_CODES[code]
    shown = t(group.language, OUTCOME_KEY[outcome])
    if not summary.strip():
        await turn.ask(
            turn.t(
                "advice.ask_summary", number=advice.number, outcome=turn.t(OUTCOME_KEY[outcome])
            ),
            "official_answer",
            payload,
        )
        return
    today = local_today(turn.now(), ZoneInfo(group.timezone))
    changed = advice.answer(today, outcome, summary)
    await _store(
        turn,
        group,
        changed,
        "answered",
        on=today.isoformat(),
        outcome=shown,
        summary=changed.summary,
    )
    text = t(
        group.language,
        "advice.answered",
        number=advice.number,
        date=day(today, group.language),
        outcome=shown,
    )
    await _report(turn, group, changed, text)
    await turn.reply(turn.t("official.done.answer", number=advice.number, group=group.name))


async def _store(turn: Turn, group: Chat, advice: Advice, kind: str, **data: Any) -> None:
    """The step, its timeline entry and the re-planned chases: one transaction."""
    assert turn.user is not None
    conn = await turn.conn()
    repo = AdviceRepo(conn)
    await repo.save(advice)
    await repo.log(advice, kind, turn.now(), turn.user.id, turn.user.full_name, **data)
    await schedule_chases(conn, turn.svc.engine, advice, group)


async def _report(turn: Turn, group: Chat, advice: Advice, text: str) -> None:
    """Tell the group, as if the button had been pressed there, and redraw the advice's card."""
    assert turn.user is not None
    via = t(group.language, "official.via", name=turn.user.full_name)
    await turn.post_in(group.id, f"{text}\n{via}")
    if advice.message_id is not None:
        today = local_today(turn.now(), ZoneInfo(group.timezone))
        await turn.edit_message(
            advice.message_id,
            card(group.language, advice, today),
            card_buttons(group.language, advice),
            chat_id=group.id,
        )
    await turn.svc.engine.changed()
