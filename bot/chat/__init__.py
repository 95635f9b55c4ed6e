"""The chat bot: handlers, answers, dialog, terminal chat, outbox sender."""
