"""A small valid package with every item type, shared by the package tests."""

from __future__ import annotations

from typing import Any


def valid_package() -> dict[str, Any]:
    options = [{"key": k, "text": f"Antwoord {k}"} for k in "ABCD"]
    return {
        "format": "examdesk-package",
        "version": 1,
        "exams": [
            {
                "code": "WFT-CK-2026-1",
                "title": "Bijzonder Examen Adviseur Consumptief krediet",
                "kind": "pe",
                "duration_minutes": 90,
                "grading": {"cesuur_percent": 68, "floor": 1.0, "decimals": 0},
                "items": [
                    {
                        "id": "K1",
                        "type": "multiple_choice",
                        "points": 1,
                        "stem": "Wat is de BKR?",
                        "options": options,
                        "answer_key": "B",
                    },
                    {
                        "id": "V1",
                        "type": "multiple_select",
                        "points": 2,
                        "stem": "Welke twee?",
                        "options": options,
                        "answer_key": ["A", "C"],
                    },
                    {
                        "id": "V2",
                        "type": "numeric",
                        "points": 2,
                        "stem": "Hoeveel?",
                        "answer_key": 10000,
                        "tolerance": 0.5,
                        "unit": "€",
                        "unit_position": "prefix",
                    },
                    {
                        "id": "V3",
                        "type": "multiple_dropdown",
                        "points": 2,
                        "stem": "De rente is {a} en de looptijd {b}.",
                        "dropdowns": [
                            {"id": "a", "options": ["hoger", "lager"], "answer_key": "hoger"},
                            {"id": "b", "options": ["korter", "langer"], "answer_key": "langer"},
                        ],
                    },
                    {
                        "id": "V4",
                        "type": "ordering",
                        "points": 2,
                        "stem": "Zet in volgorde.",
                        "options": options[:3],
                        "initial_order": ["C", "A", "B"],
                        "answer_key": ["A", "B", "C"],
                    },
                    {
                        "id": "O1",
                        "type": "open",
                        "points": 3,
                        "stem": "Leg uit.",
                        "marking_scheme": "1 punt per risico.",
                    },
                ],
            }
        ],
        "groups": [
            {
                "code": "2026-06-12-CK-A",
                "exam": "WFT-CK-2026-1",
                "name": "Ochtend",
                "date": "2026-06-12",
                "start_time": "09:00",
                "location": {"kind": "school", "room": "Lokaal 2.14"},
                "candidates": [
                    {
                        "number": "1001",
                        "name": "Sanne de Vries",
                        "bsn": "999993653",
                        "accommodations": [
                            {
                                "kind": "extra_time",
                                "minutes": 30,
                                "basis": "dyslexie",
                                "statement_date": "2023-09-01",
                            }
                        ],
                    },
                    {"number": "1002", "name": "Ahmed Yilmaz", "bsn": "999993847"},
                ],
            }
        ],
        "results": [
            {
                "candidate": "1001",
                "group": "2026-06-12-CK-A",
                "exam": "WFT-CK-2026-1",
                "variant": "A",
                "submitted_at": "2026-06-12T10:31:00+02:00",
                "published_at": "2026-06-13T16:00:00+02:00",
                "responses": {
                    "K1": "B",
                    "V1": ["A", "C"],
                    "V2": "10.000,00",
                    "V3": {"a": "hoger", "b": "korter"},
                    "V4": ["A", "C", "B"],
                    "O1": {"text": "Twee risico's", "awarded": 1.5},
                },
            },
        ],
    }
