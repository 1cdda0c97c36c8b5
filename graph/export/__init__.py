"""Writing a Subgraph in exchange formats; one module per format, registered in ``registry``."""
