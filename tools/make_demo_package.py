"""Write the demo exam package: ``examdesk/resources/demo/demo_package.json``.

    python tools/make_demo_package.py

Everything in the package is invented (names, BSNs from the public test range, exam content). It holds
a Wft PE exam shaped like the real Bijzonder Examen Adviseur Consumptief krediet (25 items: 16 kennis en
begrip of 1 point, 9 vaardigheden and generiek of 2 points; 90 minutes), a small VMBO-BB economics CE
with two variants that share no item, three afnamegroepen, and results whose grades spread over fails,
inzage-eligible 4s and 5s, and passes.

Results are written as answers, not as grades: each candidate's plan says which items went wrong, and
this script turns that into responses in the package's shapes. It then scores them with the station's
own rules (``examdesk.core.scoring`` and ``examdesk.core.grading``) and prints the outcome, so the demo's
grades are whatever the rules say, never typed in by hand. The output is deterministic; the test
``tests/services/test_demo_package.py`` rebuilds it and compares it with the committed file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from examdesk.core import bsn
from examdesk.core.grading import Grade, grade
from examdesk.core.numbers import format_amount, format_points
from examdesk.core.package_format import (
    PackageModel,
    parse_package,
)
from examdesk.core.scoring import ResultScore, score_result
from examdesk.services.exams import core_exam, core_responses

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "examdesk" / "resources" / "demo" / "demo_package.json"

PE_CODE = "WFT-CK-DEMO-1"
CE_CODE = "BB-EC-DEMO-1"

Json = dict[str, Any]

# --- item builders -----------------------------------------------------------------------------------

KEYS = "ABCDEFGH"
LET_OP = (
    "Let op: verander altijd de volgorde. Staat de volgorde volgens u al goed? Verander de volgorde dan "
    "toch en zet haar daarna weer terug. Een vraag waarvan de volgorde niet is veranderd, telt als "
    "niet beantwoord."
)


def _options(texts: Iterable[str]) -> list[Json]:
    return [{"key": KEYS[index], "text": text} for index, text in enumerate(texts)]


def _common(item_id: str, kind: str, points: int, section: str | None, stem: str, case: str) -> Json:
    item: Json = {"id": item_id, "type": kind, "points": points}
    if section is not None:
        item["section"] = section
    if case:
        item["case_text"] = case
    item["stem"] = stem
    return item


def mc(
    item_id: str, points: int, section: str | None, stem: str, options: list[str], key: str, case: str = ""
) -> Json:
    return {
        **_common(item_id, "multiple_choice", points, section, stem, case),
        "options": _options(options),
        "answer_key": key,
    }


def ms(
    item_id: str,
    points: int,
    section: str | None,
    stem: str,
    options: list[str],
    key: list[str],
    case: str = "",
) -> Json:
    return {
        **_common(item_id, "multiple_select", points, section, stem, case),
        "options": _options(options),
        "answer_key": key,
        "correct_count_shown": True,
        "penalty_per_error": 1,
    }


def numeric(
    item_id: str,
    points: int,
    section: str | None,
    stem: str,
    key: int | float,
    *,
    tolerance: int | float,
    unit: str,
    case: str = "",
) -> Json:
    return {
        **_common(item_id, "numeric", points, section, stem, case),
        "answer_key": key,
        "tolerance": tolerance,
        "decimals": 2,
        "unit": unit,
        "unit_position": "prefix" if unit == "€" else "suffix",
    }


def dropdowns(
    item_id: str,
    points: int,
    section: str | None,
    stem: str,
    places: list[tuple[str, list[str], str]],
    case: str = "",
) -> Json:
    return {
        **_common(item_id, "multiple_dropdown", points, section, stem, case),
        "dropdowns": [{"id": place, "options": options, "answer_key": key} for place, options, key in places],
    }


def ordering(
    item_id: str,
    points: int,
    section: str | None,
    stem: str,
    options: list[str],
    initial: str,
    key: str,
    case: str = "",
) -> Json:
    return {
        **_common(item_id, "ordering", points, section, stem + "\n\n" + LET_OP, case),
        "options": _options(options),
        "initial_order": list(initial),
        "answer_key": list(key),
        "partial": "position",
    }


def open_item(item_id: str, points: int, section: str | None, stem: str, scheme: str, case: str = "") -> Json:
    return {**_common(item_id, "open", points, section, stem, case), "marking_scheme": scheme}


# --- the PE exam: Bijzonder Examen Adviseur Consumptief krediet --------------------------------------

KB, VC, GEN = "kennis_begrip", "vaardigheden", "generiek"

CASE_JANSEN = (
    "Mevrouw Jansen (42) is alleenstaand en werkt met een vast contract als doktersassistente. Haar "
    "netto-inkomen is € 2.850 per maand; haar huur is € 1.050 per maand. Zij heeft geen andere leningen.\n\n"
    "Mevrouw Jansen wil een auto van € 18.000 kopen. Zij betaalt € 3.000 uit eigen spaargeld en wil de rest "
    "lenen. De kredietaanbieder biedt haar een persoonlijke lening aan van € 15.000 met een looptijd van "
    "60 maanden en een maandbedrag van € 298."
)
CASE_EL_AMRANI = (
    "De heer en mevrouw El Amrani (35 en 33) hebben twee kinderen. Hun gezamenlijke netto-inkomen is "
    "€ 3.900 per maand; de huur is € 1.250 per maand. Zij willen een doorlopend krediet om een nieuwe "
    "keuken te betalen.\n\n"
    "De kredietaanbieder rekent een debetrente van 0,75% per maand. Uit de toetsing volgens de Gedragscode "
    "Consumptief Krediet blijkt dat zij maximaal € 168 per maand aan kredietlasten kunnen dragen. Bij een "
    "doorlopend krediet rekent de toetsing met een maandlast van 2% van de kredietlimiet."
)
CASE_DE_BOER = (
    "De heer De Boer (58) belt u op een vrijdagmiddag. Hij wil 'snel even' een doorlopend krediet van "
    "€ 4.000 voor een verre reis met zijn kleinkinderen. Hij vertrekt over drie weken.\n\n"
    "Uit uw gegevens blijkt dat hij al een persoonlijke lening en een doorlopend krediet heeft. Bij BKR "
    "staat bij het doorlopend krediet een achterstandscodering (A) van vorig jaar. Als u vraagt naar zijn "
    "inkomsten en uitgaven, zegt hij geïrriteerd: 'Dat gaat u niets aan, ik heb altijd alles netjes betaald.'"
)


def pe_items() -> list[Json]:
    return [
        mc(
            "K1",
            1,
            KB,
            "Een kredietaanbieder wil weten of een consument al kredieten heeft lopen en of daarbij "
            "betalingsachterstanden zijn geregistreerd. Waar raadpleegt hij deze gegevens?",
            [
                "In het Centraal Krediet Informatiesysteem (CKI) van Stichting BKR",
                "In het handelsregister van de Kamer van Koophandel",
                "In het register van de Autoriteit Financiële Markten (AFM)",
                "In de Basisregistratie Personen (BRP)",
            ],
            "A",
        ),
        mc(
            "K2",
            1,
            KB,
            "Een consument heeft een persoonlijke lening afgesloten. Hoe lang heeft hij het recht om de "
            "kredietovereenkomst zonder opgave van redenen te herroepen?",
            [
                "7 kalenderdagen",
                "14 kalenderdagen",
                "30 kalenderdagen",
                "Geen enkele dag: de overeenkomst is al ondertekend",
            ],
            "B",
        ),
        mc(
            "K3",
            1,
            KB,
            "Waarop is het wettelijk maximum van de kredietvergoeding voor consumptief krediet gebaseerd?",
            [
                "Op de gemiddelde spaarrente van de Nederlandse banken",
                "Op de rente die de Europese Centrale Bank aan banken rekent, verdubbeld",
                "Op het jaarlijks kostenpercentage dat de kredietaanbieder zelf vaststelt",
                "Op de wettelijke rente, verhoogd met een vast aantal procentpunten",
            ],
            "D",
        ),
        mc(
            "K4",
            1,
            KB,
            "Wat is een kenmerk van een persoonlijke lening, in vergelijking met een doorlopend krediet?",
            [
                "De consument kan afgeloste bedragen opnieuw opnemen.",
                "De rente is altijd variabel.",
                "De looptijd en het maandbedrag liggen bij het afsluiten vast.",
                "Een persoonlijke lening wordt niet bij BKR geregistreerd.",
            ],
            "C",
        ),
        mc(
            "K5",
            1,
            KB,
            "Welk document met gestandaardiseerde precontractuele informatie moet een consument ontvangen "
            "voordat hij een consumptief krediet afsluit?",
            [
                "Het ESIS (European Standardised Information Sheet)",
                "Het SECCI-formulier (Standaard Europese Consumentenkredietinformatie)",
                "Het dienstverleningsdocument",
                "De jaaropgave van de kredietaanbieder",
            ],
            "B",
        ),
        ms(
            "K6",
            1,
            KB,
            "Welke twee gegevens gebruikt een kredietaanbieder volgens de Gedragscode Consumptief Krediet om "
            "de leencapaciteit van een consument te berekenen? (Twee antwoorden zijn juist.)",
            [
                "Het netto-inkomen van de consument",
                "Het spaargeld van de consument",
                "De woonlasten (huur of hypotheek)",
                "De waarde van de auto die de consument wil kopen",
            ],
            ["A", "C"],
        ),
        mc(
            "K7",
            1,
            KB,
            "Wat houdt de zorgplicht van een adviseur in consumptief krediet in?",
            [
                "Hij handelt zorgvuldig en houdt rekening met de gerechtvaardigde belangen van de consument.",
                "Hij biedt de consument altijd het krediet met de laagste rente op de markt aan.",
                "Hij stuurt elke kredietaanvraag door naar minstens twee kredietaanbieders.",
                "Hij is aansprakelijk als de consument later betalingsproblemen krijgt.",
            ],
            "A",
        ),
        mc(
            "K8",
            1,
            KB,
            "Welke Wft-diploma's heeft een adviseur nodig om te mogen adviseren over consumptief krediet?",
            [
                "Alleen Wft Consumptief krediet",
                "Wft Basis en Wft Consumptief krediet",
                "Wft Basis en Wft Hypothecair krediet",
                "Wft Basis, Wft Vermogen en Wft Consumptief krediet",
            ],
            "B",
        ),
        mc(
            "K9",
            1,
            KB,
            "Wat is het doel van de kredietwaardigheidstoets?",
            [
                "Vaststellen welke rente de kredietaanbieder mag rekenen",
                "Nagaan of de consument een bankrekening in Nederland heeft",
                "Voorkomen dat een consument een krediet afsluit dat hij niet kan terugbetalen "
                "(overkreditering)",
                "Bepalen hoe lang de consument bij BKR geregistreerd blijft",
            ],
            "C",
        ),
        ordering(
            "K10",
            1,
            KB,
            "Zet de stappen van het adviesproces bij consumptief krediet in de juiste volgorde.",
            [
                "Klantprofiel opstellen: wensen, doelen en financiële situatie in kaart brengen",
                "De leencapaciteit berekenen en BKR raadplegen",
                "Advies geven en vastleggen in het adviesrapport",
                "Nazorg: de klant informeren als er iets verandert",
            ],
            "CADB",
            "ABCD",
        ),
        mc(
            "K11",
            1,
            KB,
            "Mevrouw Koster lost haar persoonlijke lening met vaste rente vervroegd af. De resterende "
            "looptijd is nog meer dan een jaar. Welke vergoeding mag de kredietgever haar hiervoor ten "
            "hoogste in rekening brengen?",
            [
                "Geen vergoeding",
                "1% van het vervroegd afgeloste bedrag",
                "3% van het vervroegd afgeloste bedrag",
                "De rente over de resterende looptijd",
            ],
            "B",
        ),
        mc(
            "K12",
            1,
            KB,
            "Uit de kredietwaardigheidstoets blijkt dat het gevraagde krediet niet verantwoord is voor de "
            "consument. Wat moet de kredietaanbieder doen?",
            [
                "Het krediet verstrekken als de consument tekent dat hij het risico begrijpt",
                "Het krediet verstrekken tegen een hogere rente",
                "Een borg vragen en het krediet daarna verstrekken",
                "Het krediet niet verstrekken",
            ],
            "D",
        ),
        mc(
            "K13",
            1,
            KB,
            "Welke instantie houdt gedragstoezicht op aanbieders van en adviseurs in consumptief krediet?",
            [
                "De Autoriteit Financiële Markten (AFM)",
                "De Nederlandsche Bank (DNB)",
                "Het Klachteninstituut Financiële Dienstverlening (Kifid)",
                "Stichting BKR",
            ],
            "A",
        ),
        dropdowns(
            "K14",
            1,
            KB,
            "Bij een {a} kan de consument afgeloste bedragen opnieuw opnemen tot de kredietlimiet. "
            "Bij een {b} liggen de looptijd en het maandbedrag bij het afsluiten vast.",
            [
                ("a", ["doorlopend krediet", "persoonlijke lening", "private lease"], "doorlopend krediet"),
                ("b", ["doorlopend krediet", "persoonlijke lening", "private lease"], "persoonlijke lening"),
            ],
        ),
        numeric(
            "K15",
            1,
            KB,
            "Een consument heeft een doorlopend krediet met een kredietlimiet van € 5.000. De maandtermijn "
            "is 2% van de kredietlimiet. Hoeveel bedraagt de maandtermijn?\n\n"
            "Vul het bedrag in met twee cijfers achter de komma. Het €-teken staat al voor het invoerveld.",
            100,
            tolerance=0,
            unit="€",
        ),
        ms(
            "K16",
            1,
            KB,
            "Een kredietaanbieder maakt reclame voor een doorlopend krediet en noemt daarin de rente. "
            "Welke twee elementen moeten in deze reclame staan? (Twee antwoorden zijn juist.)",
            [
                "Het jaarlijks kostenpercentage (JKP)",
                "Het BKR-registratienummer van de aanbieder",
                "De waarschuwingszin 'Let op! Geld lenen kost geld.'",
                "Het telefoonnummer van de AFM",
            ],
            ["A", "C"],
        ),
        numeric(
            "V1",
            2,
            VC,
            "Bereken de totale kosten van het krediet: het totaal terug te betalen bedrag min het geleende "
            "bedrag.\n\n"
            "Rond af op twee cijfers achter de komma. Het €-teken staat al voor het invoerveld.",
            2880,
            tolerance=0.5,
            unit="€",
            case=CASE_JANSEN,
        ),
        mc(
            "V2",
            2,
            VC,
            "Mevrouw Jansen vraagt of zij niet beter een doorlopend krediet kan nemen, 'omdat dat "
            "flexibeler is'. Wat is het beste advies?",
            [
                "Een doorlopend krediet, omdat zij dan zelf bepaalt hoe snel zij aflost",
                "Een doorlopend krediet, omdat de rente daarvan altijd lager is",
                "Een persoonlijke lening, omdat de looptijd past bij de gebruiksduur van de auto en zij "
                "precies weet waar zij aan toe is",
                "Geen krediet, omdat een auto geen verantwoord leendoel is",
            ],
            "C",
            case=CASE_JANSEN,
        ),
        open_item(
            "V3",
            2,
            VC,
            "Voordat u mevrouw Jansen adviseert, wilt u meer weten over haar kredietwaardigheid. Noem twee "
            "onderwerpen waarnaar u haar nog vraagt en licht kort toe waarom.",
            "Maximaal 2 punten. Noem twee van de volgende onderwerpen (1 punt per juist element, "
            "maximaal 2):\n"
            "- de aard van het dienstverband (vast of tijdelijk contract) en de zekerheid van het inkomen;\n"
            "- andere lopende kredieten en betalingsverplichtingen, ook als die niet bij BKR staan (zoals "
            "een studieschuld bij DUO of een telefoon op afbetaling);\n"
            "- alimentatie of andere vaste verplichtingen;\n"
            "- verwachte veranderingen in inkomen of woonlasten (bijvoorbeeld minder gaan werken, "
            "samenwonen of verhuizen).\n\n"
            "Een vraag naar gegevens die al in de casus staan (het netto-inkomen, de huur) levert geen punt "
            "op.",
            case=CASE_JANSEN,
        ),
        numeric(
            "V4",
            2,
            VC,
            "Bereken de effectieve rente op jaarbasis van het doorlopend krediet.\n\n"
            "Rond af op twee cijfers achter de komma. Vul alleen het getal in; het %-teken staat al achter "
            "het invoerveld.",
            9.38,
            tolerance=0.01,
            unit="%",
            case=CASE_EL_AMRANI,
        ),
        dropdowns(
            "V5",
            2,
            VC,
            "De familie El Amrani vraagt een kredietlimiet van € 10.000. De maximale kredietlimiet op grond "
            "van hun leencapaciteit is {a}. U adviseert het gevraagde krediet {b} te verstrekken. Uw advies "
            "en de toetsing legt u vast in {c}.",
            [
                ("a", ["€ 3.360", "€ 8.400", "€ 10.000"], "€ 8.400"),
                ("b", ["wel", "niet"], "niet"),
                (
                    "c",
                    ["het klantdossier", "het SECCI-formulier", "het register van BKR"],
                    "het klantdossier",
                ),
            ],
            case=CASE_EL_AMRANI,
        ),
        ordering(
            "V6",
            2,
            VC,
            "De familie El Amrani sluit uiteindelijk een doorlopend krediet met een lagere limiet af. Zet de "
            "stappen in de juiste volgorde.",
            [
                "Loonstroken en huurcontract opvragen en controleren",
                "BKR raadplegen en de leencapaciteit vaststellen",
                "Het SECCI-formulier verstrekken en toelichten",
                "De kredietovereenkomst laten ondertekenen",
                "Het krediet beschikbaar stellen",
            ],
            "DBEAC",
            "ABCDE",
            case=CASE_EL_AMRANI,
        ),
        mc(
            "G1",
            2,
            GEN,
            "Hoe reageert u het best op de opmerking van de heer De Boer?",
            [
                "U zegt dat u de aanvraag dan niet verder in behandeling neemt en beëindigt het gesprek.",
                "U slaat de vragen over en gaat uit van de gegevens bij BKR.",
                "U zegt dat u begrijpt dat hij haast heeft, en stuurt de vragen later per e-mail.",
                "U legt rustig uit dat u deze gegevens nodig hebt om te beoordelen of het krediet "
                "verantwoord is, en dat dit in zijn eigen belang is.",
            ],
            "D",
            case=CASE_DE_BOER,
        ),
        open_item(
            "G2",
            2,
            GEN,
            "Na uw analyse raadt u de heer De Boer het krediet af. Schrijf in maximaal drie zinnen op hoe u "
            "dit aan hem uitlegt.",
            "Maximaal 2 punten. Een goed antwoord bevat twee van de volgende elementen, in voor de klant "
            "begrijpelijke taal (1 punt per juist element, maximaal 2; een element dat wel genoemd maar niet "
            "uitgelegd wordt: 0,5 punt):\n"
            "- de maandlasten van een extra krediet passen niet bij zijn inkomen en vaste lasten;\n"
            "- met twee lopende kredieten en een achterstandscodering bij BKR is het risico op (grotere) "
            "betalingsproblemen te groot;\n"
            "- de adviseur moet in het belang van de klant handelen en mag geen onverantwoord krediet "
            "adviseren (zorgplicht);\n"
            "- een alternatief, zoals sparen voor de reis of hulp bij het op orde brengen van zijn "
            "financiën.\n\n"
            "Geen punten voor een antwoord dat alleen naar 'de regels' of 'het systeem' verwijst.",
            case=CASE_DE_BOER,
        ),
        ms(
            "G3",
            2,
            GEN,
            "Welke twee acties passen bij uw zorgplicht nadat u het krediet hebt afgeraden? "
            "(Twee antwoorden zijn juist.)",
            [
                "Uw advies en de reden ervan vastleggen in het klantdossier",
                "Hem een kleiner krediet van € 2.000 aanbieden, zodat hij toch op reis kan",
                "Hem wijzen op gratis hulp bij geldzaken, bijvoorbeeld via de gemeente",
                "Hem een aanbieder noemen die geen BKR-toetsing doet",
            ],
            ["A", "C"],
            case=CASE_DE_BOER,
        ),
    ]


def pe_exam() -> Json:
    items = pe_items()
    ids = [item["id"] for item in items]
    knowledge = [i for i in ids if i.startswith("K")]
    rest = [i for i in ids if not i.startswith("K")]
    return {
        "code": PE_CODE,
        "title": "Bijzonder Examen Adviseur Consumptief krediet (demo)",
        "kind": "pe",
        "duration_minutes": 90,
        "grading": {"cesuur_percent": 68, "floor": 1.0, "decimals": 0},
        "inspection": {
            "allowed": True,
            "until": None,
            "request_days": 14,
            "eligible_grades": [4, 5],
            "max_per_half_year": 1,
            "session_minutes": 20,
            "wrong_only": True,
        },
        "items": items,
        # Variant B asks the same questions, the kennis-en-begrip part in another order; the three parts
        # keep their order (002 §1.3).
        "variants": [
            {"code": "A", "items": ids},
            {"code": "B", "items": knowledge[::-1] + rest},
        ],
    }


# --- the CE exam: economie, VMBO basisberoepsgerichte leerweg -----------------------------------------

CASE_LISA = (
    "Lisa (16) zit in 3 vmbo. Zij heeft een bijbaan bij de supermarkt. Zij werkt 12 uur per week en "
    "verdient € 7,50 per uur. Van haar ouders krijgt zij geen zakgeld meer."
)
CASE_BRAM = (
    "Bram (15) wil een nieuwe spelcomputer kopen. In de winkel kost de spelcomputer € 350. Deze week "
    "krijg je 20% korting. Op het prijskaartje staat: 'inclusief 21% btw'."
)


def ce_items() -> list[Json]:
    return [
        mc(
            "1",
            1,
            None,
            "Lisa krijgt geld voor haar werk bij de supermarkt. Hoe heet dit geld?",
            ["Zakgeld", "Loon", "Uitkering", "Rente"],
            "B",
            case=CASE_LISA,
        ),
        numeric(
            "2",
            2,
            None,
            "Hoeveel verdient Lisa per week?\n\nHet €-teken staat al voor het invoerveld.",
            90,
            tolerance=0,
            unit="€",
            case=CASE_LISA,
        ),
        ms(
            "3",
            2,
            None,
            "Lisa maakt een lijstje van haar uitgaven. Welke twee uitgaven zijn vaste lasten? "
            "(Twee antwoorden zijn juist.)",
            [
                "Haar telefoonabonnement van € 12 per maand",
                "Een bioscoopkaartje",
                "Haar sportclub, € 15 per maand",
                "Een cadeautje voor een vriendin",
            ],
            ["A", "C"],
            case=CASE_LISA,
        ),
        dropdowns(
            "4",
            2,
            None,
            "Lisa zet elke maand € 50 op haar spaarrekening. Sparen is geld {a}. Over haar spaargeld krijgt "
            "Lisa {b} van de bank.",
            [
                (
                    "a",
                    ["nu uitgeven", "opzijzetten voor later", "lenen van de bank"],
                    "opzijzetten voor later",
                ),
                ("b", ["rente", "btw", "korting"], "rente"),
            ],
            case=CASE_LISA,
        ),
        ordering(
            "5",
            2,
            None,
            "Lisa wil een budget maken. Zet de stappen in de goede volgorde.",
            [
                "Opschrijven hoeveel geld je per maand krijgt",
                "Opschrijven wat je per maand uitgeeft",
                "Je inkomsten en je uitgaven met elkaar vergelijken",
                "Beslissen waarop je gaat besparen",
            ],
            "BDAC",
            "ABCD",
            case=CASE_LISA,
        ),
        open_item(
            "6",
            2,
            None,
            "Geef twee redenen waarom het slim is dat Lisa spaart.",
            "Noem twee van de volgende redenen (1 punt per juiste reden, maximaal 2):\n"
            "- om later iets duurs te kunnen kopen (bijvoorbeeld een scooter of rijlessen);\n"
            "- om geld te hebben voor onverwachte uitgaven (bijvoorbeeld een kapotte telefoon);\n"
            "- zodat zij niet hoeft te lenen;\n"
            "- zij krijgt rente over haar spaargeld.",
            case=CASE_LISA,
        ),
        mc(
            "7",
            1,
            None,
            "Wat is btw?",
            [
                "Belasting die je betaalt als je iets koopt",
                "Korting die de winkel je geeft",
                "Rente die je betaalt als je geld leent",
                "Geld dat je terugkrijgt als je spaart",
            ],
            "A",
            case=CASE_BRAM,
        ),
        numeric(
            "8",
            2,
            None,
            "Hoeveel betaalt Bram deze week voor de spelcomputer?\n\n"
            "Het €-teken staat al voor het invoerveld.",
            280,
            tolerance=0,
            unit="€",
            case=CASE_BRAM,
        ),
        ms(
            "9",
            2,
            None,
            "Welke twee zijn inkomsten van Bram? (Twee antwoorden zijn juist.)",
            [
                "Zakgeld van zijn ouders",
                "Zijn abonnement op een streamingdienst",
                "Geld dat hij verdient met een krantenwijk",
                "De spelcomputer die hij koopt",
            ],
            ["A", "C"],
            case=CASE_BRAM,
        ),
        dropdowns(
            "10",
            2,
            None,
            "In Nederland is het hoge btw-tarief {a}. Voor eten en drinken uit de supermarkt geldt het "
            "{b} btw-tarief.",
            [("a", ["9%", "21%", "35%"], "21%"), ("b", ["lage", "hoge"], "lage")],
            case=CASE_BRAM,
        ),
        ordering(
            "11",
            2,
            None,
            "Bram vergelijkt de prijzen van zakken chips. Zet de zakken in volgorde van goedkoopst naar "
            "duurst per 100 gram.",
            [
                "Een zak van 100 gram voor € 1,20",
                "Een zak van 200 gram voor € 2,00",
                "Een zak van 300 gram voor € 2,70",
                "Een zak van 150 gram voor € 2,10",
            ],
            "ABCD",
            "CBAD",
            case=CASE_BRAM,
        ),
        open_item(
            "12",
            2,
            None,
            "Bram wil geld overhouden voor de spelcomputer. Noem twee manieren waarop hij minder geld kan "
            "uitgeven.",
            "Noem twee van de volgende manieren (1 punt per juiste manier, maximaal 2):\n"
            "- prijzen vergelijken (in verschillende winkels of online);\n"
            "- goedkopere merken kopen, zoals het huismerk;\n"
            "- wachten op een aanbieding of de uitverkoop;\n"
            "- iets niet of minder vaak kopen (bijvoorbeeld snoep in de kantine);\n"
            "- een abonnement opzeggen;\n"
            "- iets tweedehands kopen.\n\n"
            "Meer verdienen is geen manier om minder uit te geven: 0 punten.",
            case=CASE_BRAM,
        ),
    ]


def ce_exam() -> Json:
    items = ce_items()
    ids = [item["id"] for item in items]
    return {
        "code": CE_CODE,
        "title": "Economie BB centraal examen (demo)",
        "kind": "ce",
        "duration_minutes": 90,
        "grading": {"cesuur_percent": 55, "floor": 1.0, "decimals": 1},
        "inspection": {"allowed": True, "until": "2026-07-03", "wrong_only": False},
        "items": items,
        # Two variants that share no item, so a tweede zitting can use the other one (R-IRR-3).
        "variants": [{"code": "A", "items": ids[:6]}, {"code": "B", "items": ids[6:]}],
    }


# --- groups and candidates ----------------------------------------------------------------------------

# The public test numbers of the spec, then more numbers from the 9999xxxxx range that pass the
# 11-proef (R-BSN-2); build() checks every one.
BSNS = (
    "999993653",
    "999993847",
    "999992077",
    "999990482",
    "999995017",
    "999990408",
    "000009921",
    "999915617",
    "999916439",
    "999916713",
    "999917535",
    "999918357",
    "999918631",
    "999919179",
    "999919453",
    "999920686",
    "999920960",
    "999921782",
    "999933838",
    "999934934",
    "999935756",
    "999936578",
    "999936852",
)


def _statement(date: str | None) -> Json:
    """The VSV (PE) or deskundigenverklaring, without its own end date (R-ACC-2: five years)."""
    return {"statement": {"date": date, "valid_until": None}} if date is not None else {}


def _extra_time(
    ground: str, statement_date: str | None = None, *, nt2_school_years: int | None = None
) -> Json:
    """Extra time with its ground as a code (R-ACC-1, R-TIME-3) and the ISD melding reported (R-ACC-3)."""
    accommodation: Json = {"kind": "extra_time", "minutes": 30, "ground": ground}
    if nt2_school_years is not None:
        accommodation["nt2_school_years"] = nt2_school_years
    return {**accommodation, **_statement(statement_date), "isd_reported_on": "2026-03-02"}


def _pauses(statement_date: str | None = None) -> Json:
    return {"kind": "pauses", **_statement(statement_date), "isd_reported_on": "2026-03-02"}


# (number, name, accommodations); BSNs are handed out in order.
CK_A = [
    ("1001", "Sanne de Vries", [_extra_time("dyslexia", "2023-09-01")]),
    ("1002", "Mohamed el Idrissi", []),
    ("1003", "Linda Bakker", []),
    # The VSV dates from 2020: more than five years before the exam, so expired (R-ACC-2).
    ("1004", "Pieter van den Berg", [_extra_time("dyslexia", "2020-05-11")]),
    ("1005", "Fatma Yıldız", []),
    # Large print needs no VSV (R-ACC-2); the pauses do.
    ("1006", "Jeroen Smit", [{"kind": "large_print"}, _pauses("2025-02-01")]),
    ("1007", "Annelies Visser", []),
    ("1008", "Ricardo Martens", []),
]
CK_B = [
    ("2001", "Thijs Mulder", []),
    (
        "2002",
        "Kim de Graaf",
        [{"kind": "separate_room", "note": "prikkelgevoeligheid", **_statement("2024-02-19")}],
    ),
    (
        "2003",
        "Noor Hendriks",
        [{"kind": "reading_aloud", "note": "dyslexie", **_statement("2022-11-03")}],
    ),
    ("2004", "Bas Kuipers", []),
    ("2005", "Yvonne Dekker", []),
    ("2006", "Erik Jacobs", []),
    ("2007", "Priya Ramdin", []),
]
EC_3B = [
    ("3001", "Daan Peters", []),
    # Dyslexia together with NT2 (three school years here): the one case where extra time adds up (R-TIME-3).
    (
        "3002",
        "Yohannes Tesfay",
        [_extra_time("dyslexia", "2022-06-20"), _extra_time("nt2", "2023-08-28", nt2_school_years=3)],
    ),
    (
        "3003",
        "Lotte Willems",
        [_extra_time("dyslexia", "2019-10-07"), {"kind": "reading_aloud", "note": "dyslexie"}],
    ),
    ("3004", "Jayden Koster", []),
    ("3005", "Mila Bos", [{"kind": "separate_room", "note": "prikkelarm lokaal (autisme)"}, _pauses()]),
    ("3006", "Sem de Jong", [_pauses()]),
    ("3007", "Zoë van Dijk", []),
    ("3008", "Aylin Demir", []),
]


def groups() -> list[Json]:
    numbers = iter(BSNS)

    def roster(people: list[tuple[str, str, list[Json]]]) -> list[Json]:
        return [
            {"number": number, "name": name, "bsn": next(numbers), "accommodations": accommodations}
            for number, name, accommodations in people
        ]

    return [
        {
            "code": "2026-06-12-CK-A",
            "exam": PE_CODE,
            "name": "Consumptief krediet ochtend",
            "date": "2026-06-12",
            "start_time": "09:00",
            "location": {"kind": "school", "room": "Lokaal 2.14"},
            "second_sitting_of": None,
            "candidates": roster(CK_A),
        },
        {
            "code": "2026-06-12-CK-B",
            "exam": PE_CODE,
            "name": "Consumptief krediet middag",
            "date": "2026-06-12",
            "start_time": "13:30",
            "location": {"kind": "exam_centre", "room": "Examencentrum Utrecht, zaal 3"},
            "second_sitting_of": None,
            "candidates": roster(CK_B),
        },
        {
            "code": "2026-05-20-EC-3B",
            "exam": CE_CODE,
            "name": "Economie 3B (basisberoepsgerichte leerweg)",
            "date": "2026-05-20",
            "start_time": "09:00",
            "location": {"kind": "school", "room": "Lokaal 1.05"},
            "second_sitting_of": None,
            "candidates": roster(EC_3B),
        },
    ]


# --- results ------------------------------------------------------------------------------------------

# How an answer to an item went. Items a plan does not name were answered correctly; open items a plan
# does not name got full marks.
WRONG = "x"  # a wrong answer (for a dropdown item: every dropdown wrong)
PARTIAL = "p"  # partly right: one missing option, one wrong dropdown, two steps swapped
BLANK = "-"  # not answered (null; for an ordering item: the initial order left unchanged)
INVALID = "i"  # a numeric answer in a spelling R-NUM-1 rejects ("2,880.00")

# Numeric mistakes people make: the total instead of the costs, interest × 12 instead of compounding.
NUMERIC_MISTAKES = {"K15": "1.000", "V1": "17.880,00", "V4": "9,00", "2": "19,50", "8": "70"}

# Open answers, by points awarded; candidates with the same score get different texts in turn.
OPEN_ANSWERS: dict[str, dict[str, list[str]]] = {
    "V3": {
        "2": [
            "Ik vraag of zij een vast contract heeft en of haar inkomen de komende jaren gelijk blijft. "
            "Ook vraag ik naar andere betalingsverplichtingen, bijvoorbeeld een studieschuld bij DUO, "
            "want die staat niet bij BKR.",
            "Heeft u naast de huur nog andere vaste verplichtingen, zoals alimentatie of een telefoon op "
            "afbetaling? Verwacht u dat uw inkomen of uw woonlasten gaan veranderen, bijvoorbeeld doordat "
            "u minder gaat werken?",
            "1. Studieschuld of andere schulden, omdat die de leencapaciteit verlagen. 2. Of haar contract "
            "vast is, want dan is het inkomen zeker.",
            "Heeft u een vast of een tijdelijk contract? Met een tijdelijk contract is het inkomen onzeker. "
            "Betaalt u nog iets af, bijvoorbeeld een telefoon of een lening bij familie?",
            "Ik vraag naar verwachte veranderingen: wil zij minder gaan werken of verhuizen? Daarnaast vraag "
            "ik of zij alimentatie betaalt, want dat is een vaste last.",
            "Andere schulden (ook bij DUO) en of haar baan zeker is. Beide zijn nodig om te zien of zij de "
            "lening vijf jaar lang kan betalen.",
        ],
        "1": [
            "Ik vraag of zij nog andere schulden heeft. Verder vraag ik hoeveel zij netto verdient.",
            "Of zij plannen heeft om te gaan samenwonen, want dan veranderen de lasten.",
            "Wat is uw huur en hoeveel verdient u? Heeft u een vast contract?",
            "Ik vraag of zij een studieschuld heeft. En of zij de auto ook voor haar werk gebruikt.",
            "Ik vraag naar haar spaargeld en naar eventuele andere leningen.",
            "Betaalt u alimentatie? Wat voor auto wilt u kopen?",
        ],
        "0": [
            "Ik vraag waarom zij een auto nodig heeft en of een tweedehands auto ook kan.",
            "Ik vraag naar haar netto-inkomen en haar huur, omdat ik daarmee de leencapaciteit bereken.",
        ],
    },
    "G2": {
        "2": [
            "Meneer De Boer, u betaalt al twee leningen af en bij BKR staat een betalingsachterstand. Een "
            "extra lening maakt uw maandlasten zo hoog dat u in de problemen kunt komen. Ik raad u aan om "
            "voor de reis te sparen; ik help u graag om daar een plan voor te maken.",
            "Ik begrijp dat u graag met uw kleinkinderen op reis wilt. Maar met de twee leningen die u al "
            "heeft, worden uw maandlasten te hoog voor uw inkomen, en ik moet in uw belang adviseren. "
            "Zullen we samen kijken hoe u eerst uw lopende leningen kunt aflossen?",
            "U heeft al twee leningen en bij een ervan was vorig jaar een achterstand. Komt er nog een lening "
            "bij, dan blijft er te weinig over om van te leven. Mijn advies is om eerst voor de reis te "
            "sparen.",
        ],
        "1.5": [
            "Uw maandlasten worden te hoog als u er nog een lening bij neemt, want u betaalt al twee "
            "leningen af. Ook staat er iets bij BKR.",
            "Ik mag u geen krediet adviseren dat niet verantwoord is, omdat ik in uw belang moet handelen. "
            "U heeft ook al twee leningen lopen.",
        ],
        "1": [
            "Als adviseur moet ik ervoor zorgen dat u niet meer leent dan goed voor u is. Dat is hier het "
            "geval, daarom raad ik het af.",
            "Ik raad het af omdat u al twee leningen heeft. Misschien kunt u beter sparen.",
            "Uw inkomen is niet hoog genoeg om naast wat u nu al betaalt nog een lening af te lossen.",
            "Ik zou eerst sparen voor de reis in plaats van ervoor te lenen.",
            "De registratie bij BKR laat zien dat u al eens niet op tijd kon betalen; met een nieuwe lening "
            "wordt dat risico groter.",
        ],
        "0.5": ["Deze lening wordt te duur voor u."],
        "0": [
            "Het systeem keurt uw aanvraag af, daar kan ik helaas niets aan doen.",
            "Dat mag niet volgens de regels.",
        ],
    },
    "6": {
        "2": [
            "Dan kan ze later iets duurs kopen, zoals een scooter. En als haar telefoon kapot gaat, heeft "
            "ze geld.",
            "Je krijgt rente en je hoeft niet te lenen als je iets wilt kopen.",
        ],
        "1": ["Om later iets te kopen.", "Voor als er iets kapot gaat."],
        "0": ["Omdat het moet van haar ouders."],
    },
    "12": {
        "2": [
            "Prijzen vergelijken in verschillende winkels en het huismerk kopen.",
            "Minder snoep kopen in de kantine en zijn abonnement opzeggen.",
        ],
        "1": ["Wachten tot er uitverkoop is.", "Tweedehands kopen. Meer gaan werken."],
        "0": ["Meer uren werken bij zijn bijbaan."],
    },
}


@dataclass(frozen=True)
class Plan:
    """How one candidate's exam went: variant, hand-in time and the items that did not go right."""

    candidate: str
    variant: str
    submitted: str  # HH:MM on the group's date
    outcomes: Mapping[str, str] = field(default_factory=dict)

    def outcome(self, item_id: str) -> str | None:
        return self.outcomes.get(item_id)


