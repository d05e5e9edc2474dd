"""Publishing: PDF of the blueprint, simulation report and training handout (reportlab, from the
model, headless), event logs, and SVG/PNG of the canvas (`export.image`, the one Qt module here).
"""
