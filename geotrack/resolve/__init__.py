"""Place mentions with their role in the article (event, context, dateline, nonplace, offtopic).

:func:`classify_spans` turns ``Gazetteer.resolve`` output into spans with a first role;
:func:`mentions_with_roles` gives the final ``Mention`` objects once events are placed.
"""

from __future__ import annotations

from geotrack.resolve.roles import PlaceSpan, classify_spans, mentions_with_roles

__all__ = ["PlaceSpan", "classify_spans", "mentions_with_roles"]
