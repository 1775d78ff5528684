"""/adviezen, /adviezen cijfers with the chart (a PNG sent with sendPhoto), /export adviezen."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from domain.advice.figures import YearFigures
from fakegram import BRAM, CARLA, DUINDORP
from handlers.advice.chart import chart
from handlers.advice.official.figures import figures_line
from tests.support.harness import Harness
from tests.support.steps import setup_group, texts


async def _history(bot: Harness) -> None:
    """Three advices of 2026 with a known history (today: Wednesday 25 November 2026)."""
    await setup_group(bot)
    await bot.say("/instellingen adviesoverzicht uit")
    await bot.say("/advies Duinplein verzonden 1 september 2026 aan stadsdeel Scheveningen")
    await bot.say("/advies 1 ontvangen 8 september 2026")  # 5 working days: on time
    await bot.say("/advies 1 beantwoord 6 oktober 2026 deels overgenomen: bomen blijven")  # 25
    await bot.say("/advies Speeltuin verzonden 1 oktober 2026")
    await bot.say("/advies 2 ontvangen 20 oktober 2026")  # 13 working days: late
    await bot.say("/advies 2 beantwoord 23 november 2026 niet overgenomen: te duur")  # 37: late
    await bot.say("/advies Bankjes verzonden 2 november 2026")  # open: ack deadline passed


async def test_list_shows_state_days_waiting_and_next_deadline(bot: Harness) -> None:
    await _history(bot)
    out = await bot.say("/adviezen", user=BRAM)
    text = texts(out)[0]
    assert text.startswith("📨 Adviezen (3)")
    assert "1. Duinplein\n    beantwoord · verzonden 1 sep 2026 · 25 werkdagen" in text
    assert (
        "3. Bankjes\n    verzonden, ⚠️ te laat · verzonden 2 nov 2026 · 17 werkdagen"
        " · ontvangstbevestiging uiterlijk 16 nov 2026"
    ) in text
    assert out[0].buttons == [
        [("📄 1", "adv:show:1"), ("📄 2", "adv:show:2"), ("📄 3", "adv:show:3")]
    ]
    out = await bot.press("📄 2", user=BRAM)
    assert "reactie ontvangen (23 nov 2026): niet overgenomen" in texts(out)[0]


async def test_figures_per_year_and_the_chart(bot: Harness) -> None:
    await _history(bot)
    out = await bot.say("/adviezen cijfers", user=CARLA)
    text = texts(out)[0]
    # by hand: acknowledged on time 1 of 3 (advice 3's deadline passed); answered on time 1 of
    # 2 (advice 3's reply deadline, 14 December, has not passed); medians 9 (5, 13) and 31
    # (25, 37) working days
    assert "2026: 3 adviezen (0 ingetrokken)" in text
    assert "Ontvangst op tijd bevestigd: 33% (1 van 3)" in text
    assert "Op tijd inhoudelijk beantwoord: 50% (1 van 2)" in text
    assert "Mediaan tot ontvangstbevestiging: 9 werkdagen" in text
    assert "Mediaan tot inhoudelijke reactie: 31 werkdagen" in text
    assert "Uitkomsten: deels overgenomen 1, niet overgenomen 1" in text
    photo = bot.fake.files(DUINDORP.id)[-1]
    assert photo.kind == "photo"
    assert photo.data.startswith(b"\x89PNG\r\n\x1a\n")
    assert 10_000 < photo.size < 500_000
    assert (photo.width, photo.height) == (600, 450)
    assert bot.fake.calls_to("sendPhoto")[-1].params["caption"].startswith("Werkdagen tot")


def test_chart_grows_with_the_number_of_advices() -> None:
    from domain.advice.model import Advice

    many = [
        Advice(
            id=n,
            chat_id=-1,
            number=n,
            subject=f"A{n}",
            sent_on=date(2026, 1, 5) + timedelta(days=7 * n),
        )
        for n in range(1, 31)
    ]
    png = chart("nl", many, date(2026, 11, 25))
    width = int.from_bytes(png[16:20], "big")
    height = int.from_bytes(png[20:24], "big")
    assert (width, height) == (1450, 450)


async def test_export_csv_for_the_board(bot: Harness) -> None:
    await _history(bot)
    out = await bot.say("/export adviezen", user=BRAM)
    assert texts(out) == ["Alleen bestuursleden kunnen dit doen."]
    await bot.say("/export adviezen")
    document = bot.fake.files(DUINDORP.id)[-1]
    assert (document.kind, document.name) == ("document", "adviezen.csv")
    assert document.data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(document.data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:5] == ["nummer", "onderwerp", "aan", "gevraagd", "verzonden"]
    assert len(rows) == 4
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["ontvangstbevestiging uiterlijk"] == "2026-09-15"
    assert first["uitkomst"] == "deels overgenomen"
    assert first["werkdagen tot ontvangst"] == "5"
    assert first["werkdagen tot reactie"] == "25"
    third = dict(zip(rows[0], rows[3], strict=True))
    assert (third["stand"], third["te laat"]) == ("verzonden", "te laat")


async def test_one_advice_one_working_day_in_the_figures_and_the_export(bot: Harness) -> None:
    """Real plurals: "1 advies", a median of "1 werkdag" (a half reads "1,5 werkdagen")."""
    await setup_group(bot)
    await bot.say("/advies Bankjes verzonden 2 november 2026")
    await bot.say("/advies 1 ontvangen 3 november 2026")  # 1 working day
    text = texts(await bot.say("/adviezen cijfers"))[0]
    assert "2026: 1 advies (0 ingetrokken)" in text
    assert "Mediaan tot ontvangstbevestiging: 1 werkdag\n" in text
    await bot.say("/export adviezen")
    caption = bot.fake.calls_to("sendDocument")[-1].params["caption"]
    assert caption == "📎 1 advies, om te openen in Excel of LibreOffice."
    await bot.say("/advies Speeltuin verzonden 2 november 2026")
    await bot.say("/advies 2 ontvangen 4 november 2026")  # 2 working days: the median is 1.5
    text = texts(await bot.say("/adviezen cijfers"))[0]
    assert "2026: 2 adviezen (0 ingetrokken)" in text
    assert "Mediaan tot ontvangstbevestiging: 1,5 werkdagen\n" in text
    await bot.say("/export adviezen")
    caption = bot.fake.calls_to("sendDocument")[-1].params["caption"]
    assert caption == "📎 2 adviezen, om te openen in Excel of LibreOffice."


def test_the_officials_figures_line_says_only_what_is_known() -> None:
    found = YearFigures(2026, 3, 1, 3, 0, 0, 4.6, None, {})
    assert figures_line("nl", "Wijkberaad Escamp", found) == (
        "Wijkberaad Escamp: 3 adviezen · ontvangst mediaan 5 werkdagen, 33% op tijd"
        " · reactie nog niet bekend"
    )
    assert figures_line("en", "Wijkberaad Escamp", found) == (
        "Wijkberaad Escamp: 3 pieces of advice · acknowledgement median 5 working days,"
        " 33% on time · reply not known yet"
    )
    answered = YearFigures(2026, 1, 0, 0, 1, 1, None, 1.0, {})
    assert figures_line("nl", "Duindorp", answered) == (
        "Duindorp: 1 advies · ontvangst nog niet bekend · reactie mediaan 1 werkdag, 100% op tijd"
    )
    assert figures_line("en", "Duindorp", None) == "Duindorp: no advice yet"