PE_PUBLISHED = "2026-06-13T16:00:00+02:00"
CE_PUBLISHED = "2026-05-21T16:00:00+02:00"

# Group 2026-06-12-CK-A (start 09:00; 1007 was absent).
CK_A_PLANS = [
    Plan("1001", "A", "10:52", {"K3": WRONG, "K9": WRONG, "V4": WRONG, "G2": "1.5"}),
    Plan(
        "1002", "B", "10:18", {"K2": WRONG, "K6": WRONG, "K11": WRONG, "V1": WRONG, "V5": PARTIAL, "V3": "1"}
    ),
    Plan(
        "1003",
        "A",
        "10:29",
        {
            "K3": WRONG,
            "K5": WRONG,
            "K11": WRONG,
            "K14": PARTIAL,
            "K16": WRONG,
            "V1": INVALID,
            "V4": WRONG,
            "V6": PARTIAL,
            "G3": PARTIAL,
            "V3": "1",
            "G2": "1",
        },
    ),
    Plan(
        "1004",
        "A",
        "10:44",
        {
            "K1": WRONG,
            "K3": WRONG,
            "K6": WRONG,
            "K8": WRONG,
            "K10": BLANK,
            "K11": WRONG,
            "K15": WRONG,
            "V1": WRONG,
            "V2": WRONG,
            "V4": WRONG,
            "V5": PARTIAL,
            "G3": WRONG,
            "V3": "1",
            "G2": "1",
        },
    ),
    Plan(
        "1005", "B", "10:26", {"K3": WRONG, "K11": WRONG, "K16": WRONG, "V4": WRONG, "V6": PARTIAL, "G2": "1"}
    ),
    Plan("1006", "A", "10:21", {"K11": WRONG, "V3": "1"}),
    Plan(
        "1008",
        "A",
        "09:58",
        {
            "K3": WRONG,
            "K6": WRONG,
            "K10": WRONG,
            "K11": WRONG,
            "K12": WRONG,
            "K14": WRONG,
            "K15": WRONG,
            "K16": WRONG,
            "V1": WRONG,
            "V4": BLANK,
            "V5": WRONG,
            "V6": PARTIAL,
            "G1": WRONG,
            "G3": WRONG,
            "V3": "0",
            "G2": "0",
        },
    ),
]
# Group 2026-06-12-CK-B (start 13:30; 2006 was absent).
CK_B_PLANS = [
    Plan(
        "2001",
        "A",
        "14:49",
        {
            "K3": WRONG,
            "K6": WRONG,
            "K11": WRONG,
            "K15": WRONG,
            "V1": WRONG,
            "V4": WRONG,
            "V5": PARTIAL,
            "G3": PARTIAL,
            "G2": "1",
        },
    ),
    Plan(
        "2002",
        "B",
        "14:55",
        {
            "K1": WRONG,
            "K3": WRONG,
            "K5": WRONG,
            "K11": WRONG,
            "K14": PARTIAL,
            "V2": WRONG,
            "V4": WRONG,
            "V6": PARTIAL,
            "V3": "1",
            "G2": "1",
        },
    ),
    Plan(
        "2003",
        "A",
        "15:21",
        {
            "K1": WRONG,
            "K3": WRONG,
            "K5": WRONG,
            "K6": WRONG,
            "K9": WRONG,
            "K11": WRONG,
            "K16": WRONG,
            "V1": WRONG,
            "V4": BLANK,
            "V5": PARTIAL,
            "V6": BLANK,
            "G1": WRONG,
            "V3": "1",
            "G2": "0.5",
        },
    ),
    Plan("2004", "B", "14:41", {"K11": WRONG, "K16": WRONG, "V4": WRONG, "V5": PARTIAL, "G2": "1.5"}),
    Plan("2005", "A", "14:36", {"K3": WRONG, "V4": WRONG}),
    Plan(
        "2007",
        "A",
        "14:12",
        {
            "K1": WRONG,
            "K2": WRONG,
            "K3": WRONG,
            "K5": WRONG,
            "K6": WRONG,
            "K9": WRONG,
            "K10": WRONG,
            "K11": WRONG,
            "K13": WRONG,
            "K14": WRONG,
            "K15": BLANK,
            "K16": WRONG,
            "V1": WRONG,
            "V2": WRONG,
            "V4": WRONG,
            "V5": WRONG,
            "V6": WRONG,
            "G1": WRONG,
            "G3": WRONG,
            "V3": "0",
            "G2": "0",
        },
    ),
]
# Group 2026-05-20-EC-3B (start 09:00; 3008 was absent).
EC_3B_PLANS = [
    Plan("3001", "A", "10:05", {"6": "1"}),
    Plan("3002", "B", "11:12", {"8": WRONG, "10": PARTIAL}),
    Plan("3003", "A", "10:48", {"3": PARTIAL, "5": BLANK, "6": "1"}),
    Plan("3004", "B", "09:51", {"7": WRONG, "8": WRONG, "9": WRONG, "11": WRONG, "12": "0"}),
    Plan("3005", "A", "10:22", {}),
    Plan("3006", "B", "10:17", {"9": PARTIAL, "12": "1"}),
    Plan("3007", "A", "10:11", {"1": WRONG, "2": WRONG, "4": PARTIAL, "6": "0"}),
]


