"""Reading exported subgraphs back into a store (node-link JSON and Cypher scripts)."""
