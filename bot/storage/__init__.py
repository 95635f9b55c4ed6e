"""The only SQL: the SQLite ledger (posts and claims), people and subscriptions, and the alert outbox.

schema      tables and migrations, opening the file, rows <-> models
connection  the one connection: write lock, transactions
posts       posts, edits, deletes, claims, cursors, ledger queries
people      users (language, mute, digest, blocked) and subscriptions
outbox      queued alerts, leases, sent/retry/park, "also reported by" edits
store       Store = Posts + People + Outbox on one connection; open_store
"""

from bot.storage.connection import Clock
from bot.storage.outbox import Planner
from bot.storage.people import User
from bot.storage.posts import PostItem
from bot.storage.schema import MIGRATIONS, migrate
from bot.storage.store import Store, open_store

__all__ = ["MIGRATIONS", "Clock", "Planner", "PostItem", "Store", "User", "migrate", "open_store"]
