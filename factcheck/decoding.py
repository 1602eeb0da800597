"""Bytes -> text, and mojibake repair (pure: the caller reads the file).

Order of evidence: a byte-order mark; strict UTF-8; a charset the file declares (HTML's
``<meta charset>``); UTF-8 with a few stray Windows-1252 bytes; a legacy encoding detected by
charset-normalizer (Windows-1252, which also reads Latin-1, whenever it reads the bytes cleanly).
Anything that still does not read as text is refused, naming the file."""

from __future__ import annotations

import codecs
import functools
import re

from factcheck.errors import InputError

_BOMS = [  # longest first: the UTF-32-LE mark begins with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
_MAGIC = {  # files editors drop into folders by mistake
    b"%PDF-": "a PDF document", b"PK\x03\x04": "a ZIP archive or Office document; Word files need the .docx suffix",
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive", b"\xd0\xcf\x11\xe0": "an old Word .doc or other Office file; save it as .docx",
}
_DECLARED = re.compile(rb"""(?:<meta[^>]+charset|<\?xml[^>]+encoding)\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_STRAY = re.compile("[\udc80-\udcff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# latin-1 is windows-1252 to every browser (WHATWG), and its C1 range is never meant as text
_ALIASES = {"latin_1": "cp1252", "iso8859_1": "cp1252"}
def declared_charset(data: bytes) -> str | None:
    """The charset a page names for itself near its start (``<meta charset>``, http-equiv, XML)."""
    match = _DECLARED.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def decode(data: bytes, path: str, declared: str | None = None) -> str:
    """The text in ``data``; ``declared`` is a charset the file names for itself (HTML meta)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                name = codec.replace("-sig", "").upper()
                raise InputError(f"{path}: not valid {name} text ({exc.reason} at byte {exc.start})") from None
    _refuse_binary(data, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text = _declared(data, declared) or _utf8_with_stray_bytes(data) or _detected(data)
    if text is None or _looks_binary(text):
        raise InputError(f"{path}: not UTF-8 text (undecodable byte at offset {first_bad}), "
                         "and no other text encoding fits")
    return text


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252/Latin-1 (``â€œ`` -> ``“``), line by line, only where certain.

    A line is changed only when all of it decodes back to clean text; correct text (``Zoë``,
    ``São Paulo``) and lines that mix good and damaged text are left as they are."""
    if text.isascii():
        return text
    import ftfy  # loaded on first use: commands that read no article do not pay for it

    config = _mojibake_config()
    return "\n".join(line if line.isascii() else ftfy.fix_encoding(line, config) for line in text.split("\n"))


@functools.cache
def _mojibake_config():
    import ftfy

    return ftfy.TextFixerConfig(
        # only undo text decoded with the wrong codec, and only when the whole line decodes back
        # cleanly: no guessing at a lost byte (restore_byte_a0, replace_lossy_sequences), no partial
        # repair inside a line that mixes good and bad text (decode_inconsistent_utf8)
        restore_byte_a0=False, replace_lossy_sequences=False, decode_inconsistent_utf8=False,
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
        fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False, normalization=None,
        explain=False,
    )


def _refuse_binary(data: bytes, path: str) -> None:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{path}: binary file, not an article ({what})")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not an article")


def _looks_binary(text: str) -> bool:
    return len(_CONTROL.findall(text[:65536])) > max(2, len(text[:65536]) // 1000)


def _declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        codec = codecs.lookup(declared).name.replace("-", "_")
    except LookupError:
        return None
    if codec in ("utf_8", "utf_16", "utf_32"):
        return None  # a page that says UTF-8 but is not: look at the bytes instead
    for candidate in dict.fromkeys([_ALIASES.get(codec, codec), codec]):
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return None


def _utf8_with_stray_bytes(data: bytes) -> str | None:
    """UTF-8 with a few Windows-1252 bytes pasted in (wire copy): each stray byte read as 1252.

    Valid multi-byte UTF-8 sequences do not occur by chance in single-byte text, so when they
    outnumber the bytes that are not UTF-8 the file is UTF-8."""
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if not valid:
        return None
    text = data.decode("utf-8", errors="surrogateescape")  # each stray byte -> U+DC80..U+DCFF
    if len(_STRAY.findall(text)) > valid:
        return None
    return _STRAY.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="replace"), text)


def _detected(data: bytes) -> str | None:
    """A legacy encoding, as charset-normalizer judges it.

    First: does the text read cleanly as Windows-1252 (which reads Latin-1 too)? On short texts
    the library's open ranking does not separate Western code pages (it may rank DOS Baltic or
    Big5 above Windows-1252 for a French or Portuguese sentence), and newsroom copy in a
    single-byte encoding is Windows-1252 far more often than not. Greek, Cyrillic or CJK text
    reads as a mess in Windows-1252, so it falls to the open detection, where among the
    cleanest readings a Windows code page is preferred over a Mac or DOS one, and a reading
    without any language evidence is refused as a guess."""
    from charset_normalizer import from_bytes  # loaded only for files that are not UTF-8

    if from_bytes(data, cp_isolation=["cp1252"]).best() is not None:
        codec = "cp1252"
    else:
        matches = [m for m in from_bytes(data) if m.coherence]
        if not matches:
            return None
        least = min(m.chaos for m in matches)
        cleanest = [m for m in matches if m.chaos <= least]
        codec = next((m.encoding for m in cleanest if m.encoding.startswith("cp125")), cleanest[0].encoding)
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None
