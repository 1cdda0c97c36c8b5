// name: talent_flow_summary
// title: Talent flow totals by pair of organizations
// description: >
//   How many people DEPARTED one organization and JOINED another, for each (from, to) pair, most
//   moves first, with their names in alphabetical order. Same rules as talent_flow: reported events only unless
//   include_reference, and a join dated before the departure does not count.
// params:
//   - name: min_people
//     type: int
//     default: 1
//     min: 1
//     description: Only pairs with at least this many moves.
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
  AND (d.date IS NULL OR j.date IS NULL OR j.date + '~' >= d.date)
WITH DISTINCT a, b, p
ORDER BY p.name
WITH a, b, collect(p.name) AS people
WHERE size(people) >= $min_people
RETURN a.name AS from_organization, b.name AS to_organization, size(people) AS moves, people
ORDER BY moves DESC, from_organization, to_organization
