"""Presentation: i18n, HTML and plain text, the JSON codec."""
