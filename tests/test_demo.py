"""`python -m bot demo --script docs/demo.txt` plays the first-meeting story, real bot."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from handlers import COMMANDS

pytestmark = pytest.mark.process

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "docs" / "demo.txt"


def _has_command(name: str) -> bool:
    return any(name in command.names for command in COMMANDS)


def test_demo_script_plays_through() -> None:
    env = {**os.environ, "PTB_TIMEDELTA": "1", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "demo", "--script", str(SCRIPT)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    out = result.stdout
    assert result.returncode == 0, f"stdout:\n{out}\nstderr:\n{result.stderr}"
    assert "Traceback" not in result.stderr
    assert "😕 Sorry" not in out
    # The greeting when Anna added the bot, before the script starts.
    assert out.index("Wijkbot: 👋 Hallo Bewonersorganisatie Duindorp!") < out.index("Anna: /help")
    # Help, for Anna and for Bram.
    assert out.count("📋 Wat Wijkbot kan") >= 2
    assert "Bram: /help" in out
    # Roles: Bram by replying to his message, Carla by her username.
    assert "Anna: >Bram /bestuur toevoegen" in out
    assert "Wijkbot: ✅ Bram hoort nu bij het bestuur." in out
    assert "Carla is nu contactpersoon van de gemeente" in out
    board = out[out.index("Anna: /bestuur\n") :]
    assert "• Bram" in board.split("\n\n# ")[0]
    if _has_command("herinner"):
        fired = out[out.index("~ +1d") :]
        assert re.search(r"🕒 \w+ \d+ \w+ om 19:30\nWijkbot: ⏰ Herinnering", fired)
        assert "bestuursvergadering in het buurthuis" in fired
        assert re.search(r"\[1\] [^\[\n]*Later\s+\[2\] [^\[\n]*Klaar", fired)
        assert "(Bram drukt op “✅ Klaar”)" in fired
        assert re.search(r"Wijkbot \(bewerkt\): ⏰ Herinnering[^#]*Klaar \(Bram\)", fired)
        weekly = out[out.index("~ +7d") :]
        assert re.search(r"🕒 maandag \d+ \w+ om 09:00\nWijkbot: ⏰ Herinnering", weekly)
        assert "wijkkrant rondbrengen" in weekly
    if _has_command("peiling"):
        story = out[out.index("Anna: /peiling Zullen we") :]
        assert "Nog niet gestemd: Bram" in story
        assert "Niet meegeteld (geen bestuur):\n• Carla: Tegen" in story
        assert "Uitkomst: aangenomen" in story
        assert "📌 Vastgelegd als besluit" in story
    if _has_command("overleg"):
        story = out[out.index("Anna: /overleg over 10 dagen") :]
        assert re.search(r"Wijkbot: 📎 overleg-\d{4}-\d\d-\d\d\.ics \(\d+,\d kB\)", story)
        assert re.search(r"\(bestand opgeslagen: \S+overleg-\d{4}-\d\d-\d\d\.ics\)", story)
        assert "✅ Ik kom (1): Bram\n🤔 Misschien (1): Carla" in story
        assert "verkeersveiligheid bij de basisschool? (Carla) ↗ bericht" in story
        assert "Dit staat al op de agenda van" in story
        assert "Aan de beurt volgens de rotatie: ⭐ Anna de Vries" in story
        assert "Wijkbot: 📣 Agendapunten gevraagd" in story
        assert "Wijkbot: 📋 Definitieve agenda" in story
        assert "(Bram drukt op “Toch op deze agenda”)" in story
        assert re.search(r"📎 agenda-\d{4}-\d\d-\d\d\.html \(\d+,\d kB\)", story)
        assert "Wijkbot: ⏰ Morgen: overleg" in story
        assert "2 punten zijn niet besproken en schuiven door" in story
        assert "— doorgeschoven van" in story
        assert "📅 Het overleg is verplaatst" in story
        assert re.search(r"\(1 geweest, [01] gepland\)", story)  # the moved one may be next year
    # Fout getypt en hersteld: a typo is answered with what was meant, a bare command asks,
    # a reply that needed no answer gets one, the gemeente's typed outcome is read.
    story = out[out.index("# Fout getypt en hersteld") :]
    assert "Bram: /agnda Bankjes in het Duinpark\nWijkbot: Bedoel je /agenda?" in story
    assert "Anna: /besluit\nWijkbot: Wat is het besluit?" in story
    assert re.search(r"Wijkbot: 📌 Besluit \d+: we plaatsen twee bankjes in het Duinpark", story)
    assert "Anna: > top, dank je!\nWijkbot: Op dat bericht wacht ik geen antwoord." in story
    assert re.search(
        r"Carla: > weet ik nog niet\nWijkbot: Welke uitkomst heeft advies \d+\?", story
    )
    assert re.search(r"Wijkbot: ✅ Advies \d+ is beantwoord [^\n]*: niet overgenomen\.", story)
    # ... and corrected: a decision's text, "Bedoel je Bram?", an action's date, an undo, an
    # advice's sending date and addressee (issue 17)
    assert re.search(r"Wijkbot: ✏️ Besluit \d+ is gewijzigd: we plaatsen drie bankjes", story)
    assert "tekst gewijzigd door Anna (was: we plaatsen twee bankjes in het Duinpark)" in story
    assert "Wijkbot: 🤔 @bram ken ik niet in deze groep. Bedoel je Bram?" in story
    assert re.search(r"✅ Actie \d+: bankjes bestellen\. Bram, uiterlijk", story)
    assert re.search(
        r"✏️ Actie \d+ is gewijzigd: bankjes bestellen\. Bram, uiterlijk vrijdag 29", story
    )
    assert re.search(
        r"Wijkbot \(bewerkt\): ↩️ Actie \d+ is ongedaan gemaakt: speeltuin verven", story
    )
    # (the demo starts on the day it is played: dates are read from the story, not fixed)
    moved = re.search(r"✏️ Advies \d+ is verzonden op \w+ (\d+) \w+ \d{4}\.\n", story)
    was = re.search(r"verzenddatum gewijzigd door Anna de Vries \(was: (\d+) \w+ \d{4}\)", story)
    assert moved
    assert was
    assert moved.group(1) != was.group(1)
    assert "geadresseerde gewijzigd door Anna de Vries (was: stadsdeel Scheveningen)" in story
    # Kinds of meeting and the thermometer (issue 19)
    story = out[out.index("# Soorten overleg") :]
    assert "Stadsdeeloverleg (/overleg stadsdeeloverleg …)" in story
    assert (
        "🗂 Stadsdeeloverleg · uitgenodigd: het bestuur en de gemeente\n📍 Stadsdeelkantoor" in story
    )
    assert "▫️ Opening en vaststellen agenda" in story
    assert "Wijkbot (privé aan Carla): 🌡️ Thermometer Bewonersorganisatie Duindorp" in story
    assert "Bram: je krijgt de vragen zodra je via de link op Start drukt." in story
    assert re.search(r"Wijkbot: 🌡️ Uitslag thermometer [^\n]*\nIngevuld: bestuur 1 van 2", story)
    assert "Bestuur 4,0 · Gemeente 5,0 · verschil 1,0" in story
    assert re.search(r"📎 thermometer-\d{4}-\d\d-\d\d\.html", story)
    # As volunteers type (this stop): options after the "?", an hour asked with buttons, a
    # reply to the agenda list offered before it is added
    story = out[out.index("# Zoals vrijwilligers typen") :]
    assert "Opties: di · wo · do" in story
    assert "🕙 Hoe laat bedoel je met “om 10”?" in story
    assert re.search(
        r"✅ Ik herinner jullie op vrijdag \d+ \w+ om 10:00 aan: flyers ophalen", story
    )
    assert "Zal ik dit op de agenda zetten? “Speeltuin: nieuwe schommel”" in story
    assert re.search(r"✅ Punt \d+ op de agenda [^\n]*\nSpeeltuin: nieuwe schommel", story)
