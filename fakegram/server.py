"""The HTTP adapter: the fake served on 127.0.0.1, its ``/_control/`` routes for tests in
other processes, and the command line (``python -m fakegram --port 9000``).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import email.parser
import email.policy
import json
import re
import signal
from collections.abc import Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from fakegram.core import FakeTelegram
from fakegram.model import ANNA, BotMessage, FakeChat, FakeUser
from fakegram.wire import JSON, Files, Unreachable, decode_form_params, error_body

_ROUTE_RE = re.compile(r"^/bot([^/]*)/([A-Za-z_]+)/?$")


@dataclass
class _HttpRequest:
    method: str
    target: str
    version: str
    headers: dict[str, str]
    body: bytes

    @property
    def keep_alive(self) -> bool:
        conn = self.headers.get("connection", "").lower()
        if self.version == "HTTP/1.0":
            return conn == "keep-alive"
        return conn != "close"


def _parse_multipart(content_type: str, body: bytes) -> tuple[JSON, Files]:
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    pairs: list[tuple[str, str]] = []
    files: Files = {}
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            files[name] = (filename, data)
        else:
            pairs.append((name, data.decode("utf-8", "replace")))
    return decode_form_params(pairs), files


class FakeBotAPIServer:
    """Serve a :class:`FakeTelegram` over HTTP/1.1 on 127.0.0.1 (keep-alive, concurrent polls).

    ``async with FakeBotAPIServer(fake) as server: Bot(token, base_url=server.base_url)``.
    With ``token`` set, other tokens get 401 Unauthorized.
    """

    def __init__(
        self, fake: FakeTelegram | None = None, port: int = 0, token: str | None = None
    ) -> None:
        self.fake = fake if fake is not None else FakeTelegram()
        self.token = token
        self._port = port
        self._server: asyncio.Server | None = None
        self._conns: set[asyncio.Task[None]] = set()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("server not started")
        return int(self._server.sockets[0].getsockname()[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    async def start(self) -> FakeBotAPIServer:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self._port)
        return self

    async def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        tasks = list(self._conns)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()

    async def __aenter__(self) -> FakeBotAPIServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def serve_forever(self) -> None:
        if self._server is None:
            await self.start()
        assert self._server is not None
        await self._server.serve_forever()

    # -- connection handling -------------------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._conns.add(task)
        try:
            while True:
                request = await self._read_request(reader)
                if request is None:
                    break
                ctype = "application/json"
                try:
                    status, body = await self._dispatch(request)
                    payload = json.dumps(body, ensure_ascii=False).encode()
                except Unreachable as down:
                    if down.status is None:
                        break  # the connection drops without an answer
                    status, payload, ctype = down.status, down.page, "text/html"
                keep = request.keep_alive
                head = (
                    f"HTTP/1.1 {status} {_reason(status)}\r\n"
                    f"Content-Type: {ctype}\r\n"
                    f"Content-Length: {len(payload)}\r\n"
                    f"Connection: {'keep-alive' if keep else 'close'}\r\n\r\n"
                ).encode()
                writer.write(head + payload)
                await writer.drain()
                if not keep:
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            self._conns.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    @staticmethod
    async def _read_request(reader: asyncio.StreamReader) -> _HttpRequest | None:
        line = await reader.readline()
        if not line:
            return None
        while line in (b"\r\n", b"\n"):
            line = await reader.readline()
            if not line:
                return None
        parts = line.decode("latin-1").strip().split()
        if len(parts) != 3:
            raise ConnectionError("bad request line")
        method, target, version = parts
        headers: dict[str, str] = {}
        while True:
            h = await reader.readline()
            if h in (b"\r\n", b"\n", b""):
                break
            key, _, value = h.decode("latin-1").partition(":")
            headers[key.strip().lower()] = value.strip()
        body = b""
        if headers.get("transfer-encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                size_line = await reader.readline()
                size = int(size_line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(await reader.readexactly(size))
                await reader.readexactly(2)
            body = b"".join(chunks)
        elif headers.get("content-length"):
            body = await reader.readexactly(int(headers["content-length"]))
        return _HttpRequest(method.upper(), target, version.upper(), headers, body)

    async def _dispatch(self, req: _HttpRequest) -> tuple[int, Any]:
        split = urlsplit(req.target)
        query = parse_qsl(split.query, keep_blank_values=True)
        try:
            if split.path.startswith("/_control/"):
                return await self._control(split.path[len("/_control/") :], req, dict(query))
            m = _ROUTE_RE.match(split.path)
            if m is None:
                return 404, error_body(404, "Not Found")
            token, api_method = m.group(1), m.group(2)
            if not token or (self.token is not None and token != self.token):
                return 401, error_body(401, "Unauthorized")
            params, files = self._params(req, query)
        except (ValueError, KeyError, TypeError) as exc:
            return 400, error_body(400, f"Bad Request: {exc}")
        return await self.fake.call(api_method, params, files or None)

    @staticmethod
    def _params(req: _HttpRequest, query: list[tuple[str, str]]) -> tuple[JSON, Files]:
        params = decode_form_params(query)
        files: Files = {}
        ctype = req.headers.get("content-type", "")
        low = ctype.lower()
        if not req.body:
            return params, files
        if low.startswith("application/json"):
            data = json.loads(req.body.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("JSON body must be an object")
            params.update(data)
        elif low.startswith("application/x-www-form-urlencoded"):
            params.update(
                decode_form_params(parse_qsl(req.body.decode("utf-8"), keep_blank_values=True))
            )
        elif low.startswith("multipart/form-data"):
            form, files = _parse_multipart(ctype, req.body)
            params.update(form)
        return params, files

    @staticmethod
    def _json_body(req: _HttpRequest) -> Any:
        return json.loads(req.body.decode("utf-8")) if req.body else {}

    def _user_of(self, ref: Any) -> FakeUser:
        if isinstance(ref, dict):
            user = FakeUser(
                int(ref["id"]),
                str(ref.get("first_name", "")),
                ref.get("last_name"),
                ref.get("username"),
                ref.get("language_code", "nl"),
            )
            return self.fake.add_user(user)
        return self.fake.user(int(ref))

    def _chat_of(self, ref: Any) -> FakeChat:
        if isinstance(ref, dict):
            chat = FakeChat(
                int(ref["id"]),
                str(ref.get("type", "supergroup")),
                ref.get("title"),
                bool(ref.get("is_forum", False)),
            )
            return self.fake.add_chat(chat)
        chat_id = int(ref)
        if chat_id > 0 and chat_id in self.fake._users:
            return FakeChat.private(self.fake.user(chat_id))
        return self.fake.chat(chat_id)

    async def _control(
        self, action: str, req: _HttpRequest, query: dict[str, str]
    ) -> tuple[int, Any]:
        fake = self.fake
        ok = 200
        if action == "push" and req.method == "POST":
            body = self._json_body(req)
            updates = body if isinstance(body, list) else [body]
            return ok, {"ok": True, "result": fake.push_all(updates)}
        if action == "say" and req.method == "POST":
            b = self._json_body(req)
            upd = fake.say(
                self._chat_of(b["chat_id"]),
                self._user_of(b["user_id"]),
                str(b["text"]),
                reply_to=b.get("reply_to"),
                thread_id=b.get("thread_id"),
            )
            return ok, {"ok": True, "result": upd}
        if action == "press" and req.method == "POST":
            b = self._json_body(req)
            chat, user = self._chat_of(b["chat_id"]), self._user_of(b["user_id"])
            if "data" in b:
                upd = fake.push(fake.callback(chat, user, str(b["data"]), int(b["message_id"])))
            else:
                upd = fake.click(chat, user, str(b["text"]), b.get("message_id"))
            return ok, {"ok": True, "result": upd}
        if action == "calls" and req.method == "GET":
            since = int(query.get("since", "0") or 0)
            calls = [c.to_json(i) for i, c in enumerate(fake.calls) if i >= since]
            return ok, {"ok": True, "result": calls, "next": len(fake.calls)}
        if action == "fail" and req.method == "POST":
            b = self._json_body(req)
            fake.fail_next(
                str(b["method"]),
                int(b["status"]),
                b.get("body"),
                int(b.get("times", 1)),
                retry_after=int(b.get("retry_after", 7)),
                description=b.get("description"),
                html=bool(b.get("html", False)),
            )
            return ok, {"ok": True, "result": True}
        if action == "slow" and req.method == "POST":
            b = self._json_body(req)
            fake.slow_answer_next(str(b["method"]), float(b["seconds"]), int(b.get("times", 1)))
            return ok, {"ok": True, "result": True}
        if action == "hang" and req.method == "POST":
            b = self._json_body(req)
            fake.hang_next(str(b["method"]), float(b["seconds"]), int(b.get("times", 1)))
            return ok, {"ok": True, "result": True}
        if action == "down" and req.method == "POST":
            b = self._json_body(req)
            if b.get("down", True):
                status = b.get("status")
                fake.go_down(int(status) if status is not None else None)
            else:
                fake.come_back()
            return ok, {"ok": True, "result": fake.down, "refused": fake.refused}
        if action == "floods" and req.method == "POST":
            b = self._json_body(req) or {}
            fake.limit_floods(int(b.get("per_second", 30)), int(b.get("per_minute_group", 20)))
            return ok, {"ok": True, "result": True}
        if action == "floods" and req.method == "GET":
            flood = fake.flood
            refused = [] if flood is None else [vars(r) for r in flood.refused]
            accepted = 0 if flood is None else flood.accepted
            return ok, {"ok": True, "result": {"accepted": accepted, "refused": refused}}
        if action == "latency" and req.method == "POST":
            fake.slow_down(float(self._json_body(req)["seconds"]))
            return ok, {"ok": True, "result": True}
        if action == "kick" and req.method == "POST":
            fake.kick(int(self._json_body(req)["chat_id"]))
            return ok, {"ok": True, "result": True}
        if action == "admins" and req.method == "POST":
            b = self._json_body(req)
            creator = b.get("creator", ANNA.id)
            fake.set_admins(
                int(b["chat_id"]),
                [self._user_of(a) for a in b.get("admins", [])],
                self._user_of(creator) if creator is not None else None,
                include_bot=bool(b.get("include_bot", True)),
            )
            return ok, {"ok": True, "result": fake.admins(int(b["chat_id"]))}
        if action == "files" and req.method == "GET":
            chat_id = int(query["chat_id"]) if query.get("chat_id") else None
            sent = [_file_json(m) for m in fake.messages(chat_id) if m.file is not None]
            return ok, {"ok": True, "result": sent}
        if action == "state" and req.method == "GET":
            return ok, {"ok": True, "result": fake.state(), "marker": fake.mark()}
        if action == "changes" and req.method == "GET":
            changes = fake.changes_since(int(query.get("since", "0") or 0))
            return ok, {
                "ok": True,
                "result": [
                    {
                        "kind": c.kind,
                        "chat_id": c.chat_id,
                        "message_id": c.message_id,
                        "text": c.text,
                        "buttons": c.buttons,
                    }
                    for c in changes
                ],
                "marker": fake.mark(),
            }
        if action == "idle" and req.method == "GET":
            try:
                await fake.wait_idle(
                    float(query.get("quiet", "0.15")), float(query.get("timeout", "10"))
                )
            except TimeoutError as exc:
                return 504, {"ok": False, "description": str(exc)}
            return ok, {"ok": True, "result": True, "marker": fake.mark()}
        return 404, error_body(404, f"Not Found: no control action {action!r}")


def _file_json(message: BotMessage) -> JSON:
    """A sent file for ``/_control/files``: its message, name, type, size, pixels, base64 bytes."""
    file = message.file
    assert file is not None
    return {
        "chat_id": message.chat_id,
        "message_id": message.message_id,
        "kind": file.kind,
        "name": file.name,
        "mime_type": file.mime_type,
        "size": file.size,
        "width": file.width,
        "height": file.height,
        "file_id": file.file_id,
        "data": base64.b64encode(file.data).decode("ascii"),
    }


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


async def _serve(port: int, token: str | None) -> None:
    server = FakeBotAPIServer(FakeTelegram(), port=port, token=token)
    await server.start()
    print(f"fake Telegram Bot API at {server.base_url}  (control: {server.url}/_control/)")
    print("Ctrl-C to stop", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await server.stop()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m fakegram", description="Serve a fake Telegram Bot API on 127.0.0.1."
    )
    parser.add_argument("--port", type=int, default=9000, help="0 picks a free port")
    parser.add_argument("--token", default=None, help="accept only this bot token")
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.port, args.token))
    return 0
