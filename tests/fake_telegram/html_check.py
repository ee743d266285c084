"""Telegram's HTML parse mode: a message's HTML to plain text and Bot API entities, or Telegram's error.

The parser follows tdlib's `parse_html` (the code behind the Bot API): the same tags, the same
attribute rules and the same error texts ("Unsupported start tag ...", "Unmatched end tag ...",
"Can't find end tag corresponding to start tag ..."). Offsets are in UTF-16 code units.

It is stricter than Telegram in a few places where Telegram silently shows something other than
what was meant, because in a test that is a bug of ours worth failing on:
- a bare "&" or an unsupported named entity ("&nbsp;") is an error (Telegram prints it literally);
- an entity without its ";" is an error (Telegram guesses);
- an `a` tag whose URL Telegram would drop (not absolute http/https/tg/ton/mailto) is an error;
- tags Telegram cannot nest are an error: `a` in `a`, any tag inside `code` or `pre` (except the
  `pre><code class="language-x">` pair), `blockquote` in `blockquote` (Telegram drops them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "s",
        "strike",
        "del",
        "u",
        "ins",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "pre",
        "code",
        "blockquote",
    }
)
_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_HTML_ENTITY = re.compile(r"&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(lt|gt|amp|quot));")
_NAMED_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_LINK_SCHEMES = frozenset({"http", "https", "tg", "ton", "mailto"})
_SPACES = " \t\r\n\f\v"


class HtmlError(ValueError):
    """HTML Telegram refuses; `description` is the Bot API's error text."""

    @property
    def description(self) -> str:
        return f"Bad Request: can't parse entities: {self.args[0]}"


@dataclass
class _Open:
    tag: str
    argument: str
    offset: int
    text_start: int
    expandable: bool = False


def utf16_len(text: str) -> int:
    """Length of `text` in UTF-16 code units, the unit of Telegram's limits and offsets."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def valid_link(url: str) -> bool:
    """Whether Telegram keeps `url` as a link: absolute, a known scheme, no spaces or control characters."""
    if not url or any(ch.isspace() or ord(ch) < 0x20 for ch in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in _LINK_SCHEMES:
        return False
    return bool(parts.path) if scheme == "mailto" else bool(parts.netloc)


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8", "surrogatepass"))


def _decode_entity(source: str, i: int) -> tuple[str, int]:
    """The character an HTML entity at `i` stands for and the index after it; HtmlError if invalid."""
    match = _HTML_ENTITY.match(source, i)
    if match:
        decimal, hexadecimal, name = match.groups()
        if name:
            return _NAMED[name], match.end()
        code = int(decimal) if decimal else int(hexadecimal, 16)
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise HtmlError(
                f'Invalid character reference "{match.group(0)}" at byte offset {_byte_offset(source, i)}'
            )
        return chr(code), match.end()
    named = _NAMED_ENTITY.match(source, i)
    if named:
        raise HtmlError(
            f'Unsupported HTML entity "{named.group(0)}" at byte offset {_byte_offset(source, i)}'
        )
    raise HtmlError(f'Character "&" must be escaped as "&amp;" at byte offset {_byte_offset(source, i)}')


def _check_nesting(tag: str, stack: list[_Open], text_size: int, begin: int, source: str) -> None:
    where = f"at byte offset {_byte_offset(source, begin)}"
    for outer in stack:
        if tag == "a" and outer.tag == "a":
            raise HtmlError(f'Tag "a" can\'t be nested in another "a" tag {where}')
        if tag == "blockquote" and outer.tag == "blockquote":
            raise HtmlError(f'Tag "blockquote" can\'t be nested in another "blockquote" tag {where}')
    if stack and stack[-1].tag in ("code", "pre"):
        language_pair = stack[-1].tag == "pre" and tag == "code" and stack[-1].text_start == text_size
        if not language_pair:
            raise HtmlError(f'Tag "{tag}" can\'t be nested in "{stack[-1].tag}" {where}')


def _read_attributes(source: str, i: int, tag: str, begin: int) -> tuple[str, bool, int]:
    """Parse a start tag's attributes from `i`; return (argument, expandable, index of the closing '>')."""
    size = len(source)
    where = f"at byte offset {_byte_offset(source, begin)}"
    argument = ""
    expandable = False
    while i < size and source[i] != ">":
        while i < size and source[i] in _SPACES:
            i += 1
        if i < size and source[i] == ">":
            break
        name_start = i
        while i < size and source[i] not in _SPACES and source[i] not in "=>":
            i += 1
        name = source[name_start:i]
        if not name:
            raise HtmlError(f'Empty attribute name in the tag "{tag}" {where}')
        while i < size and source[i] in _SPACES:
            i += 1
        if i >= size:
            raise HtmlError(f'Unclosed start tag "{tag}" {where}')
        if source[i] != "=":
            if tag == "blockquote" and name == "expandable":
                expandable = True
                continue
            raise HtmlError(f'Expected equal sign in declaration of an attribute of the tag "{tag}" {where}')
        i += 1
        while i < size and source[i] in _SPACES:
            i += 1
        if i >= size:
            raise HtmlError(f'Unclosed start tag "{tag}" {where}')
        if source[i] in "'\"":
            quote = source[i]
            i += 1
            chars: list[str] = []
            while i < size and source[i] != quote:
                if source[i] == "&":
                    char, i = _decode_entity(source, i)
                    chars.append(char)
                else:
                    chars.append(source[i])
                    i += 1
            if i >= size:
                raise HtmlError(f"Unclosed start tag {where}")
            i += 1
            value = "".join(chars)
        else:
            token_start = i
            while i < size and (source[i].isascii() and (source[i].isalnum() or source[i] in ".-")):
                i += 1
            value = source[token_start:i].lower()
            if i >= size or (source[i] not in _SPACES and source[i] != ">"):
                raise HtmlError(
                    f"Unexpected end of name token at byte offset {_byte_offset(source, token_start)}"
                )
        if tag == "a" and name == "href":
            argument = value
        elif tag == "code" and name == "class" and value.startswith("language-"):
            argument = value[len("language-") :]
        elif tag == "span" and name == "class" and value.startswith("tg-"):
            argument = value[len("tg-") :]
        elif tag == "tg-emoji" and name == "emoji-id":
            argument = value
    if i >= size:
        raise HtmlError(f"Unclosed start tag {where}")
    return argument, expandable, i


