"""Calibration from a help desk's ticket export (issue 20): read the export with a column mapping
(`reader`, `xes`), fit arrivals, durations and shares (`fit`, with scipy.stats), match them to the
blueprint and write them as a calibrated scenario (`mapping`), which the compiler applies
(`overrides`). No Qt. This file imports nothing, so that the compiler's import of `overrides`
does not load scipy.
"""
