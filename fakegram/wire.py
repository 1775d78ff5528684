"""The Bot API's wire conventions: error bodies, and parameters decoded back into typed values."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from http import HTTPStatus
from typing import Any

JSON = dict[str, Any]
Files = dict[str, tuple[str, bytes]]


DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was kicked from the supergroup chat",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; make sure that only one bot "
    "instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
}
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


def error_body(status: int, description: str | None = None, retry_after: int = 7) -> JSON:
    """The JSON body Telegram sends with an error status (429 carries ``retry_after``)."""
    if status == 429:
        return {
            "ok": False,
            "error_code": 429,
            "description": description or f"Too Many Requests: retry after {retry_after}",
            "parameters": {"retry_after": retry_after},
        }
    return {
        "ok": False,
        "error_code": status,
        "description": description or DEFAULT_DESCRIPTIONS.get(status, "Error"),
    }


class Unreachable(Exception):
    """The fake is down: the adapters drop the connection (``status`` None) or answer with a
    proxy's HTML error page (``status`` 502, 503, 504), as a network outage looks to a bot."""

    def __init__(self, status: int | None) -> None:
        super().__init__("the Bot API is unreachable")
        self.status = status

    @property
    def page(self) -> bytes:
        phrase = HTTPStatus(self.status).phrase if self.status else "Unreachable"
        title = f"{self.status} {phrase}"
        return (
            f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
            f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n"
            "</body>\r\n</html>\r\n"
        ).encode()


class ApiError(Exception):
    """Raised inside method handlers; turned into an error answer by :meth:`FakeTelegram.call`."""

    def __init__(self, status: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.body = error_body(status, description)
        if parameters:
            self.body["parameters"] = parameters


def bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


_STRING_FIELDS = {
    "text",
    "caption",
    "question",
    "data",
    "callback_query_id",
    "inline_message_id",
    "title",
    "description",
    "short_description",
    "name",
    "language_code",
    "parse_mode",
    "explanation",
    "explanation_parse_mode",
    "question_parse_mode",
    "document",
    "photo",
    "url",
    "emoji",
    "action",
    "business_connection_id",
    "message_effect_id",
    "secret_token",
    "ip_address",
    "type",
}


def decode_json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def decode_form_params(pairs: Iterable[tuple[str, str]]) -> JSON:
    """Turn PTB's ``json_parameters`` form (non-strings JSON-encoded) back into typed values."""
    out: JSON = {}
    for key, raw in pairs:
        if key in _STRING_FIELDS:
            out[key] = raw
            continue
        try:
            out[key] = json.loads(raw)
        except ValueError:
            out[key] = raw
    return out


def int_param(params: Mapping[str, Any], key: str, default: int | None = None) -> int | None:
    value = params.get(key, default)
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except ValueError:
        raise bad(f"invalid {key} specified") from None


def bool_param(params: Mapping[str, Any], key: str, default: bool = False) -> bool:
    value = params.get(key, default)
    if isinstance(value, str):
        return value.lower() in {"true", "1"}
    return bool(value)
