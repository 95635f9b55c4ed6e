"""The exceptions claimwatch raises; library errors are translated into these at the edges."""


class BotError(Exception):
    """Base of every error claimwatch reports to a person."""


class ConfigError(BotError):
    """The configuration is missing, malformed or names a bad value (the message names the key)."""


class SourceError(BotError):
    """A source (Telegram, web preview, feed, export file) could not be read or parsed."""


class StorageError(BotError):
    """The SQLite ledger cannot be opened, migrated or written."""


class GazetteerError(BotError):
    """The bundled gazetteer is missing or damaged."""