def _typed(value: Decimal, style: int) -> str:
    """A right numeric answer as someone might type it: every R-NUM-1 spelling in turn."""
    full = format_amount(value, 2)  # 2.880,00
    spellings = [
        full,
        full.replace(".", ""),
        full.removesuffix(",00"),
        full.replace(".", "").removesuffix(",00"),
    ]
    return spellings[style % len(spellings)]


def _other_key(keys: list[str], right: str, seed: int) -> str:
    wrong = [key for key in keys if key != right]
    return wrong[seed % len(wrong)]


def _response(item: Json, plan: Plan, seed: int, turns: dict[tuple[str, str], int]) -> Any:
    """The response to ``item`` in the package's shape, following the candidate's plan.

    ``seed`` varies the wrong choices and the spellings; ``turns`` counts the open answers handed out
    so far, so that no two candidates with the same score write the same text.
    """
    outcome = plan.outcome(item["id"])
    kind = item["type"]
    if outcome == BLANK and kind != "ordering":
        return None
    if kind == "multiple_choice":
        keys = [option["key"] for option in item["options"]]
        return item["answer_key"] if outcome is None else _other_key(keys, item["answer_key"], seed)
    if kind == "multiple_select":
        right = list(item["answer_key"])
        if outcome is None:
            return right
        others = [option["key"] for option in item["options"] if option["key"] not in right]
        if outcome == PARTIAL:
            return right[: len(right) - 1]  # one right option missing: one error
        return sorted([right[0], others[seed % len(others)]])  # one right, one wrong: two errors
    if kind == "numeric":
        if outcome is None:
            return _typed(Decimal(str(item["answer_key"])), seed)
        if outcome == INVALID:  # thousands comma and decimal point, the English way
            return format_amount(Decimal(str(item["answer_key"])), 2, "en")
        return NUMERIC_MISTAKES[item["id"]]
    if kind == "multiple_dropdown":
        chosen = {}
        for index, dropdown in enumerate(item["dropdowns"]):
            wrong = (outcome == WRONG) or (outcome == PARTIAL and index == 0)
            right = dropdown["answer_key"]
            chosen[dropdown["id"]] = _other_key(dropdown["options"], right, seed) if wrong else right
        return chosen
    if kind == "ordering":
        key = list(item["answer_key"])
        if outcome is None:
            return key
        if outcome == BLANK:
            return list(item["initial_order"])
        if outcome == PARTIAL:
            order = key[:]
            order[0], order[1] = order[1], order[0]
        else:
            order = key[1:] + key[:1]  # everything one place off: nothing in its place
        if order == item["initial_order"]:
            raise ValueError(f"{plan.candidate} {item['id']}: the planned order is the initial order")
        return order
    if kind == "open":
        awarded = outcome or str(item["points"])
        texts = OPEN_ANSWERS[item["id"]][awarded]
        turn = turns.get((item["id"], awarded), 0)
        turns[(item["id"], awarded)] = turn + 1
        value = Decimal(awarded)
        return {
            "text": texts[turn % len(texts)],
            "awarded": int(value) if value == int(value) else float(value),
        }
    raise ValueError(f"unknown item type {kind}")


