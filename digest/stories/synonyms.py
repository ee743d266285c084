"""Words news reports use for one thing: "power cut", "outage" and "blackout"; "walkout" and
"industrial action"; "closed", "shut" and "out of action".

Outlets tell one event in their own words, and the word-vector model behind `digest.stories.embed`
scores such pairs barely above unrelated ones (outage/blackout 0.17, heist/robbery 0.12). `concepts`
finds in an English title and lead the phrases of each group below and names the group, so that the
merge can count two reports saying one thing in other words as sharing a term; `stand_in` lets a
followed topic's word ("outage") match an article's phrase of its group ("blackout"). The groups are
what happened (an outage, a strike, a closure, a resignation, a flood ...) and who or what it
happened to in the words outlets swap (a prime minister or premier, a chief executive or boss, homes
or households); they say nothing about where or to whom, which the merge reads from names, figures
and places, so two like events in two cities stay apart. Maintained here: add a phrase to the group
it means, never a group for one story.
"""

from __future__ import annotations

from functools import lru_cache

import regex

GROUPS: dict[str, tuple[str, ...]] = {
    "outage": (
        "power cut", "power cuts", "power outage", "power outages", "outage", "outages", "blackout",
        "blackouts", "power failure", "power failures", "without power", "without electricity",
        "lost power", "in the dark", "supply failure", "knocked out power", "cut power",
    ),
    "strike": (
        "strike", "strikes", "striking", "strikers", "walkout", "walkouts", "walked out", "walk out",
        "walking out", "industrial action", "stoppage", "stoppages", "downed tools", "down tools",
        "stop work", "stopped work", "picket", "pickets",
    ),
    "resign": (
        "resign", "resigns", "resigned", "resigning", "resignation", "quit", "quits", "quitting",
        "step down", "steps down", "stepped down", "stepping down", "stand down", "stands down",
        "stood down", "departs", "departure",
    ),
    "dismiss": (
        "sacked", "sacks", "sacking", "fired", "dismissed", "dismisses", "dismissal", "axed", "ousted",
        "ousts", "ousting", "pushed out", "removed", "parted company", "parts company", "part company",
    ),
    "closure": (
        "closed", "closes", "closure", "shut", "shuts", "shutting", "shutdown", "out of action",
        "out of use", "out of service", "suspended", "halted", "halts", "standstill",
    ),
    "flood": (
        "flood", "floods", "flooded", "flooding", "floodwater", "floodwaters", "inundated", "deluge",
        "swamped", "under water", "underwater", "burst its banks", "bursts its banks", "overflowed",
        "overflows", "torrential rain", "downpour", "downpours",
    ),
    "fire": (
        "blaze", "blazes", "wildfire", "wildfires", "bushfire", "bushfires", "inferno", "flames",
        "caught fire", "on fire", "burst into flames", "fire crews", "firefighters",
    ),
    "theft": (
        "theft", "thieves", "stole", "stolen", "steal", "heist", "robbery", "robbed", "robbers",
        "burglary", "burglars", "raiders", "made off with",
    ),
    "derailment": (
        "derailed", "derails", "derail", "derailment", "came off the tracks", "came off the rails",
        "come off the rails", "left the tracks", "leaves tracks", "left the rails",
    ),
    "cyberattack": (
        "cyberattack", "cyberattacks", "cyber attack", "cyber-attack", "hackers", "hacked", "hack",
        "ransomware", "data breach",
    ),
    "earthquake": ("earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "temblor", "seismic"),
    "interest rate": (
        "interest rate", "interest rates", "borrowing costs", "base rate", "key rate", "policy rate",
        "deposit rate", "benchmark rate", "main rate", "lending rate",
    ),
    "head of government": ("prime minister", "premier", "head of government"),
    "reshuffle": ("reshuffle", "reshuffles", "reshuffled", "shake-up", "shakeup", "shuffle", "overhaul"),
    "chief executive": ("chief executive", "chief executive officer", "ceo", "boss"),
    "deaths": (
        "killed", "dead", "died", "death", "deaths", "fatalities", "lost their lives", "death toll",
        "fatal", "deadly",
    ),
    "evacuation": (
        "evacuated", "evacuation", "evacuate", "evacuations", "fled", "forced to leave",
        "left their homes", "leave their homes",
    ),
    "arrest": ("arrested", "arrest", "arrests", "detained", "in custody", "held by police"),
    "sentence": (
        "convicted", "found guilty", "sentenced", "jailed", "jail", "prison", "years behind bars",
    ),
    "aground": ("ran aground", "runs aground", "run aground", "grounding", "hit rocks", "struck rocks"),
    "job cuts": (
        "job cuts", "layoffs", "lay off", "lays off", "laid off", "redundancies", "axe jobs",
        "cut jobs", "shed jobs", "jobs at risk",
    ),
    "fine": ("fined", "fines", "penalty", "penalised", "penalized"),
    "homes": ("homes", "households", "houses", "properties", "customers"),
    "underground": ("metro", "underground", "subway", "tube"),
    "airline": ("airline", "airlines", "carrier", "carriers"),
    "bridge": ("bridge", "crossing", "viaduct"),
    "storm": ("storm", "storms", "gales", "high winds", "strong winds", "hurricane-force winds"),
}
LANGUAGES = frozenset({"en"})
# Written in capitals only: "PM" (not "5 pm").
CASED: dict[str, str] = {"PM": "head of government"}

_CONCEPT = {phrase: name for name, phrases in GROUPS.items() for phrase in phrases}
_PHRASES = "|".join(regex.escape(p) for p in sorted(_CONCEPT, key=len, reverse=True))
_PATTERN = regex.compile(rf"(?<![\p{{L}}\d-])(?i:{_PHRASES})(?![\p{{L}}\d])|\b(?:{'|'.join(CASED)})\b")


@lru_cache(maxsize=20_000)
def concepts(text: str) -> tuple[str, ...]:
    """The groups an English text's phrases belong to, once each time a phrase is written."""
    return tuple(CASED.get(m.group(0)) or _CONCEPT[m.group(0).lower()] for m in _PATTERN.finditer(text))


def stand_in(word: str, text: str) -> str | None:
    """A phrase of `text` of the group `word` belongs to, other than the word itself ("blackout"
    for "outage"), or None."""
    group = _CONCEPT.get(word.lower())
    if group is None:
        return None
    for match in _PATTERN.finditer(text):
        phrase = match.group(0)
        if phrase.lower() != word.lower() and (CASED.get(phrase) or _CONCEPT.get(phrase.lower())) == group:
            return phrase
    return None
