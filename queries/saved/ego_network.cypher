// name: ego_network
// title: Ego network of an entity
// description: >
//   The entities up to `hops` facts (at most 3) away from an entity, following facts in either
//   direction and optionally only some predicates, and every such fact among them: the same network
//   as `aikg export --entity` and the explorer (graph/selection.py ego). Article mentions are left
//   out; reference facts are included. A graph result: people, organizations, models and facts.
//   When the centre's own facts (of those predicates) reach `limit`, the answer is `limit` of them
//   and the rest of the network is not read (a hub has tens of thousands of neighbours).
// params:
//   - name: entity
//     type: entity
//     required: true
//     description: Name, alias or id of the centre (e.g. "Jan Leike" or person:jan-leike).
//   - name: hops
//     type: int
//     default: 1
//     min: 1
//     max: 3
//     description: How many facts away from the centre to go (1 to 3).
//   - name: predicates
//     type: list[str]
//     default: []
//     choices: [WORKS_AT, DEPARTED, JOINED, FOUNDED, BOARD_MEMBER_OF, VOTED_TO_REMOVE, DEVELOPED,
//               GRANTED_ACCESS, REVOKED_ACCESS, COLLABORATED_WITH, COMPETES_WITH, CRITICIZED, DELAYED,
//               INVESTED_IN, ACQUIRED, PARTNERED_WITH]
//     description: Comma-separated predicates to follow (e.g. DEPARTED,JOINED); all when empty.
//   - name: limit
//     type: int
//     default: 500
//     min: 1
//     max: 10000
//     description: At most this many facts.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
// result: graph
MATCH (centre:Entity {id: $entity})
CALL {
  WITH centre
  CALL {
    WITH centre
    MATCH (centre)-[r:WORKS_AT]->(m:Entity)
    WHERE size($predicates) = 0 OR 'WORKS_AT' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:WORKS_AT]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'WORKS_AT' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
    UNION ALL
    WITH centre
    MATCH (centre)-[r:DEPARTED]->(m:Entity)
    WHERE size($predicates) = 0 OR 'DEPARTED' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:DEPARTED]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'DEPARTED' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
    UNION ALL
    WITH centre
    MATCH (centre)-[r:JOINED]->(m:Entity)
    WHERE size($predicates) = 0 OR 'JOINED' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:JOINED]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'JOINED' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
    UNION ALL
    WITH centre
    MATCH (centre)-[r:FOUNDED]->(m:Entity)
    WHERE size($predicates) = 0 OR 'FOUNDED' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:FOUNDED]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'FOUNDED' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
    UNION ALL
    WITH centre
    MATCH (centre)-[r:BOARD_MEMBER_OF]->(m:Entity)
    WHERE size($predicates) = 0 OR 'BOARD_MEMBER_OF' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:BOARD_MEMBER_OF]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'BOARD_MEMBER_OF' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
    UNION ALL
    WITH centre
    MATCH (centre)-[r:VOTED_TO_REMOVE]->(m:Entity)
    WHERE size($predicates) = 0 OR 'VOTED_TO_REMOVE' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:VOTED_TO_REMOVE]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'VOTED_TO_REMOVE' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
    UNION ALL
    WITH centre
    MATCH (centre)-[r:DEVELOPED]->(m:Entity)
    WHERE size($predicates) = 0 OR 'DEVELOPED' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:DEVELOPED]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'DEVELOPED' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
    UNION ALL
    WITH centre
    MATCH (centre)-[r:GRANTED_ACCESS]->(m:Entity)
    WHERE size($predicates) = 0 OR 'GRANTED_ACCESS' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:GRANTED_ACCESS]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'GRANTED_ACCESS' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
    UNION ALL
    WITH centre
    MATCH (centre)-[r:REVOKED_ACCESS]->(m:Entity)
    WHERE size($predicates) = 0 OR 'REVOKED_ACCESS' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:REVOKED_ACCESS]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'REVOKED_ACCESS' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
    UNION ALL
    WITH centre
    MATCH (centre)-[r:COLLABORATED_WITH]->(m:Entity)
    WHERE size($predicates) = 0 OR 'COLLABORATED_WITH' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:COLLABORATED_WITH]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'COLLABORATED_WITH' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
    UNION ALL
    WITH centre
    MATCH (centre)-[r:COMPETES_WITH]->(m:Entity)
    WHERE size($predicates) = 0 OR 'COMPETES_WITH' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:COMPETES_WITH]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'COMPETES_WITH' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
    UNION ALL
    WITH centre
    MATCH (centre)-[r:CRITICIZED]->(m:Entity)
    WHERE size($predicates) = 0 OR 'CRITICIZED' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:CRITICIZED]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'CRITICIZED' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
    UNION ALL
    WITH centre
    MATCH (centre)-[r:DELAYED]->(m:Entity)
    WHERE size($predicates) = 0 OR 'DELAYED' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:DELAYED]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'DELAYED' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
    UNION ALL
    WITH centre
    MATCH (centre)-[r:INVESTED_IN]->(m:Entity)
    WHERE size($predicates) = 0 OR 'INVESTED_IN' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:INVESTED_IN]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'INVESTED_IN' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
    UNION ALL
    WITH centre
    MATCH (centre)-[r:ACQUIRED]->(m:Entity)
    WHERE size($predicates) = 0 OR 'ACQUIRED' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:ACQUIRED]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'ACQUIRED' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
    UNION ALL
    WITH centre
    MATCH (centre)-[r:PARTNERED_WITH]->(m:Entity)
    WHERE size($predicates) = 0 OR 'PARTNERED_WITH' IN $predicates
    RETURN centre AS a, r, m AS b
    UNION ALL
    WITH centre
    MATCH (centre)<-[r:PARTNERED_WITH]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'PARTNERED_WITH' IN $predicates) AND m <> centre
    RETURN m AS a, r, centre AS b
  }
  WITH a, r, b
  WHERE ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH a, r, b
  LIMIT $limit
  RETURN collect({a: a, r: r, b: b}) AS own
}
WITH own, CASE WHEN size(own) < $limit THEN [centre] ELSE [] END AS todo
CALL {
  WITH todo
  UNWIND todo AS c
  CALL {
    WITH c
    MATCH (c)-[r:WORKS_AT]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'WORKS_AT' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:WORKS_AT]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'WORKS_AT' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)-[r:DEPARTED]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'DEPARTED' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:DEPARTED]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'DEPARTED' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)-[r:JOINED]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'JOINED' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:JOINED]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'JOINED' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)-[r:FOUNDED]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'FOUNDED' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:FOUNDED]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'FOUNDED' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)-[r:BOARD_MEMBER_OF]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'BOARD_MEMBER_OF' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:BOARD_MEMBER_OF]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'BOARD_MEMBER_OF' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)-[r:VOTED_TO_REMOVE]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'VOTED_TO_REMOVE' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:VOTED_TO_REMOVE]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'VOTED_TO_REMOVE' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)-[r:DEVELOPED]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'DEVELOPED' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:DEVELOPED]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'DEVELOPED' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)-[r:GRANTED_ACCESS]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'GRANTED_ACCESS' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:GRANTED_ACCESS]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'GRANTED_ACCESS' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)-[r:REVOKED_ACCESS]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'REVOKED_ACCESS' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:REVOKED_ACCESS]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'REVOKED_ACCESS' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)-[r:COLLABORATED_WITH]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'COLLABORATED_WITH' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:COLLABORATED_WITH]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'COLLABORATED_WITH' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)-[r:COMPETES_WITH]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'COMPETES_WITH' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:COMPETES_WITH]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'COMPETES_WITH' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)-[r:CRITICIZED]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'CRITICIZED' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:CRITICIZED]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'CRITICIZED' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)-[r:DELAYED]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'DELAYED' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:DELAYED]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'DELAYED' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)-[r:INVESTED_IN]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'INVESTED_IN' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:INVESTED_IN]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'INVESTED_IN' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)-[r:ACQUIRED]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'ACQUIRED' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:ACQUIRED]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'ACQUIRED' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)-[r:PARTNERED_WITH]->(m:Entity)
    WHERE (size($predicates) = 0 OR 'PARTNERED_WITH' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    MATCH (c)<-[r:PARTNERED_WITH]-(m:Entity)
    WHERE (size($predicates) = 0 OR 'PARTNERED_WITH' IN $predicates)
      AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
      AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
    RETURN m
    UNION
    WITH c
    UNWIND CASE WHEN $hops >= 2 THEN [c] ELSE [] END AS start
    MATCH p = (start)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*2]-(m:Entity)
    WHERE all(r IN relationships(p) WHERE (size($predicates) = 0 OR type(r) IN $predicates)
            AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
            AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected']))
    RETURN m
    UNION
    WITH c
    UNWIND CASE WHEN $hops >= 3 THEN [c] ELSE [] END AS start
    MATCH p = (start)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*3]-(m:Entity)
    WHERE all(r IN relationships(p) WHERE (size($predicates) = 0 OR type(r) IN $predicates)
            AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
            AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected']))
    RETURN m
  }
  WITH c, collect(DISTINCT m) AS others
  WITH [c] + others AS reached
  UNWIND reached AS a
  CALL {
    WITH a, reached
    MATCH (a)-[r:WORKS_AT]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'WORKS_AT' IN $predicates) AND b IN reached
    RETURN r, b
    UNION ALL
    WITH a, reached
    MATCH (a)-[r:DEPARTED]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'DEPARTED' IN $predicates) AND b IN reached
    RETURN r, b
    UNION ALL
    WITH a, reached
    MATCH (a)-[r:JOINED]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'JOINED' IN $predicates) AND b IN reached
    RETURN r, b
    UNION ALL
    WITH a, reached
    MATCH (a)-[r:FOUNDED]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'FOUNDED' IN $predicates) AND b IN reached
    RETURN r, b
    UNION ALL
    WITH a, reached
    MATCH (a)-[r:BOARD_MEMBER_OF]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'BOARD_MEMBER_OF' IN $predicates) AND b IN reached
    RETURN r, b
    UNION ALL
    WITH a, reached
    MATCH (a)-[r:VOTED_TO_REMOVE]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'VOTED_TO_REMOVE' IN $predicates) AND b IN reached
    RETURN r, b
    UNION ALL
    WITH a, reached
    MATCH (a)-[r:DEVELOPED]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'DEVELOPED' IN $predicates) AND b IN reached
    RETURN r, b
    UNION ALL
    WITH a, reached
    MATCH (a)-[r:GRANTED_ACCESS]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'GRANTED_ACCESS' IN $predicates) AND b IN reached
    RETURN r, b
    UNION ALL
    WITH a, reached
    MATCH (a)-[r:REVOKED_ACCESS]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'REVOKED_ACCESS' IN $predicates) AND b IN reached
    RETURN r, b
    UNION ALL
    WITH a, reached
    MATCH (a)-[r:COLLABORATED_WITH]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'COLLABORATED_WITH' IN $predicates) AND b IN reached
    RETURN r, b
    UNION ALL
    WITH a, reached
    MATCH (a)-[r:COMPETES_WITH]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'COMPETES_WITH' IN $predicates) AND b IN reached
    RETURN r, b
    UNION ALL
    WITH a, reached
    MATCH (a)-[r:CRITICIZED]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'CRITICIZED' IN $predicates) AND b IN reached
    RETURN r, b
    UNION ALL
    WITH a, reached
    MATCH (a)-[r:DELAYED]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'DELAYED' IN $predicates) AND b IN reached
    RETURN r, b
    UNION ALL
    WITH a, reached
    MATCH (a)-[r:INVESTED_IN]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'INVESTED_IN' IN $predicates) AND b IN reached
    RETURN r, b
    UNION ALL
    WITH a, reached
    MATCH (a)-[r:ACQUIRED]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'ACQUIRED' IN $predicates) AND b IN reached
    RETURN r, b
    UNION ALL
    WITH a, reached
    MATCH (a)-[r:PARTNERED_WITH]->(b:Entity)
    WHERE (size($predicates) = 0 OR 'PARTNERED_WITH' IN $predicates) AND b IN reached
    RETURN r, b
  }
  WITH a, r, b
  WHERE ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH a, r, b
  LIMIT $limit
  RETURN collect({a: a, r: r, b: b}) AS whole
}
UNWIND CASE WHEN size(own) >= $limit THEN own ELSE whole END AS fact
RETURN fact.a AS a, fact.r AS r, fact.b AS b
