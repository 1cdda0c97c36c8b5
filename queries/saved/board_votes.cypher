// name: board_votes
// title: Board votes to remove someone
// description: >
//   Who voted to remove whom (VOTED_TO_REMOVE facts), with the board's organization when the fact
//   names one, oldest first. Includes every such fact, reported or reference.
// params:
//   - name: organization
//     type: entity
//     description: Only votes on this organization's board (name, alias or id); all when left out.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
// result: table
CALL {
  UNWIND CASE WHEN $organization IS NULL THEN [true] ELSE [] END AS everyone
  MATCH (v:Person)-[r:VOTED_TO_REMOVE]->(t:Person)
  RETURN v, r, t
  UNION ALL
  MATCH (v)-[r:VOTED_TO_REMOVE]->(t)
  WHERE r.organization = $organization
  RETURN v, r, t
}
WITH v, r, t
WHERE ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
OPTIONAL MATCH (o:Organization)
WHERE o.id = r.organization
WITH v, r, t, o
WHERE $organization IS NULL OR o IS NOT NULL
RETURN r.date AS date, v.name AS voter, t.name AS removed, coalesce(o.name, r.organization) AS organization,
       size(r.sources) AS sources
ORDER BY date, voter
