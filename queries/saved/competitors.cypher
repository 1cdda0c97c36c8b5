// name: competitors
// title: Competitors of an organization
// description: >
//   Organizations that compete with an organization (COMPETES_WITH, either direction), reference
//   data included; reference_only says whether any article supports the rivalry.
// params:
//   - name: organization
//     type: entity
//     required: true
//     description: Organization name, alias or id.
//   - name: review
//     type: str
//     default: not-rejected
//     choices: [accepted-only, not-rejected, all]
//     description: Facts by review state (accepted-only = accepted or corrected; all includes rejected).
// result: table
MATCH (o:Organization {id: $organization})
MATCH (o)-[r:COMPETES_WITH]-(c:Organization)
WHERE ($review = 'all' OR coalesce(r.review, 'unreviewed') <> 'rejected')
  AND ($review <> 'accepted-only' OR coalesce(r.review, 'unreviewed') IN ['accepted', 'corrected'])
RETURN c.name AS competitor, c.id AS id, c.kind AS kind,
       NOT any(s IN r.sources WHERE s <> 'source:reference-data') AS reference_only,
       size(r.sources) AS sources
ORDER BY reference_only, competitor
