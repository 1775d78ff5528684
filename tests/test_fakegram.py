"""The fake Bot API: HTTP adapter and in-process adapter against a real ``telegram.Bot``."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from telegram import (
    Bot,
    ChatMemberAdministrator,
    ChatMemberOwner,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    Poll,
    ReplyParameters,
    Update,
)
from telegram.error import (
    BadRequest,
    ChatMigrated,
    EndPointNotFound,
    Forbidden,
    NetworkError,
    RetryAfter,
    TimedOut,
)

from fakegram import (
    ANNA,
    BRAM,
    CARLA,
    DUINDORP,
    KRAAYENSTEIN,
    FakeChat,
    FakeRequest,
    FakeTelegram,
    FakeUser,
    format_text,
)
from tests.support.fakes import TOKEN, http_bot_for, in_process_bot, make_fake, running_server

DATA = Path(__file__).parent / "data" / "telegram"
FORUM = FakeChat(-1001700000001, "supergroup", "Stadsdeeloverleg Escamp", is_forum=True)


@asynccontextmanager
async def _http(fake: FakeTelegram) -> AsyncIterator[Bot]:
    async with running_server(fake) as server, http_bot_for(server) as bot:
        yield bot


@asynccontextmanager
async def _local(fake: FakeTelegram) -> AsyncIterator[Bot]:
    async with in_process_bot(fake) as bot:
        yield bot


BotFactory = Callable[[FakeTelegram], AbstractAsyncContextManager[Bot]]
ADAPTERS = [pytest.param(_http, id="http"), pytest.param(_local, id="in-process")]


def _keyboard(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(t, callback_data=d)] for t, d in pairs])


# ---------------------------------------------------------------------------------------------
# Both adapters: the same behaviour through a real telegram.Bot
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("adapter", ADAPTERS)
async def test_get_me_and_send_with_keyboard(adapter: BotFactory) -> None:
    fake, _ = make_fake()
    async with adapter(fake) as bot:
        me = await bot.get_me()
        assert (me.id, me.username, me.first_name) == (424242, "WijkBot", "Wijkbot")
        assert me.can_join_groups
        assert not me.can_read_all_group_messages
        msg = await bot.send_message(
            DUINDORP.id, "Actie 12: bewonersbrief", reply_markup=_keyboard(("Klaar", "act:1"))
        )
    assert isinstance(msg, Message)
    assert msg.chat.title == "Bewonersorganisatie Duindorp"
    assert msg.reply_markup is not None
    assert msg.reply_markup.inline_keyboard[0][0].callback_data == "act:1"
    assert msg.date.tzinfo is not None
    assert fake.last_text(DUINDORP.id) == "Actie 12: bewonersbrief"
    assert fake.sent(DUINDORP.id)[0].buttons == [[("Klaar", "act:1")]]
    assert [c.method for c in fake.calls] == ["getMe", "getMe", "sendMessage"] or [
        c.method for c in fake.calls
    ] == ["getMe", "sendMessage"]


@pytest.mark.parametrize("adapter", ADAPTERS)
async def test_edit_in_place_and_not_modified(adapter: BotFactory) -> None:
    fake, clock = make_fake()
    async with adapter(fake) as bot:
        msg = await bot.send_message(DUINDORP.id, "Stemmen: 0", reply_markup=_keyboard(("+", "v")))
        clock.advance(timedelta(seconds=30))
        edited = await bot.edit_message_text(
            "Stemmen: <b>1</b>",
            DUINDORP.id,
            msg.message_id,
            parse_mode="HTML",
            reply_markup=_keyboard(("+", "v")),
        )
        assert isinstance(edited, Message)
        assert edited.text == "Stemmen: 1"
        assert edited.entities == (MessageEntity("bold", 9, 1),)
        assert edited.edit_date is not None
        with pytest.raises(BadRequest, match="(?i)message is not modified"):
            await bot.edit_message_text(
                "Stemmen: <b>1</b>",
                DUINDORP.id,
                msg.message_id,
                parse_mode="HTML",
                reply_markup=_keyboard(("+", "v")),
            )
        with pytest.raises(BadRequest, match="(?i)message is not modified"):
            await bot.edit_message_reply_markup(
                DUINDORP.id, msg.message_id, reply_markup=_keyboard(("+", "v"))
            )
        await bot.edit_message_reply_markup(DUINDORP.id, msg.message_id, reply_markup=None)
    state = fake.bot_message(DUINDORP.id, msg.message_id)
    assert state.text == "Stemmen: 1"
    assert state.reply_markup is None
    assert len(state.history) == 2
    assert len(fake.sent()) == 1


@pytest.mark.parametrize("adapter", ADAPTERS)
async def test_send_poll_parses_and_ids_are_unique(adapter: BotFactory) -> None:
    fake, _ = make_fake()
    async with adapter(fake) as bot:
        m1 = await bot.send_poll(
            DUINDORP.id,
            "Organiseren we een zomerfeest?",
            ["Voor", "Tegen", "Onthouding"],
            is_anonymous=False,
        )
        m2 = await bot.send_poll(DUINDORP.id, "Nog een?", ["Ja", "Nee"], is_anonymous=False)
        assert isinstance(m1.poll, Poll)
        assert isinstance(m2.poll, Poll)
        assert m1.poll.id != m2.poll.id
        assert [o.text for o in m1.poll.options] == ["Voor", "Tegen", "Onthouding"]
        assert m2.message_id == m1.message_id + 1
        fake.vote(m1.poll.id, BRAM, [0])
        stopped = await bot.stop_poll(DUINDORP.id, m1.message_id)
        assert stopped.is_closed
        assert stopped.options[0].voter_count == 1
        with pytest.raises(BadRequest, match="(?i)already been closed"):
            await bot.stop_poll(DUINDORP.id, m1.message_id)


@pytest.mark.parametrize("adapter", ADAPTERS)
async def test_send_document_records_bytes(adapter: BotFactory) -> None:
    fake, _ = make_fake()
    async with adapter(fake) as bot:
        msg = await bot.send_document(
            DUINDORP.id, b"BEGIN:VCALENDAR\r\n", filename="vergadering.ics", caption="Agenda"
        )
    assert msg.document is not None
    assert msg.document.file_name == "vergadering.ics"
    assert msg.caption == "Agenda"
    state = fake.sent(DUINDORP.id)[-1]
    assert state.document == ("vergadering.ics", b"BEGIN:VCALENDAR\r\n")
    assert state.text == "Agenda"


@pytest.mark.parametrize("adapter", ADAPTERS)
async def test_long_poll_receives_pushed_update_and_offset_confirms(adapter: BotFactory) -> None:
    fake, _ = make_fake()
    async with adapter(fake) as bot:
        loop = asyncio.get_running_loop()
        loop.call_later(0.05, lambda: fake.say(DUINDORP, ANNA, "/agenda Meeuwen"))
        started = loop.time()
        updates = await bot.get_updates(timeout=5)
        assert 0.03 < loop.time() - started < 1
        assert len(updates) == 1
        assert updates[0].effective_message is not None
        assert updates[0].effective_message.text == "/agenda Meeuwen"
        again = await bot.get_updates(timeout=0)
        assert [u.update_id for u in again] == [updates[0].update_id]  # not confirmed yet
        assert await bot.get_updates(offset=updates[0].update_id + 1, timeout=0) == ()
        assert fake.pending == []
        started = loop.time()
        assert await bot.get_updates(timeout=timedelta(seconds=0.1)) == ()  # waits its timeout
        assert loop.time() - started >= 0.09


@pytest.mark.parametrize("adapter", ADAPTERS)
async def test_429_raises_retry_after(adapter: BotFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # PTB 22.8 warns inside RetryAfter() itself unless this opt-in is set
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    fake, _ = make_fake()
    async with adapter(fake) as bot:
        fake.fail_next("sendMessage", 429)
        with pytest.raises(RetryAfter) as info:
            await bot.send_message(DUINDORP.id, "hallo")
        assert info.value.retry_after == timedelta(seconds=7)
        await bot.send_message(DUINDORP.id, "hallo")  # only once
    assert fake.last_text(DUINDORP.id) == "hallo"


@pytest.mark.parametrize("adapter", ADAPTERS)
async def test_403_kick_and_5xx(adapter: BotFactory) -> None:
    fake, _ = make_fake()
    async with adapter(fake) as bot:
        fake.fail_next("sendmessage", 403)
        with pytest.raises(Forbidden, match="(?i)kicked from the supergroup"):
            await bot.send_message(DUINDORP.id, "x")
        fake.fail_next("*", 502, times=2)
        for _ in range(2):
            with pytest.raises(NetworkError):
                await bot.send_message(DUINDORP.id, "x")
        fake.kick(KRAAYENSTEIN.id)
        with pytest.raises(Forbidden, match="(?i)kicked from the group chat"):
            await bot.send_message(KRAAYENSTEIN.id, "x")
        with pytest.raises(Forbidden, match="(?i)initiate conversation"):
            await bot.send_message(BRAM.id, "x")
        fake.push(fake.private_start(BRAM))
        await bot.send_message(BRAM.id, "Welkom")
        with pytest.raises(BadRequest, match="(?i)chat not found"):
            await bot.send_message(-100999, "x")


@pytest.mark.parametrize("adapter", ADAPTERS)
async def test_admins_members_commands_misc(adapter: BotFactory) -> None:
    fake, _ = make_fake()
    async with adapter(fake) as bot:
        admins = await bot.get_chat_administrators(DUINDORP.id)
        assert isinstance(admins[0], ChatMemberOwner)
        assert admins[0].user.id == 501
        assert isinstance(admins[1], ChatMemberAdministrator)
        assert admins[1].user.id == 424242
        fake.set_admins(DUINDORP.id, [CARLA], creator=ANNA)
        ids = [a.user.id for a in await bot.get_chat_administrators(DUINDORP.id)]
        assert ids == [501, 503, 424242]
        fake.say(DUINDORP, BRAM, "hoi")
        assert (await bot.get_chat_member(DUINDORP.id, BRAM.id)).status == "member"
        assert (await bot.get_chat_member(DUINDORP.id, CARLA.id)).status == "administrator"
        chat = await bot.get_chat(DUINDORP.id)
        assert chat.title == "Bewonersorganisatie Duindorp"
        await bot.set_my_commands([("agenda", "Agendapunt toevoegen")], language_code="nl")
        assert [c.command for c in await bot.get_my_commands(language_code="nl")] == ["agenda"]
        assert await bot.get_my_commands() == ()
        await bot.delete_my_commands(language_code="nl")
        assert fake.commands(language_code="nl") == []
        msg = await bot.send_message(DUINDORP.id, "vastpinnen")
        assert await bot.pin_chat_message(DUINDORP.id, msg.message_id)
        assert fake.pinned(DUINDORP.id) == [msg.message_id]
        assert await bot.unpin_chat_message(DUINDORP.id)
        assert await bot.delete_message(DUINDORP.id, msg.message_id)
        with pytest.raises(BadRequest, match="(?i)message to delete not found"):
            await bot.delete_message(DUINDORP.id, msg.message_id)
        assert await bot.delete_webhook()
        assert await bot.set_chat_menu_button()
        assert await bot.leave_chat(KRAAYENSTEIN.id)
        with pytest.raises(Forbidden, match="(?i)not a member"):
            await bot.send_message(KRAAYENSTEIN.id, "x")
        cq = fake.callback(DUINDORP, BRAM, "x", msg.message_id)
        assert await bot.answer_callback_query(cq["callback_query"]["id"], text="Gedaan")
        with pytest.raises(BadRequest, match="(?i)query is too old"):
            await bot.answer_callback_query(cq["callback_query"]["id"])
        with pytest.raises(EndPointNotFound):
            await bot.do_api_request("noSuchMethod")


@pytest.mark.parametrize("adapter", ADAPTERS)
async def test_reply_force_reply_and_thread(adapter: BotFactory) -> None:
    fake, _ = make_fake()
    async with adapter(fake) as bot:
        upd = fake.say(FORUM, ANNA, "/acties", thread_id=7)
        mid = upd["message"]["message_id"]
        msg = await bot.send_message(
            FORUM.id,
            "Welk agendapunt?",
            message_thread_id=7,
            reply_parameters=ReplyParameters(mid),
            reply_markup=ForceReply(selective=True),
        )
        assert msg.message_thread_id == 7
        assert msg.reply_to_message is not None
        assert msg.reply_to_message.text == "/acties"
        assert msg.reply_markup is None  # Telegram echoes only inline keyboards
        assert fake.last(FORUM.id) is not None
        assert fake.sent(FORUM.id)[-1].sent_markup == {"force_reply": True, "selective": True}
        with pytest.raises(BadRequest, match="(?i)replied not found"):
            await bot.send_message(FORUM.id, "x", reply_parameters=ReplyParameters(999))


@pytest.mark.parametrize("adapter", ADAPTERS)
async def test_migrated_group_raises_chat_migrated(adapter: BotFactory) -> None:
    fake, _ = make_fake()
    async with adapter(fake) as bot:
        fake.migrate(KRAAYENSTEIN, -1004001004001, ANNA)
        with pytest.raises(ChatMigrated) as info:
            await bot.send_message(KRAAYENSTEIN.id, "x")
        assert info.value.new_chat_id == -1004001004001
        await bot.send_message(-1004001004001, "verhuisd")


async def test_hang_times_out_in_process() -> None:
    fake, _ = make_fake()

    bot = Bot(TOKEN, request=FakeRequest(fake, timeout=0.05))
    async with bot:
        fake.hang_next("sendMessage", 1)
        with pytest.raises(TimedOut):
            await bot.send_message(DUINDORP.id, "x")
        fake.hang_next("sendMessage", 0.01)
        await bot.send_message(DUINDORP.id, "y")
    assert [m.text for m in fake.sent()] == ["y"]


# ---------------------------------------------------------------------------------------------
# Builders: shaped like the real samples, parsed by PTB
# ---------------------------------------------------------------------------------------------


def _shape(value: Any) -> Any:
    """Keys and types, not values: the structure two JSON documents should share."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items() if k != "update_id"}
    if isinstance(value, list):
        return [_shape(v) for v in value[:1]]
    return type(value).__name__


