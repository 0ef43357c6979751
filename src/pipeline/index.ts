// Public surface of the pipeline stage.
