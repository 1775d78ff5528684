"""Text formatting as Telegram does it: HTML and Markdown to text and entities, UTF-16 lengths."""

from __future__ import annotations

import html
import re
from typing import Any

from fakegram.wire import JSON, bad, decode_json


def u16len(text: str) -> int:
    """Length in UTF-16 code units: Telegram's unit for entity offsets and lengths."""
    return len(text.encode("utf-16-le")) // 2


_TAG_RE = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)"
    r"\s*(/?)>"
)
_ATTR_RE = re.compile(r"([a-zA-Z-]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
_CHARREF_RE = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);")
_HTML_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}


def _parse_html(src: str) -> tuple[str, list[JSON]]:
    out: list[str] = []
    pos = 0  # UTF-16 offset in the output
    stack: list[tuple[str, int, dict[str, str]]] = []
    entities: list[JSON] = []
    i = 0
    while i < len(src):
        c = src[i]
        byte_off = len(src[:i].encode())
        if c == "<":
            m = _TAG_RE.match(src, i)
            if not m:
                raise bad(
                    f"can't parse entities: Unexpected end of name token at byte offset {byte_off}"
                )
            closing, name = m.group(1) == "/", m.group(2).lower()
            attrs = {
                a.group(1).lower(): (a.group(2) or "").strip("\"'")
                for a in _ATTR_RE.finditer(m.group(3))
            }
            if name not in _HTML_TAGS or (
                name == "span" and not closing and attrs.get("class") != "tg-spoiler"
            ):
                raise bad(
                    f'can\'t parse entities: Unsupported start tag "{name}" at byte offset '
                    f"{byte_off}"
                )
            if closing:
                if not stack or stack[-1][0] != name:
                    expected = f', expected "</{stack[-1][0]}>"' if stack else ""
                    raise bad(
                        f"can't parse entities: Unmatched end tag at byte offset {byte_off}"
                        f'{expected}, found "</{name}>"'
                    )
                tag, start, tag_attrs = stack.pop()
                length = pos - start
                inside_pre = any(t == "pre" for t, _, _ in stack)
                if length > 0 and not (tag == "code" and inside_pre):
                    ent: JSON = {"type": _HTML_TAGS[tag], "offset": start, "length": length}
                    if tag == "a":
                        href = html.unescape(tag_attrs.get("href", ""))
                        if href.startswith("tg://user?id="):
                            ent = {
                                "type": "text_mention",
                                "offset": start,
                                "length": length,
                                "user": {
                                    "id": int(href.split("=", 1)[1]),
                                    "is_bot": False,
                                    "first_name": "",
                                },
                            }
                        else:
                            ent["url"] = href
                    elif tag == "pre":
                        lang = tag_attrs.get("_language")
                        if lang:
                            ent["language"] = lang
                    elif tag == "blockquote" and "expandable" in tag_attrs:
                        ent["type"] = "expandable_blockquote"
                    elif tag == "tg-emoji":
                        ent["custom_emoji_id"] = tag_attrs.get("emoji-id", "")
                    entities.append(ent)
            else:
                if name == "code" and stack and stack[-1][0] == "pre":
                    cls = attrs.get("class", "")
                    if cls.startswith("language-"):
                        stack[-1][2]["_language"] = cls[len("language-") :]
                stack.append((name, pos, attrs))
            i = m.end()
            continue
        if c == "&":
            m = _CHARREF_RE.match(src, i)
            if m:
                ch = html.unescape(m.group(0))
                out.append(ch)
                pos += u16len(ch)
                i = m.end()
                continue
        if c == ">":
            pass  # Telegram tolerates a bare '>'
        out.append(c)
        pos += u16len(c)
        i += 1
    if stack:
        raise bad(
            "can't parse entities: Can't find end tag corresponding to start tag "
            f'"{stack[-1][0]}"'
        )
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


_MD2_RESERVED = set("_*[]()~`>#+-=|{}.!")
_MD2_NAMES = {
    "*": "Bold",
    "_": "Italic",
    "__": "Underline",
    "~": "Strikethrough",
    "||": "Spoiler",
}


