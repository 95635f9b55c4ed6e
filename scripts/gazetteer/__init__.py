"""The gazetteer build, one module per section; ``scripts/build_gazetteer.py`` runs it and documents the files."""
