"""The interface's kit: the palette and fonts, drawing in parts, and the one background job runner.

Shared by every room of the interface; nothing here knows about training or the chapter."""
