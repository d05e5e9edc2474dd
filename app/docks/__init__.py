"""Dock widgets of the app's workspaces (simulation: scenarios, results, comparison, replay; training)."""
