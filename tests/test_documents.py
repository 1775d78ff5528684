"""The shared document and spreadsheet helpers, and /export's word routing."""

from __future__ import annotations

from fakegram import ANNA, BRAM, DUINDORP
from handlers.kit.documents import environment, render_html, spreadsheet_csv
from tests.support.harness import Harness


def test_csv_opens_in_dutch_spreadsheets() -> None:
    data = spreadsheet_csv(
        ["Actie", "Eigenaar"], [["Bewonersbrief; rondsturen", "Eefje"], [1, None]]
    )
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines() == [
        "Actie;Eigenaar",
        '"Bewonersbrief; rondsturen";Eefje',
        "1;",
    ]


def test_templates_escape_user_text() -> None:
    template = environment().from_string("{{ text }}")
    assert template.render(text="<b>x</b> & y") == "&lt;b&gt;x&lt;/b&gt; &amp; y"
    page = render_html("base.html", lang="nl").decode()
    assert "@page { size: A4" in page


async def test_export_needs_board_and_a_known_word(bot: Harness) -> None:
    bot.fake.set_admins(DUINDORP.id, [], creator=ANNA)
    out = await bot.say("/export", user=BRAM)
    assert "bestuur" in (out[0].text or "")
    out = await bot.say("/export fietsen")
    assert "Zo gebruik je het: /export acties" in (out[0].text or "")
