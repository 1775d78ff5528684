"""Incoming e-mail, read: one raw RFC 5322 message in, what the bot needs of it out.

Pure: no I/O and no clock. Bad mail never raises here: a header that cannot be read is left
empty, an unknown charset is read as UTF-8 (or Windows-1252) with replacement characters,
HTML-only mail is turned into text, and an attachment over the cap keeps its name, type and
size but not its bytes. `reply_text` cuts the quoted history, sign-off and signature from a
reply (our own rules: see ARCHITECTURE.md, "Incoming mail", for why not mail-parser-reply).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from enum import StrEnum
from html.parser import HTMLParser

ATTACHMENT_CAP = 10 * 1024 * 1024  # bytes; bigger attachments are refused with a note
TEXT_CAP = 100_000  # characters of text kept from one message (a mail bomb is cut)


class Automatic(StrEnum):
    """Why a message was written by a machine rather than a person."""

    OUT_OF_OFFICE = "out_of_office"
    ACKNOWLEDGEMENT = "acknowledgement"  # "wij hebben uw bericht ontvangen"
    BOUNCE = "bounce"  # a delivery failure report
    OTHER = "other"  # Auto-Submitted, Precedence: bulk, ...


@dataclass(frozen=True)
class Attachment:
    name: str  # as the sender named it; "" when it had none
    content_type: str
    size: int  # bytes, decoded
    data: bytes | None  # None when refused: over the cap

    @property
    def refused(self) -> bool:
        return self.data is None


@dataclass(frozen=True)
class IncomingMail:
    sender_name: str
    sender: str  # the address, lower case ("" when unreadable)
    recipients: tuple[str, ...]  # To, Cc and the delivery headers, lower case
    date: datetime | None  # as the sender's Date header says, in UTC
    subject: str
    message_id: str | None  # "<...>"
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    text: str  # the whole text body (from HTML when there was no plain text)
    new_text: str  # the reply without quoted history and signature; may be ""
    attachments: tuple[Attachment, ...]
    automatic: Automatic | None
    html_only: bool
    defects: int  # how many things the parser found broken

    @property
    def thread(self) -> tuple[str, ...]:
        """Message-IDs this mail answers, nearest first (In-Reply-To, then References
        from the newest back)."""
        seen: list[str] = []
        for mid in (*self.in_reply_to, *reversed(self.references)):
            if mid not in seen:
                seen.append(mid)
        return tuple(seen)


def parse_mail(raw: bytes, *, attachment_cap: int = ATTACHMENT_CAP) -> IncomingMail:
    """Read one message; never raises for what a sender can put in it."""
    msg = message_from_bytes(raw, policy=policy.default)
    name, sender = _address(_header(msg, "From"))
    subject = " ".join(_header(msg, "Subject").split())
    bodies: list[tuple[str, str]] = []
    attachments: list[Attachment] = []
    defects = _walk(msg, bodies, attachments, attachment_cap)
    plain = next((text for kind, text in bodies if kind == "plain" and text.strip()), None)
    html = next((text for kind, text in bodies if kind == "html" and text.strip()), None)
    html_only = plain is None and html is not None
    if plain is not None:
        text = plain
    elif html is not None:
        text = html_to_text(html)
    else:
        text = ""
    text = _clean(text)[:TEXT_CAP]
    return IncomingMail(
        sender_name=name,
        sender=sender,
        recipients=_recipients(msg),
        date=_date(_header(msg, "Date")),
        subject=subject,
        message_id=next(iter(message_ids(_header(msg, "Message-ID"))), None),
        in_reply_to=message_ids(_header(msg, "In-Reply-To")),
        references=message_ids(_header(msg, "References")),
        text=text,
        new_text=reply_text(text),
        attachments=tuple(attachments),
        automatic=automatic(msg, sender, subject, reply_text(text) or text),
        html_only=html_only,
        defects=defects,
    )


# --- headers --------------------------------------------------------------------------------

_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_RECIPIENT_HEADERS = ("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To")


def _header(msg: Message, name: str) -> str:
    """A header as text; a malformed one is decoded by hand, an unreadable one is ""."""
    try:
        value = msg.get(name)
        return "" if value is None else str(value)
    except Exception:  # the email package raises many kinds on broken headers
        for key, raw in msg.raw_items():
            if key.lower() == name.lower():
                return _decode_raw_header(str(raw))
        return ""


def _decode_raw_header(raw: str) -> str:
    try:
        return str(make_header(decode_header(raw)))
    except Exception:
        return raw.encode("ascii", "replace").decode("ascii")


def _all_headers(msg: Message, name: str) -> list[str]:
    try:
        return [str(value) for value in msg.get_all(name) or []]
    except Exception:
        return [_decode_raw_header(str(v)) for k, v in msg.raw_items() if k.lower() == name.lower()]


def _address(value: str) -> tuple[str, str]:
    name, address = parseaddr(value)
    return " ".join(name.split()), address.strip().lower()


def _recipients(msg: Message) -> tuple[str, ...]:
    values = [v for header in _RECIPIENT_HEADERS for v in _all_headers(msg, header)]
    found: list[str] = []
    for _name, address in getaddresses(values):
        address = address.strip().lower()
        if "@" in address and address not in found:
            found.append(address)
    return tuple(found)


def message_ids(value: str) -> tuple[str, ...]:
    """The Message-IDs in a header, "<...>" each, in order."""
    found = _MESSAGE_ID.findall(value)
    if not found and value.strip() and " " not in value.strip():
        found = [f"<{value.strip().strip('<>')}>"]
    return tuple(found)


def _date(value: str) -> datetime | None:
    if not value.strip():
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # "-0000": UTC, origin unknown
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


# --- parts ----------------------------------------------------------------------------------


def _walk(
    part: Message, bodies: list[tuple[str, str]], attachments: list[Attachment], cap: int
) -> int:
    """Collect the text bodies and attachments below `part`; returns the defects found
    (decoding adds its own, such as bad base64, so they are counted afterwards)."""
    content_type = part.get_content_type()
    below = 0
    if content_type == "message/rfc822":
        attachments.append(_forwarded(part, cap))
    elif part.is_multipart():
        payload = part.get_payload()
        for sub in payload if isinstance(payload, list) else []:
            if isinstance(sub, Message):
                below += _walk(sub, bodies, attachments, cap)
    elif content_type in ("message/delivery-status", "message/disposition-notification"):
        pass
    elif _is_body(part, content_type):
        kind = "plain" if content_type == "text/plain" else "html"
        bodies.append((kind, _decode(_payload(part), part)))
    elif not _is_embedded(part, content_type):
        data = _payload(part)
        attachments.append(
            Attachment(_filename(part), content_type, len(data), data if len(data) <= cap else None)
        )
    return below + len(getattr(part, "defects", []))


def _is_body(part: Message, content_type: str) -> bool:
    return (
        content_type in ("text/plain", "text/html")
        and _disposition(part) != "attachment"
        and not _filename(part)
    )


def _is_embedded(part: Message, content_type: str) -> bool:
    """A logo in an HTML signature: an inline image with a Content-ID, not an attachment."""
    return (
        content_type.startswith("image/")
        and bool(part.get("Content-ID"))
        and _disposition(part) != "attachment"
    )


def _forwarded(part: Message, cap: int) -> Attachment:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    try:
        data = inner.as_bytes(policy=policy.SMTP) if isinstance(inner, Message) else b""
    except Exception:
        data = b""
    subject = " ".join(_header(inner, "Subject").split()) if isinstance(inner, Message) else ""
    name = _filename(part) or (f"{_safe_name(subject)}.eml" if subject else "")
    return Attachment(name, "message/rfc822", len(data), data if len(data) <= cap else None)


def _safe_name(text: str) -> str:
    return re.sub(r"[^\w .,()-]+", "_", text)[:80].strip() or "bericht"


def _disposition(part: Message) -> str | None:
    try:
        return part.get_content_disposition()
    except Exception:
        return None


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:
        return ""
    return " ".join(str(name).replace("/", "_").replace("\\", "_").split())[:200]


def _payload(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        return b""
    return data if isinstance(data, bytes) else b""


def _decode(data: bytes, part: Message) -> str:
    """Text in its declared charset; an unknown or absent one is UTF-8 or else Windows-1252,
    and bytes that do not fit become replacement characters."""
    try:
        declared = part.get_content_charset() or ""
    except Exception:
        declared = ""
    try:
        codec = codecs.lookup(declared).name if declared else "ascii"
    except LookupError:
        codec = "unknown"
    if codec in ("ascii", "unknown"):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")
    try:
        return data.decode(codec, errors="replace")
    except Exception:  # some codecs raise on odd input despite "replace"
        return data.decode("utf-8", errors="replace")


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


# --- HTML to text ---------------------------------------------------------------------------

_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt fieldset figcaption figure footer form h1 h2"
    " h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul".split()
)
_SKIPPED = frozenset({"script", "style", "head", "title", "template", "noscript"})


class _HtmlText(HTMLParser):
    """Text with line breaks where the page has them, and "> " before quoted lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.quote = 0
        self.skip = 0
        self.pre = 0

    def flush(self, *, empty: bool = False) -> None:
        text = "".join(self.line)
        text = text.rstrip() if self.pre else text.strip()
        if text or empty:
            self.lines.append("> " * self.quote + text if text else ">" * self.quote)
        self.line = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skip += 1
        elif tag == "br":
            self.flush(empty=True)
        elif tag in _BLOCKS:
            self.flush()
            if tag == "blockquote":
                self.quote += 1
            elif tag == "li":
                self.line.append("- ")
            elif tag == "pre":
                self.pre += 1
            elif tag == "hr":
                self.lines.append("> " * self.quote + "-" * 20)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.flush()
            if tag == "blockquote":
                self.quote = max(0, self.quote - 1)
            elif tag == "pre":
                self.pre = max(0, self.pre - 1)
            elif tag == "p":
                self.lines.append(">" * self.quote)  # a paragraph ends with a blank line

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.pre:
            parts = data.split("\n")
            for part in parts[:-1]:
                self.line.append(part)
                self.flush(empty=True)
            self.line.append(parts[-1])
            return
        self.line.append(re.sub(r"\s+", " ", data.replace("\xa0", " ")))


