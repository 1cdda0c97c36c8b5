// name: entity_facts
// title: Everything known about an entity
// description: >
//   Every fact with the entity as subject or object, with the other end, date, role, reason and
//   sources, newest first. Includes reference facts unless include_reference is false.
// params:
//   - name: entity
//     type: entity
//     required: true
//     description: Name, alias or id of the entity.
//   - name: include_reference
//     type: bool
//     default: true
//     description: Include facts known only from the reference data.
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
//     description: At most this many facts, newest first (undated last).
// result: table
MATCH (n:Entity {id: $entity})
CALL {
  WITH n
  MATCH (n)-[r:WORKS_AT]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:WORKS_AT]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:DEPARTED]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:DEPARTED]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:JOINED]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:JOINED]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:FOUNDED]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:FOUNDED]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:BOARD_MEMBER_OF]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:BOARD_MEMBER_OF]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:VOTED_TO_REMOVE]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:VOTED_TO_REMOVE]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:DEVELOPED]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:DEVELOPED]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:GRANTED_ACCESS]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:GRANTED_ACCESS]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:REVOKED_ACCESS]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:REVOKED_ACCESS]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:COLLABORATED_WITH]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:COLLABORATED_WITH]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:COMPETES_WITH]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:COMPETES_WITH]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:CRITICIZED]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:CRITICIZED]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:DELAYED]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:DELAYED]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:INVESTED_IN]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:INVESTED_IN]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:ACQUIRED]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:ACQUIRED]-(m:Entity)
  RETURN r, m, false AS outgoing
  UNION ALL
  WITH n
  MATCH (n)-[r:PARTNERED_WITH]->(m:Entity)
  RETURN r, m, true AS outgoing
  UNION ALL
  WITH n
  MATCH (n)<-[r:PARTNERED_WITH]-(m:Entity)
  RETURN r, m, false AS outgoing
}
WITH n, r, m, outgoing
WHERE ($include_reference OR any(x IN r.sources WHERE x <> 'source:reference-data'))
  AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
RETURN CASE WHEN outgoing THEN n.name ELSE m.name END AS subject, type(r) AS predicate,
       CASE WHEN outgoing THEN m.name ELSE n.name END AS object, coalesce(r.date, r.first_reported) AS date,
       r.role AS role, r.reason AS reason, r.sources AS sources
ORDER BY date IS NULL, date DESC, predicate, subject, object
LIMIT $limit
