"""Bot API methods on files and media: documents and photos.

Every file the bot sends is kept as a :class:`SentFile` (name, MIME type, bytes, and the size in
pixels of an image) on its :class:`BotMessage`; ``FakeTelegram.files(chat_id)`` lists them. A
file can be sent again by its ``file_id``, as Telegram allows.
"""

from __future__ import annotations

import mimetypes

from fakegram.images import image_size
from fakegram.model import BotMessage, SentFile
from fakegram.state import State
from fakegram.wire import JSON, Files, bad

# Telegram's limits for sendPhoto.
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTO_SIDES = 10_000  # width + height
MAX_PHOTO_RATIO = 20
# The longest side of each size Telegram keeps of an uploaded photo (thumbnail first).
PHOTO_SIZES = (90, 320, 800, 1280)


class Media(State):
    """sendDocument, sendPhoto; tests read the files back (``files()``, ``BotMessage.file``)."""

    def _upload(self, kind: str, params: JSON, files: Files) -> SentFile:
        """The file in the request: uploaded, a file_id sent before, or a URL (no bytes)."""
        upload = files.get(kind)
        if upload is not None:
            name, data = upload
        else:
            ref = str(params.get(kind) or "")
            if not ref:
                raise bad(f"there is no {kind} in the request")
            if ref in self._files:
                return self._files[ref]
            if "://" not in ref:
                raise bad("wrong file identifier/HTTP URL specified")
            name, data = ref.rsplit("/", 1)[-1] or "file", b""
        n = next(self._file_seq)
        prefix = "AgACAgQAAxkDAAI" if kind == "photo" else "BQACAgQAAxkDAAI"
        file_id, unique_id = f"{prefix}{n:06d}fake", f"AgAD{n:06d}"
        image = image_size(data)
        if image is None:
            mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
            sent = SentFile(kind, name, mime, data, file_id, unique_id)
        else:
            mime, width, height = image
            sent = SentFile(kind, name, mime, data, file_id, unique_id, width, height)
        self._files[sent.file_id] = sent
        return sent

    def _send_file(
        self, method: str, params: JSON, field: str, payload: object, file: SentFile
    ) -> BotMessage:
        chat = self._writable_chat(params)
        caption, entities = self._caption(params)
        sent_markup, echoed = self._inline_markup(params.get("reply_markup"))
        msg = self._base_message(chat, params)
        msg[field] = payload
        if caption:
            msg["caption"] = caption
        if entities:
            msg["caption_entities"] = entities
        if echoed:
            msg["reply_markup"] = echoed
        return self._store_bot(method, msg, sent_markup, file)

    async def _m_send_document(self, params: JSON, files: Files) -> JSON:
        self._writable_chat(params)
        file = self._upload("document", params, files)
        document = {
            "file_name": file.name,
            "mime_type": file.mime_type,
            "file_id": file.file_id,
            "file_unique_id": file.file_unique_id,
            "file_size": file.size,
        }
        return self._send_file("sendDocument", params, "document", document, file).message

    async def _m_send_photo(self, params: JSON, files: Files) -> JSON:
        self._writable_chat(params)
        file = self._upload("photo", params, files)
        if file.width is None or file.height is None:
            if file.data or files.get("photo") is not None:
                raise bad("IMAGE_PROCESS_FAILED")
            width, height = 1280, 960  # a URL: the fake cannot fetch it
        else:
            width, height = file.width, file.height
        if file.size > MAX_PHOTO_BYTES:
            raise bad("PHOTO_SAVE_FILE_INVALID")
        if width + height > MAX_PHOTO_SIDES or max(width, height) > MAX_PHOTO_RATIO * min(
            width, height
        ):
            raise bad("PHOTO_INVALID_DIMENSIONS")
        sizes = _photo_sizes(file, width, height)
        return self._send_file("sendPhoto", params, "photo", sizes, file).message


def _photo_sizes(file: SentFile, width: int, height: int) -> list[JSON]:
    """The PhotoSize list Telegram returns: scaled copies, smallest first, then the largest."""
    longest = max(width, height)
    sizes: list[JSON] = []
    for i, limit in enumerate(PHOTO_SIZES):
        scale = min(1.0, limit / longest)
        last = scale == 1.0 or i == len(PHOTO_SIZES) - 1
        suffix = "" if last else str(i)  # the largest size is the file itself
        size = {
            "file_id": f"{file.file_id}{suffix}",
            "file_unique_id": f"{file.file_unique_id}{suffix}",
            "width": max(1, round(width * scale)),
            "height": max(1, round(height * scale)),
            "file_size": max(1, round(file.size * scale * scale)),
        }
        sizes.append(size)
        if last:
            break
    return sizes