def html_to_text(html: str) -> str:
    """Readable text from an HTML body: blocks and <br> become lines, quotes get "> "."""
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # HTMLParser is lenient; this is for the odd assertion
        pass
    parser.flush()
    text = "\n".join(parser.lines)
    return re.sub(r"\n(>*\n){2,}", "\n\n", text).strip()


# --- the new text of a reply ----------------------------------------------------------------

_SEPARATOR = re.compile(
    r"^\s*[-_=*]{2,}\s*(?:begin\s+)?(?:oorspronkelijke?\s+bericht|original\s+message|"
    r"doorgestuurd\s+bericht|forwarded\s+message|ursprüngliche\s+nachricht)\s*:?\s*[-_=*]*\s*$"
    r"|^\s*(?:begin\s+)?(?:doorgestuurd\s+bericht|forwarded\s+message)\s*:\s*$"
    r"|^\s*_{10,}\s*$",
    re.IGNORECASE,
)
_HEADER_FIELD = re.compile(
    r"^\s*\*?(?:van|from|verzonden|sent|datum|date|aan|to|cc|onderwerp|subject|"
    r"beantwoorden aan|reply-to)\s*:\*?\s*\S",
    re.IGNORECASE,
)
_FROM_FIELD = re.compile(r"^\s*\*?(?:van|from)\s*:\*?\s*\S", re.IGNORECASE)
_WROTE_START = re.compile(r"^\s*(?:op|on|am|le)\s+\S", re.IGNORECASE)
_WROTE_END = re.compile(
    r"\b(?:schreef|het volgende geschreven|wrote|schrieb|a écrit)\b.{0,160}:\s*$|"
    r"\b(?:schreef|wrote|schrieb)\s*:\s*$",
    re.IGNORECASE,
)
_DEVICE = re.compile(
    r"^\s*(?:(?:verzonden|verstuurd)\s+(?:vanaf|met|via|van)\s+(?:mijn|een)\b|sent\s+from\s+my\b|"
    r"outlook\s+voor\s+(?:ios|android)|get\s+outlook\s+for\b|download\s+outlook\b)",
    re.IGNORECASE,
)
_SIGNATURE_DASHES = re.compile(r"^--\s*$")
_SIGNOFF = re.compile(
    r"^\s*(?i:(?:met\s+)?(?:een\s+)?(?:(?:vriendelijke|hartelijke|beste|warme|zonnige|"
    r"collegiale|lieve)\s+)?groet(?:en|jes)?|m\.?v\.?g\.?|hoogachtend|"
    r"(?:kind|best|warm|many\s+thanks\s+and)\s+regards|regards|best\s+wishes|"
    r"(?:yours\s+)?sincerely|yours\s+faithfully)"
    r"\s*[,.!]?(?:\s*[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,3})?\s*$"
)
_DISCLAIMER = re.compile(
    r"^\s*(?:disclaimer\b|dit\s+(?:e-?mail)?bericht\s+is\s+uitsluitend|"
    r"deze\s+e-?mail\s+is\s+uitsluitend|dit\s+bericht\s+(?:en\s+eventuele\s+bijlagen\s+)?"
    r"(?:is|zijn)\s+(?:uitsluitend|vertrouwelijk)|this\s+e-?mail\s+(?:and\s+any\s+attachments?\s+)?"
    r"(?:is|are)\s+(?:intended|confidential))",
    re.IGNORECASE,
)


