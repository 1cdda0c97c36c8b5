// name: as_of
// title: Who was there on a date
// description: >
//   The people who worked at or sat on the board of an organization on a date, and the
//   organizations that had access to its models then. A tie starts at its WORKS_AT, JOINED,
//   BOARD_MEMBER_OF or GRANTED_ACCESS date (an undated tie has an unknown start and counts as
//   started) and ends at the person's DEPARTED date from that organization on or after its start
//   (a departure whose role names the board ends board seats only, another role ends the job
//   only, no role ends both), or at a REVOKED_ACCESS of the same pair; an undated end counts as
//   ended. Partial dates compare by their first day: since=2023 counts from 2023-01-01.
// params:
//   - name: organization
//     type: entity
//     required: true
//     description: The organization (name, alias or id).
//   - name: date
//     type: date
//     required: true
//     description: The day asked about (YYYY-MM-DD; YYYY or YYYY-MM for their first day).
//   - name: include_reference
//     type: bool
//     default: true
//     description: Also use ties known only from the reference data.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
// result: table
MATCH (o:Organization {id: $organization})
CALL {
  WITH o
  CALL {
    WITH o
    MATCH (o)<-[r:WORKS_AT]-(p:Person)
    RETURN p, r
    UNION ALL
    WITH o
    MATCH (o)<-[r:JOINED]-(p:Person)
    RETURN p, r
    UNION ALL
    WITH o
    MATCH (o)<-[r:BOARD_MEMBER_OF]-(p:Person)
    RETURN p, r
  }
  WITH o, p, r
  WHERE ($include_reference OR any(s IN r.sources WHERE s <> 'source:reference-data'))
    AND (r.date IS NULL OR r.date <= $date)
    AND ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
  OPTIONAL MATCH (p)-[d:DEPARTED]->(o)
  WHERE ($review = 'all' OR coalesce(d.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(d.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH p, r, CASE WHEN type(r) = 'BOARD_MEMBER_OF' THEN 'board' ELSE 'staff' END AS tie,
       collect(d) AS departures
  RETURN collect(CASE WHEN r IS NOT NULL AND none(d IN departures WHERE
           (r.date IS NULL OR d.date IS NULL OR d.date >= r.date)
           AND (d.date IS NULL OR d.date <= $date)
           AND (d.role IS NULL OR (tie = 'board') = (toLower(d.role) CONTAINS 'board'
                OR toLower(d.role) CONTAINS 'conseil' OR toLower(d.role) CONTAINS 'chair')))
         THEN {name: p.name, tie: tie, since: r.date, role: r.role} END) AS people
}
CALL {
  WITH o
  OPTIONAL MATCH (o)-[g:GRANTED_ACCESS]->(x:Organization)
  WHERE ($include_reference OR any(s IN g.sources WHERE s <> 'source:reference-data'))
    AND (g.date IS NULL OR g.date <= $date)
    AND ($review = 'all' OR coalesce(g.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(g.review, 'unreviewed') IN ['accepted', 'corrected'])
  OPTIONAL MATCH (o)-[v:REVOKED_ACCESS]->(x)
  WHERE ($review = 'all' OR coalesce(v.review, 'unreviewed') <> 'rejected')
    AND ($review <> 'accepted-only' OR coalesce(v.review, 'unreviewed') IN ['accepted', 'corrected'])
  WITH x, g, collect(v) AS revocations
  RETURN collect(CASE WHEN g IS NOT NULL AND none(v IN revocations WHERE
           (g.date IS NULL OR v.date IS NULL OR v.date >= g.date) AND (v.date IS NULL OR v.date <= $date))
         THEN {name: x.name, tie: 'access', since: g.date, role: g.model} END) AS access
}
UNWIND people + access AS t
WITH t.tie AS tie, t.name AS name, t.since AS since, t.role AS role
RETURN tie, name, min(since) AS since, collect(DISTINCT role) AS roles
ORDER BY tie, name
