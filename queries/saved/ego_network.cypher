// name: ego_network
// title: Ego network of an entity
// description: >
//   The paths of up to `hops` facts (at most 3) around an entity, in either direction, optionally
//   only through some predicates. Article mentions are left out; reference facts are included.
//   A graph result: every path's people, organizations, models and facts.
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
//     description: At most this many paths.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
// result: graph
MATCH (n:Entity)
WHERE toLower(n.name) = toLower($entity) OR n.id = $entity
   OR any(a IN n.aliases WHERE toLower(a) = toLower($entity))
MATCH p = (n)-[*1..3]-(m:Entity)
WHERE length(p) <= $hops
  AND all(r IN relationships(p) WHERE type(r) <> 'MENTIONS'
          AND (size($predicates) = 0 OR type(r) IN $predicates)
          AND (coalesce(r.review, 'unreviewed') <> 'rejected' OR $review = 'all')
          AND (coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'] OR $review <> 'accepted-only'))
RETURN p
LIMIT $limit
