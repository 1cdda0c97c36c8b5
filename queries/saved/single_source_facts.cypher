// name: single_source_facts
// title: Facts backed by a single article
// description: >
//   Facts that exactly one article supports (reference-only background facts are left out): the
//   claims to check or corroborate first, with the article and the extraction confidence. At most
//   `limit` of them, in order (in a large graph most facts have one source: the engine sorts them
//   but sends only the first ones).
// params:
//   - name: predicate
//     type: str
//     choices: [WORKS_AT, DEPARTED, JOINED, FOUNDED, BOARD_MEMBER_OF, VOTED_TO_REMOVE, DEVELOPED,
//               GRANTED_ACCESS, REVOKED_ACCESS, COLLABORATED_WITH, COMPETES_WITH, CRITICIZED, DELAYED,
//               INVESTED_IN, ACQUIRED, PARTNERED_WITH]
//     description: Only facts with this predicate; all when left out.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
//   - name: limit
//     type: int
//     default: 1000
//     min: 1
//     max: 100000
//     description: How many facts to list.
// result: table
MATCH (s:Entity)-[r]->(o:Entity)
WHERE size(r.sources) = 1 AND r.sources[0] <> 'source:reference-data'
  AND ($predicate IS NULL OR type(r) = $predicate)
  AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
WITH s.name AS subject, type(r) AS predicate, o.name AS object, r
ORDER BY predicate, subject, object
LIMIT $limit
OPTIONAL MATCH (src:Source)
WHERE src.id = r.sources[0]
RETURN subject, predicate, object, r.date AS date, r.confidence AS confidence, r.sources[0] AS source,
       src.title AS title
ORDER BY predicate, subject, object