def _sample(name: str) -> Any:
    return json.loads((DATA / name).read_text())


async def test_builders_match_the_real_samples() -> None:
    fake, _ = make_fake()
    bot = in_process_bot(fake)
    sent = await fake.call(
        "sendMessage",
        {
            "chat_id": DUINDORP.id,
            "text": "Actie 12: bewonersbrief rondsturen",
            "reply_markup": {"inline_keyboard": [[{"text": "Klaar", "callback_data": "act:d"}]]},
        },
    )
    bot_mid = sent[1]["result"]["message_id"]
    status, poll_msg = await fake.call(
        "sendPoll",
        {
            "chat_id": DUINDORP.id,
            "question": "Organiseren we een zomerfeest?",
            "options": [{"text": "Voor"}, {"text": "Tegen"}, {"text": "Onthouding"}],
            "is_anonymous": False,
        },
    )
    assert status == 200
    poll_id = poll_msg["result"]["poll"]["id"]
    status, admins = await fake.call("getChatAdministrators", {"chat_id": DUINDORP.id})
    assert admins == _sample("response_getChatAdministrators.json")
    first = fake.message(DUINDORP, ANNA, "/agenda Verkeersveiligheid rond de school")
    seagulls = fake.message(DUINDORP, BRAM, "Overlast van meeuwen bij de containers")
    cases: dict[str, dict[str, Any]] = {
        "update_message_command_supergroup.json": first,
        "update_message_command_with_botname.json": fake.message(DUINDORP, BRAM, "/help@WijkBot"),
        "update_message_reply_with_command.json": fake.message(
            DUINDORP, ANNA, "/agenda", reply_to=seagulls["message"]["message_id"]
        ),
        "update_message_command_in_forum_topic.json": fake.message(
            FORUM, ANNA, "/acties", thread_id=7
        ),
        "update_message_text_mention_owner.json": fake.message(
            DUINDORP, ANNA, "/actie Zaal reserveren Bram voor vrijdag", mentions=[BRAM]
        ),
        "update_message_private_start.json": fake.private_start(ANNA),
        "update_edited_message.json": fake.edited(
            DUINDORP, ANNA, first["message"]["message_id"], "/agenda Verkeersveiligheid"
        ),
        "update_callback_query.json": fake.callback(DUINDORP, BRAM, "act:d", bot_mid),
        "update_poll_answer.json": fake.poll_answer(poll_id, BRAM, [0]),
        "update_poll_answer_retracted.json": fake.poll_answer(poll_id, BRAM, []),
        "update_my_chat_member_added.json": fake.bot_added(DUINDORP, ANNA),
        "update_my_chat_member_removed.json": fake.bot_removed(DUINDORP, ANNA),
        "update_message_new_chat_members_bot.json": fake.new_chat_members_bot(KRAAYENSTEIN, ANNA),
        "update_message_new_chat_title.json": fake.new_title(DUINDORP, ANNA, "BO Duindorp"),
    }
    to_upd, from_upd = fake.migrate(KRAAYENSTEIN, -1004001004001, ANNA)
    cases["update_message_migrate_to_chat_id.json"] = to_upd
    cases["update_message_migrate_from_chat_id.json"] = from_upd
    for name, built in cases.items():
        assert _shape(built) == _shape(_sample(name)), name
        update = Update.de_json(built, bot)
        assert update is not None
        assert update.to_dict() is not None
    assert _shape(poll_msg) == _shape(_sample("response_sendPoll.json"))
    ids = [u["update_id"] for u in cases.values()]
    assert len(set(ids)) == len(ids)


