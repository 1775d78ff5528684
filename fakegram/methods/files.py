"""Bot API methods on files and media: documents."""

from __future__ import annotations

import mimetypes

from fakegram.model import MAX_CAPTION
from fakegram.state import State
from fakegram.text import format_text, u16len
from fakegram.wire import JSON, Files, bad


class Media(State):
    """sendDocument; tests read the files back from :class:`BotMessage`."""

    async def _m_send_document(self, params: JSON, files: Files) -> JSON:
        chat = self._writable_chat(params)
        upload = files.get("document")
        if upload is None:
            ref = params.get("document")
            if not ref:
                raise bad("there is no document in the request")
            filename, data = str(ref).rsplit("/", 1)[-1] or "file", b""
        else:
            filename, data = upload
        caption, entities = format_text(
            str(params.get("caption") or ""),
            params.get("parse_mode"),
            params.get("caption_entities"),
        )
        if u16len(caption) > MAX_CAPTION:
            raise bad("message caption is too long")
        sent_markup, echoed = self._inline_markup(params.get("reply_markup"))
        msg = self._base_message(chat, params)
        n = next(self._file_seq)
        msg["document"] = {
            "file_name": filename,
            "mime_type": mimetypes.guess_type(filename)[0] or "application/octet-stream",
            "file_id": f"BQACAgQAAxkDAAI{n:06d}fake",
            "file_unique_id": f"AgAD{n:06d}",
            "file_size": len(data),
        }
        if caption:
            msg["caption"] = caption
        if entities:
            msg["caption_entities"] = entities
        if echoed:
            msg["reply_markup"] = echoed
        return self._store_bot("sendDocument", msg, sent_markup, (filename, data)).message
