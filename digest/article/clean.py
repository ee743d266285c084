"""Drop page furniture from extracted text, a whole line at a time, never changing kept wording.

Furniture is image captions and photo credits, calls to action (sign-up walls, newsletter boxes,
app promos), "Read more:" lines, cookie notices, related / most-read lists and share/follow lines.
Phrases live in `digest/data/boilerplate.txt` so they can be extended without code changes.
Every kept line is returned exactly as it came in (only surrounding whitespace is trimmed), so
any sentence taken from the cleaned text is a verbatim substring of the page's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.resources import files

SHORT_LINE_WORDS = 12
STRONG_PHRASE_WORDS = 3
CTA_LINE_WORDS = 60
CAPTION_LINE_WORDS = 45
CLOSING_MARKS = "\"”»’'›«"
OPENING_MARKS = "\"“„«»‘‚‹"

AGENCY = (
    r"(?:Getty(?:\s+Images)?|AFP|Reuters|REUTERS|AP(?:\s+Photo)?|Associated\s+Press|Shutterstock|EPA(?:-EFE)?|"
    r"Alamy|Bloomberg|PA(?:\s+Images|\s+Wire|\s+Media)?|iStock(?:photo)?|Xinhua|Anadolu(?:\s+Agency)?|"
    r"SIPA|Sipa(?:\s+USA)?|TASS|ТАСС|РИА\s+Новости|RIA\s+Novosti|dpa|DPA|Imago|IMAGO|ZUMA(?:\s+Press)?|"
    r"NurPhoto|Rex\s+Features|Unsplash)"
)
CREDIT_PATTERNS = [
    # "... (AFP via Getty Images)", "[Reuters]", "(Photo by Jane Doe/Getty Images)"
    re.compile(rf"[(\[][^()\[\]]*\b{AGENCY}\b[^()\[\]]*[)\]]\W*$"),
    # "Photo: Reuters", "Photograph: Kin Cheung/AP", "Image credit: NASA", "Фото: ТАСС"
    re.compile(
        r"(?:^|[.,(|–—-]\s*)(?:photo(?:graph)?s?|images?|pictures?|illustrations?|credits?|foto|фото|bild"
        r"|crédits?(?:\s+photo)?)(?:\s+credits?)?\s*[:©]\s*\S[^.]{0,100}$",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:photo(?:graph)?s?|images?|pictures?)\s+(?:by|courtesy(?:\s+of)?|via)\b", re.IGNORECASE),
    re.compile(r"^(?:©|\(c\)\s|copyright\b)", re.IGNORECASE),
    # "Protesters in Hong Kong. Kin Cheung/AP", "... | Getty Images"
    re.compile(rf"(?:[.|]\s*|/\s*){AGENCY}(?:\s+via\s+Getty\s+Images)?\W*$"),
]
URL = r"(?:https?://|www\.)\S+"
# Other furniture that is easier to say as a pattern than as a phrase.
FURNITURE_PATTERNS = [
    re.compile(r"^follow\s+(?:us|me)\b", re.IGNORECASE),
    re.compile(r"^follow\s(?!-).{0,80}\bon\s+(?:facebook|twitter|instagram|x|youtube|linkedin|tiktok|threads)\b",
               re.IGNORECASE),
    re.compile(r"^follow\s+\S+(?:\s+full)?\s+coverage\b", re.IGNORECASE),
    re.compile(r"\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story|article)\b", re.IGNORECASE),
    # promo links tagged like "Plague fears grow [VIDEO]"
    re.compile(r"\[[A-Z][A-Z ]{2,15}\]\W*$"),
    # a dateline or timestamp on its own: "November 20, 2019 - 11:28", "5:45 AM PST 11/19/2019 by Jo Lee"
    re.compile(r"^(?=.*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b(?:19|20)\d\d\b))(?=.*\b\d{1,2}[:h]\d\d\b)"
               r".{0,120}(?<![.!?])$"),
    # "Listen: https://…", "More AP NBA: https://… and https://…", a bare e-mail address
    re.compile(rf"^[^:]{{1,40}}:\s*{URL}(?:\s+(?:and|&|,)\s+{URL})*$", re.IGNORECASE),
    re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"),
    re.compile(r"^(?:tags?|filed\s+under|categor(?:y|ies))\s*:", re.IGNORECASE),
    re.compile(r"^(?:reading\s+time|tempo\s+de\s+leitura|temps\s+de\s+lecture|lesezeit|время\s+чтения)\b"
               r"|^\d+\s*min(?:ute)?s?\s+read\W*$", re.IGNORECASE),
    re.compile(r"^(?:\S+\s+){0,3}newsletter\W*$", re.IGNORECASE),
    # a metadata strip: "05/10/2018 - Posted by: Jo Lee - Category: Health - Tags: ambulance"
    re.compile(r"(?:\b(?:tags?|categor(?:y|ies|ia|ie)|posted\s+(?:by|in)|publicado\s+por|filed\s+under)\s*:.*){2}",
               re.IGNORECASE),
    # a bare social-media profile address
    re.compile(r"^(?:https?://)?(?:www\.)?(?:(?:twitter|x|facebook|instagram|linkedin|tiktok|youtube)\.com|t\.me)"
               r"/@?[\w.-]+/?$", re.IGNORECASE),
    # an unrendered WordPress shortcode: "[button link=…]Send us your review[/button]"
    re.compile(r"\[/[a-z_]+\]"),
]
# Sign-offs that may run long: an author's blurb ending "Follow him on Twitter @x", a deals disclaimer.
SIGN_OFF = re.compile(
    r"\bfollow\s+(?:us|him|her|me|them|@\w+)\s+on\s+(?:twitter|facebook|instagram|x)\b", re.IGNORECASE
)
LIST_HEADINGS = re.compile(
    r"^(?:related(?:\s+(?:stories|articles|coverage|news|content|posts|links|reading))?|most\s+(?:read|popular|viewed)"
    r"|more\s+(?:stories|news|from\b.*)|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|top\s+stories"
    r"|you\s+(?:may|might)\s+also\s+like|popular(?:\s+now)?|latest\s+news|further\s+reading"
    r"|читайте\s+также|по\s+теме|mehr\s+zum\s+thema|das\s+könnte\s+sie\s+auch\s+interessieren"
    r"|à\s+lire\s+aussi|sur\s+le\s+même\s+sujet|tags?|palavras-chave|etiquetas|schlagwörter|теги)\W*$",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?…:;\"”»“'’)\]]\s*$")
PROSE_END = re.compile(r"[.!?…。！？][\"”»’']?\s*$")
BULLETS = re.compile(r"^[-•*>▶►|(\[\s]+")
END_MARKS = " .!:|›»>→"


@dataclass(frozen=True)
class Phrases:
    prefix: tuple[str, ...]
    exact: frozenset[str]
    contains: tuple[str, ...]

    @cached_property
    def by_start(self) -> dict[str, tuple[str, ...]]:
        """Prefix phrases by their first two characters (a line is tried only against its own)."""
        index: dict[str, list[str]] = {}
        for phrase in self.prefix:
            index.setdefault(phrase[:2], []).append(phrase)
        return {start: tuple(found) for start, found in index.items()}


@cache
def phrases() -> Phrases:
    """The packaged phrase list, parsed once per process."""
    text = files("digest").joinpath("data/boilerplate.txt").read_text(encoding="utf-8")
    prefix, exact, contains = [], set(), []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("^"):
            prefix.append(normalize(line[1:], keep_end=True))
        elif line.startswith("="):
            exact.add(normalize(line[1:]))
        else:
            contains.append(normalize(line))
    return Phrases(tuple(prefix), frozenset(exact), tuple(contains))


def normalize(line: str, *, keep_end: bool = False) -> str:
    """Lower-case, straight apostrophes, single spaces, no list bullets (nor end punctuation)."""
    line = line.lower().replace("’", "'").replace("\u00a0", " ")
    line = " ".join(line.split())
    line = BULLETS.sub("", line)
    return line if keep_end else line.rstrip(END_MARKS)


def _starts_with(line: str, phrase: str) -> bool:
    """Prefix match that does not cut a word ("more:" matches "More: x", not "Moreover")."""
    return line.startswith(phrase) and (
        len(line) == len(phrase) or not phrase[-1].isalnum() or not line[len(phrase)].isalnum()
    )


def is_call_to_action(line: str) -> bool:
    """A sign-up wall, newsletter box, app promo, share/follow or "Read more" line."""
    full = normalize(line, keep_end=True)
    norm = full.rstrip(END_MARKS)
    if not norm:
        return False
    words = len(norm.split())
    p = phrases()
    if norm in p.exact:
        return True
    opening = [ph for ph in p.by_start.get(full[:2], ()) if _starts_with(full, ph)]
    if opening and words <= CTA_LINE_WORDS:
        # A phrase of a word or two ("Reporting by", "Write to") also opens real sentences: past a
        # short line it removes only what is not a paragraph of prose.
        strong = any(len(ph.split()) >= STRONG_PHRASE_WORDS for ph in opening)
        if strong or words <= SHORT_LINE_WORDS or not is_prose(line):
            return True
    if words <= SHORT_LINE_WORDS and any(ph in norm for ph in p.contains):
        return True
    stripped = line.strip()
    if words <= CTA_LINE_WORDS and SIGN_OFF.search(stripped):
        return True
    return words <= CTA_LINE_WORDS // 3 and any(pattern.search(stripped) for pattern in FURNITURE_PATTERNS)


def is_prose(line: str) -> bool:
    """A paragraph of running text: ends like a sentence, and most of its words are not capitalised
    (a credit line such as "Reporting by Jane Doe; Editing by John Roe" is mostly names)."""
    stripped = line.strip()
    if not PROSE_END.search(stripped) or stripped.startswith(("(", "[")):
        return False
    cased = [word for word in stripped.split() if word[:1].isalpha() and word[:1].lower() != word[:1].upper()]
    lower = sum(1 for word in cased if word[:1].islower())
    return not cased or lower * 2 > len(cased)


def is_caption(line: str) -> bool:
    """An image caption ending in a photo credit, or a bare credit line."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > CAPTION_LINE_WORDS:
        return False
    return any(pattern.search(stripped) for pattern in CREDIT_PATTERNS)


