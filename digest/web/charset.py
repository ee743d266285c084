"""Turn the bytes of a fetched page into text, never failing.

Order: a byte-order mark; a `<meta>` charset in the first bytes; the XML declaration; the
Content-Type header; UTF-8 if the bytes are valid UTF-8; else windows-1252. Labels follow the
WHATWG Encoding Standard where browsers read a label as a superset (latin-1 as windows-1252),
unknown or unsafe labels are skipped, and undecodable bytes become replacement characters.
"""

from __future__ import annotations

import codecs
import re

_PRESCAN_BYTES = 4096
_META = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:\-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(
    rb"""\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([a-z0-9_.\-]+)["']""", re.IGNORECASE
)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))

# Labels browsers decode with a wider codec than the label's own (WHATWG Encoding Standard).
_SUPERSETS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
}
# Codecs that are not a page encoding a browser would honour.
_REFUSED = {"idna", "punycode", "raw-unicode-escape", "unicode-escape", "undefined", "utf-7", "mbcs", "oem"}
_WIDE = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}


def codec_for(label: str | None, *, in_document: bool = False) -> str | None:
    """The Python codec for a charset label, or None if the label is unknown or unusable.

    A UTF-16/32 label found inside the document itself cannot be true (the label was readable
    as ASCII), so browsers read it as UTF-8; so do we.
    """
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'").lower()).name
        if name in _REFUSED:
            return None
        b"test".decode(name, errors="replace")
    except (LookupError, UnicodeError, ValueError):
        return None
    if in_document and name in _WIDE:
        return "utf-8"
    return _SUPERSETS.get(name, name)


def declared_charsets(raw: bytes) -> list[str]:
    """Charset labels the document declares about itself: `<meta>` first, then `<?xml?>`."""
    head = raw[:_PRESCAN_BYTES]
    return [m.group(1).decode("ascii") for m in (_META.search(head), _XML_DECLARATION.match(head)) if m]


def decode_page(raw: bytes, header_charset: str | None = None) -> tuple[str, str]:
    """Decode `raw` to text; returns (text, codec name used)."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(name, errors="replace"), name
    candidates = [codec_for(label, in_document=True) for label in declared_charsets(raw)]
    candidates.append(codec_for(header_charset))
    for name in candidates:
        if name:
            return raw.decode(name, errors="replace"), name
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "cp1252"
