"""Every example in the package docstrings runs and gives what it shows (a stale example
is a wrong piece of documentation)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import gazetteer
import geotrack


def _modules() -> list[str]:
    names = []
    for package in (geotrack, gazetteer):
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if not info.name.endswith("__main__"):  # importing it runs the CLI
                names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed"
