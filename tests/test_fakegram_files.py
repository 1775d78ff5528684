"""Files through the stand-in Telegram: sendDocument and sendPhoto, read back by tests."""

from __future__ import annotations

import base64
import io
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

import httpx
import pytest
from PIL import Image
from telegram import Bot, InputFile
from telegram.error import BadRequest, Forbidden

from fakegram import DUINDORP, FakeTelegram
from fakegram.images import image_size
from tests.support.fakes import http_bot_for, in_process_bot, make_fake, running_server


def picture(width: int, height: int, fmt: str = "PNG") -> bytes:
    """A real image file as a chart library would write it."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 200)).save(out, format=fmt)
    return out.getvalue()


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


@pytest.mark.parametrize("adapter", ADAPTERS)
async def test_send_photo_png_reads_back_name_type_bytes_and_pixels(adapter: BotFactory) -> None:
    fake, _ = make_fake()
    png = picture(1600, 900)
    async with adapter(fake) as bot:
        msg = await bot.send_photo(
            DUINDORP.id,
            InputFile(png, filename="reactietijden.png"),
            caption="<b>Reactietijden</b> 2026",
            parse_mode="HTML",
        )
    assert msg.caption == "Reactietijden 2026"
    assert msg.caption_entities[0].type == "bold"
    largest = msg.photo[-1]
    assert (largest.width, largest.height) == (1280, 720)  # Telegram keeps at most 1280 here
    assert [p.width for p in msg.photo] == sorted(p.width for p in msg.photo)
    assert msg.photo[0].width == 90
    (sent,) = fake.files(DUINDORP.id)
    assert (sent.kind, sent.name, sent.mime_type) == ("photo", "reactietijden.png", "image/png")
    assert sent.data == png
    assert sent.size == len(png)
    assert (sent.width, sent.height) == (1600, 900)
    state = fake.last(DUINDORP.id)
    assert state is not None
    assert state.method == "sendPhoto"
    assert state.file == sent
    assert state.text == "Reactietijden 2026"


@pytest.mark.parametrize("adapter", ADAPTERS)
async def test_send_document_reads_back_and_a_png_document_has_pixels(adapter: BotFactory) -> None:
    fake, _ = make_fake()
    ics = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    png = picture(64, 48)
    async with adapter(fake) as bot:
        await bot.send_document(DUINDORP.id, ics, filename="overleg.ics")
        await bot.send_document(DUINDORP.id, png, filename="grafiek.png")
    ical, chart = fake.files(DUINDORP.id)
    assert (ical.kind, ical.name, ical.mime_type, ical.data) == (
        "document",
        "overleg.ics",
        "text/calendar",
        ics,
    )
    assert (ical.width, ical.height) == (None, None)
    assert (chart.mime_type, chart.width, chart.height, chart.data) == ("image/png", 64, 48, png)


@pytest.mark.parametrize("adapter", ADAPTERS)
async def test_photo_sent_again_by_file_id_is_the_same_file(adapter: BotFactory) -> None:
    fake, _ = make_fake()
    jpeg = picture(300, 200, "JPEG")
    async with adapter(fake) as bot:
        first = await bot.send_photo(DUINDORP.id, InputFile(jpeg, filename="foto.jpg"))
        again = await bot.send_photo(DUINDORP.id, first.photo[-1].file_id)
        assert again.photo[-1].file_id == first.photo[-1].file_id
        with pytest.raises(BadRequest, match="(?i)wrong file identifier"):
            await bot.send_photo(DUINDORP.id, "no-such-file-id")
    one, two = fake.files(DUINDORP.id)
    assert one == two
    assert (one.mime_type, one.width, one.height, one.data) == ("image/jpeg", 300, 200, jpeg)


@pytest.mark.parametrize("adapter", ADAPTERS)
async def test_send_photo_refuses_what_telegram_refuses(adapter: BotFactory) -> None:
    fake, _ = make_fake()
    async with adapter(fake) as bot:
        with pytest.raises(BadRequest, match="(?i)image_process_failed"):
            await bot.send_photo(DUINDORP.id, InputFile(b"not a picture", filename="x.png"))
        with pytest.raises(BadRequest, match="(?i)photo_invalid_dimensions"):
            await bot.send_photo(DUINDORP.id, InputFile(picture(2100, 100), filename="strip.png"))
        with pytest.raises(BadRequest, match="caption is too long"):
            await bot.send_photo(
                DUINDORP.id, InputFile(picture(10, 10), filename="a.png"), caption="x" * 1025
            )
        fake.kick(DUINDORP.id)
        with pytest.raises(Forbidden):
            await bot.send_photo(DUINDORP.id, InputFile(picture(10, 10), filename="a.png"))
    assert fake.files() == []


async def test_control_route_lists_sent_files_with_their_bytes() -> None:
    fake, _ = make_fake()
    png = picture(40, 30)
    async with running_server(fake) as server, http_bot_for(server) as bot:
        msg = await bot.send_photo(DUINDORP.id, InputFile(png, filename="g.png"))
        async with httpx.AsyncClient(base_url=server.url) as client:
            r = await client.get("/_control/files", params={"chat_id": DUINDORP.id})
    (entry,) = r.json()["result"]
    assert entry["message_id"] == msg.message_id
    assert (entry["kind"], entry["name"], entry["mime_type"]) == ("photo", "g.png", "image/png")
    assert (entry["width"], entry["height"], entry["size"]) == (40, 30, len(png))
    assert base64.b64decode(entry["data"]) == png


def test_image_size_reads_png_and_jpeg_headers_only() -> None:
    assert image_size(picture(123, 45)) == ("image/png", 123, 45)
    assert image_size(picture(77, 66, "JPEG")) == ("image/jpeg", 77, 66)
    progressive = io.BytesIO()
    Image.new("L", (33, 22)).save(progressive, format="JPEG", progressive=True)
    assert image_size(progressive.getvalue()) == ("image/jpeg", 33, 22)
    assert image_size(b"GIF89a....") is None
    assert image_size(b"\xff\xd8\xff") is None
