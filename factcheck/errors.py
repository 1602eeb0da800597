"""Errors with messages written for an editor; the CLI prints them as one line and exits 1."""


class FactcheckError(Exception):
    """Base class: anything the user can fix (bad file, unknown id, bad option value)."""


class InputError(FactcheckError):
    """An article file or folder cannot be read as an article."""


class DatabaseError(FactcheckError):
    """The database file is missing, corrupt, locked or from a newer factcheck."""


class NotFoundError(FactcheckError):
    """A claim, speaker or article the user named does not exist."""