async def test_ptb_recognises_commands() -> None:
    fake, _ = make_fake()
    bot = in_process_bot(fake)
    samples = {
        "/help@WijkBot": ("/help@WijkBot", 13),
        "/agenda Meeuwen bij de containers": ("/agenda", 7),
        "/start": ("/start", 6),
    }
    for text, (command, length) in samples.items():
        update = Update.de_json(fake.message(DUINDORP, ANNA, text), bot)
        msg = update.effective_message
        assert msg is not None
        assert msg.text == text
        assert msg.entities[0] == MessageEntity(MessageEntity.BOT_COMMAND, 0, length)
        assert msg.parse_entities([MessageEntity.BOT_COMMAND]) == {msg.entities[0]: command}
    plain = Update.de_json(fake.message(DUINDORP, BRAM, "geen commando"), bot)
    assert plain.effective_message is not None
    assert plain.effective_message.entities == ()
    emoji = fake.message(DUINDORP, BRAM, "🎉 /agenda")["message"]["entities"][0]
    assert emoji == {"type": "bot_command", "offset": 3, "length": 7}  # UTF-16 offsets


async def test_message_ids_increase_per_chat_and_dates_follow_clock() -> None:
    fake, clock = make_fake()
    a = fake.message(DUINDORP, ANNA, "een")["message"]
    b = fake.message(KRAAYENSTEIN, ANNA, "een")["message"]
    clock.advance(timedelta(minutes=5))
    c = fake.message(DUINDORP, ANNA, "twee")["message"]
    assert (a["message_id"], b["message_id"], c["message_id"]) == (1, 1, 2)
    assert c["date"] - a["date"] == 300
    status, sent = await fake.call("SENDMESSAGE", {"chat_id": DUINDORP.id, "text": "drie"})
    assert status == 200
    assert sent["result"]["message_id"] == 3


