"""fakegram: a stand-in Telegram Bot API for the demo, the tests and any bot pointed at it.

* :class:`FakeTelegram` (``core``) is the Bot API itself: it answers ``call(method, params,
  files)`` with ``(http_status, json_body)`` shaped like Telegram's answers, records every call,
  keeps the current state of every message the bot sent (so tests can assert on edits in
  place), queues updates for ``getUpdates`` (a real long poll) and builds updates shaped
  exactly like the samples in ``tests/data/telegram``.
* :class:`FakeRequest` (``adapter``) plugs it into ``telegram.Bot(..., request=FakeRequest(fake))``.
* :class:`FakeBotAPIServer` (``server``) serves it over HTTP on 127.0.0.1 for ``telegram.Bot(token,
  base_url=server.base_url)`` and for out-of-process tests (``/_control/...`` routes).

Where things live: ``text`` (HTML/Markdown to text and entities, UTF-16 lengths), ``wire``
(error bodies, parameter decoding), ``model`` (users, chats, the cast, records), ``state``
(what the fake holds, helpers shared by methods), ``methods/`` (the Bot API methods by area:
``messages``, ``chats``, ``polls``, ``files``, ``bot``), ``users`` (updates users cause),
``faults`` (errors, hangs, kicks, flood limits and latency on demand), ``limits`` (Telegram's
flood limits as sliding windows). ``python -m fakegram --port 9000`` serves until
Ctrl-C.
"""

from fakegram.adapter import FakeRequest
from fakegram.core import FakeTelegram
from fakegram.model import (
    ANNA,
    BOT_USER,
    BRAM,
    CARLA,
    DUINDORP,
    KRAAYENSTEIN,
    BotMessage,
    Call,
    Change,
    FakeChat,
    FakeUser,
)
from fakegram.server import FakeBotAPIServer, main
from fakegram.text import format_text, u16len
from fakegram.wire import error_body
from schedules.clock import FakeClock

__all__ = [
    "ANNA",
    "BOT_USER",
    "BRAM",
    "CARLA",
    "DUINDORP",
    "KRAAYENSTEIN",
    "BotMessage",
    "Call",
    "Change",
    "FakeBotAPIServer",
    "FakeChat",
    "FakeClock",
    "FakeRequest",
    "FakeTelegram",
    "FakeUser",
    "error_body",
    "format_text",
    "main",
    "u16len",
]
