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
    "cite",
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
    "plot_timeline",
    "timeline",
]

if TYPE_CHECKING:
    from .citation import cite
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
    from .plot import plot_timeline


def __getattr__(name: str) -> Any:
    """Import the loaders (and with them pandas) only when one is first used."""
    if name == "cite":
        from .citation import cite

        return cite
    if name == "plot_timeline":  # imports matplotlib only when a figure is drawn
        from .plot import plot_timeline

        return plot_timeline
    if name in __all__:
        from . import load

        return getattr(load, name)
    raise AttributeError(f"module 'diplomatic_timeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
