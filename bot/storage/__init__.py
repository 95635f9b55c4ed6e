"""The only SQL: the SQLite ledger, subscriptions and the alert outbox."""
