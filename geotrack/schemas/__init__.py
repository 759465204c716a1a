"""JSON Schemas (draft 2020-12) of the features geotrack writes, shipped with the package.

``event-feature`` describes one feature of ``events.geojson``, ``incident-feature`` one of
``incidents.geojson`` and ``site-feature`` one of ``sites.geojson``. Use
:func:`feature_validator` to check files made by geotrack or by another tool.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["SCHEMA_NAMES", "feature_validator", "load_schema"]

#: The shipped schemas, by short name.
SCHEMA_NAMES: tuple[str, ...] = ("event-feature", "incident-feature", "site-feature")


@functools.cache
def _schema_text(name: str) -> str:
    if name not in SCHEMA_NAMES:
        raise ValueError(f"unknown schema {name!r} (known: {', '.join(SCHEMA_NAMES)})")
    return resources.files(__name__).joinpath(f"{name}.schema.json").read_text(encoding="utf-8")


def load_schema(name: str) -> dict[str, Any]:
    """Return a fresh copy of one shipped schema.

    Parameters
    ----------
    name : str
        ``event-feature``, ``incident-feature`` or ``site-feature``.

    Returns
    -------
    dict
        The JSON Schema.
    """
    schema: dict[str, Any] = json.loads(_schema_text(name))
    return schema


def feature_validator(name: str) -> Any:
    """Return a ``jsonschema`` validator for one schema, with the sibling schemas registered.

    Parameters
    ----------
    name : str
        ``event-feature``, ``incident-feature`` or ``site-feature``.

    Returns
    -------
    jsonschema.protocols.Validator
        Call ``.validate(feature)`` or ``.iter_errors(feature)``.
    """
    import jsonschema
    from referencing import Registry, Resource

    registry: Registry[Any] = Registry().with_resources(
        (
            f"https://geotrack.invalid/schemas/{n}.schema.json",
            Resource.from_contents(load_schema(n)),
        )
        for n in SCHEMA_NAMES
    )
    schema = load_schema(name)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)
