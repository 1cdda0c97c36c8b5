// name: shortest_path
// title: Shortest path between two actors
// description: >
//   One shortest chain of facts linking two entities, in either direction, up to max_hops facts
//   (at most 6). Article mentions are left out; reference facts are included. Among chains of the
//   same length, the first by the ids of its entities and facts, so both stores give the same one.
//   FalkorDB has no undirected shortestPath, so the query looks for chains of 1 fact, then of 2, and
//   so on, and stops at the first length that has one. A long bound from a very connected entity to
//   one it cannot reach can be slow on Neo4j (the timeout applies), so the default is 4.
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
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
// result: graph
MATCH (a:Entity {id: $from_entity})
MATCH (b:Entity {id: $to_entity})
WHERE a <> b
WITH a, b, null AS p0
CALL {
  WITH a, b, p0
  WITH p0 WHERE p0 IS NOT NULL OR $max_hops < 1
  RETURN p0 AS p1
  UNION ALL
  WITH a, b, p0
  WITH a, b WHERE p0 IS NULL AND $max_hops >= 1
  OPTIONAL MATCH p = (a)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*1]-(b)
  WHERE all(r IN relationships(p) WHERE ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
        AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected']))
  RETURN p AS p1
  ORDER BY reduce(key = '', x IN nodes(p1) | key + x.id + ' ') + reduce(key = '', r IN relationships(p1) | key + r.fact_id + ' ')
  LIMIT 1
}
CALL {
  WITH a, b, p1
  WITH p1 WHERE p1 IS NOT NULL OR $max_hops < 2
  RETURN p1 AS p2
  UNION ALL
  WITH a, b, p1
  WITH a, b WHERE p1 IS NULL AND $max_hops >= 2
  OPTIONAL MATCH p = (a)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*2]-(b)
  WHERE all(r IN relationships(p) WHERE ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
        AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected']))
  RETURN p AS p2
  ORDER BY reduce(key = '', x IN nodes(p2) | key + x.id + ' ') + reduce(key = '', r IN relationships(p2) | key + r.fact_id + ' ')
  LIMIT 1
}
CALL {
  WITH a, b, p2
  WITH p2 WHERE p2 IS NOT NULL OR $max_hops < 3
  RETURN p2 AS p3
  UNION ALL
  WITH a, b, p2
  WITH a, b WHERE p2 IS NULL AND $max_hops >= 3
  OPTIONAL MATCH p = (a)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*3]-(b)
  WHERE all(r IN relationships(p) WHERE ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
        AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected']))
  RETURN p AS p3
  ORDER BY reduce(key = '', x IN nodes(p3) | key + x.id + ' ') + reduce(key = '', r IN relationships(p3) | key + r.fact_id + ' ')
  LIMIT 1
}
CALL {
  WITH a, b, p3
  WITH p3 WHERE p3 IS NOT NULL OR $max_hops < 4
  RETURN p3 AS p4
  UNION ALL
  WITH a, b, p3
  WITH a, b WHERE p3 IS NULL AND $max_hops >= 4
  OPTIONAL MATCH p = (a)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*4]-(b)
  WHERE all(r IN relationships(p) WHERE ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
        AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected']))
  RETURN p AS p4
  ORDER BY reduce(key = '', x IN nodes(p4) | key + x.id + ' ') + reduce(key = '', r IN relationships(p4) | key + r.fact_id + ' ')
  LIMIT 1
}
CALL {
  WITH a, b, p4
  WITH p4 WHERE p4 IS NOT NULL OR $max_hops < 5
  RETURN p4 AS p5
  UNION ALL
  WITH a, b, p4
  WITH a, b WHERE p4 IS NULL AND $max_hops >= 5
  OPTIONAL MATCH p = (a)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*5]-(b)
  WHERE all(r IN relationships(p) WHERE ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
        AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected']))
  RETURN p AS p5
  ORDER BY reduce(key = '', x IN nodes(p5) | key + x.id + ' ') + reduce(key = '', r IN relationships(p5) | key + r.fact_id + ' ')
  LIMIT 1
}
CALL {
  WITH a, b, p5
  WITH p5 WHERE p5 IS NOT NULL OR $max_hops < 6
  RETURN p5 AS p6
  UNION ALL
  WITH a, b, p5
  WITH a, b WHERE p5 IS NULL AND $max_hops >= 6
  OPTIONAL MATCH p = (a)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*6]-(b)
  WHERE all(r IN relationships(p) WHERE ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
        AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected']))
  RETURN p AS p6
  ORDER BY reduce(key = '', x IN nodes(p6) | key + x.id + ' ') + reduce(key = '', r IN relationships(p6) | key + r.fact_id + ' ')
  LIMIT 1
}
WITH p6 AS p
WHERE p IS NOT NULL
RETURN p, length(p) AS hops
ORDER BY hops, reduce(key = '', x IN nodes(p) | key + x.id + ' ')
LIMIT 1
