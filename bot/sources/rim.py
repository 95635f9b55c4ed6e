"""What every post passes on its way in, whatever its source: lone surrogates replaced, its text cut to a limit.

A lone surrogate (`\\ud800`, from a JSON escape or `&#xD800;` in a feed) cannot be encoded as UTF-8, so SQLite, JSON
writers and stdout fail on it; it becomes U+FFFD here (a valid pair becomes its one character). A post longer than
`[limits] max_post_chars` is cut (at a space near the limit when there is one) before extraction, and keeps the
length it had in `Post.full_length`, which the ledger stores.
"""

from __future__ import annotations

import dataclasses
import re

from bot.models import Post

SURROGATE = re.compile("[\ud800-\udfff]")
CUT_AT_SPACE = 200  # look this far back from the limit for a space to cut at


def clean_text(text: str) -> tuple[str, int]:
    """`text` with surrogate pairs joined and lone surrogates replaced by U+FFFD, and how many surrogates it had."""
    found = len(SURROGATE.findall(text))
    if not found:
        return text, 0
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace"), found


def cut_text(text: str, limit: int) -> str:
    """The first `limit` characters of `text`, ending at a space near the limit if there is one."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = head.rfind(" ", limit - CUT_AT_SPACE)
    return head[:space] if space > 0 else head


def clean_post(post: Post, max_chars: int) -> tuple[Post, list[str]]:
    """The post as it may be stored and read, and what was done to it (for the log; empty when nothing)."""
    changes: dict[str, object] = {}
    notes: list[str] = []
    replaced = 0
    for name in ("text", "channel", "external_id", "speaker", "url"):
        value = getattr(post, name)
        if isinstance(value, str):
            clean, count = clean_text(value)
            if count:
                changes[name] = clean
                replaced += count
    if replaced:
        notes.append(f"{replaced} lone surrogate(s) replaced by U+FFFD")
    text = str(changes.get("text", post.text))
    if len(text) > max_chars:
        cut = cut_text(text, max_chars)
        changes["text"] = cut
        changes["full_length"] = post.full_length or len(text)
        notes.append(f"text cut from {len(text)} to {len(cut)} characters ([limits] max_post_chars)")
    return (dataclasses.replace(post, **changes) if changes else post), notes  # type: ignore[arg-type]
