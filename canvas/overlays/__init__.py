"""Overlays drawn over the canvas from outside the document (simulation heat map and token replay,
walkthrough): they read the scene and results, never change the document, never enter the undo stack.
"""
