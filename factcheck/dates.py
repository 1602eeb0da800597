"""Publication dates as written -> ISO 8601 (pure: no files, no clock)."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser

_PREFIX = re.compile(r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)|date|on)\b\s*:?\s*", re.I)
_DOTTED = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}\b")  # 05.11.2025 is day-first wherever it is written
_EPOCH_RANGE = (dt.datetime(1990, 1, 1, tzinfo=dt.timezone.utc).timestamp(),
                dt.datetime(2100, 1, 1, tzinfo=dt.timezone.utc).timestamp())
# Two far-apart defaults: a field that differs between the two parses was not in the text.
_DEFAULTS = (dt.datetime(1904, 1, 1), dt.datetime(1908, 2, 2))


def normalize_date(value: object) -> str | None:
    """Any common written date -> ``YYYY-MM-DD`` (``YYYY-MM`` or ``YYYY`` when that is all it says).

    Timestamps keep the calendar date they were written in (``2025-04-08T17:42-07:00`` is the 8th);
    Unix timestamps (seconds or milliseconds, as JSON feeds give them) are read as UTC. A text
    without a year, or that dateutil cannot read, is kept as written rather than guessed."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return _from_epoch(float(value)) or str(value)
    text = " ".join(str(value).split())
    if not text:
        return None
    if re.fullmatch(r"\d{10}(?:\d{3})?", text):
        return _from_epoch(float(text)) or text
    cleaned = _PREFIX.sub("", text).strip(" ,") or text
    try:
        first, second = (date_parser.parse(cleaned, default=default, ignoretz=True,
                                           dayfirst=bool(_DOTTED.match(cleaned)))
                         for default in _DEFAULTS)
    except (ValueError, OverflowError):
        return text
    if first.year != second.year:
        return text
    if first.month != second.month:
        return f"{first.year:04d}"
    if first.day != second.day:
        return f"{first.year:04d}-{first.month:02d}"
    return first.date().isoformat()


def _from_epoch(seconds: float) -> str | None:
    if seconds > _EPOCH_RANGE[1]:
        seconds /= 1000  # milliseconds
    if not _EPOCH_RANGE[0] <= seconds < _EPOCH_RANGE[1]:
        return None
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date().isoformat()
