"""The station: scan, grade, route. One panel a module; the flow (flow.py) is Qt-free and the widget shows it."""

from returns_desk.gui.station.widget import StationWidget

__all__ = ["StationWidget"]
