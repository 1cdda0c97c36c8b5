"""Export formats by name: the ``aikg.exporters`` plugins (see ``graph/plugins.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aikg.graph import plugins

if TYPE_CHECKING:
    from aikg.graph.export.base import Exporter


def exporter_names() -> list[str]:
    return plugins.names(plugins.EXPORTERS)


def get_exporter(name: str) -> Exporter:
    exporter: Exporter = plugins.load(plugins.EXPORTERS, name, "export format")()
    return exporter
