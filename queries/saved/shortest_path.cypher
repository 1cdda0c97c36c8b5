// name: shortest_path
// title: Shortest path between two actors
// description: >
//   One shortest chain of facts linking two entities, in either direction, up to max_hops facts
//   (at most 6). Article mentions are left out; reference facts are included. Found with
//   allShortestPaths over the sixteen fact types (a breadth-first search both Neo4j and FalkorDB
//   run, FalkorDB having no undirected shortestPath in MATCH), so a hub costs no more than its
//   neighbourhood; when several chains are equally short, one of them is returned.
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
MATCH (a:Entity)
WHERE toLower(a.name) = toLower($from_entity) OR a.id = $from_entity
   OR any(x IN a.aliases WHERE toLower(x) = toLower($from_entity))
MATCH (b:Entity)
WHERE (toLower(b.name) = toLower($to_entity) OR b.id = $to_entity
       OR any(x IN b.aliases WHERE toLower(x) = toLower($to_entity)))
  AND a <> b
WITH a, b
MATCH p = allShortestPaths((a)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED
    |GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN
    |ACQUIRED|PARTNERED_WITH*1..6]-(b))
WITH p, length(p) AS hops
WHERE hops <= $max_hops
RETURN p, hops
ORDER BY hops
LIMIT 1
