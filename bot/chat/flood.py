"""Flood control: a token bucket per user, so one flooder is slowed down and nobody else is."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_BUCKETS = 50_000  # users remembered at once (bounded memory)


@dataclass
class Bucket:
    tokens: float
    stamp: float
    warned: bool = False


@dataclass
class FloodGate:
    """A token bucket per user: `burst` messages at once, then `rate` per second. A flooder is slowed, others not."""

    burst: float = 8.0
    rate: float = 1.0
    buckets: dict[int, Bucket] = field(default_factory=dict)

    def allow(self, user_id: int, now: float) -> tuple[bool, bool]:
        """(allowed, warn): warn once per flood, when the first message is refused."""
        b = self.buckets.get(user_id)
        if b is None:
            if len(self.buckets) >= MAX_BUCKETS:
                self._forget_idle(now)
            b = self.buckets[user_id] = Bucket(self.burst, now)
        b.tokens = min(self.burst, b.tokens + (now - b.stamp) * self.rate)
        b.stamp = now
        if b.tokens >= 1.0:
            b.tokens -= 1.0
            b.warned = False
            return True, False
        warn = not b.warned
        b.warned = True
        return False, warn

    def _forget_idle(self, now: float) -> None:
        """Users whose bucket has refilled are indistinguishable from new ones: drop them (bounded memory)."""
        full = (self.burst - 1) / self.rate
        self.buckets = {u: b for u, b in self.buckets.items() if now - b.stamp < full}
