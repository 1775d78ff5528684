"""An outage of the Bot API is a few calm log lines, not a traceback for every failed poll.

The end-to-end test runs `python -m bot` against the HTTP fake and takes the fake down: first
connections drop, then a proxy answers with its HTML 502 page. `WIJKBOT_OUTAGE_SECONDS` sets
how long (default 16; `WIJKBOT_OUTAGE_SECONDS=120` gives the two-minute outage of issue 6).
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from telegram import Bot
from telegram.error import NetworkError

from bot.app import _on_error
from fakegram import ANNA, BRAM, KRAAYENSTEIN, Change, FakeBotAPIServer, FakeRequest, FakeTelegram
from handlers.kit.health import ApiHealth, CalmRequest, duration
from schedules.clock import FakeClock
from tests.support.fakes import START, TOKEN, make_fake, running_server
from tests.support.process import running_bot, until

OUTAGE = float(os.environ.get("WIJKBOT_OUTAGE_SECONDS", "16"))
LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ (\w+) (\S+): (.*)$")


@pytest.mark.process
async def test_the_bot_process_logs_an_outage_calmly_and_handles_updates_after_it(
    tmp_path: Path,
) -> None:
    fake = FakeTelegram()
    fake.set_admins(KRAAYENSTEIN.id, [], creator=ANNA)
    async with FakeBotAPIServer(fake) as server:
        async with running_bot(server, tmp_path / "wijkbot.sqlite3", tmp_path, "outage") as bot:
            before = len(bot.log.splitlines())
            fake.go_down()  # connections drop
            await asyncio.sleep(OUTAGE / 2)
            fake.go_down(502)  # a proxy answers with its HTML error page
            during = fake.say(KRAAYENSTEIN, ANNA, "/help")  # Telegram keeps it for later
            await asyncio.sleep(OUTAGE / 2)
            assert fake.refused >= 3
            mark = fake.mark()
            fake.come_back()
            fake.say(KRAAYENSTEIN, BRAM, "/help@WijkBot")

            def answered() -> list[Change]:
                return [c for c in fake.changes_since(mark) if "Wat Wijkbot kan" in (c.text or "")]

            # PTB backs off to 30 s between failed polls, so the next poll comes within that;
            # then the update kept during the outage and the one after it are both handled.
            await until(lambda: len(answered()) >= 2, "both /help answered", timeout=45)
            await fake.wait_idle(quiet=0.3, timeout=10)
            assert len(answered()) == 2, during
            outage_log = bot.log.splitlines()[before:]
            assert await bot.stop() == 0
    text = "\n".join(outage_log)
    assert "Traceback" not in text, text
    assert len(outage_log) <= 2 + int(OUTAGE // 60), text
    records = [LOG_LINE.match(line) for line in outage_log]
    assert all(records), text
    levels = [(m.group(1), m.group(3)) for m in records if m]
    assert levels[0][0] == "WARNING"
    assert re.fullmatch(r"Bot API unreachable: NetworkError: .+; retrying", levels[0][1]), text
    assert all(level in {"WARNING", "INFO"} for level, _ in levels), text
    assert all("still unreachable" in msg for _, msg in levels[1:-1]), text
    assert levels[-1][0] == "INFO"
    assert re.fullmatch(
        r"Bot API reachable again after (\d+ s|\d+ min \d+ s) down; sending what waited",
        levels[-1][1],
    ), text


def test_health_reports_an_outage_once_then_at_most_once_a_minute(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = FakeClock(START)
    health = ApiHealth(clock)
    with caplog.at_level(logging.DEBUG, logger="wijkbot.health"):
        for _ in range(30):  # five minutes of polls failing every ten seconds
            health.failed("HTTP 503 Service Unavailable")
            clock.advance(timedelta(seconds=10))
        asyncio.run(health.succeeded())
        asyncio.run(health.succeeded())  # already up: nothing more to say
    lines = [(r.levelname, r.getMessage()) for r in caplog.records]
    assert lines[0] == (
        "WARNING",
        "Bot API unreachable: HTTP 503 Service Unavailable; retrying",
    )
    assert lines[1] == (
        "WARNING",
        "Bot API still unreachable after 1 min 0 s: HTTP 503 Service Unavailable; retrying",
    )
    assert len(lines) == 1 + 4 + 1  # the start, once a minute (1..4 min), the end
    assert lines[-1] == (
        "INFO",
        "Bot API reachable again after 5 min 0 s down; sending what waited",
    )
    assert all(r.exc_info is None for r in caplog.records)
    assert health.outages == 1
    assert not health.down


async def test_the_fake_goes_down_over_http_and_ends_a_waiting_long_poll() -> None:
    fake, _ = make_fake()
    async with running_server(fake) as server, httpx.AsyncClient(base_url=server.url) as client:
        poll = asyncio.create_task(client.post(f"/bot{TOKEN}/getUpdates", json={"timeout": 20}))
        await asyncio.sleep(0.1)
        r = await client.post("/_control/down", json={"status": 503})
        assert r.json()["result"] is True
        assert (await poll).status_code == 503  # the waiting poll gets the proxy's page too
        page = await client.get(f"/bot{TOKEN}/getMe")
        assert page.status_code == 503
        assert page.headers["content-type"] == "text/html"
        assert "<title>503 Service Unavailable</title>" in page.text
        await client.post("/_control/down", json={})
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get(f"/bot{TOKEN}/getMe")
        r = await client.post("/_control/down", json={"down": False})
        assert r.json() == {"ok": True, "result": False, "refused": 3}
        assert (await client.get(f"/bot{TOKEN}/getMe")).status_code == 200
    assert [c.method for c in fake.calls] == ["getUpdates", "getMe"]


def test_durations_read_as_people_write_them() -> None:
    assert duration(timedelta(seconds=44.6)) == "45 s"
    assert duration(timedelta(minutes=2, seconds=5)) == "2 min 5 s"
    assert duration(timedelta(hours=3, minutes=12, seconds=40)) == "3 h 12 min"


async def test_a_proxy_error_page_is_a_network_error_without_a_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake, _ = make_fake()
    calm = CalmRequest(FakeRequest(fake))
    async with Bot(TOKEN, request=calm) as bot:
        fake.go_down(502)
        with caplog.at_level(logging.DEBUG), pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.get_me()
        fake.go_down()
        with pytest.raises(NetworkError, match="connection refused"):
            await bot.get_me()
        fake.come_back()
        assert (await bot.get_me()).username == "WijkBot"
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert fake.refused == 2


async def test_errors_outside_handlers_network_trouble_is_quiet_a_bug_keeps_its_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG, logger="wijkbot"):
        await _on_error(None, SimpleNamespace(error=NetworkError("httpx.ConnectError")))
        assert [r.levelno for r in caplog.records] == [logging.DEBUG]
        caplog.clear()
        try:
            raise KeyError("a real bug")
        except KeyError as exc:
            await _on_error(None, SimpleNamespace(error=exc))
    (record,) = caplog.records
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None
