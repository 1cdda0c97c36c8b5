// name: shortest_path
// title: Shortest path between two actors
// description: >
//   One shortest chain of facts linking two entities, in either direction, up to max_hops facts
//   (at most 6). Article mentions are left out; reference facts are included. Written as a bounded
//   variable-length match ordered by length, which both Neo4j and FalkorDB run (FalkorDB has no
//   undirected shortestPath); long bounds on a dense graph are slow, so the default is 4.
// params:
//   - name: from_entity
//     type: entity
//     required: true
//     description: Name, alias or id of one end.
//   - name: to_entity
//     type: entity
//     required: true
//     description: Name, alias or id of the other end.
//   - name: max_hops
//     type: int
//     default: 4
//     min: 1
//     max: 6
//     description: Longest path to look for, in facts (1 to 6).
// result: graph
MATCH (a:Entity {id: $from_entity})
MATCH (b:Entity {id: $to_entity})
WHERE a <> b
MATCH p = (a)-[*1..6]-(b)
WHERE length(p) <= $max_hops AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
RETURN p, length(p) AS hops
ORDER BY hops
LIMIT 1
