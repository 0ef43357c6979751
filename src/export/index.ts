// Public surface of the export stage.