def is_boilerplate(line: str) -> bool:
    """Whether a whole line is page furniture rather than article text."""
    return is_call_to_action(line) or is_caption(line)


def _looks_like_link_title(line: str) -> bool:
    """A list entry: a bullet, a short line that is no sentence, or a comma-separated run of tags."""
    stripped = line.strip()
    if stripped.startswith(("- ", "• ", "* ")):
        return True
    if SENTENCE_END.search(stripped):
        return False
    words, commas = len(stripped.split()), stripped.count(",")
    return words <= 16 or (commas >= 2 and words <= 5 * (commas + 1))


def clean_text(text: str) -> str:
    """Drop furniture lines from `text`; kept lines are unchanged and joined by newlines."""
    kept: list[str] = []
    in_list = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if LIST_HEADINGS.match(normalize(line)):
            in_list = True
            continue
        if in_list and _looks_like_link_title(line):
            continue
        in_list = False
        if is_boilerplate(line):
            continue
        kept.append(line)
    return "\n".join(kept)


def join_broken_lines(text: str) -> str:
    """Join the lines of one sentence that a line break (`<br>`) split: a line ending in a comma or a
    bare word, then one going on in lower case ('“We will open the quay before summer,” / 'said Ann
    Lee.'), or a comma before an opening quotation mark. Else a quote loses its speaker, or one
    quotation reads as two. Pages (`<br>` inside a paragraph) and pasted text (a copied page's hard
    line breaks) alike."""
    lines = text.split("\n")
    joined = lines[:1]
    for line in lines[1:]:
        previous = joined[-1]
        core = previous.rstrip(CLOSING_MARKS)
        comma = core.endswith(",")
        bare = previous[-1:].isalnum()
        going_on = line[:1].islower() and not line.startswith(("http", "www."))
        if (going_on and (comma or bare)) or (comma and line[:1] in OPENING_MARKS):
            joined[-1] = f"{previous} {line}"
        else:
            joined.append(line)
    return "\n".join(joined)
