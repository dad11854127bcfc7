"""The shift leads' failed-shipments console (model, filters, detail, chart, actions, window)."""