def results(
    exam: Json, group: Json, plans: list[Plan], published: str, turns: dict[tuple[str, str], int]
) -> list[Json]:
    items = {item["id"]: item for item in exam["items"]}
    variants = {variant["code"]: variant["items"] for variant in exam["variants"]}
    out = []
    for seed, plan in enumerate(plans):
        unknown = set(plan.outcomes) - set(variants[plan.variant])
        if unknown:
            raise ValueError(f"{plan.candidate}: plan names items outside variant {plan.variant}: {unknown}")
        out.append(
            {
                "candidate": plan.candidate,
                "group": group["code"],
                "exam": exam["code"],
                "variant": plan.variant,
                "submitted_at": f"{group['date']}T{plan.submitted}:00+02:00",
                "published_at": published,
                "responses": {
                    item_id: _response(items[item_id], plan, seed + index, turns)
                    for index, item_id in enumerate(variants[plan.variant])
                },
            }
        )
    return out


# --- the package --------------------------------------------------------------------------------------


def build() -> Json:
    """The demo package as Python data, exactly as it is written to JSON."""
    pe, ce = pe_exam(), ce_exam()
    ck_a, ck_b, ec_3b = groups()
    numbers = [c["bsn"] for g in (ck_a, ck_b, ec_3b) for c in g["candidates"]]
    if len(set(numbers)) != len(numbers) or not all(bsn.is_valid(n) for n in numbers):  # R-BSN-2
        raise ValueError("the demo BSNs must be valid and unique")
    turns: dict[tuple[str, str], int] = {}
    return {
        "format": "examdesk-package",
        "version": 2,
        "exams": [pe, ce],
        "groups": [ck_a, ck_b, ec_3b],
        "results": results(pe, ck_a, CK_A_PLANS, PE_PUBLISHED, turns)
        + results(pe, ck_b, CK_B_PLANS, PE_PUBLISHED, turns)
        + results(ce, ec_3b, EC_3B_PLANS, CE_PUBLISHED, turns),
    }


