// name: departures_by_organization
// title: Departures from an organization
// description: >
//   People reported to have left an organization, newest first, with the date, role, reason and
//   number of sources. Reported events only (facts backed by at least one article) unless
//   include_reference is true.
// params:
//   - name: organization
//     type: entity
//     required: true
//     description: Organization name, alias or id (e.g. OpenAI or organization:openai).
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
WHERE o.id = $organization
  AND ($include_reference OR any(s IN r.sources WHERE s <> 'source:reference-data'))
  AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
RETURN p.name AS person, p.id AS person_id, o.name AS organization, r.date AS date, r.role AS role,
       r.reason AS reason, size(r.sources) AS sources, r.first_reported AS first_reported
ORDER BY coalesce(date, first_reported) IS NULL, coalesce(date, first_reported) DESC, person