def reply_text(text: str) -> str:
    """What the writer wrote now: before the quoted history, without sign-off and signature,
    and without "> " quotes answered in between."""
    lines = text.replace("\r\n", "\n").split("\n")
    end = len(lines)
    for index in range(len(lines)):
        if _history_starts(lines, index):
            end = index
            break
    kept = lines[:end]
    for index, line in enumerate(kept):
        if index == 0 or not any(previous.strip() for previous in kept[:index]):
            continue  # a sign-off needs something above it
        plain = line.strip().strip("*_")
        if (
            _SIGNOFF.match(plain)
            or _DEVICE.match(plain)
            or _SIGNATURE_DASHES.match(line)
            or _DISCLAIMER.match(plain)
        ):
            kept = kept[:index]
            break
    kept = [line for line in kept if not line.lstrip().startswith(">")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in kept)).strip()


def _history_starts(lines: list[str], index: int) -> bool:
    """Whether the quoted history begins at this line."""
    line = lines[index]
    if _SEPARATOR.match(line):
        return True
    unquoted = line.lstrip("> ").strip()
    if _FROM_FIELD.match(unquoted):
        fields = 0
        for following in lines[index + 1 : index + 7]:
            if _HEADER_FIELD.match(following.lstrip("> ")):
                fields += 1
        return fields >= 2
    if _WROTE_START.match(unquoted):
        joined = unquoted
        for following in [""] + lines[index + 1 : index + 3]:
            joined = f"{joined} {following.lstrip('> ').strip()}".strip()
            if len(joined) <= 300 and _WROTE_END.search(joined) and re.search(r"\d", joined):
                return True
    return False


