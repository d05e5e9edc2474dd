"""`BlueprintFigure`: the blueprint as a flowable scaled into the text column (for the report's
heat map and the handout's highlighted path). Sizing only; the drawing is `export.painter`'s.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from blueprint_studio.export.painter import BlueprintPainter, colour


class BlueprintFigure(Flowable):
    def __init__(self, painter: BlueprintPainter, max_height: float = 10_000.0) -> None:
        super().__init__()
        self.painter = painter
        self.max_height = max_height
        self.scale = 1.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        b = self.painter.layout.bounds
        limit = min(self.max_height, available_height)
        self.scale = min(available_width / b.w, limit / b.h, 1.0)
        self.width, self.height = b.w * self.scale, b.h * self.scale
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        b = self.painter.layout.bounds
        c.saveState()
        c.setStrokeColor(colour("#cfd8dc"))
        c.setLineWidth(0.6)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        path = c.beginPath()
        path.rect(0, 0, self.width, self.height)
        c.clipPath(path, stroke=0, fill=0)
        c.translate(-b.x * self.scale, self.height + b.y * self.scale)
        c.scale(self.scale, self.scale)
        self.painter.draw(c)
        c.restoreState()
