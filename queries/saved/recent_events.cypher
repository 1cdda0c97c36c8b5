// name: recent_events
// title: Recent events timeline
// description: >
//   Reported facts of every predicate, newest first, dated by the event's date or, when undated,
//   by when it was first reported (undated and unreported last, with no date). Reference-only facts are left out unless include_reference.
// params:
//   - name: since
//     type: date
//     description: Only events from this date on (YYYY, YYYY-MM or YYYY-MM-DD); all when left out.
//   - name: limit
//     type: int
//     default: 50
//     min: 1
//     max: 10000
//     description: How many events to list.
//   - name: include_reference
//     type: bool
//     default: false
//     description: Also list facts known only from the reference data.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
// result: table
MATCH (s:Entity)-[r]->(o:Entity)
WHERE ($include_reference OR any(x IN r.sources WHERE x <> 'source:reference-data'))
  AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
WITH s, r, o, coalesce(r.date, r.first_reported) AS day
WHERE $since IS NULL OR day + '~' >= $since
RETURN day AS date, s.name AS subject, type(r) AS predicate, o.name AS object,
       r.first_reported AS first_reported, size(r.sources) AS sources
ORDER BY date IS NULL, date DESC, first_reported DESC, subject, predicate
LIMIT $limit
