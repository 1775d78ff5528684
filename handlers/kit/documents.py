"""Printable documents and spreadsheet files: one Jinja2 environment, one CSV dialect.

Every document (the agenda, the meeting report, advice letters) is a template in
`handlers/templates/` that extends `base.html` (A4 print CSS); autoescaping is on, so user
text can never become markup. CSV files are what Dutch spreadsheets open without asking:
UTF-8 with a BOM, `;` as the separator.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2 import Environment


@lru_cache(maxsize=1)
def environment() -> Environment:
    # Jinja2 is imported on first use, not at start-up (where every import delays the first
    # answer)
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=PackageLoader("handlers", "templates"),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(template: str, **context: Any) -> bytes:
    """A template from handlers/templates rendered to UTF-8 bytes, ready to send as a file."""
    return environment().get_template(template).render(**context).encode("utf-8")


def spreadsheet_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """A CSV that Excel and LibreOffice open with accents intact: UTF-8 BOM, `;`, CRLF."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
