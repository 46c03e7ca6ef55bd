"""Domain errors: one class per thing a user can get wrong, each with a one-line message."""


class TrackerError(Exception):
    """Base of every error tracker raises on purpose; the CLI prints it as one line."""


class DocumentError(TrackerError):
    """A document cannot be read: missing, unreadable, not text, empty, or too large."""


class HeaderError(DocumentError):
    """A document's header line or metadata sidecar is malformed."""


class DatabaseError(TrackerError):
    """The database URL is wrong, the file is damaged, or the schema cannot be upgraded."""


class QueryError(TrackerError):
    """An ad-hoc SQL query is invalid or tries to change the database."""


class LockedError(TrackerError):
    """Another run holds the run lock."""


class WorkerError(TrackerError):
    """An extraction worker process died (killed, or out of memory); the run stops."""


class ReportError(TrackerError):
    """A report cannot be written: an unknown format or an output folder that is not one."""
