"""The application: entry point, window, actions, docks, settings and file handling.

Wires canvas/, model/ and export/ together; nothing imports app.
"""
