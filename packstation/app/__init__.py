"""The application layer: what both faces (the packing screen in `qt/` and the command line in
`cli/`) call. `station.open_station` is the composition root: it builds one `Station` (settings,
client, journal, printer, workflow; in training the simulator and virtual printer too), and the
`Station` offers the services over it (scanning through its workflow, the console's review
actions, the shift-lead session, retention).

Nothing is imported here: the packing window shows its first frame before the core loads, and a
face imports the module it needs (on the API lane, in the GUI).
"""
