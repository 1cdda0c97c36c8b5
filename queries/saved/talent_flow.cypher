// name: talent_flow
// title: Talent flow between organizations
// description: >
//   People who DEPARTED one organization and JOINED another, with both dates; a join dated before
//   the departure is not a move and is left out. Reported events only unless include_reference.
// params:
//   - name: from_organization
//     type: entity
//     description: Only people leaving this organization (name, alias or id); any when left out.
//   - name: to_organization
//     type: entity
//     description: Only people joining this organization (name, alias or id); any when left out.
//   - name: include_reference
//     type: bool
//     default: false
//     description: Also use departures and joins known only from the reference data.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
// result: table
MATCH (a:Organization)<-[d:DEPARTED]-(p:Person)-[j:JOINED]->(b:Organization)
WHERE a <> b
  AND ($review = 'all' OR coalesce(d.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(d.review, 'unreviewed') IN ['accepted', 'corrected'])
  AND ($review = 'all' OR coalesce(j.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(j.review, 'unreviewed') IN ['accepted', 'corrected'])
  AND ($include_reference OR (any(s IN d.sources WHERE s <> 'source:reference-data')
                              AND any(s IN j.sources WHERE s <> 'source:reference-data')))
  AND ($from_organization IS NULL OR a.id = $from_organization)
  AND ($to_organization IS NULL OR b.id = $to_organization)
  AND (d.date IS NULL OR j.date IS NULL OR j.date + '~' >= d.date)
RETURN a.name AS from_organization, b.name AS to_organization, p.name AS person, d.date AS departed,
       j.date AS joined
ORDER BY from_organization, to_organization, departed, person
