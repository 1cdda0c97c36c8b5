// name: ego_network
// title: Ego network of an entity
// description: >
//   The entities up to `hops` facts (at most 3) away from an entity, following facts in either
//   direction and optionally only some predicates, and every such fact among them: the same network
//   as `aikg export --entity` and the explorer (graph/selection.py ego). Article mentions are left
//   out; reference facts are included. A graph result: people, organizations, models and facts.
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
MATCH (c:Entity {id: $entity})
CALL {
  WITH c
  OPTIONAL MATCH p = (c)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*1]-(m:Entity)
  WHERE all(r IN relationships(p) WHERE (size($predicates) = 0 OR type(r) IN $predicates)
          AND (coalesce(r.review, 'unreviewed') <> 'rejected' OR $review = 'all')
          AND (coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'] OR $review <> 'accepted-only'))
  RETURN m
  UNION
  WITH c
  UNWIND CASE WHEN $hops >= 2 THEN [c] ELSE [] END AS start
  MATCH p = (start)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*2]-(m:Entity)
  WHERE all(r IN relationships(p) WHERE (size($predicates) = 0 OR type(r) IN $predicates)
          AND (coalesce(r.review, 'unreviewed') <> 'rejected' OR $review = 'all')
          AND (coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'] OR $review <> 'accepted-only'))
  RETURN m
  UNION
  WITH c
  UNWIND CASE WHEN $hops >= 3 THEN [c] ELSE [] END AS start
  MATCH p = (start)-[:WORKS_AT|DEPARTED|JOINED|FOUNDED|BOARD_MEMBER_OF|VOTED_TO_REMOVE|DEVELOPED|GRANTED_ACCESS|REVOKED_ACCESS|COLLABORATED_WITH|COMPETES_WITH|CRITICIZED|DELAYED|INVESTED_IN|ACQUIRED|PARTNERED_WITH*3]-(m:Entity)
  WHERE all(r IN relationships(p) WHERE (size($predicates) = 0 OR type(r) IN $predicates)
          AND (coalesce(r.review, 'unreviewed') <> 'rejected' OR $review = 'all')
          AND (coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'] OR $review <> 'accepted-only'))
  RETURN m
}
WITH c, collect(DISTINCT m) AS others
WITH [c] + others AS reached
UNWIND reached AS a
MATCH (a)-[r]->(b:Entity)
WHERE b IN reached AND (size($predicates) = 0 OR type(r) IN $predicates)
  AND (coalesce(r.review, 'unreviewed') <> 'rejected' OR $review = 'all')
  AND (coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'] OR $review <> 'accepted-only')
RETURN a, r, b
LIMIT $limit