def _parse_markdown(src: str, v2: bool) -> tuple[str, list[JSON]]:
    out: list[str] = []
    pos = 0
    entities: list[JSON] = []
    open_marks: dict[str, int] = {}
    open_pos: dict[str, int] = {}
    link_start: int | None = None
    i = 0
    n = len(src)

    def emit(text: str) -> None:
        nonlocal pos
        out.append(text)
        pos += u16len(text)

    while i < n:
        c = src[i]
        byte_off = len(src[:i].encode())
        if c == "\\" and v2 and i + 1 < n:
            emit(src[i + 1])
            i += 2
            continue
        if src.startswith("```", i):
            end = src.find("```", i + 3)
            if end < 0:
                raise bad(
                    f"can't parse entities: Can't find end of Pre entity at byte offset {byte_off}"
                )
            body = src[i + 3 : end]
            lang = ""
            if "\n" in body:
                first, rest = body.split("\n", 1)
                if first and " " not in first:
                    lang, body = first, rest
            if v2:
                body = re.sub(r"\\(.)", r"\1", body)
            start = pos
            emit(body)
            ent: JSON = {"type": "pre", "offset": start, "length": pos - start}
            if lang:
                ent["language"] = lang
            entities.append(ent)
            i = end + 3
            continue
        if c == "`":
            end = src.find("`", i + 1)
            if end < 0:
                raise bad(
                    f"can't parse entities: Can't find end of Code entity at byte offset {byte_off}"
                )
            body = src[i + 1 : end]
            if v2:
                body = re.sub(r"\\(.)", r"\1", body)
            start = pos
            emit(body)
            entities.append({"type": "code", "offset": start, "length": pos - start})
            i = end + 1
            continue
        mark = None
        if v2 and src.startswith("__", i):
            mark = "__"
        elif v2 and src.startswith("||", i):
            mark = "||"
        elif c in "*_" or (v2 and c == "~"):
            mark = c
        if mark is not None:
            if mark in open_marks:
                start = open_marks.pop(mark)
                open_pos.pop(mark)
                if pos > start:
                    kind = {
                        "*": "bold",
                        "_": "italic",
                        "__": "underline",
                        "~": "strikethrough",
                        "||": "spoiler",
                    }[mark]
                    entities.append({"type": kind, "offset": start, "length": pos - start})
            else:
                open_marks[mark] = pos
                open_pos[mark] = byte_off
            i += len(mark)
            continue
        if c == "[" and link_start is None:
            link_start = pos
            i += 1
            continue
        if c == "]" and link_start is not None:
            if i + 1 < n and src[i + 1] == "(":
                end = src.find(")", i + 2)
                if end >= 0:
                    url = src[i + 2 : end]
                    if pos > link_start:
                        entities.append(
                            {
                                "type": "text_link",
                                "offset": link_start,
                                "length": pos - link_start,
                                "url": url,
                            }
                        )
                    link_start = None
                    i = end + 1
                    continue
            raise bad(f"can't parse entities: Can't find end of a URL at byte offset {byte_off}")
        if v2 and c == ">" and (i == 0 or src[i - 1] == "\n"):
            i += 1  # blockquote marker; formatting not tracked
            continue
        if v2 and c in _MD2_RESERVED:
            raise bad(
                f"can't parse entities: Character '{c}' is reserved and must be escaped with the "
                "preceding '\\'"
            )
        emit(c)
        i += 1
    if open_marks:
        mark = next(iter(open_marks))
        raise bad(
            f"can't parse entities: Can't find end of {_MD2_NAMES.get(mark, 'the')} entity at "
            f"byte offset {open_pos[mark]}"
        )
    if link_start is not None:
        raise bad("can't parse entities: Can't find end of a URL")
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def format_text(text: str, parse_mode: str | None, entities: Any = None) -> tuple[str, list[JSON]]:
    """Apply ``parse_mode`` like Telegram: returns (plain text, entities)."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        return _parse_html(text)
    if mode == "markdownv2":
        return _parse_markdown(text, v2=True)
    if mode == "markdown":
        return _parse_markdown(text, v2=False)
    if mode:
        raise bad(f"unsupported parse_mode {parse_mode}")
    return text, [dict(e) for e in (decode_json(entities) or [])]
