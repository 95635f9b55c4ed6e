"""The daemon: sources -> extraction -> storage; imports and doctor."""
