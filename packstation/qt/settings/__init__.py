"""The station's settings dialog (F9, shift-lead mode only): `dialog.SettingsDialog`, the shell that
holds the tabs and runs the save sequence through `app.settings_service`; one module per tab
(`station_tab`, `sendcloud_tab`, `printer_tab`, `packers_tab`); `fields`, what they share."""
