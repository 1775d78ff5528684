"""The engine's senders: the reminder before the deadline (a count across both sides, never
names) and the closing with the result; `close_thermometer` is shared with the board's
"Nu sluiten" button and is safe to repeat."""

from __future__ import annotations

from typing import Any

from domain.thermometer import CLOSE, REMIND, Thermometer, turnout
from handlers.i18n import t
from handlers.kit.outbox import Outbox, late_line
from handlers.thermometer.keyboards import open_question_buttons, score_buttons
from handlers.thermometer.meeting import put_on_agenda
from handlers.thermometer.result import document, filename, gather, pages, png
from handlers.thermometer.rounds import link, people_of
from handlers.thermometer.text import moment, open_question_text, question_text
from schedules.engine import Firing
from storage.due import DueRepo
from storage.thermometer import ThermometerRepo


async def load(conn: Any, thermometer_id: int) -> Thermometer | None:
    return await ThermometerRepo(conn).get(thermometer_id)


async def fire_close(out: Outbox, firing: Firing) -> None:
    """The deadline (also when it passed while the bot was down)."""
    _chat, thermometers = await out.targets(firing, load)
    for thermometer in thermometers:
        await close_thermometer(out, thermometer.id, late=firing.late)


async def close_thermometer(out: Outbox, thermometer_id: int, *, late: bool = False) -> None:
    """Close the round, then post the result (text, chart, document) while none is recorded.

    After a crash at any step a second run closes nothing twice and sends the result once
    it is complete (it may repeat a message, never lose the result)."""
    async with out.svc.db.transaction() as conn:
        repo = ThermometerRepo(conn)
        await repo.close(thermometer_id, out.svc.clock.now())
        due = DueRepo(conn)
        await due.cancel_target(REMIND, thermometer_id)
        await due.cancel_target(CLOSE, thermometer_id)
        thermometer = await repo.get(thermometer_id)
        if thermometer is None or thermometer.result_message_id is not None:
            return
        result = await gather(conn, thermometer)
    chat = await out.chat(thermometer.chat_id)
    if chat is None:
        return
    lang = chat.language
    texts = pages(chat, result)
    for index, text in enumerate(texts):
        await out.send(chat.id, text + (late_line(lang, late) if index == len(texts) - 1 else ""))
    picture = png(chat, result)
    await out.send_file(
        chat.id, filename(chat, result, "png"), picture, t(lang, "thermo.chart.caption"), photo=True
    )
    sent = await out.send_file(
        chat.id,
        filename(chat, result, "html"),
        document(chat, result, picture, out.svc.clock.now()),
        t(lang, "thermo.doc.caption"),
    )
    async with out.svc.db.transaction() as conn:
        await ThermometerRepo(conn).set_result_message(thermometer.id, sent.message_id)
        await put_on_agenda(conn, chat, thermometer, sent.message_id, out.svc.clock.now())


async def fire_remind(out: Outbox, firing: Firing) -> None:
    """Before the deadline: the group hears how many have not answered (no names, both sides
    together); each of them who pressed Start gets their next question privately."""
    chat, thermometers = await out.targets(firing, load)
    if chat is None:
        return
    lang = chat.language
    now = firing.now
    for thermometer in thermometers:
        if not thermometer.is_open or thermometer.closes_at <= now:
            continue
        async with out.svc.db.transaction() as conn:
            asked = await ThermometerRepo(conn).asked(thermometer.id)
            waiting = [r for r in asked if not r.answered]
            people = {p.id: p for p in await people_of(conn, [r.user_id for r in waiting])}
        if not waiting:
            continue
        deadline = moment(lang, chat, thermometer.closes_at, now)
        text = t(
            lang,
            "thermo.remind.group",
            count=turnout(asked).missing,
            total=len(asked),
            deadline=deadline,
        )
        text += "\n" + t(lang, "thermo.link", url=link(out.bot, thermometer))
        await out.send(chat.id, text + late_line(lang, firing))
        for respondent in waiting:
            person = people.get(respondent.user_id)
            if person is None:
                continue
            index = len(respondent.draft)
            if index < len(thermometer.statements):
                step = question_text(lang, chat, thermometer, index)
                buttons = score_buttons(lang, thermometer, index)
            else:
                step = open_question_text(lang, chat, thermometer)
                buttons = open_question_buttons(lang, thermometer)
            reminder = t(lang, "thermo.remind.private", group=chat.name, deadline=deadline)
            await out.also_private(person, reminder + "\n\n" + step, buttons)