async def test_callback_carries_current_message_state() -> None:
    fake, _ = make_fake()
    _, sent = await fake.call(
        "sendMessage",
        {
            "chat_id": DUINDORP.id,
            "text": "Oud",
            "reply_markup": {"inline_keyboard": [[{"text": "Ja", "callback_data": "j"}]]},
        },
    )
    mid = sent["result"]["message_id"]
    await fake.call("editMessageText", {"chat_id": DUINDORP.id, "message_id": mid, "text": "Nieuw"})
    cq = fake.callback(DUINDORP, BRAM, "j", mid)["callback_query"]
    assert cq["message"]["text"] == "Nieuw"
    assert "reply_markup" not in cq["message"]  # editing without markup drops the keyboard


async def test_format_errors_like_telegram() -> None:
    fake, _ = make_fake()
    status, body = await fake.call(
        "sendMessage", {"chat_id": DUINDORP.id, "text": "a <zaal> b", "parse_mode": "HTML"}
    )
    assert status == 400
    assert "can't parse entities" in body["description"]
    status, body = await fake.call(
        "sendMessage", {"chat_id": DUINDORP.id, "text": "Klaar.", "parse_mode": "MarkdownV2"}
    )
    assert status == 400
    assert "reserved" in body["description"]
    assert format_text("<i>x</i> &amp; y", "HTML") == (
        "x & y",
        [{"type": "italic", "offset": 0, "length": 1}],
    )
    status, body = await fake.call("sendMessage", {"chat_id": DUINDORP.id, "text": "x" * 4097})
    assert status == 400
    assert body["description"] == "Bad Request: message is too long"
    status, body = await fake.call("nope", {})
    assert (status, body) == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found: method not found"},
    )


