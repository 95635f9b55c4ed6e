"""The records the build passes between its sections: a KATOTTG settlement and a GeoNames feature."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Place:
    code: str
    category: str
    name: str
    oblast_code: str
    raion_code: str
    hromada_code: str
    name_latin: str = ""
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    population: int = 0
    match: str = ""
    fcode: str = ""
    aliases: dict[str, str] = field(default_factory=dict)  # alias -> kind (insertion ordered)


@dataclass
class Feature:
    gid: int
    name: str
    ascii: str
    alts: list[str]
    lat: float
    lon: float
    fcode: str
    admin1: str
    admin2: str
    population: int


@dataclass
class Codifier:
    """The KATOTTG hierarchy: names of oblasts, raions (with their oblast) and hromadas by code, and the settlements."""

    oblasts: dict[str, str]
    raions: dict[str, tuple[str, str]]  # code -> (name, oblast code)
    hromadas: dict[str, str]
    places: list[Place]
