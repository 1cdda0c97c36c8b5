// name: departures_by_period
// title: Departures in a period
// description: >
//   Every reported departure of a person from an organization whose date (or, when undated, first
//   report) falls in the period, oldest first. Partial dates match by overlap: since=2024 keeps
//   2024-05-17, until=2024-05 keeps 2024-05-31. Reported events only unless include_reference.
//   The engine sorts by date and person and reads the other columns of the `limit` first only.
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
//   - name: limit
//     type: int
//     default: 1000
//     min: 1
//     max: 100000
//     description: At most this many departures, oldest first.
// result: table
MATCH (p)-[r:DEPARTED]->(o)
WHERE ($include_reference OR any(s IN r.sources WHERE s <> 'source:reference-data'))
  AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
WITH p, r, o, coalesce(r.date, r.first_reported) AS day
WHERE ($since IS NULL OR day + '~' >= $since)
  AND ($until IS NULL OR day <= $until + '~')
WITH r, o, day, p.name AS person
ORDER BY day, person
LIMIT $limit
RETURN day AS date, person, o.name AS organization, r.role AS role, r.reason AS reason,
       size(r.sources) AS sources
ORDER BY date, person
