// name: shortest_path
// title: Shortest path between two actors
// description: >
//   One shortest chain of facts linking two entities, in either direction, up to max_hops facts
//   (at most 6). Article mentions are left out; reference facts are included. One branch per
//   length, each a fixed-length match over fact relationships only, and a branch runs only when
//   max_hops allows it, so the bound is in the pattern (FalkorDB has no undirected shortestPath).
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
CALL {
  WITH a, b
  WITH a, b WHERE $max_hops >= 1
  MATCH p = (a)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*1..1]-(b)
  RETURN p
  UNION ALL
  WITH a, b
  WITH a, b WHERE $max_hops >= 2
  MATCH p = (a)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*2..2]-(b)
  RETURN p
  UNION ALL
  WITH a, b
  WITH a, b WHERE $max_hops >= 3
  MATCH p = (a)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*3..3]-(b)
  RETURN p
  UNION ALL
  WITH a, b
  WITH a, b WHERE $max_hops >= 4
  MATCH p = (a)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*4..4]-(b)
  RETURN p
  UNION ALL
  WITH a, b
  WITH a, b WHERE $max_hops >= 5
  MATCH p = (a)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*5..5]-(b)
  RETURN p
  UNION ALL
  WITH a, b
  WITH a, b WHERE $max_hops >= 6
  MATCH p = (a)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*6..6]-(b)
  RETURN p
}
WITH p
WHERE all(r IN relationships(p) WHERE (coalesce(r.review, 'unreviewed') <> 'rejected' OR $review = 'all')
          AND (coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'] OR $review <> 'accepted-only'))
RETURN p, length(p) AS hops
ORDER BY hops
LIMIT 1
