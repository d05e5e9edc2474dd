"""The simulation workspace: scenarios, the run panel, results, comparison, replay and results export."""
