"""The live scenes of lecture mode, one module per family (see registry.VIEWS)."""