def render(package: Json) -> str:
    """The package as the file holds it: UTF-8 text, indented, non-ASCII kept, one final newline."""
    return json.dumps(package, ensure_ascii=False, indent=2) + "\n"


# --- scoring the results with the station's own rules ---------------------------------------------------


@dataclass(frozen=True)
class Graded:
    exam: str
    group: str
    candidate: str
    name: str
    variant: str
    score: ResultScore
    grade: Grade


def graded_results(package: PackageModel) -> list[Graded]:
    """Every result of the package scored (R-SCO-1..8) and graded (R-GRD-1..3)."""
    # The station's own conversion (services.exams), so the demo's grades are the ones examdesk shows.
    exams = {exam.code: core_exam(exam) for exam in package.exams}
    names = {(g.code, c.number): c.name for g in package.groups for c in g.candidates}
    out = []
    for result in package.results:
        exam = exams[result.exam]
        score = score_result(exam.variant_items(result.variant), core_responses(exam, result.responses))
        out.append(
            Graded(
                exam.code,
                result.group,
                result.candidate,
                names[(result.group, result.candidate)],
                result.variant,
                score,
                grade(score.points, score.max_points, exam.grading),
            )
        )
    return out


def _grade_text(value: Fraction, decimals: int) -> str:
    return format_amount(value, decimals) if decimals else str(int(value))


def main() -> int:
    package = build()
    text = render(package)
    parsed, problems = parse_package(json.loads(text))
    if parsed is None:
        for problem in problems:
            print(f"{problem.path}: {problem.message}", file=sys.stderr)
        return 1
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(text.encode("utf-8"))
    print(f"wrote {TARGET.relative_to(ROOT).as_posix()} ({len(text.encode('utf-8'))} bytes)")
    decimals = {exam.code: exam.grading.decimals for exam in parsed.exams}
    for graded in graded_results(parsed):
        points = format_points(graded.score.points)
        maximum = format_points(graded.score.max_points)
        verdict = "geslaagd" if graded.grade.passed else "gezakt"
        shown = _grade_text(graded.grade.rounded, decimals[graded.exam])
        print(
            f"{graded.group:17} {graded.candidate} {graded.name:20} {graded.variant}  "
            f"{points:>5}/{maximum:<3} cijfer {shown:>4} ({format_amount(graded.grade.exact, 2)}) {verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
