"""Fuzz properties of the rim (tests/rim_fuzz.py), briefly: never a traceback, only our own clear errors."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.models import Post
from tests import rim_fuzz as fuzz

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(fuzz.posts, st.integers(1000, 20_000))
def test_clean_post(post: Post, limit: int) -> None:
    fuzz.check_clean_post(post, limit)


@FAST
@given(fuzz.pages())
def test_read_page(html: str) -> None:
    fuzz.check_page(html)


@FAST
@given(fuzz.feeds())
def test_parse_feed(data: bytes) -> None:
    fuzz.check_feed(data)


@FAST
@given(fuzz.exports)
def test_export_parsed(data: Any) -> None:
    fuzz.check_export(data, through_file=False)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fuzz.exports)
def test_export_through_the_file(data: Any) -> None:
    fuzz.check_export(data, through_file=True)


@FAST
@given(fuzz.configs)
def test_parse_config(data: dict[str, Any]) -> None:
    fuzz.check_config(data)
