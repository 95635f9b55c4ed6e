"""claimwatch: who claims control of which Ukrainian settlement, when, and where it was said."""

__version__ = "0.1.0"