# --- automatic replies ----------------------------------------------------------------------

_OUT_OF_OFFICE = re.compile(
    r"afwezigheidsmelding|automatisch\s+antwoord|automatische\s+(?:re)?actie|"
    r"out\s+of\s+(?:the\s+)?office|automatic\s+reply|auto[- ]?reply|abwesenheitsnotiz",
    re.IGNORECASE,
)
# a subject that opens with where the writer is: "Afwezig: Advies 1" (some mail servers send
# it without any Auto-Submitted header); a person's reply never starts that way
_AWAY_SUBJECT = re.compile(
    r"^\s*(?:afwezig|niet\s+aanwezig|(?:met\s+)?vakantie|abwesend|away)\s*:", re.IGNORECASE
)
_AWAY = re.compile(
    r"\b(?:ik\s+ben|ben\s+ik|i\s+am|i'm)\b[^.\n]{0,80}\b(?:afwezig|niet\s+aanwezig|"
    r"met\s+(?:verlof|vakantie)|niet\s+op\s+kantoor|away|on\s+(?:leave|holiday|vacation))\b",
    re.IGNORECASE,
)
_ACKNOWLEDGED = re.compile(
    r"ontvangstbevestiging|bevestiging\s+van\s+ontvangst|"
    r"(?:uw|je|jouw)\s+(?:e-?mail|bericht|brief|advies|verzoek)\s+(?:is\s+)?"
    r"(?:in\s+goede\s+orde\s+|goed\s+)?(?:ontvangen|binnengekomen)|"
    r"(?:wij|we)\s+hebben\s+(?:uw|je|jouw)\s+[^.\n]{0,40}\b(?:ontvangen|in\s+goede\s+orde)|"
    r"we\s+have\s+received\s+your|(?:this|your)\s+(?:e-?mail|message)\s+has\s+been\s+received",
    re.IGNORECASE,
)


def automatic(msg: Message, sender: str, subject: str, text: str) -> Automatic | None:
    """Whether a machine wrote this, and what kind: the headers first (RFC 3834's
    Auto-Submitted, the X-Autoreply family, Precedence), then what the subject and text say."""
    local = sender.partition("@")[0]
    report = msg.get_content_type() == "multipart/report" and (
        str(msg.get_param("report-type") or "").lower() == "delivery-status"
    )
    if report or local in ("mailer-daemon", "postmaster"):
        return Automatic.BOUNCE
    submitted = _header(msg, "Auto-Submitted").strip().lower()
    precedence = _header(msg, "Precedence").strip().lower()
    by_header = (
        (submitted not in ("", "no"))
        or bool(_header(msg, "X-Autoreply").strip())
        or bool(_header(msg, "X-Autorespond").strip())
        or precedence in ("auto_reply", "bulk", "junk")
    )
    head = text[:2000]
    if (
        _OUT_OF_OFFICE.search(subject)
        or _AWAY_SUBJECT.match(subject)
        or _OUT_OF_OFFICE.search(head)
    ):
        return Automatic.OUT_OF_OFFICE
    if not by_header:
        return None
    if _ACKNOWLEDGED.search(subject) or _ACKNOWLEDGED.search(head):
        return Automatic.ACKNOWLEDGEMENT
    if _AWAY.search(head):
        return Automatic.OUT_OF_OFFICE
    return Automatic.OTHER


def acknowledges(mail: IncomingMail) -> bool:
    """The text reads as a confirmation of receipt (a person's or a machine's)."""
    return bool(_ACKNOWLEDGED.search(mail.subject) or _ACKNOWLEDGED.search(mail.new_text[:2000]))