async def test_wait_idle_and_changes_since() -> None:
    fake, _ = make_fake()
    marker = fake.mark()
    fake.say(DUINDORP, ANNA, "/agenda")
    with pytest.raises(TimeoutError):
        await fake.wait_idle(quiet=0.01, timeout=0.05)  # nobody fetched the update
    await fake.call("getUpdates", {"timeout": 0})
    _, sent = await fake.call("sendMessage", {"chat_id": DUINDORP.id, "text": "Punt 1"})
    await fake.wait_idle(quiet=0.02, timeout=1)
    changes = fake.changes_since(marker)
    assert [(c.kind, c.text) for c in changes] == [("new", "Punt 1")]
    second = fake.mark()
    await fake.call(
        "editMessageText",
        {
            "chat_id": DUINDORP.id,
            "message_id": sent["result"]["message_id"],
            "text": "Punt 1 (bijgewerkt)",
            "reply_markup": json.dumps(
                {"inline_keyboard": [[{"text": "OK", "callback_data": "ok"}]]}
            ),
        },
    )
    changes = fake.changes_since(second)
    assert [(c.kind, c.text, c.buttons) for c in changes] == [
        ("edited", "Punt 1 (bijgewerkt)", [[("OK", "ok")]])
    ]


async def test_http_control_api_and_form_decoding() -> None:
    fake, _ = make_fake()
    async with running_server(fake) as server, httpx.AsyncClient(base_url=server.url) as client:
        r = await client.post(
            f"/bot{TOKEN}/sendMessage",
            data={
                "chat_id": str(DUINDORP.id),
                "text": "123",
                "reply_markup": json.dumps(
                    {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
                ),
            },
        )
        assert r.status_code == 200
        assert r.json()["result"]["text"] == "123"
        r = await client.get(f"/bot{TOKEN}/getMe")
        assert r.json()["result"]["username"] == "WijkBot"
        r = await client.post("/_control/fail", json={"method": "getMe", "status": 429})
        assert r.status_code == 200
        assert (await client.get(f"/bot{TOKEN}/getMe")).status_code == 429
        await client.post(
            "/_control/say", json={"chat_id": DUINDORP.id, "user_id": 502, "text": "/help@WijkBot"}
        )
        r = await client.post(f"/bot{TOKEN}/getUpdates", json={"timeout": 0})
        assert r.json()["result"][0]["message"]["entities"][0]["length"] == 13
        r = await client.post("/_control/push", json={"message": r.json()["result"][0]["message"]})
        assert r.json()["result"][0]["update_id"] == 2
        r = await client.post("/_control/admins", json={"chat_id": DUINDORP.id, "admins": [503]})
        assert [a["user"]["id"] for a in r.json()["result"]] == [501, 503, 424242]
        calls = (await client.get("/_control/calls", params={"since": 1})).json()
        assert calls["result"][0]["method"] == "getMe"
        assert calls["next"] == len(fake.calls)
        state = (await client.get("/_control/state")).json()["result"]
        assert state[str(DUINDORP.id)][0]["text"] == "123"
        r = await client.post(
            "/_control/press", json={"chat_id": DUINDORP.id, "user_id": 502, "text": "A"}
        )
        assert r.json()["result"]["callback_query"]["data"] == "a"
        assert (await client.get("/nope")).status_code == 404


async def test_http_many_concurrent_long_polls_and_clean_stop() -> None:
    fake, _ = make_fake()
    async with running_server(fake) as server:
        limits = httpx.Limits(max_connections=20)
        async with httpx.AsyncClient(base_url=server.url, limits=limits) as client:
            polls = [
                asyncio.create_task(client.post(f"/bot{TOKEN}/getUpdates", json={"timeout": 5}))
                for _ in range(10)
            ]
            await asyncio.sleep(0.05)
            fake.say(DUINDORP, ANNA, "hallo")
            results = await asyncio.gather(*polls)
            assert all(r.json()["result"][0]["message"]["text"] == "hallo" for r in results)
            # a poll still hanging when the server stops must not block the stop
            hanging = asyncio.create_task(
                client.post(f"/bot{TOKEN}/getUpdates", json={"offset": 99, "timeout": 30})
            )
            await asyncio.sleep(0.05)
            await server.stop()
            with pytest.raises(httpx.HTTPError):
                await hanging


async def test_fake_user_and_chat_shapes() -> None:
    assert ANNA.to_dict() == _sample("update_message_command_supergroup.json")["message"]["from"]
    assert BRAM.to_dict() == _sample("update_callback_query.json")["callback_query"]["from"]
    assert (
        KRAAYENSTEIN.to_dict()
        == _sample("update_message_new_chat_members_bot.json")["message"]["chat"]
    )
    assert (
        FakeChat.private(ANNA).to_dict()
        == _sample("update_message_private_start.json")["message"]["chat"]
    )
    assert FakeUser(9, "X", language_code=None).to_dict() == {
        "id": 9,
        "is_bot": False,
        "first_name": "X",
    }


@pytest.mark.parametrize("via_http", [False, True], ids=["in-process", "http"])
async def test_application_polling_end_to_end(via_http: bool) -> None:
    from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

    fake, _ = make_fake()

    async def help_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Hulp", reply_markup=_keyboard(("Meer", "more")))

    async def more(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer()
        await query.edit_message_text("Meer hulp")

    async with running_server(fake) as server:
        builder = Application.builder().token(TOKEN)
        if via_http:
            builder = builder.base_url(server.base_url)
        else:
            builder = builder.request(FakeRequest(fake)).get_updates_request(FakeRequest(fake))
        app = builder.build()
        app.add_handler(CommandHandler("help", help_cmd))
        app.add_handler(CallbackQueryHandler(more))
        async with app:
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0, timeout=timedelta(seconds=2))
            await app.start()
            marker = fake.mark()
            fake.say(DUINDORP, BRAM, "/help@WijkBot")
            await fake.wait_idle(quiet=0.05, timeout=2)
            changes = fake.changes_since(marker)
            assert [(c.kind, c.text, c.buttons) for c in changes] == [
                ("new", "Hulp", [[("Meer", "more")]])
            ]
            marker = fake.mark()
            fake.click(DUINDORP, BRAM, "Meer")
            await fake.wait_idle(quiet=0.05, timeout=2)
            assert [(c.kind, c.text) for c in fake.changes_since(marker)] == [
                ("edited", "Meer hulp")
            ]
            assert len(fake.answered_callbacks) == 1
            await app.updater.stop()
            await app.stop()
    assert fake.pending == []
