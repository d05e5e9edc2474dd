"""Scene items, one class per thing drawn: lane, stage, line, node, edge, badge.

Items show an element and report where they are grabbed; they never edit the document.
"""
