// name: model_access_timeline
// title: Model access granted and revoked
// description: >
//   A timeline of GRANTED_ACCESS and REVOKED_ACCESS facts between organizations (who gave or cut
//   access to which model, and why), oldest first. Reported events only unless include_reference.
//   Same date and event: by provider, then recipient. The engine reads models for the `limit` first only.
// params:
//   - name: organization
//     type: entity
//     description: Only events where this organization gives or receives access; all when left out.
//   - name: include_reference
//     type: bool
//     default: false
//     description: Also list events known only from the reference data.
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
//     description: At most this many events, oldest first.
// result: table
CALL {
  UNWIND CASE WHEN $organization IS NULL THEN [true] ELSE [] END AS everyone
  MATCH (a:Organization)-[r:GRANTED_ACCESS]->(b:Organization)
  RETURN a, r, b
  UNION ALL
  MATCH (a:Organization {id: $organization})-[r:GRANTED_ACCESS]->(b:Organization)
  RETURN a, r, b
  UNION ALL
  MATCH (b:Organization {id: $organization})
  WITH b
  MATCH (b)<-[r:GRANTED_ACCESS]-(a:Organization)
  WHERE a <> b
  RETURN a, r, b
  UNION ALL
  UNWIND CASE WHEN $organization IS NULL THEN [true] ELSE [] END AS everyone
  MATCH (a:Organization)-[r:REVOKED_ACCESS]->(b:Organization)
  RETURN a, r, b
  UNION ALL
  MATCH (a:Organization {id: $organization})-[r:REVOKED_ACCESS]->(b:Organization)
  RETURN a, r, b
  UNION ALL
  MATCH (b:Organization {id: $organization})
  WITH b
  MATCH (b)<-[r:REVOKED_ACCESS]-(a:Organization)
  WHERE a <> b
  RETURN a, r, b
}
WITH a, r, b
WHERE ($include_reference OR any(s IN r.sources WHERE s <> 'source:reference-data'))
  AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
WITH a, r, b, coalesce(r.date, r.first_reported) AS date,
     CASE type(r) WHEN 'GRANTED_ACCESS' THEN 'granted' ELSE 'revoked' END AS event,
     a.name AS provider, b.name AS recipient
ORDER BY date, event, provider, recipient
LIMIT $limit
OPTIONAL MATCH (m:Model)
WHERE m.id = r.model
RETURN date, event, provider, recipient, coalesce(m.name, r.model) AS model, r.reason AS reason,
       size(r.sources) AS sources
ORDER BY date, event, provider, recipient