def _close(opened: _Open, text: list[str], utf16_offset: int, entities: list[dict[str, object]]) -> None:
    length = utf16_offset - opened.offset
    tag = opened.tag
    if tag == "a":
        url = opened.argument or "".join(text[opened.text_start :])
        if not valid_link(url):
            raise HtmlError(f'Invalid URL "{url}" in an "a" tag: use an absolute http(s) link')
    if tag == "tg-emoji" and not (opened.argument.isdigit() and int(opened.argument) > 0):
        raise HtmlError("Invalid custom emoji identifier specified")
    if length <= 0:
        return
    entity: dict[str, object] = {"offset": opened.offset, "length": length}
    if tag in _ENTITY_TYPES:
        entity["type"] = _ENTITY_TYPES[tag]
    elif tag == "a":
        entity.update(type="text_link", url=opened.argument or "".join(text[opened.text_start :]))
    elif tag == "tg-emoji":
        entity.update(type="custom_emoji", custom_emoji_id=opened.argument)
    elif tag == "blockquote":
        entity["type"] = "expandable_blockquote" if opened.expandable else "blockquote"
    elif tag == "code":
        inner_pre = entities and entities[-1]["type"] == "pre" and entities[-1]["offset"] == opened.offset
        entity["type"] = "code"
        if opened.argument and not inner_pre:
            entity["language"] = opened.argument
    else:
        entity["type"] = "pre"
        last = entities[-1] if entities else None
        if last and last["type"] == "code" and last["offset"] == opened.offset and last["length"] == length:
            entities.pop()
            if last.get("language"):
                entity["language"] = last["language"]
    entities.append(entity)


def parse_html(source: str) -> tuple[str, list[dict[str, object]]]:
    """Plain text and Bot API entities (UTF-16 offsets) of Telegram HTML; HtmlError if Telegram refuses it."""
    text: list[str] = []
    entities: list[dict[str, object]] = []
    stack: list[_Open] = []
    utf16_offset = 0
    size = len(source)
    i = 0
    while i < size:
        ch = source[i]
        if ch == "&":
            char, i = _decode_entity(source, i)
            text.append(char)
            utf16_offset += utf16_len(char)
            continue
        if ch != "<":
            text.append(ch)
            utf16_offset += 2 if ord(ch) > 0xFFFF else 1
            i += 1
            continue
        begin = i
        i += 1
        if i < size and source[i] == "/":
            if not stack:
                raise HtmlError(f"Unexpected end tag at byte offset {_byte_offset(source, begin)}")
            while i < size and source[i] not in _SPACES and source[i] != ">":
                i += 1
            end_tag = source[begin + 2 : i].lower()
            while i < size and source[i] in _SPACES:
                i += 1
            if i >= size or source[i] != ">":
                raise HtmlError(f"Unclosed end tag at byte offset {_byte_offset(source, begin)}")
            opened = stack[-1]
            if end_tag and end_tag != opened.tag:
                raise HtmlError(
                    f"Unmatched end tag at byte offset {_byte_offset(source, begin)}, "
                    f'expected "</{opened.tag}>", found "</{end_tag}>"'
                )
            stack.pop()
            _close(opened, text, utf16_offset, entities)
            i += 1
            continue
        while i < size and source[i] not in _SPACES and source[i] != ">":
            i += 1
        if i >= size:
            raise HtmlError(f"Unclosed start tag at byte offset {_byte_offset(source, begin)}")
        tag = source[begin + 1 : i].lower()
        if tag not in TAGS:
            raise HtmlError(f'Unsupported start tag "{tag}" at byte offset {_byte_offset(source, begin)}')
        argument, expandable, i = _read_attributes(source, i, tag, begin)
        if tag == "span" and argument != "spoiler":
            raise HtmlError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {_byte_offset(source, begin)}'
            )
        _check_nesting(tag, stack, len(text), begin, source)
        stack.append(_Open(tag, argument, utf16_offset, len(text), expandable))
        i += 1
    if stack:
        raise HtmlError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    entities.sort(key=lambda e: (e["offset"], -int(e["length"])))  # type: ignore[call-overload]
    return "".join(text), entities
