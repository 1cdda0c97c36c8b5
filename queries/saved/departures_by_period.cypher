// name: departures_by_period
// title: Departures in a period
// description: >
//   Every reported departure of a person from an organization whose date (or, when undated, first
//   report) falls in the period, oldest first. Partial dates match by overlap: since=2024 keeps
//   2024-05-17, until=2024-05 keeps 2024-05-31. Reported events only unless include_reference.
// params:
//   - name: since
//     type: date
//     description: First day of the period (YYYY, YYYY-MM or YYYY-MM-DD); open when left out.
//   - name: until
//     type: date
//     description: Last day of the period (YYYY, YYYY-MM or YYYY-MM-DD); open when left out.
//   - name: include_reference
//     type: bool
//     default: false
//     description: Also list departures known only from the reference data.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
// result: table
MATCH (p:Person)-[r:DEPARTED]->(o:Organization)
WHERE ($include_reference OR any(s IN r.sources WHERE s <> 'source:reference-data'))
  AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
WITH p, r, o, coalesce(r.date, r.first_reported) AS day
WHERE ($since IS NULL OR day + '~' >= $since)
  AND ($until IS NULL OR day <= $until + '~')
RETURN day AS date, p.name AS person, o.name AS organization, r.role AS role, r.reason AS reason,
       size(r.sources) AS sources
ORDER BY date, person
