"""Diplomatic Timeline: curated diplomatic events as typed pandas DataFrames.

>>> import diplomatic_timeline as dt
>>> dt.timeline()            # one row per event, in date order
>>> dt.load_quotes()         # every quoted statement with its speaker and evidence span

Importing the package is cheap: pandas and pyarrow load on first use of a loader, and the
curation pipeline (pandera, frictionless) never loads through this API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__

__all__ = [
    "__version__",
    "data_root",
    "descriptor",
    "load_actors",
    "load_agenda_items",
    "load_dispatches",
    "load_event_mentions",
    "load_events",
    "load_package",
    "load_page_furniture",
    "load_participants",
    "load_quotes",
    "load_table",
    "timeline",
]

if TYPE_CHECKING:
    from .load import (
        data_root,
        descriptor,
        load_actors,
        load_agenda_items,
        load_dispatches,
        load_event_mentions,
        load_events,
        load_package,
        load_page_furniture,
        load_participants,
        load_quotes,
        load_table,
        timeline,
    )


def __getattr__(name: str) -> Any:
    """Import the loaders (and with them pandas) only when one is first used."""
    if name in __all__:
        from . import load

        return getattr(load, name)
    raise AttributeError(f"module 'diplomatic_timeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
