// name: criticism
// title: Who criticized whom
// description: >
//   CRITICIZED facts: the critic, the target (person, organization or model), the date, the reason
//   and a supporting quote, newest first. Reported events only unless include_reference.
// params:
//   - name: entity
//     type: entity
//     description: Only criticism by or of this entity (name, alias or id); all when left out.
//   - name: include_reference
//     type: bool
//     default: false
//     description: Also list criticism known only from the reference data.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
// result: table
CALL {
  UNWIND CASE WHEN $entity IS NULL THEN [true] ELSE [] END AS everyone
  MATCH (c:Entity)-[r:CRITICIZED]->(t:Entity)
  RETURN c, r, t
  UNION ALL
  MATCH (c:Entity {id: $entity})-[r:CRITICIZED]->(t:Entity)
  RETURN c, r, t
  UNION ALL
  MATCH (t:Entity {id: $entity})
  WITH t
  MATCH (t)<-[r:CRITICIZED]-(c:Entity)
  WHERE c <> t
  RETURN c, r, t
}
WITH c, r, t
WHERE ($include_reference OR any(s IN r.sources WHERE s <> 'source:reference-data'))
  AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
RETURN coalesce(r.date, r.first_reported) AS date, c.name AS critic, t.name AS target, r.reason AS reason,
       r.evidence[0] AS quote, size(r.sources) AS sources
ORDER BY date IS NULL, date DESC, critic, target
