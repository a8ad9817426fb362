"""Access needs by code, as in the domain notes (used in data and reports)."""

from __future__ import annotations

NEED_NAMES = {
    "SR": "screen reader users and blind people",
    "LV": "people with low vision",
    "BSL": "Deaf BSL users",
    "HoH": "people who are hard of hearing",
    "DB": "deafblind people",
    "LD": "people with a learning disability",
    "SpLD": "people with dyslexia",
    "ND": "autistic and neurodivergent people",
    "MH": "people with mental health needs",
    "FAT": "people with fatigue or fluctuating conditions",
    "WC": "wheelchair users",
    "MOB": "people with mobility impairments",
    "COG": "people with cognitive impairments or dementia",
    "CAR": "carers",
    "BEN": "people who receive benefits",
    "DIG": "people who are digitally excluded",
    "EAL": "people with English as an additional language",
    "REL": "people observing religious practice",
    "NEW": "first-time contributors",
    "ALL": "everyone",
}
