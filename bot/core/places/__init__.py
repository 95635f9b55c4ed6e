"""Settlements: the gazetteer's data model, name index, resolution and lookup."""
